"""Carrying notes forward to another board: the selected notes, or the top N by dots.

The toolbar's Carry forward menu has a quick entry per board for the selection, and
"Choose…", which opens :class:`CarryForwardDialog`: the board to carry to, and what —
the selected notes, or the top N notes of the board's round by dots, any N. The
dialog says beforehand how many notes will go (a tie at the last place takes every
note of that place along), so the facilitator is never surprised in front of the room.
The copy itself is one undo step (:meth:`BoardController.carry_forward`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from n3desk.app.board.controller import BoardController
from n3desk.app.board.voting_panel import short_name
from n3desk.domain import voting

DEFAULT_TOP = 5
MOST_TOP = 999


class CarryForwardDialog(QDialog):
    """Choose where to and what to carry forward; :attr:`carried` tells how many went.

    Signals:
        carried(int): notes were carried forward (how many).
    """

    carried = Signal(int)

    def __init__(self, controller: BoardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Carry notes forward"))
        self.board = QComboBox(self)
        # A long board title must not stretch the dialog past the screen.
        self.board.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.board.setMinimumContentsLength(24)
        self.selected = QRadioButton(self)
        self.top = QRadioButton(self.tr("The top notes by dots:"), self)
        self.count = QSpinBox(self)
        self.count.setRange(1, MOST_TOP)
        self.count.setValue(DEFAULT_TOP)
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.selected)
        self.choice.addButton(self.top)
        self.preview = QLabel(self)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.preview.setMinimumWidth(360)
        top_row = QHBoxLayout()
        top_row.addWidget(self.top)
        top_row.addWidget(self.count)
        top_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("To board"), self.board)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.go = QPushButton(self.tr("Carry forward"), self)
        self.go.setDefault(True)
        buttons.addButton(self.go, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.selected)
        layout.addLayout(top_row)
        layout.addWidget(self.preview)
        layout.addWidget(buttons)
        self.go.clicked.connect(self.carry)
        buttons.rejected.connect(self.reject)
        self.choice.buttonToggled.connect(lambda *_: self._update())
        self.count.valueChanged.connect(lambda _v: self._update())
        self.board.currentIndexChanged.connect(lambda _i: self._update())
        self.fill()

    def fill(self) -> None:
        """Read the boards, the selection and the round afresh."""
        scene = self.controller.scene
        current = scene.board_id if scene is not None else ""
        self.board.blockSignals(True)
        self.board.clear()
        for board in self.controller.document.workshop.boards:
            if board.id != current:
                self.board.addItem(short_name(board.title, 80), board.id)
        self.board.blockSignals(False)
        picked = len(scene.selected_notes()) if scene is not None else 0
        self.selected.setText(self.tr("The selected notes (%n)", "", picked))
        self.selected.setEnabled(picked > 0)
        (self.selected if picked else self.top).setChecked(True)
        self._update()

    def top_notes(self) -> list[str]:
        """Ids of the notes "the top N" takes now (ties at the last place kept)."""
        scene = self.controller.scene
        if scene is None:
            return []
        workshop = self.controller.document.workshop
        round_ = scene.current_round()
        votes = workshop.votes_in(round_.id) if round_ is not None else []
        chosen = voting.top_voted(workshop.notes_on(scene.board_id), votes, self.count.value())
        return [n.id for n in chosen]

    def _update(self) -> None:
        scene = self.controller.scene
        round_ = scene.current_round() if scene is not None else None
        if self.board.count() == 0:
            text = self.tr("There is no other board yet. Add one with “+ Board” first.")
        elif self.selected.isChecked():
            text = self.tr("Copies go below what is on the board, linked to their originals.")
        elif round_ is None:
            text = self.tr("This board has no voting round yet.")
        else:
            going = len(self.top_notes())
            wanted = self.count.value()
            if going == 0:
                text = self.tr("No note has dots in “%1” yet.").replace("%1", round_.title)
            elif going > wanted:
                text = self.tr("%n note(s) go: a tie at the last place brings them all.", "", going)
            else:
                text = self.tr("%n note(s) go, by dots in “%1”.", "", going).replace(
                    "%1", round_.title
                )
        self.preview.setText(text)
        self.count.setEnabled(self.top.isChecked())
        self.go.setEnabled(self.board.count() > 0 and self._how_many() > 0)

    def _how_many(self) -> int:
        if self.selected.isChecked():
            scene = self.controller.scene
            return len(scene.selected_notes()) if scene is not None else 0
        return len(self.top_notes())

    def carry(self) -> int:
        """Carry the chosen notes forward (one undo step); how many went."""
        target = self.board.currentData()
        if not isinstance(target, str):
            return 0
        top = None if self.selected.isChecked() else self.count.value()
        count = self.controller.carry_forward(target, top_voted=top)
        self.carried.emit(count)
        self.accept()
        return count
