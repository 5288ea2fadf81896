"""Where the stakeholder map's names go: whole, beside their actors, clear of everything.

One method for the screen (:mod:`n3desk.app.map`) and the PDF
(:mod:`n3desk.report.map_drawing`), so that both show every name whole and never one
text over another. The caller measures text (Qt's or ReportLab's font metrics); this
module decides, in any unit with y growing downwards:

1. **Shapes.** A name is wrapped into one, two or three balanced lines, first at the
   full size, then at smaller sizes down to a floor (:func:`label_shapes`).
2. **Markers.** Each actor is a small marker at its stored place; markers that would
   cover each other are nudged apart to the nearest free spot (:meth:`MapLabeller.place_marker`).
3. **Labels.** Candidate spots all around the marker — touching it first, then
   further out with a thin leader line — are tried largest size first; a spot is
   free when it covers no marker, other name, sector or ring title, legend or the
   citizen's disc and stays in view. Among the free spots of the nearest distance
   the one crossed by the fewest relation lines wins (:meth:`MapLabeller.place_label`).

Greedy with a grid index (:mod:`n3desk.domain.label_index`): a layout is about
linear in the number of actors, and a change re-places only what it touched, so
the other names stay exactly where they were.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

from n3desk.domain.label_index import Box, GridIndex, grown

MAX_LINES = 3
PAD_X = 0.4  # inner padding of a label box, in font sizes
PAD_Y = 0.12
LINE_EM = 9.0  # a line is not made longer than this many font sizes to save a line
TOO_LONG_EM = 22.0  # a line beyond this is cut with "…" (a pasted paragraph, not a name)

# Kinds of thing in the index (the first part of every key).
MARKER, LABEL, FIXED, LINE, NOTE = "marker", "label", "fixed", "line", "note"

Measure = Callable[[str, float], float]  # the width of a text at a font size
Vector = tuple[float, float]


@dataclass(frozen=True, slots=True)
class LabelShape:
    """A name laid out: its lines at one font size, and its box (padding included)."""

    lines: tuple[str, ...]
    size: float
    width: float
    height: float


@dataclass(frozen=True, slots=True)
class LabelSpot:
    """Where a name went: its box, its shape, and whether a leader line joins it."""

    box: Box
    shape: LabelShape
    leader: bool


def _balanced(widths: Sequence[float], space: float, lines: int) -> list[int]:
    """Where to break ``widths`` (words) into ``lines`` lines so the widest is narrowest."""
    n = len(widths)
    prefix = [0.0]
    for w in widths:
        prefix.append(prefix[-1] + w)

    def span(i: int, j: int) -> float:
        return prefix[j] - prefix[i] + space * (j - i - 1)

    # best[k][j]: the narrowest widest line setting the first j words on k lines.
    best = [[math.inf] * (n + 1) for _ in range(lines + 1)]
    cut = [[0] * (n + 1) for _ in range(lines + 1)]
    best[0][0] = 0.0
    for k in range(1, lines + 1):
        for j in range(k, n + 1):
            for i in range(k - 1, j):
                value = max(best[k - 1][i], span(i, j))
                if value < best[k][j]:
                    best[k][j], cut[k][j] = value, i
    breaks = []
    j = n
    for k in range(lines, 0, -1):
        breaks.append(j)
        j = cut[k][j]
    return sorted(breaks)


def _cut(text: str, measure: Measure, size: float, width: float) -> str:
    """``text`` shortened with "…" to ``width`` (only for texts far too long for a map)."""
    if measure(text, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(text[:middle].rstrip() + "…", size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def wrappings(
    text: str, measure: Measure, size: float, width: float | None = None
) -> list[tuple[str, ...]]:
    """``text`` on one, two and three balanced lines (fewer when it has fewer words).

    A line is never made longer than :data:`LINE_EM` sizes (or ``width``) just to
    save a line (a single long word stands alone on its line, whole); only a line
    beyond :data:`TOO_LONG_EM` sizes is cut with "…".
    """
    # Split at plain spaces only: a no-break space (a key's "12\u00a0Name") holds.
    words = [word for word in text.split(" ") if word]
    if not words:
        return [("…",)]
    space = measure(" ", size)
    widths = [measure(word, size) for word in words]
    comfortable = LINE_EM * size if width is None else width
    found: list[tuple[str, ...]] = []
    for count in range(1, min(MAX_LINES, len(words)) + 1):
        breaks = _balanced(widths, space, count)
        lines, start = [], 0
        for end in breaks:
            lines.append(" ".join(words[start:end]))
            start = end
        widest = max(sum(widths[i] for i in range(a, b)) + space * (b - a - 1)
                     for a, b in zip([0, *breaks[:-1]], breaks, strict=True))  # fmt: skip
        if widest <= comfortable or count == min(MAX_LINES, len(words)):
            found.append(tuple(lines))
    if not found:  # pragma: no cover - the last count is always kept
        found.append((text,))
    limit = max(TOO_LONG_EM * size, comfortable)
    return [tuple(_cut(line, measure, size, limit) for line in lines) for lines in found]


def label_shapes(
    text: str,
    sizes: Sequence[float],
    measure: Measure,
    line_height: Callable[[float], float],
    width: float | None = None,
    pad: tuple[float, float] = (PAD_X, PAD_Y),
) -> list[LabelShape]:
    """Every way to set ``text`` as a label, in order of preference: largest size
    first, and at one size fewer lines first (``width``: the widest line wanted;
    ``pad``: the box's inner padding across and down, in font sizes)."""
    shapes = []
    for size in sizes:
        inner = None if width is None else width - 2 * pad[0] * size
        for lines in wrappings(text, measure, size, inner):
            box_width = max(measure(line, size) for line in lines) + 2 * pad[0] * size
            height = line_height(size) * len(lines) + 2 * pad[1] * size
            shapes.append(LabelShape(lines, size, box_width, height))
    return shapes


# Directions around a marker (degrees clockwise from three o'clock, y down), best first:
# right, left, the four diagonals above and below, straight above and below, then between.
_DIRECTIONS = (0, 180, -40, -140, 40, 140, -90, 90, -20, -160, 20, 160, -65, -115, 65, 115)
# How far beyond touching its marker a label may stand, in font sizes of the label:
# first touching it (every size, every wrapping), then further out with a leader line.
_TOUCHING = (0.0, 0.5)
_LEADERS = (1.2, 2.4, 4.0, 6.0, 9.0, 13.0)
_LEADER_FROM = 0.9  # font sizes; nearer than this the label reads as touching its marker
LABEL_TRIES = 700  # spots one name may try before it is left without a label
SPARE_TRIES = 60  # spots each name may try on average, per layout, on a crowded map
BUMPS = 16  # names one name without room may try to move aside to make room
ASIDE_MISSES = 6  # names in a row that found no room beside the circle: it is full

class MapLabeller:
    """The map's markers, fixed titles, relation lines and placed labels, in one grid.

    ``bounds``: labels and markers stay inside it; ``disc``: ``(x, y, radius)`` of the
    citizen's disc, kept clear; ``gap``: the space kept between any two things;
    ``cell``: the grid's cell size (about a label's height).
    """

    def __init__(
        self,
        *,
        bounds: Box | None,
        disc: tuple[float, float, float] | None,
        gap: float,
        cell: float,
    ) -> None:
        self.bounds = bounds
        self.disc = disc
        self.gap = gap
        self.index = GridIndex(cell)
        self.tries = 0  # spots tested so far (the benchmark and tests read it)
        self.budget = math.inf  # spots left to try in this layout (see :meth:`ration`)
        # The circle names may stand beside (centre x, centre y, radius); None: nowhere.
        self.rim: tuple[float, float, float] | None = None
        # The circle names must stay inside (the room's map keeps its sides for the
        # key); None: anywhere in view.
        self.within: tuple[float, float, float] | None = None
        self._asks: dict[Hashable, tuple[Box, Sequence[LabelShape], float, Vector]] = {}
        self._bumped: set[Hashable] = set()
        self._aside_misses = 0

    def ration(self, names: int) -> None:
        """Bound the search for ``names`` names: a map far too crowded to name every
        actor gives up on the last ones quickly instead of stalling the window."""
        self.budget = SPARE_TRIES * names + 10 * LABEL_TRIES
        self._aside_misses = 0

    # -- what is on the map -----------------------------------------------------------

    def block(self, key: Hashable, box: Box) -> None:
        """A fixed box (sector or ring title, the legend) nothing may cover."""
        self.index.add_box((FIXED, key), box)

    def add_line(self, key: Hashable, x1: float, y1: float, x2: float, y2: float) -> None:
        """A relation line: labels avoid crossing it when they can."""
        self.index.add_segment((LINE, key), x1, y1, x2, y2)

    def add_note(self, key: Hashable, box: Box) -> None:
        """A relation's label, placed by the caller (see :meth:`free`)."""
        self.index.add_box((NOTE, key), box)

    def remove(self, kind: str, key: Hashable) -> None:
        self.index.remove((kind, key))
        if kind == LABEL:
            self._asks.pop(key, None)

    def box_of(self, kind: str, key: Hashable) -> Box | None:
        return self.index.box((kind, key))

    def over(self, box: Box, kinds: tuple[str, ...]) -> list[Hashable]:
        """The keys of the things of ``kinds`` that ``box`` covers."""
        return [k[1] for k in self.index.boxes_over(box) if isinstance(k, tuple) and k[0] in kinds]

    # -- tests --------------------------------------------------------------------------

    def free(self, box: Box, skip: Hashable = None, faded: frozenset[str] = frozenset()) -> bool:
        """Whether ``box`` is in view, off the citizen's disc and clear of every box
        (but the markers of the actors in ``faded``: a focus draws them faint)."""
        self.tries += 1
        if not self.in_room(box):
            return False
        g = self.gap
        grown_box = (box[0] - g, box[1] - g, box[2] + g, box[3] + g)
        if not faded:
            return not self.index.any_box_over(grown_box, skip)
        return all(
            isinstance(k, tuple) and k[0] == MARKER and k[1] in faded
            for k in self.index.boxes_over(grown_box, skip)
        )

    # -- placing ------------------------------------------------------------------------

    def place_marker(
        self,
        key: Hashable,
        x: float,
        y: float,
        radius: float,
        reach: float,
        inside: float = math.inf,
    ) -> Box:
        """Put ``key``'s marker at (x, y), or at the nearest free spot within ``reach``.

        Markers keep clear of markers, fixed titles and the disc (names and relation
        labels make way for them instead), and their centres stay within ``inside``
        of (0, 0). With no free spot it stays where it is.
        """
        self.index.remove((MARKER, key))
        best = (x - radius, y - radius, x + radius, y + radius)
        # Within reach first, in fine steps (a gap between two neighbours is found
        # before a spot far off, in another sector); a very crowded map (hundreds of
        # actors) may push further, in coarse steps, up to eight times, rather than
        # draw one marker over another.
        fine, coarse = radius * 0.5, radius * 1.2
        near = [(ring * fine, max(1, ring * 12)) for ring in range(int(reach / fine) + 1)]
        start = int(reach / coarse) + 1
        far = [(ring * coarse, ring * 6) for ring in range(start, int(reach * 8 / coarse) + 1)]
        for distance, count in near + far:
            for k in range(count):
                angle = 2 * math.pi * k / count
                cx, cy = x + distance * math.cos(angle), y + distance * math.sin(angle)
                box = (cx - radius, cy - radius, cx + radius, cy + radius)
                if math.hypot(cx, cy) <= inside and self._marker_free(box):
                    self.index.add_box((MARKER, key), box)
                    return box
        self.index.add_box((MARKER, key), best)
        return best

    def _marker_free(self, box: Box) -> bool:
        self.tries += 1
        if not self.in_room(box):
            return False
        return not self.index.any_box_over(grown(box, self.gap / 2), kinds=(MARKER, FIXED))

    def place_name(
        self,
        key: Hashable,
        marker: Box,
        shapes: Sequence[LabelShape],
        *,
        reach: float,
        outward: tuple[float, float] = (1.0, 0.0),
        bump: bool = True,
        most: int = 1,
    ) -> dict[Hashable, LabelSpot | None]:
        """Place ``key``'s name by every means, in order: beside its marker
        (:meth:`place_label`); there, after moving one other name (or ``most``)
        elsewhere (``bump``);
        beside the circle (:meth:`place_aside`, when :attr:`rim` is set).

        Returns the new spot of every name that moved (``key``'s None: no room).
        """
        self._asks[key] = (marker, shapes, reach, outward)
        spot = self.place_label(key, marker, shapes, reach=reach, outward=outward)
        if spot is not None:
            return {key: spot}
        if bump and self.budget > 0:
            moved = self._bump(key, marker, shapes, outward, most)
            if moved is not None:
                return moved
        if self.rim is not None:
            spot = self.place_aside(key, marker, shapes, rim=self.rim[2], centre=self.rim[:2])
        return {key: spot}

    def _bump(
        self,
        key: Hashable,
        marker: Box,
        shapes: Sequence[LabelShape],
        outward: Vector,
        most: int = 1,
    ) -> dict[Hashable, LabelSpot | None] | None:
        """Take the spot of up to ``most`` names that can all go elsewhere (each name
        moves once per layout)."""
        cx, cy = (marker[0] + marker[2]) / 2, (marker[1] + marker[3]) / 2
        r = (marker[2] - marker[0]) / 2
        smallest = min(s.size for s in shapes)
        attempts = 0
        for shape in (s for s in shapes if s.size == smallest):
            half_w, half_h = shape.width / 2, shape.height / 2
            clear_x, clear_y = half_w + r + self.gap, half_h + r + self.gap
            for ux, uy in _ordered_directions(outward):
                t = _clearance(clear_x, clear_y, ux, uy)
                x, y = cx + ux * t, cy + uy * t
                box = (x - half_w, y - half_h, x + half_w, y + half_h)
                self.tries += 1
                if not self.in_room(box):
                    continue
                blockers = self.index.boxes_over(grown(box, self.gap))
                if not 1 <= len(blockers) <= most or not all(
                    isinstance(b, tuple) and b[0] == LABEL and b[1] in self._asks
                    and b[1] not in self._bumped and b[1] != key
                    for b in blockers
                ):  # fmt: skip
                    continue
                attempts += 1
                if attempts > BUMPS or self.budget <= 0:
                    return None
                moved = self._make_way(key, box, [b[1] for b in blockers if isinstance(b, tuple)])
                if moved is not None:
                    moved[key] = LabelSpot(box, shape, False)
                    return moved
        return None

    def _make_way(
        self, key: Hashable, box: Box, others: list[Hashable]
    ) -> dict[Hashable, LabelSpot | None] | None:
        """Put ``key`` at ``box`` and every one of ``others`` elsewhere; or, if one of
        them finds no room, leave everything as it was (None)."""
        old = {other: self.index.box((LABEL, other)) for other in others}
        for other in others:
            self.index.remove((LABEL, other))
        self.index.add_box((LABEL, key), box)
        moved: dict[Hashable, LabelSpot | None] = {}
        for other in others:
            o_marker, o_shapes, o_reach, o_outward = self._asks[other]
            spot = self.place_label(other, o_marker, o_shapes, reach=o_reach, outward=o_outward)
            if spot is None and self.rim is not None:
                spot = self.place_aside(
                    other, o_marker, o_shapes, rim=self.rim[2], centre=self.rim[:2]
                )
            if spot is None:
                for placed in moved:
                    self.index.remove((LABEL, placed))
                self.index.remove((LABEL, key))
                for back, back_box in old.items():
                    if back_box is not None:
                        self.index.add_box((LABEL, back), back_box)
                return None
            moved[other] = spot
        self._bumped.update(others)
        return moved

    def in_room(self, box: Box) -> bool:
        """In view and off the citizen's disc (what no neighbour can change)."""
        b = self.bounds
        if b is not None and (box[0] < b[0] or box[1] < b[1] or box[2] > b[2] or box[3] > b[3]):
            return False
        if self.disc is not None:
            x, y, r = self.disc
            dx = max(box[0] - x, 0.0, x - box[2])
            dy = max(box[1] - y, 0.0, y - box[3])
            if dx * dx + dy * dy < (r + self.gap) ** 2:
                return False
        return True

    def place_label(
        self,
        key: Hashable,
        marker: Box,
        shapes: Sequence[LabelShape],
        *,
        reach: float,
        outward: tuple[float, float] = (1.0, 0.0),
        rationed: bool = True,
    ) -> LabelSpot | None:
        """Put ``key``'s name beside ``marker``; None when no spot within ``reach`` is free.

        ``outward`` is the direction away from the map's centre: at equal distance
        a label goes outwards, where the map is less crowded. ``rationed``: this
        search counts against the layout's :meth:`ration` (a key's number does not).
        """
        self.index.remove((LABEL, key))
        cx, cy = (marker[0] + marker[2]) / 2, (marker[1] + marker[3]) / 2
        r = (marker[2] - marker[0]) / 2
        directions = _ordered_directions(outward)
        sizes = sorted({s.size for s in shapes}, reverse=True)
        by_size = {size: [s for s in shapes if s.size == size] for size in sizes}
        # Touching its marker at any size beats a leader line; a leader line beats nothing.
        # Leaders use each size's most compact wrapping, full size and smallest only.
        # Further out, eight directions are enough: the spots are far apart already.
        plan = [(size, d, by_size[size], directions) for size in sizes for d in _TOUCHING]
        for size in dict.fromkeys((sizes[0], sizes[-1])):
            compact = min(by_size[size], key=lambda s: s.width * s.height)
            plan += [(size, d, [compact], directions[:8]) for d in _LEADERS]
        start = self.tries
        for size, distance, candidates, towards in plan:
            d = distance * size
            if d > reach:
                continue
            if self.tries - start > LABEL_TRIES or (rationed and self.budget <= 0):
                break
            spot = self._best_at(cx, cy, r, d, candidates, towards, key)
            if spot is not None:
                box, shape = spot
                self.index.add_box((LABEL, key), box)
                self.budget -= self.tries - start
                return LabelSpot(box, shape, distance >= _LEADER_FROM)
        self.budget -= self.tries - start
        return None

    def place_aside(
        self,
        key: Hashable,
        marker: Box,
        shapes: Sequence[LabelShape],
        *,
        rim: float,
        centre: tuple[float, float] = (0.0, 0.0),
    ) -> LabelSpot | None:
        """Put ``key``'s name beside the map's circle (radius ``rim``), on its own side,
        as near its own height as is free, joined by a leader line.

        For names with no room among the actors: the room left and right of a round
        map on a wide screen holds a column of them. Callers place them in order of
        height, so that the leader lines do not cross.
        """
        self.index.remove((LABEL, key))
        if self._aside_misses >= ASIDE_MISSES:
            return None
        cx, cy = (marker[0] + marker[2]) / 2, (marker[1] + marker[3]) / 2
        sizes = sorted({s.size for s in shapes}, reverse=True)
        ox, oy = centre
        side = 1.0 if cx >= ox else -1.0
        start = self.tries
        for size in dict.fromkeys((sizes[0], sizes[-1])):
            shape = min((s for s in shapes if s.size == size), key=lambda s: s.width * s.height)
            step = shape.height / 2 + self.gap
            for k in range(40):
                if self.tries - start > LABEL_TRIES * 2 or self.budget <= 0:
                    break
                dy = (k + 1) // 2 * step * (1 if k % 2 else -1)
                top = cy + dy - shape.height / 2
                bottom = top + shape.height
                nearest = max(top - oy, 0.0, oy - bottom)
                if self.bounds is not None and (top < self.bounds[1] or bottom > self.bounds[3]):
                    continue
                reach = math.sqrt(max(rim * rim - nearest * nearest, 0.0)) + self.gap * 2
                for inner in (reach,):
                    if side > 0:
                        box = (ox + inner, top, ox + inner + shape.width, bottom)
                    else:
                        box = (ox - inner - shape.width, top, ox - inner, bottom)
                    if self.free(box) and not self._leader_blocked(cx, cy, box, key):
                        self.index.add_box((LABEL, key), box)
                        self.budget -= self.tries - start
                        self._aside_misses = 0
                        return LabelSpot(box, shape, True)
        self.budget -= self.tries - start
        self._aside_misses += 1
        return None

    def _best_at(
        self,
        cx: float,
        cy: float,
        r: float,
        d: float,
        shapes: Sequence[LabelShape],
        directions: Sequence[tuple[float, float]],
        key: Hashable,
    ) -> tuple[Box, LabelShape] | None:
        """The free spot at distance ``d`` crossed by fewest relation lines (None: none free).

        Beyond touching, the leader line from the marker must not cross another name
        or marker either.
        """
        leader = bool(shapes) and d >= _LEADER_FROM * shapes[0].size
        best: tuple[Box, LabelShape] | None = None
        best_cost = math.inf
        for shape in shapes:
            half_w, half_h = shape.width / 2, shape.height / 2
            clear_x, clear_y = half_w + r + self.gap, half_h + r + self.gap
            for ux, uy in directions:
                # How far along (ux, uy) the box's centre must go to clear the marker.
                t = _clearance(clear_x, clear_y, ux, uy)
                x, y = cx + ux * (t + d), cy + uy * (t + d)
                box = (x - half_w, y - half_h, x + half_w, y + half_h)
                if not self.free(box) or (leader and self._leader_blocked(cx, cy, box, key)):
                    continue
                if self.within is not None and not _inside(box, self.within):
                    continue
                cost = self.index.segments_through(box)
                if cost == 0:
                    return (box, shape)
                if cost < best_cost:
                    best, best_cost = (box, shape), cost
        return best


    def _leader_blocked(self, cx: float, cy: float, box: Box, key: Hashable) -> bool:
        """Whether a leader from (cx, cy) to ``box`` would cross a name or another marker."""
        x = min(max(cx, box[0]), box[2])
        y = min(max(cy, box[1]), box[3])
        own = (MARKER, key)

        def obstacle(other: Hashable) -> bool:
            kind = other[0] if isinstance(other, tuple) else None
            return kind in (LABEL, MARKER, FIXED) and other != own

        return self.index.any_box_along(cx, cy, x, y, obstacle)


def _inside(box: Box, circle: tuple[float, float, float]) -> bool:
    """Whether every corner of ``box`` is inside ``circle`` (centre x, centre y, radius)."""
    x, y, r = circle
    far_x = max(abs(box[0] - x), abs(box[2] - x))
    far_y = max(abs(box[1] - y), abs(box[3] - y))
    return far_x * far_x + far_y * far_y <= r * r


def _clearance(clear_x: float, clear_y: float, ux: float, uy: float) -> float:
    """How far along (ux, uy) a box's centre must go for the box to clear a marker
    (a hair further: rounding must not make it touch the marker it stands beside)."""
    return min(clear_x / abs(ux) if ux else math.inf, clear_y / abs(uy) if uy else math.inf) + 0.01


def _ordered_directions(outward: tuple[float, float]) -> list[tuple[float, float]]:
    """The candidate directions as unit vectors: the classic order, outward ones first."""
    ox, oy = outward
    units = []
    for rank, degrees in enumerate(_DIRECTIONS):
        a = math.radians(degrees)
        ux, uy = math.cos(a), math.sin(a)
        # Mostly the classic order; a direction pointing inwards drops back.
        units.append((rank - 6.0 * (ux * ox + uy * oy), (ux, uy)))
    units.sort(key=lambda item: item[0])
    return [u for _, u in units]
