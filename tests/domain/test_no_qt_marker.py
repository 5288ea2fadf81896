"""A test that needs no QApplication is not marked ``gui`` (it runs with -m "not gui")."""

from __future__ import annotations

import pytest


def test_a_plain_test_is_not_marked_gui(request: pytest.FixtureRequest) -> None:
    """Only tests asking for qtbot or qapp get the gui marker."""
    assert request.node.get_closest_marker("gui") is None
