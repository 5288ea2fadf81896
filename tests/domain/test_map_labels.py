"""The map's label placement as plain Python: the grid index, wrapping, placing, the key."""

from __future__ import annotations

import math
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from n3desk.domain.label_index import Box, GridIndex, boxes_overlap, segment_meets_box
from n3desk.domain.map_key import numbering, place_key
from n3desk.domain.map_labels import (
    LABEL,
    MARKER,
    LabelShape,
    MapLabeller,
    label_shapes,
    wrappings,
)


def measure(text: str, size: float) -> float:
    """A stand-in for font metrics: every character 0.6 of the size wide."""
    return 0.6 * size * len(text)


def line_height(size: float) -> float:
    return 1.2 * size


coordinate = st.floats(-300, 300, allow_nan=False)
boxes = st.builds(
    lambda x, y, w, h: (x, y, x + w, y + h),
    coordinate,
    coordinate,
    st.floats(1, 80),
    st.floats(1, 80),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(boxes, max_size=40), boxes, st.integers(0, 39))
def test_the_grid_finds_exactly_what_a_full_search_finds(
    filed: list[Box], query: Box, gone: int
) -> None:
    """Boxes over a query, and whether any is, agree with testing every box (after a removal)."""
    index = GridIndex(cell=25.0)
    for n, box in enumerate(filed):
        index.add_box(n, box)
    if filed:
        index.remove(gone % len(filed))
    kept = {n: b for n, b in enumerate(filed) if not filed or n != gone % len(filed)}
    expected = {n for n, b in kept.items() if boxes_overlap(b, query)}
    assert set(index.boxes_over(query)) == expected
    assert index.any_box_over(query) == bool(expected)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(coordinate, coordinate, coordinate, coordinate), max_size=20), boxes)
def test_the_grid_counts_the_lines_through_a_box(
    lines: list[tuple[float, float, float, float]], query: Box
) -> None:
    """Segments through a box are counted as testing every segment counts them."""
    index = GridIndex(cell=30.0)
    for n, segment in enumerate(lines):
        index.add_segment(n, *segment)
    assert index.segments_through(query) == sum(
        1 for segment in lines if segment_meets_box(*segment, query)
    )


words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzæøåÅÄÖ-,()", min_size=1, max_size=12)


@settings(max_examples=80, deadline=None)
@given(st.lists(words, min_size=1, max_size=6))
def test_a_name_is_wrapped_whole_on_at_most_three_lines(name: list[str]) -> None:
    """Every wrapping of a name (up to six words, 77 characters) keeps every word whole
    and in order, on one to three lines."""
    text = " ".join(name)
    for lines in wrappings(text, measure, 14.0):
        assert 1 <= len(lines) <= 3
        assert " ".join(lines).split(" ") == text.split(" ")


def test_only_a_pasted_paragraph_is_cut() -> None:
    """A 300-character word is cut with "…"; a long Danish compound is not."""
    (huge,) = wrappings("x" * 300, measure, 14.0)
    assert huge[0].endswith("…")
    (word,) = wrappings("Velfærdsteknologikonsulent", measure, 14.0)
    assert word == ("Velfærdsteknologikonsulent",)


def test_shapes_come_largest_first_then_fewest_lines() -> None:
    """Full size before smaller sizes; at one size, fewer lines before more."""
    shapes = label_shapes("Sjællands Universitetshospital Roskilde", (14.0, 11.0), measure,
                          line_height)  # fmt: skip
    sizes = [s.size for s in shapes]
    assert sizes == sorted(sizes, reverse=True)
    for size in (14.0, 11.0):
        counts = [len(s.lines) for s in shapes if s.size == size]
        assert counts == sorted(counts)


markers = st.lists(st.tuples(st.floats(-200, 200), st.floats(-150, 150)), max_size=45)


@settings(max_examples=25, deadline=None)
@given(markers)
def test_placed_names_cover_no_marker_and_no_other_name(points: list[tuple[float, float]]) -> None:
    """However crowded, no placed name covers another name or any marker, or leaves the view."""
    bounds = (-320.0, -200.0, 320.0, 200.0)
    labeller = MapLabeller(bounds=bounds, disc=(0.0, 0.0, 30.0), gap=2.0, cell=40.0)
    labeller.ration(len(points))
    labeller.rim = (0.0, 0.0, 190.0)
    placed_markers = {
        n: labeller.place_marker(n, x, y, 5.0, 30.0) for n, (x, y) in enumerate(points)
    }
    names: dict[int, Box] = {}
    for n, box in placed_markers.items():
        shapes = label_shapes(f"Aktør nummer {n}", (14.0, 11.0), measure, line_height)
        moved = labeller.place_name(n, box, shapes, reach=120.0)
        for key, spot in moved.items():
            if spot is None:
                names.pop(int(str(key)), None)
            else:
                names[int(str(key))] = spot.box
    for n, box in names.items():
        assert box[0] >= bounds[0]
        assert box[2] <= bounds[2]
        assert box[3] <= bounds[3]
        assert box[1] >= bounds[1]
        assert not any(boxes_overlap(box, other) for m, other in names.items() if m != n)
        assert not any(boxes_overlap(box, marker) for marker in placed_markers.values())
        assert labeller.box_of(LABEL, n) == box


def test_a_name_with_room_touches_its_marker() -> None:
    """On an empty map a name stands right beside its marker, with no leader line."""
    labeller = MapLabeller(bounds=(-300, -300, 300, 300), disc=None, gap=2.0, cell=40.0)
    marker = labeller.place_marker("a", 100.0, 0.0, 5.0, 20.0)
    shapes = label_shapes("Praktiserende læge", (14.0,), measure, line_height)
    spot = labeller.place_label("a", marker, shapes, reach=100.0)
    assert spot is not None
    assert not spot.leader
    gap_x = max(spot.box[0] - marker[2], marker[0] - spot.box[2], 0.0)
    gap_y = max(spot.box[1] - marker[3], marker[1] - spot.box[3], 0.0)
    assert math.hypot(gap_x, gap_y) <= 2.0 + 0.05


def test_markers_on_one_spot_are_parted() -> None:
    """Ten actors stored on one spot get ten markers that do not cover each other."""
    labeller = MapLabeller(bounds=None, disc=None, gap=2.0, cell=20.0)
    placed = [labeller.place_marker(n, 50.0, 50.0, 5.0, 60.0) for n in range(10)]
    for n, box in enumerate(placed):
        assert not any(boxes_overlap(box, other) for other in placed[n + 1 :])
    assert labeller.box_of(MARKER, 0) == placed[0]


def test_the_key_is_numbered_down_each_side() -> None:
    """The right-hand actors first, top to bottom, then the left-hand ones."""
    points = {"a": (-10.0, 5.0), "b": (20.0, 30.0), "c": (30.0, -40.0), "d": (-50.0, -60.0)}
    assert numbering(points, 0.0) == ["c", "b", "d", "a"]


def test_key_entries_stand_beside_the_circle_and_clear_of_each_other() -> None:
    """Entries stack down the side, outside the circle, none over another."""
    labeller = MapLabeller(bounds=(-400, -200, 400, 200), disc=None, gap=2.0, cell=40.0)

    def shapes_for(text: str) -> object:
        return lambda width: tuple(label_shapes(text, (14.0,), measure, line_height, width))

    entries = [(n, n + 1, n % 2 == 0, shapes_for(f"{n + 1}\u00a0Aktør {n}")) for n in range(12)]
    misses: dict[bool, float] = {}
    placed = place_key(labeller, entries, rim=(0.0, 0.0, 190.0), pad=4.0, misses=misses)  # type: ignore[arg-type]
    found = [entry for entry in placed.values() if entry is not None]
    assert len(found) == 12
    for n, entry in enumerate(found):
        left, top, right, bottom = entry.box
        nearest = math.hypot(max(left, 0.0, -right), max(top, 0.0, -bottom))
        assert nearest >= 190.0
        assert not any(boxes_overlap(entry.box, other.box) for other in found[n + 1 :])
        assert entry.shape.lines[0].startswith(f"{entry.number}\u00a0")


def test_shape_boxes_hold_their_lines() -> None:
    """A shape's box is as wide as its widest line plus padding, as tall as its lines."""
    (shape, *_rest) = label_shapes("Region Sjælland", (14.0,), measure, line_height)
    assert isinstance(shape, LabelShape)
    widest = max(measure(line, 14.0) for line in shape.lines)
    assert shape.width > widest
    assert shape.height >= line_height(14.0) * len(shape.lines)


def test_a_crowded_marker_takes_the_nearest_gap() -> None:
    """A marker stored among others stands in the free spot nearest its place (to within
    the search's fine step), not at a coarse ring further off (in another sector)."""
    radius, reach, gap = 5.0, 10.0, 2.0
    for seed in range(40):
        rng = random.Random(seed)
        labeller = MapLabeller(bounds=None, disc=None, gap=gap, cell=20.0)
        others = [
            labeller.place_marker(n, rng.uniform(-30, 30), rng.uniform(-30, 30), radius, reach)
            for n in range(14)
        ]
        box = labeller.place_marker("new", 0.0, 0.0, radius, reach)
        placed = math.hypot((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
        steps = [i * 0.5 for i in range(-2 * int(reach), 2 * int(reach) + 1)]
        spots = [(x, y) for x in steps for y in steps]  # every half unit within reach
        half = radius + gap / 2
        free = [
            math.hypot(x, y)
            for x, y in spots
            if not any(boxes_overlap((x - half, y - half, x + half, y + half), o) for o in others)
        ]
        nearest = min(free, default=None)
        if nearest is not None and nearest <= reach:
            assert placed <= nearest + radius * 0.5, (seed, placed, nearest)
