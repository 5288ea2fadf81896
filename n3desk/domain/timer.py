"""The stage timer: a pure function of a stage, its timer log and the wall clock.

Nothing here counts ticks or keeps running state. :class:`StageTimer` reads the
stage's :class:`~n3desk.domain.entities.TimerEvent` records (start, pause, resume,
adjust, end, skip, reopen, rewind) and the clock, and derives the state and the remaining time from
them every time it is asked. Consequences, all intended (see ``docs/timer.md``):

- a timer running when the app stops is running when it starts again: the log is in
  the library, and the time in between has elapsed;
- time with the laptop asleep counts as elapsed, because the clock is the wall clock
  (``time.time``), injected so tests can drive it;
- a clock that goes backwards (a time-zone or NTP correction) never makes time run
  backwards: an interval is never negative.

Commands (:meth:`StageTimer.toggle`, :meth:`StageTimer.adjust`, ...) do not change
anything: they return the new event, which the app commits through the document.

A station rotation is a list of segments (N stations × M minutes, then an optional
summary round). An adjustment lengthens or shortens the current segment and moves the
later ones with it, so "+1 minute" at station 2 gives station 2 one more minute.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from n3desk.domain.entities import Stage, TimerEvent, new_id

Clock = Callable[[], float]

START, PAUSE, RESUME, ADJUST, END, SKIP = "start", "pause", "resume", "adjust", "end", "skip"
# "Back to the previous stage" (a timer move, logged like the others, never undone):
# the stage that ended by mistake is reopened and goes on, paused, where it stopped;
# the stage started by mistake is rewound: its log up to then no longer counts.
REOPEN, REWIND = "reopen", "rewind"
# The order also settles events at the same instant: a reopen after the end it
# reopens, a rewind after everything it voids.
EVENT_KINDS = (START, PAUSE, RESUME, ADJUST, END, SKIP, REOPEN, REWIND)


class TimerState(StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    OVERTIME = "overtime"
    FINISHED = "finished"


class Level(StrEnum):
    """The strip's colour: calm, amber, red, or the overtime colour."""

    NORMAL = "normal"
    WARNING = "warning"
    DANGER = "danger"
    OVERTIME = "overtime"


def planned_seconds(stage: Stage) -> int:
    """The stage's planned length; a rotation's follows from its stations."""
    return sum(segment_lengths(stage))


def segment_lengths(stage: Stage) -> list[int]:
    """Seconds of each segment: one for a time-box, each station (+ summary) for a rotation."""
    if stage.kind == "rotation" and stage.stations > 0 and stage.station_minutes > 0:
        lengths = [stage.station_minutes * 60] * stage.stations
        if stage.summary_minutes > 0:
            lengths.append(stage.summary_minutes * 60)
        return lengths
    return [max(0, stage.planned_minutes) * 60]


@dataclass(frozen=True, slots=True)
class TimerReading:
    """What the timer shows at one moment. Seconds are floats; negative remaining is overtime."""

    state: TimerState
    elapsed: float  # running time so far, pauses excluded
    allotted: float  # planned time after every adjustment
    segment: int  # current segment (station), 0-based; == segment_count when all passed
    segment_count: int
    segment_remaining: float  # of the current segment; negative in overtime
    passed: int  # how many segment ends have been reached (each one is a signal)
    level: Level
    started_at: float | None
    ended_at: float | None
    skipped: bool = False
    has_summary: bool = False  # a rotation's last segment is its summary round

    @property
    def remaining(self) -> float:
        """Time left in the whole stage; negative once it runs over."""
        return self.allotted - self.elapsed

    @property
    def overtime(self) -> float:
        """Seconds past the end (0 while time remains)."""
        return max(0.0, self.elapsed - self.allotted)

    @property
    def stations(self) -> int:
        """A rotation's number of stations (1 for a time-box)."""
        return self.segment_count - (1 if self.has_summary else 0)

    @property
    def active(self) -> bool:
        """Started and not finished: running, paused or in overtime."""
        return self.state in (TimerState.RUNNING, TimerState.PAUSED, TimerState.OVERTIME)


@dataclass(frozen=True, slots=True)
class StageSignal:
    """A moment the room hears the signal: a station change, the summary round, the end."""

    kind: str  # "change" | "summary" | "end"
    station: int = 0  # 1-based station to move to ("change")
    stations: int = 0


class StageTimer:
    """The timer of one stage, derived from its log; commands return new events."""

    def __init__(
        self, stage: Stage, events: Iterable[TimerEvent], clock: Clock = time.time
    ) -> None:
        self.stage = stage
        self.events = sorted((e for e in events if e.stage_id == stage.id), key=_order)
        self.clock = clock

    # -- reading -------------------------------------------------------------------

    def reading(self, now: float | None = None) -> TimerReading:
        """The state at ``now`` (the clock's time when omitted)."""
        now = self.clock() if now is None else now
        bounds = _cumulative(segment_lengths(self.stage))
        elapsed = 0.0
        since: float | None = None  # running since, or None
        started_at: float | None = None
        ended_at: float | None = None
        skipped = False
        ordered = _in_causal_order(self.events, started=False, running=False)
        rewound = max((i for i, ev in enumerate(ordered) if ev.kind == REWIND), default=-1)
        for ev in ordered[rewound + 1 :]:
            if ended_at is not None:
                # A finished stage's log ends with its end, unless it is reopened: then
                # it goes on, paused, with the time it had (the gap is not counted).
                if ev.kind == REOPEN:
                    ended_at = None
                    skipped = False
                continue
            if ev.kind == START and started_at is None:
                started_at = since = ev.at
            elif ev.kind in (START, RESUME) and started_at is not None and since is None:
                since = ev.at
            elif ev.kind == PAUSE and since is not None:
                elapsed += max(0.0, ev.at - since)
                since = None
            elif ev.kind == ADJUST:
                at = elapsed + (max(0.0, ev.at - since) if since is not None else 0.0)
                bounds = _adjusted(bounds, at, ev.delta_seconds)
            elif ev.kind in (END, SKIP):
                if since is not None:
                    elapsed += max(0.0, ev.at - since)
                    since = None
                ended_at = ev.at
                skipped = ev.kind == SKIP
        if since is not None:
            elapsed += max(0.0, now - since)
        return _reading(self.stage, bounds, elapsed, since, started_at, ended_at, skipped)

    # -- commands: each returns the event to commit, or None when it does nothing ----

    def toggle(self, now: float | None = None) -> TimerEvent | None:
        """Space: start an idle timer, pause a running one, resume a paused one."""
        now = self._now(now)
        state = self.reading(now).state
        if state is TimerState.IDLE:
            return self._event(START, now)
        if state in (TimerState.RUNNING, TimerState.OVERTIME):
            return self._event(PAUSE, now)
        if state is TimerState.PAUSED:
            return self._event(RESUME, now)
        return None

    def start(self, now: float | None = None) -> TimerEvent | None:
        """Start (or resume) the timer; None when it already runs or is finished."""
        now = self._now(now)
        state = self.reading(now).state
        if state is TimerState.IDLE:
            return self._event(START, now)
        if state is TimerState.PAUSED:
            return self._event(RESUME, now)
        return None

    def adjust(self, delta_seconds: int, now: float | None = None) -> TimerEvent | None:
        """Add (or take away) time; time already past is never taken away.

        The event records the change actually made, so the log reads true.
        """
        now = self._now(now)
        r = self.reading(now)
        if r.state is TimerState.FINISHED or delta_seconds == 0:
            return None
        if delta_seconds < 0:
            delta_seconds = -int(min(-delta_seconds, max(0.0, r.segment_remaining)))
            if delta_seconds == 0:
                return None
        return self._event(ADJUST, now, delta_seconds)

    def end(self, now: float | None = None) -> TimerEvent | None:
        """Finish the stage: an "end" once it has started, a "skip" if it never did."""
        now = self._now(now)
        state = self.reading(now).state
        if state is TimerState.FINISHED:
            return None
        return self._event(SKIP if state is TimerState.IDLE else END, now)

    def reopen(self, now: float | None = None) -> TimerEvent | None:
        """Open a finished stage again (paused where it stopped); None unless finished."""
        now = self._now(now)
        if self.reading(now).state is not TimerState.FINISHED:
            return None
        return self._event(REOPEN, now)

    def rewind(self, now: float | None = None) -> TimerEvent | None:
        """Make the stage idle again, its log so far void; None when it is idle already."""
        now = self._now(now)
        if self.reading(now).state is TimerState.IDLE:
            return None
        return self._event(REWIND, now)

    def _now(self, now: float | None) -> float:
        now = self.clock() if now is None else now
        if self.events and now < self.events[-1].at:
            now = self.events[-1].at  # a clock set back: the log stays in order
        return now

    def _event(self, kind: str, now: float, delta: int = 0) -> TimerEvent:
        return TimerEvent(new_id(), self.stage.session_id, self.stage.id, kind, now, delta)


def signals(before: TimerReading | None, after: TimerReading) -> list[StageSignal]:
    """The signals to give for the segment ends reached between two readings."""
    if before is None or after.passed <= before.passed:
        return []
    count = after.segment_count
    out: list[StageSignal] = []
    for k in range(before.passed, after.passed):  # k: index of the segment that ended
        nxt = k + 1
        if nxt >= count:
            out.append(StageSignal("end", stations=after.stations))
        elif after.has_summary and nxt == count - 1:
            out.append(StageSignal("summary", stations=after.stations))
        else:
            out.append(StageSignal("change", station=nxt + 1, stations=after.stations))
    return out


def _in_causal_order(events: list[TimerEvent], *, started: bool, running: bool) -> list[TimerEvent]:
    """``events`` (sorted by time) with events at the same instant in an order that fits.

    Two events can carry the same time (a fast hand, a coarse or fake clock). Their
    order is then taken from the state: a pause before a resume while running, a
    resume before a pause while paused. A zero-length interval changes no time, so
    this keeps every reading exact without nudging any timestamp.
    """
    out: list[TimerEvent] = []
    i = 0
    while i < len(events):
        j = i
        while j < len(events) and events[j].at == events[i].at:
            j += 1
        tied = list(events[i:j])
        while tied:
            pick = next((e for e in tied if _fits(e.kind, started, running)), tied[0])
            tied.remove(pick)
            out.append(pick)
            if pick.kind in (START, RESUME) and (not started or not running):
                started, running = True, True
            elif pick.kind in (PAUSE, END, SKIP):
                running = False
            elif pick.kind == REWIND:
                started, running = False, False
        i = j
    return out


def _fits(kind: str, started: bool, running: bool) -> bool:
    if kind == START:
        return not started
    if kind == RESUME:
        return started and not running
    if kind == PAUSE:
        return running
    return kind == ADJUST


def _order(event: TimerEvent) -> tuple[float, int, str]:
    return (event.at, EVENT_KINDS.index(event.kind) if event.kind in EVENT_KINDS else 9, event.id)


def _cumulative(lengths: list[int]) -> list[float]:
    out: list[float] = []
    total = 0.0
    for length in lengths:
        total += length
        out.append(total)
    return out


def _adjusted(bounds: list[float], at: float, delta: int) -> list[float]:
    """Move the end of the segment current at ``at`` (and all later ends) by ``delta``."""
    if not bounds:
        return bounds
    i = next((k for k, b in enumerate(bounds) if b > at), len(bounds) - 1)
    moved = bounds[i] + delta
    if delta < 0:
        moved = max(moved, min(bounds[i], at))  # never take away time already past
    shift = moved - bounds[i]
    return bounds[:i] + [b + shift for b in bounds[i:]]


def _reading(
    stage: Stage,
    bounds: list[float],
    elapsed: float,
    since: float | None,
    started_at: float | None,
    ended_at: float | None,
    skipped: bool,
) -> TimerReading:
    allotted = bounds[-1] if bounds else 0.0
    passed = sum(1 for b in bounds if b <= elapsed) if started_at is not None else 0
    segment = min(passed, len(bounds) - 1) if bounds else 0
    seg_end = bounds[segment] if bounds else 0.0
    seg_remaining = seg_end - elapsed
    if ended_at is not None:
        state = TimerState.FINISHED
    elif started_at is None:
        state = TimerState.IDLE
    elif since is None:
        state = TimerState.PAUSED
    elif elapsed >= allotted:
        state = TimerState.OVERTIME
    else:
        state = TimerState.RUNNING
    if started_at is None:
        level = Level.NORMAL
    elif elapsed >= allotted:
        level = Level.OVERTIME
    elif seg_remaining <= stage.danger_seconds:
        level = Level.DANGER
    elif seg_remaining <= stage.warning_seconds:
        level = Level.WARNING
    else:
        level = Level.NORMAL
    return TimerReading(
        state=state,
        elapsed=elapsed,
        allotted=allotted,
        segment=segment,
        segment_count=len(bounds),
        segment_remaining=seg_remaining,
        passed=passed,
        level=level,
        started_at=started_at,
        ended_at=ended_at,
        skipped=skipped,
        has_summary=stage.kind == "rotation" and len(bounds) > max(1, stage.stations),
    )
