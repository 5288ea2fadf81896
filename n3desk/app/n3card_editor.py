"""The N3 project card: five foundations, each with its question, a 1–5 rating and notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from n3desk.app.commands import push_edit
from n3desk.app.document import SessionDocument
from n3desk.app.text_fields import CommitTextEdit
from n3desk.domain.changes import edited
from n3desk.domain.entities import Foundation
from n3desk.domain.n3card import RATING_MAX, RATING_MIN, foundation_text


def plain_label(text: str, parent: QWidget, role: str = "") -> QLabel:
    """A label that never interprets markup, wrapping long text."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    if role:
        label.setProperty("role", role)
    return label


class FoundationEditor(QWidget):
    """One foundation: name, guiding question, rating buttons 1–5 and notes."""

    def __init__(
        self, document: SessionDocument, foundation: Foundation, language: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.foundation_id = foundation.id
        text = foundation_text(foundation.key, language)
        self.name_label = plain_label(text.name, self, "subheading")
        self.question_label = plain_label(text.question, self, "hint")
        self.buttons: list[QPushButton] = []
        rating_row = QHBoxLayout()
        rating_row.setSpacing(6)
        rating_row.addWidget(plain_label(self.tr("Rating:"), self))
        for value in range(RATING_MIN, RATING_MAX + 1):
            button = QPushButton(str(value), self)
            button.setCheckable(True)
            button.setFixedSize(52, 40)
            button.setToolTip(
                self.tr("Rate {name} {value} of 5").format(name=text.name, value=value)
            )
            button.setAccessibleName(button.toolTip())
            button.clicked.connect(lambda _checked=False, v=value: self.rate(v))
            rating_row.addWidget(button)
            self.buttons.append(button)
        rating_row.addStretch(1)
        self.notes = CommitTextEdit(self)
        self.notes.setPlaceholderText(self.tr("Notes on {name}").format(name=text.name))
        self.notes.setFixedHeight(76)
        self.notes.committed.connect(self._on_notes_committed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 8)
        layout.setSpacing(6)
        layout.addWidget(self.name_label)
        layout.addWidget(self.question_label)
        layout.addLayout(rating_row)
        layout.addWidget(self.notes)
        self.show_foundation(foundation)

    def current(self) -> Foundation | None:
        return self.document.workshop.get(Foundation, self.foundation_id)

    def show_foundation(self, foundation: Foundation) -> None:
        """Show the record as the document holds it."""
        for value, button in enumerate(self.buttons, start=RATING_MIN):
            button.setChecked(foundation.rating == value)
        self.notes.show_value(foundation.notes)

    def rate(self, value: int) -> None:
        """Rate the foundation; choosing the current rating again clears it."""
        foundation = self.current()
        if foundation is None:
            return
        rating = None if foundation.rating == value else value
        name = self.name_label.text()
        push_edit(
            self.document,
            self.tr("Rate {name}").format(name=name),
            [edited(foundation, rating=rating)],
        )
        self.show_foundation(self.current() or foundation)

    def _on_notes_committed(self, text: str) -> None:
        foundation = self.current()
        if foundation is not None and foundation.notes != text:
            name = self.name_label.text()
            push_edit(
                self.document,
                self.tr("Edit notes on {name}").format(name=name),
                [edited(foundation, notes=text)],
            )


class N3CardEditor(QWidget):
    """The five foundations, in the card's order."""

    def __init__(self, document: SessionDocument, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.editors: dict[str, FoundationEditor] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(4)
        for row, foundation in enumerate(document.workshop.foundations):
            editor = FoundationEditor(document, foundation, language, self)
            self.editors[foundation.id] = editor
            layout.addWidget(editor, row, 0)

    def show_foundation(self, foundation: Foundation) -> None:
        editor = self.editors.get(foundation.id)
        if editor is not None:
            editor.show_foundation(foundation)

    def editor_for(self, key: str) -> FoundationEditor:
        """The editor of the foundation with ``key`` (behov, losning, ...)."""
        for editor in self.editors.values():
            current = editor.current()
            if current is not None and current.key == key:
                return editor
        raise KeyError(key)
