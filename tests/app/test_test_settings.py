"""The test suite's own strictness: Qt warnings fail tests, Qt tests are marked ``gui``."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot


def test_a_test_with_qtbot_is_marked_gui(qtbot: QtBot, request: pytest.FixtureRequest) -> None:
    """The marker is added at collection to every test that asks for qtbot or qapp."""
    assert request.node.get_closest_marker("gui") is not None


def test_qt_warnings_fail_and_only_the_platform_notes_are_ignored(
    request: pytest.FixtureRequest,
) -> None:
    """qt_log_level_fail is WARNING; the ignore list holds the two off-screen notes exactly."""
    assert request.config.getini("qt_log_level_fail") == "WARNING"
    assert request.config.getini("qt_log_ignore") == [
        r"^This plugin does not support propagateSizeHints\(\)$",
        r"^This plugin does not support raise\(\)$",
    ]
