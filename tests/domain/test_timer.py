"""The stage timer is derived from its log and the wall clock: exact, restartable, sleep-proof."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from n3desk.domain.agenda import (
    actual_durations,
    actual_starts,
    allotted_durations,
    back_events,
    current_stage,
    next_stage_events,
    previous_stage,
)
from n3desk.domain.changes import Put
from n3desk.domain.entities import Stage, TimerEvent, new_id
from n3desk.domain.templates import BLANK, instantiate
from n3desk.domain.timer import (
    Level,
    StageSignal,
    StageTimer,
    TimerReading,
    TimerState,
    planned_seconds,
    signals,
)
from n3desk.domain.workshop import Workshop
from n3desk.store import open_library

T0 = 1_800_000_000.0


class FakeClock:
    """A wall clock the test moves by hand."""

    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def _stage(sid: str = "s", **fields: object) -> Stage:
    return replace(Stage(new_id(), sid, "Brainstorm", planned_minutes=10), **fields)  # type: ignore[arg-type]


def _commit(log: list[TimerEvent], event: TimerEvent | None) -> None:
    assert event is not None
    log.append(event)


def test_idle_timer_shows_the_planned_time() -> None:
    """A timer never started is idle, with the whole planned time left."""
    clock = FakeClock()
    r = StageTimer(_stage(), [], clock).reading()
    assert r.state is TimerState.IDLE
    assert r.remaining == 600
    assert r.level is Level.NORMAL


def test_pause_stops_the_countdown_and_resume_continues() -> None:
    """Time paused does not count; the remaining time is computed from the clock."""
    clock = FakeClock()
    stage = _stage()
    log: list[TimerEvent] = []
    _commit(log, StageTimer(stage, log, clock).toggle())
    clock.advance(125)
    _commit(log, StageTimer(stage, log, clock).toggle())
    assert StageTimer(stage, log, clock).reading().state is TimerState.PAUSED
    clock.advance(3600)
    r = StageTimer(stage, log, clock).reading()
    assert r.remaining == 475
    _commit(log, StageTimer(stage, log, clock).toggle())
    clock.advance(75)
    r = StageTimer(stage, log, clock).reading()
    assert r.state is TimerState.RUNNING
    assert r.remaining == pytest.approx(400, abs=0.01)


def test_levels_follow_the_stage_thresholds() -> None:
    """Warning at 2 min, danger at 30 s by default, then overtime counting up."""
    clock = FakeClock()
    stage = _stage(planned_minutes=5)
    log: list[TimerEvent] = []
    _commit(log, StageTimer(stage, log, clock).start())
    timer = StageTimer(stage, log, clock)
    assert timer.reading(T0 + 179).level is Level.NORMAL
    assert timer.reading(T0 + 180).level is Level.WARNING
    assert timer.reading(T0 + 270).level is Level.DANGER
    over = timer.reading(T0 + 300 + 42)
    assert over.state is TimerState.OVERTIME
    assert over.level is Level.OVERTIME
    assert over.overtime == 42
    custom = replace(stage, warning_seconds=60, danger_seconds=10)
    assert StageTimer(custom, log, clock).reading(T0 + 180).level is Level.NORMAL


def test_two_hour_run_with_pauses_additions_overtime_and_a_restart() -> None:
    """A realistic two-hour run is exact to the second, across a restart of the app."""
    clock = FakeClock()
    ws = instantiate(BLANK, "Tvåtimmars", language="sv", now=T0)
    sid = ws.session.id
    stages = [
        Stage(new_id(), sid, "Intro", planned_minutes=15, position=0),
        Stage(new_id(), sid, "Behov", planned_minutes=40, position=1),
        Stage(new_id(), sid, "Idéer", planned_minutes=45, position=2),
        Stage(new_id(), sid, "Avslut", planned_minutes=20, position=3),
    ]
    ws.apply([Put(s) for s in stages])

    def act(events: list[TimerEvent]) -> None:
        ws.apply([Put(e) for e in events])

    def timer(i: int) -> StageTimer:
        return StageTimer(stages[i], ws.timer_events, clock)

    act([e for e in [timer(0).toggle()] if e])  # 09:00 intro starts
    clock.advance(10 * 60)
    act([e for e in [timer(0).adjust(5 * 60)] if e])  # +5 min: 20 min in all
    clock.advance(12 * 60)  # two minutes over
    assert timer(0).reading().overtime == 120
    act(next_stage_events(ws, clock()))  # intro ends at 22:00, Behov starts
    assert current_stage(ws, clock()) == stages[1]
    clock.advance(20 * 60)
    act([e for e in [timer(1).toggle()] if e])  # coffee: paused 15 min
    clock.advance(15 * 60)
    act([e for e in [timer(1).toggle()] if e])
    clock.advance(5 * 60)
    act([e for e in [timer(1).adjust(-60)] if e])  # −1 min
    # The app stops here: rebuild everything from the log alone.
    restarted = Workshop(ws.session, [r for r in ws.records() if r is not ws.session])
    clock.advance(7 * 60)  # the app was closed for seven minutes; the meeting went on
    r = StageTimer(stages[1], restarted.timer_events, clock).reading()
    assert r.state is TimerState.RUNNING
    assert r.elapsed == pytest.approx(32 * 60, abs=0.01)
    assert r.remaining == pytest.approx(7 * 60, abs=0.01)
    ws = restarted
    clock.advance(7 * 60)
    act(next_stage_events(ws, clock()))  # Behov ends exactly on time; Idéer starts
    clock.advance(45 * 60 + 90)  # ninety seconds over
    assert timer(2).reading().overtime == pytest.approx(90, abs=0.01)
    act(next_stage_events(ws, clock()))
    clock.advance(18 * 60)
    act(next_stage_events(ws, clock()))  # the last stage ends: no next
    assert current_stage(ws, clock()) is None
    actual = actual_durations(ws)
    assert [round(actual[s.id]) for s in stages] == [22 * 60, 39 * 60, 46.5 * 60, 18 * 60]
    allotted = allotted_durations(ws)
    assert [round(allotted[s.id]) for s in stages] == [20 * 60, 39 * 60, 45 * 60, 20 * 60]
    assert all(timer(i).reading().state is TimerState.FINISHED for i in range(4))


def test_a_running_timer_survives_a_real_library_reopen(data_dir: Path) -> None:
    """Events committed to SQLite rebuild the same running timer after the app restarts."""
    clock = FakeClock()
    ws = instantiate(BLANK, "Omstart", language="sv", now=T0)
    stage = Stage(new_id(), ws.session.id, "Idéer", planned_minutes=30)
    ws.apply([Put(stage)])
    library = open_library(data_dir)
    library.add(ws)
    start = StageTimer(stage, [], clock).start()
    assert start is not None
    library.commit([Put(start)])
    library.close()
    clock.advance(600)
    reopened = open_library(data_dir)
    try:
        loaded = reopened.load(ws.session.id)
    finally:
        reopened.close()
    r = StageTimer(stage, loaded.timer_events, clock).reading()
    assert r.state is TimerState.RUNNING
    assert r.remaining == pytest.approx(1200, abs=0.001)


def test_sleep_counts_as_elapsed_and_a_backward_jump_never_runs_time_backwards() -> None:
    """A 40-minute sleep is elapsed time; a clock set back does not give time back."""
    clock = FakeClock()
    stage = _stage(planned_minutes=30)
    log: list[TimerEvent] = []
    _commit(log, StageTimer(stage, log, clock).start())
    clock.advance(5 * 60)
    before = StageTimer(stage, log, clock).reading()
    clock.advance(40 * 60)  # laptop lid closed
    after = StageTimer(stage, log, clock).reading()
    assert after.state is TimerState.OVERTIME
    assert after.overtime == 15 * 60
    assert signals(before, after) == [StageSignal("end", stations=1)]
    clock.now = T0 - 3600  # the clock is set back an hour
    back = StageTimer(stage, log, clock).reading()
    assert back.elapsed == 0
    _commit(log, StageTimer(stage, log, clock).toggle())  # a pause now still sorts last
    assert StageTimer(stage, log, clock).reading().state is TimerState.PAUSED


def test_station_rotation_signals_at_every_change() -> None:
    """5 stations × 6 min + a 10-min summary: a signal at each change, summary and end."""
    clock = FakeClock()
    stage = _stage(kind="rotation", stations=5, station_minutes=6, summary_minutes=10)
    assert planned_seconds(stage) == 40 * 60
    log: list[TimerEvent] = []
    _commit(log, StageTimer(stage, log, clock).start())
    heard: list[StageSignal] = []
    previous: TimerReading | None = StageTimer(stage, log, clock).reading()
    for _ in range(41 * 60):  # sampled every second, as the app's repaint would
        clock.advance(1)
        now = StageTimer(stage, log, clock).reading()
        heard.extend(signals(previous, now))
        previous = now
    assert heard == [
        StageSignal("change", station=2, stations=5),
        StageSignal("change", station=3, stations=5),
        StageSignal("change", station=4, stations=5),
        StageSignal("change", station=5, stations=5),
        StageSignal("summary", stations=5),
        StageSignal("end", stations=5),
    ]


def test_rotation_adjustment_lengthens_the_current_station_only() -> None:
    """+1 minute at station 2 delays station 3 and everything after by one minute."""
    clock = FakeClock()
    stage = _stage(kind="rotation", stations=3, station_minutes=5)
    log: list[TimerEvent] = []
    _commit(log, StageTimer(stage, log, clock).start())
    clock.advance(7 * 60)
    _commit(log, StageTimer(stage, log, clock).adjust(60))
    r = StageTimer(stage, log, clock).reading()
    assert (r.segment, r.segment_remaining, r.allotted) == (1, 4 * 60, 16 * 60)
    assert StageTimer(stage, log, clock).reading(T0 + 10 * 60).segment == 1
    assert StageTimer(stage, log, clock).reading(T0 + 11 * 60).segment == 2


def test_taking_time_away_never_takes_time_already_past() -> None:
    """−1 minute with 20 s left leaves 0 s, and the log records −20 s."""
    clock = FakeClock()
    stage = _stage(planned_minutes=2)
    log: list[TimerEvent] = []
    _commit(log, StageTimer(stage, log, clock).start())
    clock.advance(100)
    event = StageTimer(stage, log, clock).adjust(-60)
    assert event is not None
    assert event.delta_seconds == -20
    log.append(event)
    r = StageTimer(stage, log, clock).reading()
    assert r.remaining == pytest.approx(0, abs=0.01)
    assert r.state is TimerState.OVERTIME
    assert StageTimer(stage, log, clock).adjust(-60) is None


def test_plus_five_in_overtime_adds_to_the_planned_time() -> None:
    """+5 minutes when 2 minutes over leaves 3 minutes."""
    clock = FakeClock()
    stage = _stage(planned_minutes=10)
    log: list[TimerEvent] = []
    _commit(log, StageTimer(stage, log, clock).start())
    clock.advance(12 * 60)
    _commit(log, StageTimer(stage, log, clock).adjust(300))
    r = StageTimer(stage, log, clock).reading()
    assert r.state is TimerState.RUNNING
    assert r.remaining == pytest.approx(180, abs=0.01)


def test_finished_stage_ignores_further_commands_and_late_events() -> None:
    """After the end, the log is closed: no toggle, no adjust, and stray events change nothing."""
    clock = FakeClock()
    stage = _stage(planned_minutes=10)
    log: list[TimerEvent] = []
    _commit(log, StageTimer(stage, log, clock).start())
    clock.advance(60)
    _commit(log, StageTimer(stage, log, clock).end())
    timer = StageTimer(stage, log, clock)
    assert timer.toggle() is None
    assert timer.adjust(60) is None
    assert timer.end() is None
    log.append(TimerEvent(new_id(), "s", stage.id, "resume", clock() + 5))
    clock.advance(600)
    r = StageTimer(stage, log, clock).reading()
    assert (r.state, r.elapsed) == (TimerState.FINISHED, 60)


def test_ending_an_idle_stage_is_a_skip() -> None:
    """A stage never started is skipped, not ended, and has no actual time."""
    clock = FakeClock()
    stage = _stage()
    event = StageTimer(stage, [], clock).end()
    assert event is not None
    assert event.kind == "skip"
    r = StageTimer(stage, [event], clock).reading()
    assert r.skipped
    assert r.started_at is None


def test_back_puts_an_accidental_next_right_in_the_log() -> None:
    """Back reopens the stage that ended (paused) and rewinds the one just started."""
    clock = FakeClock()
    ws = instantiate(BLANK, "Tillbaka", language="sv", now=T0)
    sid = ws.session.id
    intro = Stage(new_id(), sid, "Intro", planned_minutes=15, position=0)
    ideas = Stage(new_id(), sid, "Idéer", planned_minutes=30, position=1)
    ws.apply([Put(intro), Put(ideas)])

    def act(events: list[TimerEvent]) -> None:
        ws.apply([Put(e) for e in events])

    assert back_events(ws, clock()) == []  # nothing has ended yet
    act([e for e in [StageTimer(intro, [], clock).start()] if e])
    clock.advance(300)
    act(next_stage_events(ws, clock()))  # by mistake: intro ends, Idéer starts
    clock.advance(30)
    assert previous_stage(ws, clock()) == intro
    act(back_events(ws, clock()))
    assert current_stage(ws, clock()) == intro
    assert StageTimer(intro, ws.timer_events, clock).reading().state is TimerState.PAUSED
    assert StageTimer(intro, ws.timer_events, clock).reading().elapsed == 300
    assert StageTimer(ideas, ws.timer_events, clock).reading().state is TimerState.IDLE
    clock.advance(60)  # the gap is not counted
    act([e for e in [StageTimer(intro, ws.timer_events, clock).toggle()] if e])
    clock.advance(100)
    act(next_stage_events(ws, clock()))
    clock.advance(50)
    assert actual_durations(ws, clock()) == {intro.id: 400, ideas.id: 50}
    assert actual_starts(ws)[ideas.id] == clock() - 50  # the rewound start does not count
    # The whole story stays in the log (events at one instant have no stored order).
    assert sorted(e.kind for e in ws.timer_events) == sorted(
        ["start", "end", "start", "rewind", "reopen", "resume", "end", "start"]
    )


def test_back_at_the_same_instant_and_after_a_skip() -> None:
    """Back at the very instant of the mistake works; a skipped stage comes back idle."""
    clock = FakeClock()
    ws = instantiate(BLANK, "Samma ögonblick", language="sv", now=T0)
    sid = ws.session.id
    intro = Stage(new_id(), sid, "Intro", planned_minutes=15, position=0)
    ideas = Stage(new_id(), sid, "Idéer", planned_minutes=30, position=1)
    ws.apply([Put(intro), Put(ideas)])
    ws.apply([Put(e) for e in next_stage_events(ws, clock())])  # intro skipped, never run
    assert StageTimer(intro, ws.timer_events, clock).reading().skipped
    ws.apply([Put(e) for e in back_events(ws, clock())])
    reading = StageTimer(intro, ws.timer_events, clock).reading()
    assert (reading.state, reading.skipped) == (TimerState.IDLE, False)
    assert current_stage(ws, clock()) == intro
    assert StageTimer(intro, ws.timer_events, clock).rewind() is None  # idle already
    assert StageTimer(intro, ws.timer_events, clock).reopen() is None  # not finished
