"""Choosing the notes a decision chose: a checkable list of every note, by board.

"The politicians chose 2 of 4 concepts": the facilitator ticks the two concept notes.
The dialog only answers which notes are ticked; the decision log turns the answer
into one undoable command. The log reaches it through :data:`NoteChooser`, so tests
and off-screen shots answer without a modal dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from n3desk.domain.workshop import Workshop

SHOWN_CHARACTERS = 120  # of a note's text in the list; the whole text is in its tooltip


@dataclass(frozen=True, slots=True)
class NoteOption:
    """A note that can be chosen, with where it is."""

    note_id: str
    board: str
    text: str


# (parent, the decision's text, every note, the ids chosen now) -> the ids chosen, or None
NoteChooser = Callable[[QWidget, str, Sequence[NoteOption], Sequence[str]], list[str] | None]


def note_options(workshop: Workshop) -> list[NoteOption]:
    """Every note of the session: boards in their order, notes as they are read."""
    options: list[NoteOption] = []
    for board in workshop.boards:
        notes = sorted(workshop.notes_on(board.id), key=lambda n: (n.y, n.x, n.id))
        options += [NoteOption(n.id, board.title, n.text) for n in notes]
    return options


def short_text(text: str, limit: int = SHOWN_CHARACTERS) -> str:
    """The start of a note's text on one line, with … when there is more."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


class NoteChooserDialog(QDialog):
    """Tick the notes the decision chose; type to narrow the list."""

    def __init__(
        self,
        decision: str,
        options: Sequence[NoteOption],
        chosen: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Notes the decision chose"))
        self.resize(640, 520)
        heading = QLabel(short_text(decision, 200), self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Find a note"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        ticked = set(chosen)
        for option in options:
            item = QListWidgetItem(f"{short_text(option.board, 40)} › {short_text(option.text)}")
            item.setData(Qt.ItemDataRole.UserRole, option.note_id)
            item.setToolTip(short_text(option.text, 2000))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = option.note_id in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._narrow)

    def _narrow(self, text: str) -> None:
        wanted = text.casefold().strip()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def chosen(self) -> list[str]:
        """The ticked notes' ids, in the list's order."""
        items = (self.list.item(row) for row in range(self.list.count()))
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]


def choose_notes(
    parent: QWidget, decision: str, options: Sequence[NoteOption], chosen: Sequence[str]
) -> list[str] | None:
    """Ask which notes the decision chose, in a modal dialog; None when cancelled."""
    dialog = NoteChooserDialog(decision, options, chosen, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()
    finally:
        dialog.deleteLater()
