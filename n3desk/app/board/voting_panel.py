"""The dot-voting panel: rounds, entering dots, the remaining dots, the results.

Counts stay hidden (on the notes and here) until the round is revealed; the panel
always shows how many dots the chosen voter has left, so the facilitator can enter
paper dots participant by participant.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from n3desk.app.board.controller import BoardController
from n3desk.app.board.scene import BoardScene
from n3desk.app.commands import push_edit
from n3desk.domain import voting
from n3desk.domain.changes import Op, Put
from n3desk.domain.entities import Note, Participant, Vote, VotingRound

RESULT_ROWS = 50


def plain_label(parent: QWidget, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class WheelGuard(QObject):
    """Keeps the mouse wheel from changing a field that does not have the keyboard.

    Scrolling the panel over "Dots of" used to switch the voter silently, and the
    next clicks gave dots to someone else.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
        ):
            event.ignore()
            return True
        return super().eventFilter(watched, event)


class VotingPanel(QWidget):
    """Dot voting on the board in view."""

    def __init__(self, controller: BoardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.document = controller.document
        self.scene: BoardScene | None = None
        heading = plain_label(self, self.tr("Dot voting"))
        heading.setProperty("role", "subheading")
        self.rounds = QComboBox(self)
        self.state = plain_label(self)
        self.title = QLineEdit(self)
        self.per_participant = QSpinBox(self)
        self.per_participant.setRange(1, 50)
        self.per_participant.setValue(3)
        self.per_note = QSpinBox(self)
        self.per_note.setRange(1, 50)
        self.per_note.setValue(3)
        self.start = QPushButton(self.tr("Start round"), self)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Dots per participant"), self.per_participant)
        form.addRow(self.tr("Most dots on one note"), self.per_note)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.reveal_button = QPushButton(self.tr("Reveal"), self)
        self.reopen_button = QPushButton(self.tr("Reopen"), self)
        states = QHBoxLayout()
        for button in (self.close_button, self.reveal_button, self.reopen_button):
            states.addWidget(button)
        self.enter = QPushButton(self.tr("Enter dots (click +1, Shift+click −1)"), self)
        self.enter.setCheckable(True)
        self.voter = QComboBox(self)
        self.remaining = plain_label(self)
        self.results = QListWidget(self)
        self.hidden_note = plain_label(
            self, self.tr("Counts are hidden until the round is revealed.")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.start)
        layout.addWidget(plain_label(self, self.tr("Round")))
        layout.addWidget(self.rounds)
        layout.addWidget(self.state)
        layout.addLayout(states)
        layout.addWidget(self.enter)
        layout.addWidget(plain_label(self, self.tr("Dots of")))
        layout.addWidget(self.voter)
        layout.addWidget(self.remaining)
        layout.addWidget(plain_label(self, self.tr("Results")))
        layout.addWidget(self.hidden_note)
        layout.addWidget(self.results, 1)
        self.start.clicked.connect(self.start_round)
        self.close_button.clicked.connect(lambda: self.set_state(voting.CLOSED))
        self.reveal_button.clicked.connect(lambda: self.set_state(voting.REVEALED))
        self.reopen_button.clicked.connect(lambda: self.set_state(voting.OPEN))
        self.enter.toggled.connect(controller.set_voting)
        self.wheel_guard = WheelGuard(self)
        for field in (self.rounds, self.voter, self.per_participant, self.per_note):
            field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            field.installEventFilter(self.wheel_guard)
        self.rounds.activated.connect(self._on_round_chosen)
        self.voter.activated.connect(self._on_voter_chosen)
        controller.modes_changed.connect(self._sync_enter)
        self.document.changed.connect(self._on_changed)

    def set_scene(self, scene: BoardScene | None) -> None:
        self.scene = scene
        self.refresh()

    def _on_changed(self, ops: Sequence[Op]) -> None:
        kinds = (Vote, VotingRound, Note, Participant)
        if self.isVisible() and any(isinstance(op.record, kinds) for op in ops):
            self.refresh()

    def _sync_enter(self) -> None:
        if self.enter.isChecked() != self.controller.voting:
            self.enter.blockSignals(True)
            self.enter.setChecked(self.controller.voting)
            self.enter.blockSignals(False)

    def current(self) -> VotingRound | None:
        return self.scene.current_round() if self.scene is not None else None

    # -- actions --------------------------------------------------------------------------

    def start_round(self) -> None:
        """A new open round with the panel's title and limits; its dots are shown."""
        scene = self.scene
        if scene is None:
            return
        workshop = self.document.workshop
        existing = workshop.rounds_on(scene.board_id)
        title = self.title.text().strip() or self.tr("Round %1").replace(
            "%1", str(len(existing) + 1)
        )
        round_ = voting.new_round(
            scene.board_id,
            title,
            votes_per_participant=self.per_participant.value(),
            max_dots_per_note=self.per_note.value(),
            existing=existing,
            now=self.document.clock(),
        )
        push_edit(self.document, self.tr("Start voting round"), [Put(round_)])
        self.title.clear()
        scene.show_round(round_.id)
        self.refresh()

    def set_state(self, state: str) -> None:
        round_ = self.current()
        if round_ is None:
            return
        texts = {
            voting.CLOSED: self.tr("Close voting round"),
            voting.REVEALED: self.tr("Reveal votes"),
            voting.OPEN: self.tr("Reopen voting round"),
        }
        push_edit(self.document, texts[state], voting.state_ops(round_, state))
        if state != voting.OPEN and self.controller.voting:
            self.controller.set_voting(False)

    def _on_round_chosen(self, index: int) -> None:
        if self.scene is not None:
            self.scene.show_round(self.rounds.itemData(index))
            self.refresh()

    def _on_voter_chosen(self, index: int) -> None:
        self.controller.voter = self.voter.itemData(index)
        self.refresh()

    # -- showing -------------------------------------------------------------------------

    def refresh(self) -> None:
        workshop = self.document.workshop
        scene = self.scene
        rounds = workshop.rounds_on(scene.board_id) if scene is not None else []
        current = self.current()
        self.rounds.blockSignals(True)
        self.rounds.clear()
        for r in sorted(rounds, key=lambda r: (r.position, r.created_at)):
            self.rounds.addItem(r.title, r.id)
        if current is not None:
            self.rounds.setCurrentIndex(self.rounds.findData(current.id))
        self.rounds.blockSignals(False)
        self.voter.blockSignals(True)
        self.voter.clear()
        self.voter.addItem(self.tr("The room"), None)
        for p in workshop.participants:
            self.voter.addItem(p.name, p.id)
        self.voter.setCurrentIndex(max(0, self.voter.findData(self.controller.voter)))
        self.voter.blockSignals(False)
        names = {
            voting.OPEN: self.tr("Open"),
            voting.CLOSED: self.tr("Closed"),
            voting.REVEALED: self.tr("Revealed"),
        }
        state = current.state if current is not None else ""
        self.state.setText(names.get(state, self.tr("No round yet")))
        self.close_button.setEnabled(voting.CLOSED in voting.TRANSITIONS.get(state, ()))
        self.reveal_button.setEnabled(voting.REVEALED in voting.TRANSITIONS.get(state, ()))
        self.reopen_button.setEnabled(voting.OPEN in voting.TRANSITIONS.get(state, ()))
        self.enter.setEnabled(state == voting.OPEN)
        self._show_remaining(current)
        self._show_results(current)

    def _show_remaining(self, current: VotingRound | None) -> None:
        if current is None:
            self.remaining.setText("")
            return
        workshop = self.document.workshop
        left = voting.remaining(
            current,
            workshop.votes_in(current.id),
            self.controller.voter,
            len(workshop.participants),
        )
        if left is None:
            self.remaining.setText(self.tr("No limit for the room (no participants listed)."))
        else:
            self.remaining.setText(self.tr("%n dot(s) left", "", left))

    def _show_results(self, current: VotingRound | None) -> None:
        self.results.clear()
        shown = voting.counts_visible(current)
        self.hidden_note.setVisible(current is not None and not shown)
        if current is None or not shown or self.scene is None:
            return
        workshop = self.document.workshop
        ranked = voting.ranking(
            workshop.notes_on(self.scene.board_id), workshop.votes_in(current.id)
        )
        for entry in ranked[:RESULT_ROWS]:
            if entry.dots == 0:
                break
            text = " ".join(entry.note.text.split())[:80]
            self.results.addItem(f"{entry.rank}.  ● {entry.dots}   {text}")
