"""Where the stakeholder chips are drawn: near their places, clear of each other.

A chip is drawn centred on its stakeholder's stored place unless that would cover
another chip, the citizen's disc, a sector label or the legend; then it goes to the
nearest free spot within its reach. Only the drawing moves: the stored polar
position never changes here.

Plain floats (boxes as left, top, right, bottom) rather than QRectF: the search
tries hundreds of spots on a crowded map and runs on every change of the map.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QTransform

Box = tuple[float, float, float, float]  # left, top, right, bottom

TRIES = 8_000
"""Spots tried in all, per layout: a huge crowded map stops searching (its remaining
chips stay on their places) rather than stall the window for seconds."""


def box_of(rect: QRectF) -> Box:
    return (rect.left(), rect.top(), rect.right(), rect.bottom())


def turned_boxes(centre: QPointF, rect: QRectF, degrees: float) -> list[Box]:
    """A rect turned by ``degrees`` about ``centre``, as a few small boxes that hug it.

    One bounding box of a turned label would block a wide square of the map; slices
    of it, each about as long as the label is high, stay close to its outline.
    """
    turn = QTransform().translate(centre.x(), centre.y()).rotate(degrees)
    pieces = max(1, math.ceil(rect.width() / max(rect.height(), 1.0)))
    step = rect.width() / pieces
    boxes = []
    for i in range(pieces):
        piece = QRectF(rect.left() + i * step, rect.top(), step, rect.height())
        boxes.append(box_of(turn.mapRect(piece)))
    return boxes


def overlap(a: Box, b: Box) -> float:
    """The area ``a`` and ``b`` share (0 when apart or only touching)."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def _nearest_to_origin(box: Box) -> float:
    """How far the point of ``box`` closest to the map's centre is from it."""
    dx = max(box[0], 0.0, -box[2])
    dy = max(box[1], 0.0, -box[3])
    return math.hypot(dx, dy)


def _farthest_from_origin(box: Box) -> float:
    return math.hypot(max(abs(box[0]), abs(box[2])), max(abs(box[1]), abs(box[3])))


@dataclass
class ChipRoom:
    """What chips must leave clear, in scene coordinates (the citizen at the origin)."""

    disc: float = 0.0  # radius of the citizen's disc
    rim: float = math.inf  # no corner of a chip beyond this radius
    bounds: Box | None = None  # the visible part of the scene
    blocked: list[Box] = field(default_factory=list)  # labels, the legend, the persona's name


@dataclass(frozen=True)
class Chip:
    """One chip to place: its stakeholder's place and its size."""

    anchor: QPointF
    width: float
    height: float


def _offsets(step: float, reach: float) -> list[tuple[float, float]]:
    """Spots around a place within ``reach``, nearest first; up and down before sideways."""
    n = int(reach / step)
    spots = [
        (i * step, j * step)
        for i in range(-n, n + 1)
        for j in range(-n, n + 1)
        if math.hypot(i, j) * step <= reach + 1e-9
    ]
    # Chips are wide: at equal distance, moving up or down parts them with less travel.
    spots.sort(key=lambda p: (math.hypot(p[0], p[1]), abs(p[0])))
    return spots


def _contacts(
    anchor: Box, near: Sequence[Box], gap: float, reach: float
) -> list[tuple[float, float]]:
    """Moves that set a chip (``anchor``, its box at its own place) just beside a box it
    would cover: above, below, left or right of it, or at one of its corners.

    The grid of :func:`_offsets` is coarse; these land exactly clear of a neighbour.
    """
    moves = []
    for other in near:
        if (
            overlap(
                (anchor[0] - reach, anchor[1] - reach, anchor[2] + reach, anchor[3] + reach), other
            )
            == 0.0
        ):
            continue
        ups = (other[1] - gap - anchor[3], other[3] + gap - anchor[1])
        sides = (other[0] - gap - anchor[2], other[2] + gap - anchor[0])
        moves += [(0.0, dy) for dy in ups] + [(dx, 0.0) for dx in sides]
        moves += [(dx, dy) for dx in sides for dy in ups]
    return [m for m in moves if math.hypot(*m) <= reach]


def place_chips(chips: Sequence[Chip], room: ChipRoom, reach: float, gap: float) -> list[QPointF]:
    """Where to draw each chip: its own place when free, else the nearest free spot.

    ``reach`` (scene pixels) bounds how far a chip may go; ``gap`` is the space kept
    between chips. When no spot within reach is free the chip takes the one it
    overlaps least.
    """
    # From the centre out: the middle is the most crowded, and the rim has room to spare.
    order = sorted(
        range(len(chips)), key=lambda i: math.hypot(chips[i].anchor.x(), chips[i].anchor.y())
    )
    placed: list[Box] = []
    tries = TRIES
    result = [QPointF() for _ in chips]
    cache: dict[tuple[float, float], list[tuple[float, float]]] = {}
    for index in order:
        chip = chips[index]
        half_w, half_h = chip.width / 2, chip.height / 2
        ax, ay = chip.anchor.x(), chip.anchor.y()
        home = (ax - half_w, ay - half_h, ax + half_w, ay + half_h)
        if tries <= 0 or _cost(home, placed, room, gap, math.inf) == 0.0:
            result[index] = QPointF(ax, ay)
            placed.append(home)
            continue
        # A coarse grid (a step lands one chip height plus the gap away), and the
        # spots right beside each neighbour, which the grid would miss.
        step = round((chip.height + gap) / 2, 3)
        limit = round(reach, 3)
        grid = cache.get((step, limit))
        if grid is None:
            grid = cache[(step, limit)] = _offsets(step, limit)
        # Only what lies within reach can be in the way: the search stays fast on a
        # crowded map of a hundred chips.
        around = (
            home[0] - limit - gap,
            home[1] - limit - gap,
            home[2] + limit + gap,
            home[3] + limit + gap,
        )
        near_placed = [b for b in placed if overlap(b, around) > 0.0]
        near_room = ChipRoom(
            room.disc, room.rim, room.bounds, [b for b in room.blocked if overlap(b, around) > 0.0]
        )
        offsets = sorted(
            grid + _contacts(home, near_placed + near_room.blocked, gap, limit),
            key=lambda p: (math.hypot(p[0], p[1]), abs(p[0])),
        )
        best, best_cost = (0.0, 0.0), math.inf
        for dx, dy in offsets[:tries]:
            tries -= 1
            box = (home[0] + dx, home[1] + dy, home[2] + dx, home[3] + dy)
            cost = _cost(box, near_placed, near_room, gap, best_cost)
            if cost == 0.0:
                best = (dx, dy)
                break
            if cost < best_cost:
                best, best_cost = (dx, dy), cost
        x, y = ax + best[0], ay + best[1]
        result[index] = QPointF(x, y)
        placed.append((x - half_w, y - half_h, x + half_w, y + half_h))
    return result


def _cost(box: Box, placed: list[Box], room: ChipRoom, gap: float, enough: float) -> float:
    """How badly ``box`` covers what it must not (0: not at all); stops past ``enough``."""
    cost = 0.0
    area = (box[2] - box[0]) * (box[3] - box[1])
    if room.bounds is not None:
        b = room.bounds
        inside = overlap(box, b)
        cost += (area - inside) * 4
    if room.disc > 0.0:
        inner = _nearest_to_origin(box)
        if inner < room.disc + gap:
            cost += (room.disc + gap - inner) * (box[2] - box[0]) * 4
    if room.rim < math.inf:
        outer = _farthest_from_origin(box)
        if outer > room.rim:
            cost += (outer - room.rim) * (box[2] - box[0])
    if cost >= enough:
        return cost
    left, top, right, bottom = box[0] - gap, box[1] - gap, box[2] + gap, box[3] + gap
    for weight, others in ((2.0, room.blocked), (1.0, placed)):
        for other in others:  # overlap(), inlined: this loop runs a million times on a big map
            w = (right if right < other[2] else other[2]) - (left if left > other[0] else other[0])
            if w <= 0:
                continue
            h = (bottom if bottom < other[3] else other[3]) - (top if top > other[1] else other[1])
            if h > 0:
                cost += w * h * weight
                if cost >= enough:
                    return cost
    return cost
