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
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass

from n3desk.domain.label_index import Box, boxes_overlap, grown
from n3desk.domain.map_labels import LabelShape, MapLabeller

KEY = "key"  # the kind of a key entry in the labeller's index
ROOM_STEP = 12  # pixels or points: the key's widths are tried in steps this wide
MISSES = 2  # entries in a row that found no room in a column: it is full
KEY_PAD = (0.2, 0.02)  # a key entry's padding (font sizes): the key reads as one list


@dataclass(frozen=True, slots=True)
class KeyEntry:
    """One line (or two or three) of the key: the actor's number and name, and its box."""

    number: int
    box: Box
    shape: LabelShape


def numbering(points: Mapping[str, tuple[float, float]], centre_x: float) -> list[str]:
    """The actors of the key in number order: the right-hand ones top to bottom, then
    the left-hand ones top to bottom (each column then reads in number order)."""
    right = sorted((p[1], k) for k, p in points.items() if p[0] >= centre_x)
    left = sorted((p[1], k) for k, p in points.items() if p[0] < centre_x)
    return [k for _y, k in right] + [k for _y, k in left]


def clockwise(polar: Mapping[str, tuple[float, float]]) -> list[str]:
    """The actors by sector and then clockwise: by their angle (degrees clockwise from
    twelve o'clock, where the first sector starts), inner ones first at one angle."""
    return sorted(polar, key=lambda k: (polar[k][0] % 360.0, polar[k][1], k))


def place_key(
    labeller: MapLabeller,
    entries: Sequence[tuple[Hashable, int, bool, Callable[[float], Sequence[LabelShape]]]],
    *,
    rim: tuple[float, float, float],
    pad: float,
    misses: dict[bool, float] | None = None,
) -> dict[Hashable, KeyEntry | None]:
    """Stack the key's entries down each side of the view, beside the circle.

    ``entries``: (actor, number, on the right?, its shapes for a given width), in
    number order. The left column is aligned to the view's left edge, the right one
    to its right edge; an entry is as wide as the room between that edge and the
    circle ``rim`` (centre x, centre y, radius) at its height allows — one line in
    the corners, two or three beside the circle's widest part. It keeps clear of
    everything in ``labeller``; one that fits on neither side gets None.
    An entry takes the first free place from the top. ``misses`` (right? → how many
    entries in a row found no room there) is kept between the calls that stack a
    whole key: a column :data:`MISSES` entries in a row missed is full.
    """
    bounds = labeller.bounds
    placed: dict[Hashable, KeyEntry | None] = {}
    if bounds is None:
        return {key: None for key, *_ in entries}
    if misses is None:
        misses = {}
    top = bounds[1] + pad
    for key, number, right, shapes_for in entries:
        entry = None
        for side in (right, not right):
            if misses.get(side, 0) >= MISSES:
                continue
            found = _stack(labeller, shapes_for, side, top, rim, pad)
            if found is None:
                misses[side] = misses.get(side, 0) + 1
                continue
            misses[side] = 0
            box, shape = found
            labeller.index.add_box((KEY, key), box)
            entry = KeyEntry(number, box, shape)
            break
        placed[key] = entry
    return placed


def _room(
    bounds: Box, right: bool, top: float, bottom: float, rim: tuple[float, float, float],
    pad: float,
) -> float:  # fmt: skip
    """How wide an entry between ``top`` and ``bottom`` may be on its side: from the
    view's edge to the circle's edge at the height nearest the circle's middle."""
    cx, cy, radius = rim
    nearest = max(top - cy, 0.0, cy - bottom)
    half = math.sqrt(max(radius * radius - nearest * nearest, 0.0))
    if right:
        return bounds[2] - pad - (cx + half) - pad
    return (cx - half) - pad - (bounds[0] + pad)


def _stack(
    labeller: MapLabeller,
    shapes_for: Callable[[float], Sequence[LabelShape]],
    right: bool,
    top: float,
    rim: tuple[float, float, float],
    pad: float,
) -> tuple[Box, LabelShape] | None:
    """The first free place at or below ``top`` on one side, with the entry's shape."""
    bounds = labeller.bounds
    assert bounds is not None
    if top >= bounds[3]:
        return None  # a full column
    widest = _room(bounds, right, bounds[1], bounds[1], rim, pad)
    if widest <= 0:
        return None
    shapes = shapes_for(widest)
    step = max(labeller.gap, min(s.height for s in shapes) / 2)
    y = top
    while y + min(s.height for s in shapes) <= bounds[3] - pad:
        room = _room(bounds, right, y, y + shapes[0].height, rim, pad)
        if room > 0:
            # At this height: the fewest lines that fit the room beside the circle (the
            # room in steps of a few pixels, so that the wrappings are worked out once).
            for shape in shapes_for(float(int(room) // ROOM_STEP * ROOM_STEP)):
                bottom = y + shape.height
                if shape.width > _room(bounds, right, y, bottom, rim, pad) + 0.5:
                    continue
                if bottom > bounds[3] - pad:
                    continue
                left = bounds[2] - pad - shape.width if right else bounds[0] + pad
                box = (left, y, left + shape.width, bottom)
                if entry_fits(labeller, box):
                    return box, shape
                break  # the fewest lines that fit are blocked here: go further down
        y += step
    return None


def entry_fits(labeller: MapLabeller, box: Box) -> bool:
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
