"""The spatial index and the free-spot search built on it give the answers of a full scan."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from n3desk.domain import arrangement
from n3desk.domain.spatial import Box, BoxGrid, boxes_within, overlaps

NOTE = (160.0, 120.0)


def scan_free_spot(
    near: tuple[float, float], size: tuple[float, float], occupied: list[Box]
) -> tuple[float, float] | None:
    """The search as it was: every candidate of 30 rings checked against every box."""
    step_x, step_y = size[0] + arrangement.GAP, size[1] + arrangement.GAP
    ox, oy = near[0] - size[0] / 2, near[1] - size[1] / 2
    for ring in range(30):
        cells = [
            (dx, dy)
            for dy in range(-ring, ring + 1)
            for dx in range(-ring, ring + 1)
            if max(abs(dx), abs(dy)) == ring
        ]
        cells.sort(key=lambda c: (abs(c[1]), abs(c[0]), c[1], c[0]))
        for dx, dy in cells:
            candidate = (ox + dx * step_x, oy + dy * step_y, size[0], size[1])
            if not any(overlaps(candidate, b) for b in occupied):
                return (candidate[0], candidate[1])
    return None


coordinate = st.floats(-3000, 3000, allow_nan=False).map(lambda v: round(v, 1))
boxes = st.lists(
    st.tuples(coordinate, coordinate, st.sampled_from([160.0, 240.0, 80.0]), st.just(120.0)),
    max_size=60,
)


@settings(max_examples=150, deadline=None)
@given(boxes=boxes, near=st.tuples(coordinate, coordinate))
def test_free_spot_is_the_spot_a_full_scan_finds(
    boxes: list[Box], near: tuple[float, float]
) -> None:
    """Asked of a list or a grid index, the free spot is the first free cell in ring order."""
    expected = scan_free_spot(near, NOTE, boxes)
    assert expected is not None  # 60 boxes never fill 30 rings
    assert arrangement.free_spot(near, NOTE, boxes) == expected
    assert arrangement.free_spot(near, NOTE, BoxGrid(boxes)) == expected


@settings(max_examples=100, deadline=None)
@given(boxes=boxes, area=st.tuples(coordinate, coordinate, st.floats(0, 4000), st.floats(0, 4000)))
def test_the_grid_finds_exactly_the_overlapping_boxes(boxes: list[Box], area: Box) -> None:
    """A grid index answers an area with the boxes a scan of all of them finds."""
    expected = {b for b in boxes if overlaps(area, b)}
    assert set(BoxGrid(boxes, cell=300.0).within(area)) == expected
    assert set(boxes_within(boxes, area)) == expected


def full_wall(columns: int, rows: int) -> list[Box]:
    """A wall of notes in a tidy grid, as a notes import makes it."""
    return [(c * 180.0, r * 140.0, NOTE[0], NOTE[1]) for r in range(rows) for c in range(columns)]


def test_a_new_note_finds_room_beyond_thirty_rings_of_notes() -> None:
    """In the middle of a wall of 10,000 notes, the new note goes to the nearest edge, on
    top of nothing (the old search gave up after 30 rings and covered a note)."""
    wall = full_wall(100, 100)
    middle = (50 * 180.0, 50 * 140.0)
    spot = arrangement.free_spot(middle, NOTE, BoxGrid(wall))
    placed = (*spot, *NOTE)
    assert not any(overlaps(placed, b) for b in wall)
    # The nearest free row is just above or below the wall: 50 rows away, no further.
    assert abs(spot[1] - middle[1]) <= 51 * (NOTE[1] + arrangement.GAP)


def test_a_crowded_place_gives_a_note_the_nearest_gap() -> None:
    """One gap in a block of notes around the wished spot is where the note goes."""
    wall = [b for b in full_wall(9, 9) if b[:2] != (5 * 180.0, 4 * 140.0)]
    spot = arrangement.free_spot((4 * 180.0 + 80, 4 * 140.0 + 60), NOTE, wall)
    assert not any(overlaps((*spot, *NOTE), b) for b in wall)
    assert abs(spot[0] - 4 * 180.0) < 400
    assert abs(spot[1] - 4 * 140.0) < 300
