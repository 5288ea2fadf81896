"""The agenda: start times, totals, rotation schedules, which stage runs, planned vs actual.

Everything is derived from the session's stages and its timer log; nothing is stored
twice. The report layer uses :func:`actual_durations` and :func:`schedule` for the
PDF's "planned against actual" table.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, replace

from n3desk.domain.changes import Op, Put
from n3desk.domain.entities import Stage, TimerEvent
from n3desk.domain.timer import Clock, StageTimer, TimerReading, TimerState, planned_seconds
from n3desk.domain.workshop import Workshop


def parse_hhmm(text: str, default: int = 9 * 60) -> int:
    """Minutes after midnight of "HH:MM"; ``default`` when the text is not a time."""
    try:
        hours, minutes = text.strip().split(":")
        h, m = int(hours), int(minutes)
    except ValueError:
        return default
    if not (0 <= h < 24 and 0 <= m < 60):
        return default
    return h * 60 + m


def format_hhmm(minutes: float) -> str:
    """ "HH:MM" of minutes after midnight (past midnight wraps round)."""
    total = round(minutes) % (24 * 60)
    return f"{total // 60:02d}:{total % 60:02d}"


def format_clock(seconds: float) -> str:
    """A countdown as the room reads it: "12:05", "1:02:00", "−0:45" in overtime."""
    sign = "−" if seconds < 0 else ""
    # Round up while counting down, so "0:00" appears exactly when time is out.
    whole = int(-seconds) if seconds < 0 else int(-(-seconds // 1))
    h, rest = divmod(whole, 3600)
    m, s = divmod(rest, 60)
    return f"{sign}{h}:{m:02d}:{s:02d}" if h else f"{sign}{m}:{s:02d}"


@dataclass(frozen=True, slots=True)
class AgendaRow:
    """One stage as the agenda shows it: when it starts and ends, in minutes."""

    stage: Stage
    start: float  # minutes after midnight
    minutes: float  # planned length

    @property
    def end(self) -> float:
        return self.start + self.minutes


def schedule(workshop: Workshop) -> list[AgendaRow]:
    """Every stage with its planned start, following on from the session's start time."""
    at = float(parse_hhmm(workshop.session.start_time))
    rows: list[AgendaRow] = []
    for stage in workshop.stages:
        minutes = planned_seconds(stage) / 60
        rows.append(AgendaRow(stage, at, minutes))
        at += minutes
    return rows


def total_minutes(stages: Sequence[Stage]) -> float:
    """The planned length of the whole agenda."""
    return sum(planned_seconds(s) for s in stages) / 60


def overrun_minutes(workshop: Workshop) -> float:
    """How far the agenda runs past the time available (0 when it fits)."""
    return max(0.0, total_minutes(workshop.stages) - workshop.session.available_minutes)


@dataclass(frozen=True, slots=True)
class Segment:
    """One part of a rotation: a station, or the summary round."""

    index: int
    start_minutes: int  # from the stage's start
    minutes: int
    summary: bool = False


def rotation_schedule(stage: Stage) -> list[Segment]:
    """The stations (changes at k × M minutes) and the summary round of a rotation."""
    if stage.kind != "rotation" or stage.stations <= 0 or stage.station_minutes <= 0:
        return []
    out = [
        Segment(k, k * stage.station_minutes, stage.station_minutes) for k in range(stage.stations)
    ]
    if stage.summary_minutes > 0:
        start = stage.stations * stage.station_minutes
        out.append(Segment(stage.stations, start, stage.summary_minutes, summary=True))
    return out


# -- running the agenda ---------------------------------------------------------------


def timer_for(workshop: Workshop, stage: Stage, clock: Clock = time.time) -> StageTimer:
    """The stage's timer over the session's log."""
    return StageTimer(stage, (e for e in workshop.timer_events if e.stage_id == stage.id), clock)


def readings(workshop: Workshop, now: float) -> dict[str, TimerReading]:
    """Every stage's reading at ``now``."""
    return {s.id: timer_for(workshop, s).reading(now) for s in workshop.stages}


def current_stage(workshop: Workshop, now: float) -> Stage | None:
    """The stage the room is in.

    The active one (started, not finished) if there is one — the latest started;
    otherwise the first unfinished stage after the last one finished (then the first
    unfinished stage at all); None when every stage is done.
    """
    stages = workshop.stages
    states = readings(workshop, now)
    active = [s for s in stages if states[s.id].active]
    if active:
        return max(active, key=lambda s: states[s.id].started_at or 0.0)
    finished = [s for s in stages if states[s.id].state is TimerState.FINISHED]
    if finished:
        last = max(finished, key=lambda s: states[s.id].ended_at or 0.0)
        after = stages[stages.index(last) + 1 :]
        for stage in after:
            if states[stage.id].state is TimerState.IDLE:
                return stage
    return next((s for s in stages if states[s.id].state is TimerState.IDLE), None)


def following_stage(workshop: Workshop, stage: Stage, now: float) -> Stage | None:
    """The first stage after ``stage`` in the agenda that has not been run yet."""
    stages = workshop.stages
    if stage not in stages:
        return None
    states = readings(workshop, now)
    for candidate in stages[stages.index(stage) + 1 :]:
        if states[candidate.id].state is TimerState.IDLE:
            return candidate
    return None


def go_to_events(
    workshop: Workshop, target: Stage | None, now: float, *, start: bool = True
) -> list[TimerEvent]:
    """Events that finish every active stage and (optionally) start ``target``."""
    events: list[TimerEvent] = []
    for stage in workshop.stages:
        timer = timer_for(workshop, stage)
        if stage is not target and timer.reading(now).active:
            ev = timer.end(now)
            if ev is not None:
                events.append(ev)
    if target is not None and start:
        ev = timer_for(workshop, target).start(now)
        if ev is not None:
            events.append(ev)
    return events


def next_stage_events(workshop: Workshop, now: float) -> list[TimerEvent]:
    """Ctrl+Right: finish the current stage and go on to the next.

    If the current stage was started, the next one starts at once (the room is in
    motion). If it was never started, it is skipped and the next one waits, idle.
    """
    current = current_stage(workshop, now)
    if current is None:
        return []
    timer = timer_for(workshop, current)
    reading = timer.reading(now)
    nxt = following_stage(workshop, current, now)
    if not reading.active:
        skip = timer.end(now)
        return [skip] if skip is not None else []
    return go_to_events(workshop, nxt, now, start=True) if nxt else _only(timer.end(now))


def previous_stage(workshop: Workshop, now: float) -> Stage | None:
    """The stage that finished last (the one "Back" reopens), or None."""
    states = readings(workshop, now)
    finished = [s for s in workshop.stages if states[s.id].state is TimerState.FINISHED]
    return max(finished, key=lambda s: states[s.id].ended_at or 0.0, default=None)


def back_events(workshop: Workshop, now: float) -> list[TimerEvent]:
    """Ctrl+Left: back to the stage that finished last, as a move of its own.

    An accidental "Next stage" is put right without touching the undo stack (timer
    moves are facts of the room): the stage started by it is rewound to idle — its
    minutes no longer count — and the stage that ended goes on, paused, with the
    time it had. Space then runs it on. The log keeps all of it.
    """
    target = previous_stage(workshop, now)
    if target is None:
        return []
    events: list[TimerEvent] = []
    for stage in workshop.stages:
        if stage is not target and timer_for(workshop, stage).reading(now).active:
            events += _only(timer_for(workshop, stage).rewind(now))
    return [*events, *_only(timer_for(workshop, target).reopen(now))]


def actual_starts(workshop: Workshop, now: float | None = None) -> dict[str, float]:
    """When each stage that ran actually started (a rewound start does not count)."""
    events = workshop.timer_events
    if now is None:
        now = events[-1].at if events else 0.0
    out: dict[str, float] = {}
    for stage in workshop.stages:
        started = timer_for(workshop, stage).reading(now).started_at
        if started is not None:
            out[stage.id] = started
    return out


def _only(event: TimerEvent | None) -> list[TimerEvent]:
    return [event] if event is not None else []


# -- planned against actual -------------------------------------------------------------


def actual_durations(workshop: Workshop, now: float | None = None) -> dict[str, float]:
    """Seconds each stage actually ran (pauses excluded), for stages that started.

    ``now`` matters only for a stage still running; by default it is the time of the
    last event in the log, so a report of a finished workshop never depends on when
    it is printed.
    """
    events = workshop.timer_events
    if now is None:
        now = events[-1].at if events else 0.0
    out: dict[str, float] = {}
    for stage in workshop.stages:
        reading = timer_for(workshop, stage).reading(now)
        if reading.started_at is not None:
            out[stage.id] = reading.elapsed
    return out


def allotted_durations(workshop: Workshop, now: float | None = None) -> dict[str, float]:
    """Seconds each stage was given after every +/− adjustment, for stages that started."""
    events = workshop.timer_events
    if now is None:
        now = events[-1].at if events else 0.0
    out: dict[str, float] = {}
    for stage in workshop.stages:
        reading = timer_for(workshop, stage).reading(now)
        if reading.started_at is not None:
            out[stage.id] = reading.allotted
    return out


# -- editing helpers ------------------------------------------------------------------


def reorder_ops(workshop: Workshop, stage_id: str, new_index: int) -> list[Op]:
    """Operations that move one stage to ``new_index`` and renumber the rest."""
    stages = workshop.stages
    moving = next((s for s in stages if s.id == stage_id), None)
    if moving is None:
        return []
    rest = [s for s in stages if s.id != stage_id]
    new_index = max(0, min(new_index, len(rest)))
    rest.insert(new_index, moving)
    return positions_ops(rest)


def positions_ops(stages: Sequence[Stage]) -> list[Op]:
    """Puts that number ``stages`` 0, 1, 2 … in the given order (only those that change)."""
    return [Put(replace(s, position=i)) for i, s in enumerate(stages) if s.position != i]
