"""One table of keys: every key the app reacts to is declared in shortcuts.SHORTCUTS."""

from __future__ import annotations

import time

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from pytestqt.qtbot import QtBot

from n3desk.app.key_map import KeyMap, normalised
from n3desk.app.main_window import MainWindow
from n3desk.app.shortcuts import SHORTCUTS, is_gesture, keys
from n3desk.domain.demo import build_demo
from n3desk.store import Library


def test_every_declared_key_is_one_key_and_no_group_gives_a_key_twice() -> None:
    """Each key text is one real key; within a group (board., map., rating. …) keys differ."""
    for entry in SHORTCUTS:
        for text in entry.keys:
            if not is_gesture(text):
                assert QKeySequence(text).count() == 1, (entry.id, text)
                assert normalised(text), (entry.id, text)
    for prefix in sorted({s.id.split(".")[0] + "." for s in SHORTCUTS}):
        taken = KeyMap.of_group(prefix).key_texts()  # raises if two ids share a key
        assert taken, prefix


def test_every_key_the_open_window_listens_to_is_declared(qtbot: QtBot, library: Library) -> None:
    """Each key of each QAction and QShortcut in the window (session open) is in the table."""
    workshop = build_demo("sv", time.time())
    library.add(workshop)
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.open_session(workshop.session.id)
    declared = {normalised(k) for s in SHORTCUTS for k in s.keys if not is_gesture(k)}
    sequences = [s for a in window.findChildren(QAction) for s in a.shortcuts()]
    sequences += [s.key() for s in window.findChildren(QShortcut)]
    used = {s.toString() for s in sequences if not s.isEmpty()}
    assert {"Space", "Ctrl+Right", "Ctrl+Left", "Ctrl+Z"} <= used
    assert used - declared == set()
    assert [s.toString() for s in keys("timer.toggle")] == ["Space"]
