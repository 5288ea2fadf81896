"""The timer strip: Space, ±minutes, the end signal, the next stage offered, undo, the log."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from n3desk.app.agenda.signal_player import SignalPlayer
from n3desk.app.agenda.timer_strip import ElidedLabel, TimerStrip
from n3desk.app.document import SessionDocument
from n3desk.domain.agenda import actual_durations
from n3desk.domain.changes import Put
from n3desk.domain.entities import Stage, new_id
from n3desk.domain.timer import Level, StageSignal, TimerState


def _agenda(document: SessionDocument, *stages: Stage) -> None:
    document.apply([Put(s) for s in stages])


def _stage(
    document: SessionDocument, title: str, minutes: int, position: int, **kw: int | str
) -> Stage:
    return Stage(new_id(), document.session.id, title, minutes, position=position, **kw)  # type: ignore[arg-type]


def _strip(qtbot: QtBot, document: SessionDocument, player: SignalPlayer) -> TimerStrip:
    strip = TimerStrip(document, player=player)
    qtbot.addWidget(strip)
    strip.resize(1024, strip.sizeHint().height())
    strip.show()
    return strip


def test_a_whole_stage_run_from_the_strip(
    qtbot: QtBot,
    timed_document: SessionDocument,
    clock: Any,
    player: SignalPlayer,
    played: list[Path],
) -> None:
    """Start, pause, +1, run out, go on, back (Ctrl+Left), on again: no undo step, all logged."""
    intro = _stage(timed_document, "Intro", 10, 0)
    ideas = _stage(timed_document, "Idéer", 20, 1)
    _agenda(timed_document, intro, ideas)
    strip = _strip(qtbot, timed_document, player)
    assert strip.countdown.text() == "10:00"
    assert strip.toggle_button.text() == "Start"

    strip.press_space()  # start
    clock.advance(120)
    strip.controller.refresh()
    assert strip.countdown.text() == "8:00"
    strip.press_space()  # pause
    clock.advance(300)
    strip.controller.refresh()
    assert strip.countdown.text() == "8:00"
    assert strip.toggle_button.text() == "Resume"
    strip.plus_button.click()  # +1 while paused: 9 minutes left
    strip.press_space()  # resume
    clock.advance(8 * 60 + 30)
    strip.controller.refresh()
    assert strip.view.reading is not None
    assert strip.view.reading.level is Level.DANGER
    assert played == []

    with qtbot.waitSignal(strip.controller.signalled) as blocker:
        clock.advance(45)
        strip.controller.refresh()
    assert blocker.args == [StageSignal("end", stations=1)]
    assert len(played) == 1
    assert strip.flashing
    assert strip.view.time_is_up
    assert strip.view.next_stage == ideas
    assert strip.countdown.text() == "+0:15"
    assert "next: Idéer" in strip.detail.full_text

    steps = timed_document.undo_stack.count()
    strip.next_shortcut.activated.emit()  # Ctrl+Right
    assert strip.view.stage == ideas
    assert strip.view.reading is not None
    assert strip.view.reading.state is TimerState.RUNNING
    assert timed_document.undo_stack.count() == steps  # a timer move, not an edit
    clock.advance(20)
    assert strip.back_button.isEnabled()
    assert "Intro" in strip.back_button.toolTip()
    strip.back_shortcut.activated.emit()  # Ctrl+Left: the "next" was a mistake
    back = strip.controller.refresh()
    assert back.stage == intro
    assert back.reading is not None
    assert back.reading.state is TimerState.PAUSED
    assert back.next_stage == ideas  # rewound: idle again, offered next
    clock.advance(60)  # paused: not counted
    strip.press_space()
    clock.advance(5)
    strip.next_shortcut.activated.emit()
    assert strip.view.stage == ideas
    assert timed_document.undo_stack.count() == steps

    stored = timed_document.library.load(timed_document.session.id)
    assert stored == timed_document.workshop
    # Events at the same instant (pause, +1, resume) have no stored order among them.
    assert sorted(e.kind for e in stored.timer_events) == sorted(
        [
            "start",
            "pause",
            "adjust",
            "resume",
            "end",
            "start",
            "rewind",
            "reopen",
            "resume",
            "end",
            "start",
        ]
    )
    actual = actual_durations(stored)
    assert actual[intro.id] == 120 + 8 * 60 + 30 + 45 + 5
    assert actual[ideas.id] == 0  # it has only just started, for real


def test_space_types_a_space_while_a_text_is_edited(
    qtbot: QtBot,
    timed_document: SessionDocument,
    player: SignalPlayer,
) -> None:
    """Space does not start the timer when a text field has the keyboard."""
    _agenda(timed_document, _stage(timed_document, "Intro", 10, 0))
    strip = _strip(qtbot, timed_document, player)
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    strip.press_space()
    assert timed_document.workshop.timer_events == []
    field.clearFocus()
    strip.press_space()
    assert [e.kind for e in timed_document.workshop.timer_events] == ["start"]


def test_space_presses_a_focused_button_instead_of_starting_the_timer(
    qtbot: QtBot,
    timed_document: SessionDocument,
    player: SignalPlayer,
) -> None:
    """Space on a focused button (an N3 rating in the same window) presses it; no timer."""
    _agenda(timed_document, _stage(timed_document, "Intro", 10, 0))
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    button = QPushButton("3", window)
    layout.addWidget(button)
    strip = TimerStrip(timed_document, window, player=player)
    layout.addWidget(strip)
    window.show()
    window.activateWindow()
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    with qtbot.waitSignal(button.clicked):
        qtbot.keyClick(button, Qt.Key.Key_Space)
    assert timed_document.workshop.timer_events == []
    button.clearFocus()
    strip.press_space()
    assert [e.kind for e in timed_document.workshop.timer_events] == ["start"]


def test_space_stays_the_timer_s_after_a_button_was_clicked(
    qtbot: QtBot,
    timed_document: SessionDocument,
    player: SignalPlayer,
) -> None:
    """A button that got the focus from a mouse click does not take Space from the timer."""
    _agenda(timed_document, _stage(timed_document, "Intro", 10, 0))
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    other = QLineEdit(window)
    button = QPushButton("Flytta upp", window)
    layout.addWidget(other)
    layout.addWidget(button)
    strip = TimerStrip(timed_document, window, player=player)
    layout.addWidget(strip)
    window.show()
    window.activateWindow()
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    pressed: list[bool] = []
    button.clicked.connect(lambda: pressed.append(True))
    qtbot.mousePress(button, Qt.MouseButton.LeftButton)
    qtbot.mouseRelease(button, Qt.MouseButton.LeftButton)
    assert button.hasFocus()
    assert pressed == [True]
    strip.press_space()
    assert pressed == [True]
    assert [e.kind for e in timed_document.workshop.timer_events] == ["start"]


def test_paused_in_overtime_the_clock_still_counts_up(
    qtbot: QtBot,
    timed_document: SessionDocument,
    clock: Any,
    player: SignalPlayer,
) -> None:
    """Running over then pausing shows "+0:44" (overtime), not a countdown "−0:44"."""
    _agenda(timed_document, _stage(timed_document, "Intro", 1, 0))
    strip = _strip(qtbot, timed_document, player)
    strip.press_space()
    clock.advance(60 + 44)
    strip.controller.refresh()
    assert strip.countdown.text() == "+0:44"
    strip.press_space()  # pause
    assert timed_document.workshop.timer_events[-1].kind == "pause"
    assert strip.countdown.text() == "+0:44"


def test_station_rotation_announces_every_change(
    qtbot: QtBot,
    timed_document: SessionDocument,
    clock: Any,
    player: SignalPlayer,
    played: list[Path],
) -> None:
    """5 stations × 6 min: "Station 2 of 5 — move on", a chime at each change and the end."""
    rotation = _stage(
        timed_document, "Stationer", 30, 0, kind="rotation", stations=5, station_minutes=6
    )
    _agenda(timed_document, rotation)
    strip = _strip(qtbot, timed_document, player)
    strip.press_space()
    heard: list[StageSignal] = []
    strip.controller.signalled.connect(heard.append)
    clock.advance(6 * 60 + 1)
    strip.controller.refresh()
    assert "Station 2 of 5 — move on" in strip.detail.full_text
    for _ in range(4):
        clock.advance(6 * 60)
        strip.controller.refresh()
    assert [s.kind for s in heard] == ["change", "change", "change", "change", "end"]
    assert len(played) == 5


def test_a_restart_resumes_the_running_timer_without_replaying_signals(
    qtbot: QtBot,
    timed_document: SessionDocument,
    clock: Any,
    player: SignalPlayer,
    played: list[Path],
) -> None:
    """A new strip on a reopened library shows the same running timer and stays quiet."""
    _agenda(timed_document, _stage(timed_document, "Intro", 10, 0))
    first = _strip(qtbot, timed_document, player)
    first.press_space()
    clock.advance(11 * 60)  # ran over while the app was closed
    reopened = SessionDocument(
        timed_document.library,
        timed_document.library.load(timed_document.session.id),
        clock=clock,
    )
    second = _strip(qtbot, reopened, player)
    assert second.countdown.text() == "+1:00"
    second.controller.refresh()
    assert played == []


def test_muted_or_soundless_the_signal_is_visual_only(
    qtbot: QtBot,
    timed_document: SessionDocument,
    clock: Any,
    played: list[Path],
) -> None:
    """Muted, nothing is played; with no audio backend at all the strip still flashes."""
    _agenda(timed_document, _stage(timed_document, "Intro", 1, 0))
    muted = SignalPlayer(backend=played.append)
    muted.set_muted(True)
    strip = _strip(qtbot, timed_document, muted)
    assert strip.mute_button.text() == "Sound off"
    strip.press_space()
    clock.advance(61)
    strip.controller.refresh()
    assert played == []
    assert strip.flashing
    silent = SignalPlayer(find_backend=lambda: None)
    silent.set_muted(False)
    assert not silent.audible
    with qtbot.waitSignal(silent.played) as blocker:
        silent.play()
    assert blocker.args == [False]


def test_the_strip_is_one_low_row_in_a_small_window(
    qtbot: QtBot, timed_document: SessionDocument, player: SignalPlayer
) -> None:
    """In a 1024×768 window the strip is compact (≤ 70 px); in a 1080-high one, full size."""
    _agenda(timed_document, _stage(timed_document, "Behov", 10, 0))
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.addStretch(1)
    strip = TimerStrip(timed_document, window, player=player)
    layout.addWidget(strip)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    assert strip.compact
    qtbot.waitUntil(lambda: strip.height() <= 70)
    assert strip.countdown.text() == "10:00"
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: not strip.compact)
    qtbot.waitUntil(lambda: strip.height() >= 90)
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: strip.compact)
    assert "#37474f" in strip.styleSheet()  # still the idle colour after the change


def test_a_session_without_an_agenda_shows_labelled_greyed_controls(
    qtbot: QtBot, timed_document: SessionDocument, player: SignalPlayer
) -> None:
    """No stages yet: the strip says so, and its buttons are greyed but never blank."""
    strip = _strip(qtbot, timed_document, player)
    assert timed_document.workshop.stages == []
    assert strip.title.toolTip() or strip.title.text()
    assert strip.toggle_button.text() == "Start"
    assert not strip.toggle_button.isEnabled()
    assert strip.mute_button.text() in ("Sound on", "Sound off")


def test_elided_label_ends_in_an_ellipsis_and_follows_its_width(qtbot: QtBot) -> None:
    """A long stage name ends in "…" with the whole name as tooltip; wider, it is whole."""
    label = ElidedLabel()
    qtbot.addWidget(label)
    label.show()  # a hidden widget is told of its size only when it shows
    name = "Idégenerering i grupper med\nfokus på borgerens vardag"
    label.resize(120, 30)
    label.set_full_text(name)
    label.set_full_text(name)  # the timer's next tick: the same words
    whole = " ".join(name.split())
    assert label.text().endswith("…")
    assert whole.startswith(label.text()[:-1])
    assert label.toolTip() == whole
    label.resize(label.fontMetrics().horizontalAdvance(whole) + 20, 30)
    assert label.text() == whole
    assert label.toolTip() == ""
