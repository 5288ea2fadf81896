"""Ctrl+F: find notes by their text; matches are outlined, Enter jumps to the next.

Signals (SearchBar):
    closed(): the bar was closed (Esc); the board takes the keyboard back.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from n3desk.app.board.scene import BoardScene
from n3desk.app.key_map import matches
from n3desk.domain.entities import Note


def matching(notes: Iterable[Note], query: str) -> list[str]:
    """Ids of the notes whose text holds ``query`` (ignoring case), in reading order."""
    wanted = query.casefold().strip()
    if not wanted:
        return []
    found = [n for n in notes if wanted in n.text.casefold()]
    found.sort(key=lambda n: (round(n.y / 40), n.x, n.id))
    return [n.id for n in found]


class SearchBar(QWidget):
    """The find bar above a board."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene: BoardScene | None = None
        self.matches: list[str] = []
        self.current = -1
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Find notes…"))
        self.field.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        close = QPushButton(self.tr("Close"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(QLabel(self.tr("Find:"), self))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        layout.addWidget(close)
        self.field.textChanged.connect(self.search)
        self.field.returnPressed.connect(self.next_match)
        self.field.installEventFilter(self)
        close.clicked.connect(self.close_bar)

    def open_on(self, scene: BoardScene | None) -> None:
        """Show the bar for ``scene`` and put the cursor in it."""
        if self.scene is not scene:
            self._clear_marks()
            self.scene = scene
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        self.search(self.field.text())

    def search(self, query: str) -> None:
        """Outline the notes that match ``query``."""
        scene = self.scene
        if scene is None:
            return
        visible = [i.note for i in scene.notes.values() if i.isVisible()]
        self.matches = matching(visible, query)
        hits = set(self.matches)
        for note_id, item in scene.notes.items():
            item.set_flag_state(matched=note_id in hits)
        self.current = -1
        if query.strip():
            self.count.setText(self.tr("%n match(es)", "", len(self.matches)))
        else:
            self.count.setText("")

    def next_match(self) -> None:
        """Select the next match and bring it into view."""
        if not self.matches or self.scene is None:
            return
        self.current = (self.current + 1) % len(self.matches)
        note_id = self.matches[self.current]
        self.scene.select([note_id])
        for view in self.scene.views():
            view.centerOn(self.scene.notes[note_id])
        self.count.setText(
            self.tr("%1 of %2")
            .replace("%1", str(self.current + 1))
            .replace("%2", str(len(self.matches)))
        )

    def _clear_marks(self) -> None:
        if self.scene is not None:
            for item in self.scene.notes.values():
                item.set_flag_state(matched=False)

    def close_bar(self) -> None:
        self._clear_marks()
        self.hide()
        self.closed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.field
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and matches("board.escape", event)
        ):
            self.close_bar()
            return True
        return super().eventFilter(watched, event)
