"""Where notes go on a board: tidy grids, free spots, frames around a group.

Plain geometry on boxes ``(x, y, width, height)`` in board coordinates, so the rules
for placing notes are tested without Qt and shared by the board, paste and
carry-forward.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from functools import lru_cache

from n3desk.domain import layout
from n3desk.domain.spatial import Box as Box  # long used from here
from n3desk.domain.spatial import Boxes, boxes_within
from n3desk.domain.spatial import overlaps as overlaps

Point = tuple[float, float]

GAP = layout.GAP  # between notes in a grid, and between a note and the next one (Tab)
FRAME_MARGIN = 24.0
FRAME_TITLE_HEIGHT = layout.FRAME_TITLE_HEIGHT  # the frame's title bar; notes sit below it
FREE_SPOT_RINGS = 64  # how far (in note steps) a new note looks for room before it overlaps


def grid_columns(count: int) -> int:
    """Columns of a tidy grid for ``count`` notes (the same as a notes import uses)."""
    return layout.columns_for(count)


def grid_positions(
    sizes: Sequence[tuple[float, float]],
    origin: Point,
    *,
    columns: int | None = None,
    gap: float = GAP,
) -> list[Point]:
    """Top-left corners of ``sizes`` laid in rows from ``origin``, in order.

    Every column is as wide as the widest note and every row as tall as its
    tallest note, so mixed sizes still line up.
    """
    if not sizes:
        return []
    cols = columns or grid_columns(len(sizes))
    if len(set(sizes)) == 1:  # the usual case: the same grid as a notes import makes
        w, h = sizes[0]
        return layout.grid_positions(len(sizes), origin[0], origin[1], w, h, gap, cols)
    cell_w = max(w for w, _ in sizes) + gap
    positions: list[Point] = []
    y = origin[1]
    for start in range(0, len(sizes), cols):
        row = sizes[start : start + cols]
        for i in range(len(row)):
            positions.append((origin[0] + i * cell_w, y))
        y += max(h for _, h in row) + gap
    return positions


def bounds(boxes: Iterable[Box]) -> Box | None:
    """The smallest box holding every box, or None when there are none."""
    items = list(boxes)
    if not items:
        return None
    left = min(b[0] for b in items)
    top = min(b[1] for b in items)
    right = max(b[0] + b[2] for b in items)
    bottom = max(b[1] + b[3] for b in items)
    return (left, top, right - left, bottom - top)


def centre_inside(inner: Box, outer: Box) -> bool:
    """True when the centre of ``inner`` lies in ``outer`` (a note dropped in a frame)."""
    cx, cy = inner[0] + inner[2] / 2, inner[1] + inner[3] / 2
    return outer[0] <= cx <= outer[0] + outer[2] and outer[1] <= cy <= outer[1] + outer[3]


def beside(current: Box, size: tuple[float, float], occupied: Sequence[Box]) -> Point:
    """Where the next note goes after ``current``: to its right, past any note there."""
    x, y = current[0] + current[2] + GAP, current[1]
    for _ in range(500):
        candidate = (x, y, size[0], size[1])
        blocking = [b for b in occupied if overlaps(candidate, b)]
        if not blocking:
            return (x, y)
        x = max(b[0] + b[2] for b in blocking) + GAP
    return (x, y)


def row_start(current: Box, occupied: Sequence[Box]) -> float:
    """Where the row of notes ``current`` ends goes back to: the left of the run it is in.

    A run is the notes written one after another with Tab: each one GAP to the right of
    the one before, at the same height.
    """
    x = current[0]
    for _ in range(len(occupied)):
        before = [
            b
            for b in occupied
            if abs(b[1] - current[1]) < 1.0 and abs(b[0] + b[2] + GAP - x) < GAP / 2
        ]
        if not before:
            break
        x = min(b[0] for b in before)
    return x


def next_in_rows(
    current: Box,
    size: tuple[float, float],
    occupied: Sequence[Box],
    *,
    start: float,
    right: float,
) -> Point:
    """Where the next note goes after ``current``, in reading order.

    To its right while the note ends before ``right``, else at ``start`` one row down
    (a row holds at least one note); past any note or box in the way.
    """
    x, y = current[0] + current[2] + GAP, current[1]
    row_bottom = current[1] + current[3]
    for _ in range(2000):
        if x + size[0] > right + 1e-6 and x > start + 1e-6:
            x, y = start, row_bottom + GAP
            row_bottom = y + size[1]
        candidate = (x, y, size[0], size[1])
        blocking = [b for b in occupied if overlaps(candidate, b)]
        if not blocking:
            return (x, y)
        x = max(b[0] + b[2] for b in blocking) + GAP
        row_bottom = max(row_bottom, max(b[1] + b[3] for b in blocking))
    return (x, y)


def free_spot(near: Point, size: tuple[float, float], occupied: Boxes) -> Point:
    """A spot for a new note as close to ``near`` as possible, not covering another.

    The spots tried are the cells of a grid of note-sized steps around ``near``,
    ring by ring, the nearest rows first. ``occupied`` is asked only about the
    area of the rings being tried (a :class:`~n3desk.domain.spatial.BoxQuery`
    answers that without reading every note), doubling it until a cell is free.
    """
    step_x, step_y = size[0] + GAP, size[1] + GAP
    ox, oy = near[0] - size[0] / 2, near[1] - size[1] / 2
    tried, reach = -1, 4
    while True:
        area = (ox - reach * step_x, oy - reach * step_y, 2 * reach * step_x + size[0],
                2 * reach * step_y + size[1])  # fmt: skip
        blocked: set[tuple[int, int]] = set()
        for b in boxes_within(occupied, area):
            columns = _covered(ox, step_x, size[0], b[0], b[2], reach)
            rows = _covered(oy, step_y, size[1], b[1], b[3], reach)
            blocked.update((dx, dy) for dx in columns for dy in rows)
        for ring in range(tried + 1, reach + 1):
            for cell in _ring(ring):
                if cell not in blocked:
                    return (ox + cell[0] * step_x, oy + cell[1] * step_y)
        if reach >= FREE_SPOT_RINGS:
            return (ox, oy)
        tried, reach = reach, min(2 * reach, FREE_SPOT_RINGS)


def _covered(
    origin: float, step: float, size: float, start: float, length: float, reach: int
) -> range:
    """The cells ``origin + i * step`` (``size`` long, |i| ≤ reach) that overlap the
    stretch from ``start``, ``length`` long, along one axis; exactly as overlaps()."""

    def hits(i: int) -> bool:
        at = origin + i * step
        return at < start + length and start < at + size

    first = math.floor((start - size - origin) / step)  # at most one cell too early
    last = math.ceil((start + length - origin) / step)  # at most one cell too late
    while first <= last and not hits(first):
        first += 1
    while last >= first and not hits(last):
        last -= 1
    return range(max(first, -reach), min(last, reach) + 1)


@lru_cache(maxsize=FREE_SPOT_RINGS + 1)
def _ring(ring: int) -> tuple[tuple[int, int], ...]:
    """The cells ``ring`` steps out, the nearest rows first, then left of right."""
    cells = [
        (dx, dy)
        for dy in range(-ring, ring + 1)
        for dx in range(-ring, ring + 1)
        if max(abs(dx), abs(dy)) == ring
    ]
    cells.sort(key=lambda c: (abs(c[1]), abs(c[0]), c[1], c[0]))
    return tuple(cells)


def frame_around(boxes: Iterable[Box]) -> Box:
    """A frame that holds ``boxes`` with a margin and room for its title."""
    box = bounds(boxes) or (0.0, 0.0, 0.0, 0.0)
    return (
        box[0] - FRAME_MARGIN,
        box[1] - FRAME_MARGIN - FRAME_TITLE_HEIGHT,
        box[2] + 2 * FRAME_MARGIN,
        box[3] + 2 * FRAME_MARGIN + FRAME_TITLE_HEIGHT,
    )


def clear_grid_positions(
    sizes: Sequence[tuple[float, float]],
    origin: Point,
    occupied: Sequence[Box],
    *,
    columns: int | None = None,
) -> list[Point]:
    """Like :func:`grid_positions`, but no note lands on a box of ``occupied``.

    The grid is the same when nothing is in the way; otherwise its cells are all as
    large as the largest note, and a cell with something in it is skipped.
    """
    positions = grid_positions(sizes, origin, columns=columns)
    placed = [(p[0], p[1], s[0], s[1]) for p, s in zip(positions, sizes, strict=True)]
    if not any(overlaps(b, o) for b in placed for o in occupied):
        return positions
    cols = columns or grid_columns(len(sizes))
    cell_w = max(w for w, _ in sizes) + GAP
    cell_h = max(h for _, h in sizes) + GAP
    found: list[Point] = []
    cell = 0
    for width, height in sizes:
        while True:
            x = origin[0] + (cell % cols) * cell_w
            y = origin[1] + (cell // cols) * cell_h
            cell += 1
            if not any(overlaps((x, y, width, height), o) for o in occupied):
                found.append((x, y))
                break
    return found


def tidy_in_frame(
    frame: Box, sizes: Sequence[tuple[float, float]], occupied: Sequence[Box] = ()
) -> tuple[list[Point], Box]:
    """Positions for notes tidied inside ``frame``, clear of ``occupied`` (notes that are
    not the frame's), and the frame grown to hold them."""
    inner_w = frame[2] - 2 * FRAME_MARGIN
    if sizes:
        cell_w = max(w for w, _ in sizes) + GAP
        columns = max(1, int((inner_w + GAP) // cell_w))
        columns = min(columns, len(sizes))
    else:
        columns = 1
    origin = (frame[0] + FRAME_MARGIN, frame[1] + FRAME_TITLE_HEIGHT + FRAME_MARGIN)
    positions = clear_grid_positions(sizes, origin, occupied, columns=columns) if sizes else []
    placed = [(p[0], p[1], s[0], s[1]) for p, s in zip(positions, sizes, strict=True)]
    needed = bounds(placed)
    width, height = frame[2], frame[3]
    if needed is not None:
        width = max(width, needed[0] + needed[2] + FRAME_MARGIN - frame[0])
        height = max(height, needed[1] + needed[3] + FRAME_MARGIN - frame[1])
    return positions, (frame[0], frame[1], width, height)


def frame_place(size: tuple[float, float], near: Point, occupied: Sequence[Box]) -> Point:
    """The top-left corner of a frame of ``size`` as near ``near`` (its wished corner) as
    can be without covering any box of ``occupied``."""
    if not any(overlaps((*near, *size), o) for o in occupied):
        return near
    step_x, step_y = size[0] / 2 + GAP, size[1] / 2 + GAP
    for ring in range(1, 60):
        cells = [
            (dx, dy)
            for dy in range(-ring, ring + 1)
            for dx in range(-ring, ring + 1)
            if max(abs(dx), abs(dy)) == ring
        ]
        cells.sort(key=lambda c: (abs(c[0]) + abs(c[1]), c[1], c[0]))
        for dx, dy in cells:
            spot = (near[0] + dx * step_x, near[1] + dy * step_y)
            if not any(overlaps((*spot, *size), o) for o in occupied):
                return spot
    below = bounds(occupied)
    return (near[0], below[1] + below[3] + 2 * GAP) if below is not None else near
