"""Every main action has a shortcut, and the sheet lists them all in the current language."""

from __future__ import annotations

import time

from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from n3desk.app.main_window import MainWindow
from n3desk.app.shortcuts import SHORTCUTS, ShortcutSheet, keys, rows
from n3desk.app.translation import install_translator
from n3desk.domain.demo import build_demo
from n3desk.store import Library


def _window(qtbot: QtBot, library: Library) -> MainWindow:
    workshop = build_demo("sv", time.time())
    library.add(workshop)
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.open_session(workshop.session.id)
    return window


def test_every_window_shortcut_is_on_the_sheet(qtbot: QtBot, library: Library) -> None:
    """Each key of each QAction in the window (session open) is declared in SHORTCUTS."""
    window = _window(qtbot, library)
    declared = {QKeySequence(k).toString() for s in SHORTCUTS for k in s.keys}
    used = {
        sequence.toString()
        for action in window.findChildren(QAction)
        for sequence in action.shortcuts()
        if not sequence.isEmpty()
    }
    assert used
    assert used - declared == set()
    for name in ("projector.present", "projector.blackout", "projector.freeze", "app.shortcuts"):
        assert keys(name)


def test_sheet_speaks_the_current_language(qtbot: QtBot) -> None:
    """The sheet shows every shortcut; in Swedish its descriptions are Swedish."""
    try:
        install_translator("sv")
        sheet = ShortcutSheet()
        qtbot.addWidget(sheet)
        texts = sheet.texts()
        assert "Svart bild på projektorn, eller tänd den igen" in texts
        assert "Tavla" in texts
        assert len(rows()) == len(SHORTCUTS)
    finally:
        install_translator("en")
    english = ShortcutSheet()
    qtbot.addWidget(english)
    assert "Black out the projector, or light it again" in english.texts()


def test_f1_opens_the_sheet(qtbot: QtBot, library: Library) -> None:
    """F1 (the shortcuts action) opens the sheet."""
    window = _window(qtbot, library)
    window.shortcuts_action.trigger()
    sheets = window.findChildren(ShortcutSheet)
    assert sheets
    assert sheets[0].isVisible()
    sheets[0].close()
