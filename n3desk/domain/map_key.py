"""The map's key: names with no room beside their actors, listed whole beside the circle.

When the map is too crowded for a name near its marker (:mod:`n3desk.domain.map_labels`
tried touching it, further out with a leader line, and moving a neighbour), the
actor gets a small number beside its marker instead, and "12  Praktiserende læge"
goes into a column at the left or right edge of the view — the side the actor is
on, in the order of the actors' heights, so the eye finds it. A map reader knows
this from any floor plan; nothing is cut and nothing covers anything.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

from n3desk.domain.label_index import Box, boxes_overlap, grown
from n3desk.domain.map_labels import LabelShape, MapLabeller

KEY = "key"  # the kind of a key entry in the labeller's index
KEY_PAD = (0.2, 0.02)  # a key entry's padding (font sizes): the key reads as one list


@dataclass(frozen=True, slots=True)
class KeyEntry:
    """One line (or two or three) of the key: the actor's number and name, and its box."""

    number: int
    box: Box
    shape: LabelShape


def numbering(points: dict[Hashable, tuple[float, float]], centre_x: float) -> list[Hashable]:
    """The actors of the key in number order: the right-hand ones top to bottom, then
    the left-hand ones top to bottom (each column then reads in number order)."""
    right = sorted((p[1], str(k), k) for k, p in points.items() if p[0] >= centre_x)
    left = sorted((p[1], str(k), k) for k, p in points.items() if p[0] < centre_x)
    return [k for *_, k in right] + [k for *_, k in left]


def place_key(
    labeller: MapLabeller,
    entries: Sequence[tuple[Hashable, int, bool, Callable[[float], Sequence[LabelShape]]]],
    *,
    rim: tuple[float, float, float],
    pad: float,
    tops: dict[bool, float] | None = None,
) -> dict[Hashable, KeyEntry | None]:
    """Stack the key's entries in a column at each side of the view, top down.

    ``entries``: (actor, number, on the right?, shapes for a column width), in number
    order. An entry keeps outside the circle ``rim`` (centre x, centre y, radius)
    and clear of everything in ``labeller``; one that fits on neither side gets None.
    ``tops`` (right? → y) is where each column goes on, kept between calls that
    stack a whole key (a column an entry did not fit in is then full for the rest);
    without it each entry takes the first free place from the top.
    """
    bounds = labeller.bounds
    placed: dict[Hashable, KeyEntry | None] = {}
    if bounds is None:
        return {key: None for key, *_ in entries}
    cx, _cy, radius = rim
    # The right-hand column starts just beside the circle, the left-hand one at the edge.
    widths = {
        True: bounds[2] - (cx + radius) - 2 * pad,
        False: (cx - radius) - bounds[0] - 2 * pad,
    }
    lefts = {True: cx + radius + pad, False: bounds[0] + pad}
    if tops is None:
        tops = {}
    tops.setdefault(True, bounds[1] + pad)
    tops.setdefault(False, bounds[1] + pad)
    for key, number, right, shapes_for in entries:
        entry = None
        for side in (right, not right):
            width = widths[side]
            if width <= 0:
                continue
            shapes = shapes_for(width)  # (padded with KEY_PAD)
            shape = next((s for s in shapes if s.width <= width), min(shapes, key=_wide))
            box, bottom = _stack(labeller, shape, lefts[side], tops[side], rim, pad)
            if box is None:
                tops[side] = math.inf
            else:
                tops[side] = bottom + 1.0
                labeller.index.add_box((KEY, key), box)
                entry = KeyEntry(number, box, shape)
                break
        placed[key] = entry
    return placed


def _wide(shape: LabelShape) -> float:
    return shape.width


def _stack(
    labeller: MapLabeller,
    shape: LabelShape,
    left: float,
    top: float,
    rim: tuple[float, float, float],
    pad: float,
) -> tuple[Box | None, float]:
    """The first free box for ``shape`` with its left edge at ``left``, at or below ``top``."""
    bounds = labeller.bounds
    assert bounds is not None
    cx, cy, radius = rim
    step = max(labeller.gap, shape.height / 4)
    y = top
    while y + shape.height <= bounds[3] - pad:  # (an infinite top: the column is full)
        box = (left, y, left + shape.width, y + shape.height)
        dx = max(box[0] - cx, 0.0, cx - box[2])
        dy = max(box[1] - cy, 0.0, cy - box[3])
        if math.hypot(dx, dy) >= radius + labeller.gap and _free(labeller, box):
            return box, box[3]
        y += step
    return None, y


def _free(labeller: MapLabeller, box: Box) -> bool:
    """In view and clear of everything, keeping the usual gap — except the key's own
    entries, which may stand edge to edge so that the key reads as one list."""
    labeller.tries += 1
    if not labeller.in_room(box):
        return False
    for key in labeller.index.boxes_over(grown(box, labeller.gap)):
        if not (isinstance(key, tuple) and key[0] == KEY):
            return False
        other = labeller.index.box(key)
        if other is not None and boxes_overlap(other, box):
            return False
    return True
