"""Grids and free space on a board."""

from __future__ import annotations

from n3desk.domain.entities import Frame, Note
from n3desk.domain.layout import (
    FRAME_PADDING,
    FRAME_TITLE_HEIGHT,
    bounds,
    columns_for,
    frame_for_grid,
    free_origin_below,
    grid_positions,
    grow_frame_for,
)


def test_grid_positions_rows_left_to_right() -> None:
    """Positions fill rows of the given number of columns, spaced by size and gap."""
    assert grid_positions(5, 10, 20, 100, 50, 10, columns=2) == [
        (10, 20), (120, 20), (10, 80), (120, 80), (10, 140),
    ]  # fmt: skip
    assert grid_positions(0, 0, 0) == []


def test_columns_are_about_square_and_capped() -> None:
    """The default grid is about square and never wider than six."""
    assert [columns_for(n) for n in (1, 2, 4, 5, 9, 10, 100)] == [1, 2, 2, 3, 3, 4, 6]


def test_free_origin_is_below_everything() -> None:
    """New content starts below the lowest note or frame, at the leftmost edge."""
    assert free_origin_below([], []) == (0.0, 0.0)
    notes = [Note("a", "b", x=50, y=10, height=120), Note("c", "b", x=-30, y=300, height=100)]
    frames = [Frame("f", "b", x=0, y=0, width=100, height=500)]
    x, y = free_origin_below(notes, frames)
    assert x == -30
    assert y > 500
    box = bounds(notes, frames)
    assert box is not None
    assert box.bottom == 500


def test_frame_for_grid_holds_its_notes() -> None:
    """A frame made for a grid contains every note, below its title."""
    rect, places = frame_for_grid(100, 100, 5, columns=2)
    assert len(places) == 5
    for x, y in places:
        assert rect.x + FRAME_PADDING <= x
        assert x + 160 <= rect.right
        assert rect.y + FRAME_TITLE_HEIGHT <= y
        assert y + 120 <= rect.bottom


def test_grow_frame_below_its_notes() -> None:
    """Notes added to a frame go below the ones it holds, and the frame grows to fit."""
    frame = Frame("f", "b", x=0, y=0, width=400, height=250)
    held = [Note("n", "b", x=20, y=50)]
    rect, places = grow_frame_for(frame, held, 3)
    assert all(y >= 50 + 120 for _, y in places)
    assert all(x + 160 <= rect.right and y + 120 <= rect.bottom for x, y in places)
    assert rect.width == 400
    assert rect.height > 250
    narrow = Frame("g", "b", width=50, height=50)
    rect, places = grow_frame_for(narrow, [], 1)
    assert rect.width >= 160 + 2 * FRAME_PADDING
