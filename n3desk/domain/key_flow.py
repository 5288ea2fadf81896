"""The room's key: numbered names flowing down beside the circle, in number order.

On a projector every text is at least 20 px on the wall, so a crowded map has room
beside its actors for only some of the names; the others are numbered and listed
here. The list is read from far away by people looking for one number, so it keeps
strictly to number order, row by row from the top down, like text flowing around a
round picture: beside the circle a row is as wide as the room between the circle and
the edge, above and below it wider. Each entry stands on as few lines as the row's
room allows; short names share a row (a line's height apart), as long as the later
ones need no more lines than the row's first. Everything fixed (the legend, the
timer's corner, titles) is kept clear of.

Unlike :func:`n3desk.domain.map_key.place_key` (the facilitator's map and the PDF,
where an entry may take any free place near its actor's height) no entry ever stands
before one with a smaller number, and the numbers are given here, in the order the
entries land, so a name that overflows to the other side keeps the order.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

from n3desk.domain.label_index import Box
from n3desk.domain.map_key import KEY, ROOM_STEP, KeyEntry, entry_fits
from n3desk.domain.map_labels import FIXED, LabelShape, MapLabeller

STEP_EM = 0.25  # how far down a blocked row looks next, in lines
APART = 0.7  # the room between two entries in a row, in lines

Shapes = Callable[[int, float], Sequence[LabelShape]]  # (number, width) → the entry's shapes


@dataclass
class _Row:
    """A row of the key on one side: its top, how far its entries reach, its end."""

    top: float
    x: float  # where the next entry in the row may start
    end: float  # the row's right-hand end
    lines: int  # the lines of the row's first entry: no later entry in it takes more
    bottom: float


@dataclass
class _Side:
    right: bool
    y: float  # where the next row may start
    row: _Row | None = None


def flow_key(
    labeller: MapLabeller,
    entries: Sequence[tuple[Hashable, bool, Shapes]],
    *,
    rim: tuple[float, float, float],
    pad: float,
    line: float,
    aside: bool = False,
) -> dict[Hashable, KeyEntry | None]:
    """Number ``entries`` (actor, on the right?, its shapes) from 1 and set them down
    beside the circle ``rim`` (centre x, centre y, radius).

    Each entry goes on its own side after the last entry there, or, when that side
    has no room left for it, on the other side; one that fits on neither gets None
    (and no number). With ``aside`` (the circle in the view's left-hand corner) there
    is one side: the right of the circle, and below it the view's whole width.
    Entries keep clear of everything in ``labeller`` and are added to it. ``line``:
    the height of one line of an entry (the rows' unit).
    """
    bounds = labeller.bounds
    if bounds is None:
        return {key: None for key, _right, _shapes in entries}
    top = bounds[1] + pad
    sides = {right: _Side(right, top) for right in (True, False)}
    placed: dict[Hashable, KeyEntry | None] = {}
    number = 1
    for key, right, shapes in entries:
        entry = None
        order = (sides[True],) if aside else (sides[right], sides[not right])
        for side in order:
            found = _place(labeller, side, number, shapes, rim, pad, line, aside)
            if found is not None:
                box, shape = found
                labeller.index.add_box((KEY, key), box)
                entry = KeyEntry(number, box, shape)
                number += 1
                break
        placed[key] = entry
    return placed


def _span(
    labeller: MapLabeller, right: bool, top: float, bottom: float,
    rim: tuple[float, float, float], pad: float, aside: bool,
) -> tuple[float, float]:  # fmt: skip
    """From where to where a row between ``top`` and ``bottom`` may reach on its side:
    from the circle (at the height nearest its middle) to the view's edge, clear of
    the fixed boxes (the widest free stretch)."""
    bounds = labeller.bounds
    assert bounds is not None
    cx, cy, radius = rim
    nearest = max(top - cy, 0.0, cy - bottom)
    half = math.sqrt(max(radius * radius - nearest * nearest, 0.0))
    if aside and top >= cy + radius:
        low, high = bounds[0] + pad, bounds[2] - pad  # below the circle: the whole width
    elif right:
        low, high = cx + half + pad, bounds[2] - pad
    else:
        low, high = bounds[0] + pad, cx - half - pad
    # Cut out what is fixed in the row (the legend, the timer's corner).
    free = [(low, high)]
    for key in labeller.index.boxes_over((low, top, high, bottom)):
        if not (isinstance(key, tuple) and key[0] == FIXED):
            continue
        box = labeller.index.box(key)
        if box is None:
            continue
        a, b = box[0] - labeller.gap, box[2] + labeller.gap
        free = [
            piece
            for s, e in free
            for piece in ((s, min(e, a)), (max(s, b), e))
            if piece[1] > piece[0]
        ]
    return max(free, key=lambda p: p[1] - p[0], default=(low, low))


def _widths(width: float) -> float:
    """``width`` in steps of a few pixels: an entry's shapes are worked out once per step."""
    return float(int(width) // ROOM_STEP * ROOM_STEP)


def _fewest(shapes: Sequence[LabelShape], width: float) -> LabelShape | None:
    """The shape with the fewest lines that is at most ``width`` wide."""
    fitting = [s for s in shapes if s.width <= width + 0.5]
    return min(fitting, key=lambda s: len(s.lines), default=None)


def _in_row(
    labeller: MapLabeller, row: _Row, number: int, shapes: Shapes, first: bool
) -> tuple[Box, LabelShape] | None:
    """The entry next in the row, on as few lines as fit (after the row's first entry:
    on no more lines than it), with its box; None when it does not fit there."""
    room = row.end - row.x
    if room <= 0:
        return None
    shape = _fewest(shapes(number, _widths(room)), room)
    if shape is None or (not first and len(shape.lines) > row.lines):
        return None
    box = (row.x, row.top, row.x + shape.width, row.top + shape.height)
    return (box, shape) if entry_fits(labeller, box) else None


def _place(
    labeller: MapLabeller,
    side: _Side,
    number: int,
    shapes: Shapes,
    rim: tuple[float, float, float],
    pad: float,
    line: float,
    aside: bool,
) -> tuple[Box, LabelShape] | None:
    """Where entry ``number`` goes on ``side``: in the current row when it has room
    left for it, else in the first new row below where it fits."""
    bounds = labeller.bounds
    assert bounds is not None
    row = side.row
    if row is not None:
        found = _in_row(labeller, row, number, shapes, first=False)
        if found is not None:
            box, shape = found
            row.x = box[2] + line * APART
            row.bottom = max(row.bottom, box[3])
            return box, shape
        side.y = max(side.y, row.bottom)
        side.row = None
    y = side.y
    while y + line <= bounds[3] - pad:
        lines = 1
        for _ in range(3):  # the room shrinks as the row grows taller beside the circle
            low, high = _span(labeller, side.right, y, y + line * lines, rim, pad, aside)
            room = high - low
            fewest = _fewest(shapes(number, _widths(room)), room) if room > 0 else None
            if fewest is None or len(fewest.lines) <= lines:
                break
            lines = len(fewest.lines)
        if fewest is not None and y + fewest.height <= bounds[3] - pad:
            new_row = _Row(y, low, high, len(fewest.lines), y)
            found = _in_row(labeller, new_row, number, shapes, first=True)
            if found is not None:
                box, shape = found
                new_row.x, new_row.bottom = box[2] + line * APART, box[3]
                side.row = new_row
                return box, shape
        y += line * STEP_EM
    return None
