"""Geometry of the stakeholder map, in plain Python (no Qt).

The model, decided here once so that the screen, the PDF and the tests agree:

* **Map units.** The map is a circle of radius 1 centred on (0, 0); x grows to the
  right and y grows *downwards* (screen convention), so a view multiplies by its
  outer radius in pixels and adds its centre, nothing else.
* **Polar form.** A stakeholder stores ``angle`` in degrees clockwise from twelve
  o'clock, in [0, 360), and ``radius`` as a fraction of the outer radius, [0, 1].
  The map keeps its shape at any window size because nothing is stored in pixels.
* **The citizen's disc.** The inner disc up to :data:`CENTRE_RADIUS` belongs to the
  citizen (persona); it is in no ring, and stakeholders are kept out of it.
* **Rings** are equal bands from the citizen's disc to the rim, position 0 closest.
* **Sectors** are equal slices in position order, clockwise from twelve o'clock.
  A point exactly on a boundary belongs to the sector/ring that starts there; the
  rim (radius 1 and beyond) belongs to the outermost ring.

When rings or sectors are added, removed or reordered, :func:`relocate` moves each
stakeholder so that it stays in the same sector and ring, at the same relative place
inside it (one of a removed sector/ring moves to its nearest surviving neighbour).
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

CENTRE_RADIUS = 0.18
"""Radius of the citizen's disc, as a fraction of the map's outer radius."""

EDGE_MARGIN = 0.03
"""How far a placed stakeholder is kept from the citizen's disc and from the rim."""

Polar = tuple[float, float]  # (angle in degrees, radius fraction)


def normalise_angle(angle: float) -> float:
    """``angle`` folded into [0, 360)."""
    folded = math.fmod(angle, 360.0)
    if folded < 0:
        folded += 360.0
    # fmod of a tiny negative number plus 360 can round to exactly 360.
    return 0.0 if folded >= 360.0 else folded


def polar_to_xy(angle: float, radius: float, outer: float = 1.0) -> tuple[float, float]:
    """The point at ``angle``/``radius`` in map units scaled by ``outer`` (y down)."""
    theta = math.radians(angle)
    return (radius * outer * math.sin(theta), -radius * outer * math.cos(theta))


def xy_to_polar(x: float, y: float, outer: float = 1.0) -> Polar:
    """The polar form of a point (not clamped); the exact centre has angle 0."""
    if outer <= 0:
        raise ValueError("outer radius must be positive")
    radius = math.hypot(x, y) / outer
    if radius == 0.0:
        return (0.0, 0.0)
    return (normalise_angle(math.degrees(math.atan2(x, -y))), radius)


def clamp_radius(radius: float) -> float:
    """``radius`` kept outside the citizen's disc and inside the rim."""
    return min(max(radius, CENTRE_RADIUS + EDGE_MARGIN), 1.0 - EDGE_MARGIN)


def clamp(angle: float, radius: float) -> Polar:
    """A placeable polar position: angle folded, radius clamped."""
    return (normalise_angle(angle), clamp_radius(radius))


# -- sectors and rings -------------------------------------------------------------


def sector_bounds(index: int, count: int) -> tuple[float, float]:
    """Start and end angle of sector ``index`` of ``count`` (degrees, clockwise)."""
    span = 360.0 / count
    return (index * span, (index + 1) * span)


def ring_bounds(index: int, count: int) -> tuple[float, float]:
    """Inner and outer radius of ring ``index`` of ``count`` (0 is closest)."""
    band = (1.0 - CENTRE_RADIUS) / count
    return (CENTRE_RADIUS + index * band, CENTRE_RADIUS + (index + 1) * band)


def sector_at(angle: float, count: int) -> int | None:
    """Index of the sector holding ``angle``; None when the map has no sectors."""
    if count <= 0:
        return None
    index = int(normalise_angle(angle) / (360.0 / count))
    return min(index, count - 1)


def ring_at(radius: float, count: int) -> int | None:
    """Index of the ring holding ``radius``; None in the citizen's disc or with no rings."""
    if count <= 0 or radius < CENTRE_RADIUS:
        return None
    index = int((radius - CENTRE_RADIUS) / ((1.0 - CENTRE_RADIUS) / count))
    return min(index, count - 1)


@dataclass(frozen=True, slots=True)
class Cell:
    """Where a point falls: sector and ring indices (None: no sector / the centre)."""

    sector: int | None
    ring: int | None

    @property
    def is_centre(self) -> bool:
        return self.ring is None


def cell_at(x: float, y: float, sectors: int, rings: int, outer: float = 1.0) -> Cell:
    """The sector and ring a point (in map units scaled by ``outer``) falls in."""
    angle, radius = xy_to_polar(x, y, outer)
    return Cell(sector_at(angle, sectors), ring_at(radius, rings))


def cell_of(angle: float, radius: float, sectors: int, rings: int) -> Cell:
    """The sector and ring of a stakeholder's polar position."""
    return Cell(sector_at(angle, sectors), ring_at(radius, rings))


def cell_centre(sector: int, ring: int, sectors: int, rings: int) -> Polar:
    """The middle of a cell, in polar form."""
    start, end = sector_bounds(sector, max(sectors, 1))
    inner, outer = ring_bounds(ring, max(rings, 1))
    return ((start + end) / 2.0, (inner + outer) / 2.0)


def _spots(sector: int, ring: int, sectors: int, rings: int) -> list[Polar]:
    """Candidate places inside a cell, middle first, then spreading out."""
    start, end = sector_bounds(sector, max(sectors, 1))
    inner, outer = ring_bounds(ring, max(rings, 1))
    spots: list[Polar] = []
    for fr in (0.5, 0.25, 0.75):
        for fa in (0.5, 0.3, 0.7, 0.15, 0.85):
            radius = clamp_radius(inner + fr * (outer - inner))
            spots.append((normalise_angle(start + fa * (end - start)), radius))
    return spots


def free_spot(
    sector: int, ring: int, sectors: int, rings: int, taken: Iterable[Polar] = ()
) -> Polar:
    """A place in the cell as far as possible from the stakeholders already there."""
    points = [polar_to_xy(a, r) for a, r in taken]
    best: Polar = cell_centre(sector, ring, sectors, rings)
    best_gap = -1.0
    for spot in _spots(sector, ring, sectors, rings):
        sx, sy = polar_to_xy(*spot)
        gap = min((math.hypot(sx - px, sy - py) for px, py in points), default=math.inf)
        if gap > 0.16:  # roomy enough: take the first such spot, the calmest layout
            return spot
        if gap > best_gap:
            best, best_gap = spot, gap
    return best


# -- re-deriving after rings or sectors change ----------------------------------------


def _surviving(old: Sequence[str], index: int, new: Sequence[str]) -> tuple[int, bool]:
    """Where old item ``index`` is in ``new``; a removed one goes to its nearest neighbour.

    Returns the new index and whether the item itself survived.
    """
    if old[index] in new:
        return (list(new).index(old[index]), True)
    for distance in range(1, len(old)):
        for candidate in (index - distance, index + distance):
            if 0 <= candidate < len(old) and old[candidate] in new:
                return (list(new).index(old[candidate]), False)
    return (0, False)


def relocate(
    position: Polar,
    old_sectors: Sequence[str],
    new_sectors: Sequence[str],
    old_rings: Sequence[str],
    new_rings: Sequence[str],
) -> Polar:
    """``position`` moved so it keeps its sector and ring (ids, in position order)."""
    angle, radius = position
    if old_sectors and new_sectors:
        i = sector_at(angle, len(old_sectors))
        assert i is not None
        start, end = sector_bounds(i, len(old_sectors))
        fraction = (normalise_angle(angle) - start) / (end - start)
        j, kept = _surviving(old_sectors, i, new_sectors)
        new_start, new_end = sector_bounds(j, len(new_sectors))
        angle = new_start + (fraction if kept else 0.5) * (new_end - new_start)
    ring = ring_at(radius, len(old_rings)) if old_rings else None
    if ring is not None and new_rings:
        inner, outer = ring_bounds(ring, len(old_rings))
        fraction = min((radius - inner) / (outer - inner), 1.0)
        j, kept = _surviving(old_rings, ring, new_rings)
        new_inner, new_outer = ring_bounds(j, len(new_rings))
        radius = new_inner + (fraction if kept else 0.5) * (new_outer - new_inner)
    return (normalise_angle(angle), radius)


# -- focus ---------------------------------------------------------------------------


def neighbours(edges: Iterable[tuple[str, str]], start: str, steps: int) -> set[str]:
    """``start`` and everything at most ``steps`` relations away (either direction)."""
    adjacent: dict[str, set[str]] = {}
    for a, b in edges:
        adjacent.setdefault(a, set()).add(b)
        adjacent.setdefault(b, set()).add(a)
    seen = {start}
    frontier: deque[tuple[str, int]] = deque([(start, 0)])
    while frontier:
        node, depth = frontier.popleft()
        if depth >= steps:
            continue
        for other in adjacent.get(node, ()):
            if other not in seen:
                seen.add(other)
                frontier.append((other, depth + 1))
    return seen


# -- relation kinds -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RelationStyle:
    """How a kind of relation is drawn: colour, pattern (solid|dash|dot|dashdot), width."""

    colour: str
    pattern: str
    width: float
    double: bool = False


BUILTIN_KINDS: tuple[str, ...] = ("collaboration", "information", "money", "conflict", "trust")

RELATION_STYLES: dict[str, RelationStyle] = {
    "collaboration": RelationStyle("#2e7d32", "solid", 3.0),
    "information": RelationStyle("#1565c0", "dash", 3.0),
    "money": RelationStyle("#a35f00", "solid", 2.0, double=True),
    "conflict": RelationStyle("#c62828", "dot", 4.0),
    "trust": RelationStyle("#6a1b9a", "solid", 6.0),
}

NEUTRAL_STYLE = RelationStyle("#546e7a", "dashdot", 3.0)
"""The style of a kind the user typed themselves."""


def relation_style(kind: str) -> RelationStyle:
    """The style of ``kind``; any kind of the user's own gets the neutral style."""
    return RELATION_STYLES.get(kind, NEUTRAL_STYLE)


def kinds_in_use(kinds: Iterable[str]) -> list[str]:
    """The built-in kinds, then the user's own kinds in use, sorted: the legend's rows."""
    own = sorted({k for k in kinds if k not in RELATION_STYLES}, key=str.casefold)
    return [*BUILTIN_KINDS, *own]
