"""Text fields that commit once per edit: when editing finishes, or after an idle second.

A facilitator types while people talk; the change must reach the library soon
(DESIGN.md §4: when editing finishes or after one idle second) but must be one
undo step, not one per key. These fields emit :attr:`committed` with the new text
when focus leaves, Enter is pressed (single line) or typing pauses for a second,
and only if the text differs from the value last shown. :meth:`show_value` puts a
value from the document into the field without emitting anything.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

IDLE_COMMIT_MS = 1000


class CommitLineEdit(QLineEdit):
    """A one-line field that commits per edit.

    Signals:
        committed(str): the edited text, when it differs from the value shown.
    """

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = ""
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_COMMIT_MS)
        self._idle.timeout.connect(self.commit)
        self.textEdited.connect(lambda _text: self._idle.start())
        self.editingFinished.connect(self.commit)

    def show_value(self, value: str) -> None:
        """Show ``value`` from the document (no commit); keeps the cursor where it can."""
        self._value = value
        if self.text() != value:
            cursor = self.cursorPosition()
            self.setText(value)
            self.setCursorPosition(min(cursor, len(value)))

    def commit(self) -> None:
        """Emit :attr:`committed` if the text changed since the value shown."""
        self._idle.stop()
        text = self.text()
        if text != self._value:
            self._value = text
            self.committed.emit(text)


class CommitTextEdit(QPlainTextEdit):
    """A multi-line plain-text field that commits per edit (never interprets markup).

    Signals:
        committed(str): the edited text, when it differs from the value shown.
    """

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = ""
        self._showing = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_COMMIT_MS)
        self._idle.timeout.connect(self.commit)
        self.textChanged.connect(self._on_text_changed)
        self.setTabChangesFocus(True)  # Tab moves on, as in every other field

    def show_value(self, value: str) -> None:
        """Show ``value`` from the document (no commit)."""
        self._value = value
        if self.toPlainText() != value:
            self._showing = True
            try:
                cursor = self.textCursor().position()
                self.setPlainText(value)
                moved = self.textCursor()
                moved.setPosition(min(cursor, len(value)))
                self.setTextCursor(moved)
            finally:
                self._showing = False

    def commit(self) -> None:
        """Emit :attr:`committed` if the text changed since the value shown."""
        self._idle.stop()
        text = self.toPlainText()
        if text != self._value:
            self._value = text
            self.committed.emit(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit()
        super().focusOutEvent(event)

    def _on_text_changed(self) -> None:
        if not self._showing:
            self._idle.start()
