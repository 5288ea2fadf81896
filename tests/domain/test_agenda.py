"""The agenda derives start times, totals, rotation schedules and the running stage."""

from __future__ import annotations

from dataclasses import replace

from n3desk.domain.agenda import (
    actual_durations,
    current_stage,
    format_clock,
    format_hhmm,
    next_stage_events,
    overrun_minutes,
    parse_hhmm,
    reorder_ops,
    rotation_schedule,
    schedule,
    timer_for,
    total_minutes,
)
from n3desk.domain.changes import Put
from n3desk.domain.entities import Stage, TimerEvent, new_id
from n3desk.domain.templates import BLANK, instantiate
from n3desk.domain.workshop import Workshop

T0 = 1_800_000_000.0


def _agenda(*minutes: int) -> Workshop:
    ws = instantiate(BLANK, "Agenda", language="sv", now=T0)
    sid = ws.session.id
    ws.apply([Put(Stage(new_id(), sid, f"S{i}", m, position=i)) for i, m in enumerate(minutes)])
    return ws


def test_start_times_follow_from_the_session_start() -> None:
    """Each stage starts where the previous one ends, from the session's start time."""
    ws = _agenda(15, 40, 5)
    ws.apply([Put(replace(ws.session, start_time="13:30"))])
    assert [format_hhmm(r.start) for r in schedule(ws)] == ["13:30", "13:45", "14:25"]
    assert format_hhmm(schedule(ws)[-1].end) == "14:30"


def test_total_against_available_warns_when_it_overruns() -> None:
    """The total is compared with the time available; the overrun is in minutes."""
    ws = _agenda(60, 60, 45)
    ws.apply([Put(replace(ws.session, available_minutes=150))])
    assert total_minutes(ws.stages) == 165
    assert overrun_minutes(ws) == 15
    ws.apply([Put(replace(ws.session, available_minutes=180))])
    assert overrun_minutes(ws) == 0


def test_rotation_length_and_schedule_follow_its_stations() -> None:
    """5 × 7 minutes and a 10-minute summary: changes at 7, 14, 21, 28, summary at 35."""
    ws = _agenda(10)
    rotation = replace(
        ws.stages[0], kind="rotation", stations=5, station_minutes=7, summary_minutes=10
    )
    segments = rotation_schedule(rotation)
    assert [s.start_minutes for s in segments] == [0, 7, 14, 21, 28, 35]
    assert segments[-1].summary
    assert total_minutes([rotation]) == 45


def test_reorder_moves_one_stage_and_renumbers() -> None:
    """Moving the last stage first renumbers every stage in one list of operations."""
    ws = _agenda(5, 10, 15)
    last = ws.stages[2]
    ws.apply(reorder_ops(ws, last.id, 0))
    assert [s.title for s in ws.stages] == ["S2", "S0", "S1"]
    assert reorder_ops(ws, last.id, 0) == []


def test_next_stage_skips_an_idle_stage_and_starts_after_a_running_one() -> None:
    """Ctrl+Right on an idle stage skips it; on a running stage it starts the next."""
    ws = _agenda(5, 10, 15)
    a, b, c = ws.stages
    ws.apply([Put(e) for e in next_stage_events(ws, T0)])
    assert current_stage(ws, T0 + 1) == b
    ws.apply([Put(_start(ws, b, T0 + 1))])
    ws.apply([Put(e) for e in next_stage_events(ws, T0 + 601)])
    assert current_stage(ws, T0 + 602) == c
    assert actual_durations(ws, T0 + 700) == {b.id: 600, c.id: 99}
    assert a.id not in actual_durations(ws)


def _start(ws: Workshop, stage: Stage, now: float) -> TimerEvent:
    event = timer_for(ws, stage).start(now)
    assert event is not None
    return event


def test_clock_and_time_formats() -> None:
    """Countdowns round up while counting down and show a minus in overtime."""
    assert format_clock(600) == "10:00"
    assert format_clock(599.2) == "10:00"
    assert format_clock(0.4) == "0:01"
    assert format_clock(0) == "0:00"
    assert format_clock(-45.9) == "−0:45"
    assert format_clock(3725) == "1:02:05"
    assert parse_hhmm("8:05") == 485
    assert parse_hhmm("25:00") == 9 * 60
    assert parse_hhmm("nonsense", default=0) == 0
