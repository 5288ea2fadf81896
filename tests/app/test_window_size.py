"""The main window fits the screen it starts on (a 1024×768 projector too)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from n3desk.app.main import DEFAULT_SIZE, fits, show_main_window


def test_a_small_screen_gets_a_maximised_window(qtbot: QtBot) -> None:
    """On 1024×768 and 1280×800 the window is maximised, never larger than the screen."""
    for width, height in ((1024, 768), (1280, 800), (1366, 768)):
        window = QWidget()
        qtbot.addWidget(window)
        window.resize(DEFAULT_SIZE)  # the size the main window had before it was shown
        show_main_window(window, QSize(width, height))
        assert window.isMaximized()
        assert not fits(QSize(width, height))
        # Even unmaximised (no window manager to do it) it fits the screen.
        normal = window.normalGeometry().size()
        assert normal.width() <= width
        assert normal.height() <= height


def test_a_large_screen_gets_the_default_size(qtbot: QtBot) -> None:
    """On 1920×1080 the window opens at 1280×800, not maximised."""
    window = QWidget()
    qtbot.addWidget(window)
    show_main_window(window, QSize(1920, 1080))
    assert not window.isMaximized()
    assert window.size() == DEFAULT_SIZE
