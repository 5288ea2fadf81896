"""The stage timer in the app: reads the domain timer, commits timer events, signals.

The controller holds no timing state of its own. A QTimer ticks about four times a
second only so the strip can REPAINT; every tick asks the domain
(:mod:`n3desk.domain.agenda`, :mod:`n3desk.domain.timer`) for the current stage and
its reading at the document's clock. Signals (a station change, the end) are found
by comparing two readings, so a tick that comes late — or a laptop that wakes from
sleep — still gives each signal once, and a restart gives none for the past.

Undo (see ``docs/timer.md``): every timer move — start, pause, resume, ±minutes,
"Next stage", "Run this stage", "End stage" — is a fact of the room and goes
straight into the log, never onto the undo stack: Ctrl+Z undoes the facilitator's
last CONTENT edit, not the clock. An accidental "Next stage" is put right by "Back"
(Ctrl+Left), itself a logged move.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from n3desk.app.document import SessionDocument
from n3desk.domain.agenda import (
    back_events,
    current_stage,
    following_stage,
    go_to_events,
    next_stage_events,
    previous_stage,
    timer_for,
)
from n3desk.domain.change_set import ChangeSet
from n3desk.domain.changes import Put
from n3desk.domain.entities import Stage, TimerEvent
from n3desk.domain.timer import TimerReading, TimerState, signals

TICK_MS = 250


@dataclass(frozen=True, slots=True)
class TimerView:
    """Everything the strip shows at one moment."""

    stage: Stage | None
    reading: TimerReading | None
    next_stage: Stage | None
    number: int  # 1-based place of the stage in the agenda (0: none)
    count: int  # stages in the agenda
    previous_stage: Stage | None = None  # where "Back" (Ctrl+Left) returns to

    @property
    def time_is_up(self) -> bool:
        """The stage has run out: offer the next one."""
        return self.reading is not None and self.reading.state is TimerState.OVERTIME


class TimerController(QObject):
    """Drives the strip from the document's timer log and clock.

    Signals:
        updated(TimerView): the state to show (every tick and after every change).
        signalled(StageSignal): a station change, the summary round or the end.
    """

    updated = Signal(object)
    signalled = Signal(object)

    def __init__(self, document: SessionDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._previous: tuple[str, TimerReading] | None = None
        self.view = TimerView(None, None, None, 0, 0)
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.refresh)
        self._ticker.start()
        document.applied.connect(self._on_applied)
        self.refresh()

    def now(self) -> float:
        return self.document.clock()

    # -- reading ---------------------------------------------------------------------

    def refresh(self) -> TimerView:
        """Read the timer at the clock's time, emit signals reached since last time."""
        workshop = self.document.workshop
        now = self.now()
        stage = current_stage(workshop, now)
        stages = workshop.stages
        back = previous_stage(workshop, now)
        if stage is None:
            self._previous = None
            self.view = TimerView(None, None, None, 0, len(stages), back)
        else:
            reading = timer_for(workshop, stage).reading(now)
            if self._previous is not None and self._previous[0] == stage.id:
                for signal in signals(self._previous[1], reading):
                    self.signalled.emit(signal)
            self._previous = (stage.id, reading)
            nxt = following_stage(workshop, stage, now)
            self.view = TimerView(stage, reading, nxt, stages.index(stage) + 1, len(stages), back)
        self.updated.emit(self.view)
        return self.view

    def _on_applied(self, changes: ChangeSet) -> None:
        if changes.touches(Stage, TimerEvent):
            self.refresh()

    # -- commands --------------------------------------------------------------------

    def toggle(self) -> None:
        """Space: start, pause or resume the current stage."""
        stage = current_stage(self.document.workshop, self.now())
        if stage is not None:
            self._record(timer_for(self.document.workshop, stage).toggle(self.now()))

    def adjust(self, minutes: int) -> None:
        """+1 / −1 / +5 minutes on the running (or paused) stage."""
        stage = current_stage(self.document.workshop, self.now())
        if stage is None:
            return
        timer = timer_for(self.document.workshop, stage)
        if timer.reading(self.now()).active:
            self._record(timer.adjust(minutes * 60, self.now()))

    def next_stage(self) -> None:
        """Ctrl+Right: finish this stage and go on (logged, not an undo step)."""
        self._record_all(next_stage_events(self.document.workshop, self.now()))

    def back(self) -> None:
        """Ctrl+Left: back to the stage that finished last, paused (logged)."""
        self._record_all(back_events(self.document.workshop, self.now()))

    def back_target(self) -> Stage | None:
        """The stage "Back" would return to, or None."""
        return previous_stage(self.document.workshop, self.now())

    def run_stage(self, stage_id: str) -> None:
        """Finish whatever runs and start ``stage_id`` now (logged)."""
        workshop = self.document.workshop
        stage = workshop.get(Stage, stage_id)
        if stage is None or timer_for(workshop, stage).reading(self.now()).state is not (
            TimerState.IDLE
        ):
            return
        self._record_all(go_to_events(workshop, stage, self.now()))

    def end_stage(self) -> None:
        """Finish the current stage without starting another (logged)."""
        stage = current_stage(self.document.workshop, self.now())
        if stage is None:
            return
        event = timer_for(self.document.workshop, stage).end(self.now())
        self._record(event)

    def _record(self, event: TimerEvent | None) -> None:
        if event is not None:
            self._record_all([event])

    def _record_all(self, events: list[TimerEvent]) -> None:
        """Commit timer events straight to the log: one transaction, no undo step."""
        if events:
            self.document.apply([Put(e) for e in events])
