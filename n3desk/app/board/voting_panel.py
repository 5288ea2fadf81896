"""The dot-voting panel: rounds, entering dots, the round's budget, the results.

Counts stay hidden (on the notes and here) until the round is revealed. The panel
always shows the round's ONE budget — participants × dots each, every dot counted
against it, by name or not (see ``docs/voting.md``) — as "used of budget, left",
and, while dots are entered for one participant, what that person has left.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
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
from n3desk.domain.change_set import ChangeSet
from n3desk.domain.changes import Put
from n3desk.domain.entities import Note, Participant, Vote, VotingRound

RESULT_ROWS = 50


def plain_label(parent: QWidget, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def short_name(name: str, limit: int = 40) -> str:
    """A participant's name on one line, cut with "…" past ``limit`` characters."""
    flat = " ".join(name.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class VotingPanel(QWidget):
    """Dot voting on the board in view."""

    def __init__(self, controller: BoardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.document = controller.document
        self.scene: BoardScene | None = None
        self._stale = False  # changed while not shown
        heading = plain_label(self, self.tr("Dot voting"))
        heading.setProperty("role", "subheading")
        self.rounds = QComboBox(self)
        self.voter = QComboBox(self)
        for combo in (self.rounds, self.voter):  # long names must not widen the panel
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
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
        self.counter = plain_label(self)
        self.counter.setObjectName("dotCounter")
        self.counter.setProperty("role", "subheading")
        self.budget_line = plain_label(self)
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
        layout.addWidget(self.counter)
        layout.addWidget(self.budget_line)
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
        self.rounds.activated.connect(self._on_round_chosen)
        self.voter.activated.connect(self._on_voter_chosen)
        controller.modes_changed.connect(self._sync_enter)
        self.document.applied.connect(self._on_applied)

    def set_scene(self, scene: BoardScene | None) -> None:
        self.scene = scene
        self.refresh()

    def _on_applied(self, changes: ChangeSet) -> None:
        if not changes.touches(Vote, VotingRound, Note, Participant):
            return
        if not self.isVisible():
            self._stale = True  # refreshed when shown: a closed panel costs an edit nothing
            return
        current = self.current()
        if changes.kinds <= {Note} and current is not None:
            # A note's text shows in the results only when it has dots: typing on a
            # board of 10,000 notes does not rank them all again at every commit.
            voted = {v.note_id for v in self.document.workshop.votes_in(current.id)}
            if not any(n.id in voted for n in changes.records(Note)):
                return
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
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
        self._stale = False
        workshop = self.document.workshop
        scene = self.scene
        rounds = workshop.rounds_on(scene.board_id) if scene is not None else []
        current = self.current()
        self.rounds.blockSignals(True)
        self.rounds.clear()
        for r in sorted(rounds, key=lambda r: (r.position, r.created_at)):
            self.rounds.addItem(short_name(r.title), r.id)
        if current is not None:
            self.rounds.setCurrentIndex(self.rounds.findData(current.id))
        self.rounds.blockSignals(False)
        self.voter.blockSignals(True)
        self.voter.clear()
        self.voter.addItem(self.tr("Not by name (the room)"), None)
        for p in workshop.participants:
            self.voter.addItem(short_name(p.name), p.id)
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
        self._show_budget(current)
        self._show_results(current)

    def _show_budget(self, current: VotingRound | None) -> None:
        """One counter for the round; the chosen participant's own dots under it."""
        if current is None:
            for label in (self.counter, self.budget_line, self.remaining):
                label.setText("")
            return
        workshop = self.document.workshop
        people = len(workshop.participants)
        voter = self.controller.voter
        budget = voting.budget_of(current, workshop.votes_in(current.id), voter, people)
        if budget.total is None or budget.left is None:
            self.counter.setText(self.tr("%n dot(s) given", "", budget.used))
            self.budget_line.setText(
                self.tr("No budget: list the participants on the Overview tab to set one.")
            )
        else:
            self.counter.setText(
                self.tr("%1 of %2 dots used · %3 left")
                .replace("%1", str(budget.used))
                .replace("%2", str(budget.total))
                .replace("%3", str(budget.left))
            )
            self.budget_line.setText(
                self.tr("Budget: %1 participants × %2 dots, by name or not")
                .replace("%1", str(people))
                .replace("%2", str(current.votes_per_participant))
            )
        name = next((p.name for p in workshop.participants if p.id == voter), None)
        if name is None or budget.voter_left is None:
            self.remaining.setText(self.tr("%n dot(s) entered not by name", "", budget.voter_used))
        else:
            self.remaining.setText(
                self.tr("%1 has %2 of %3 dots left")
                .replace("%2", str(budget.voter_left))
                .replace("%3", str(budget.voter_total))
                .replace("%1", short_name(name))
            )

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
