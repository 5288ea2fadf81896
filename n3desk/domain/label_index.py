"""A uniform grid of boxes and line segments: "is anything here?" in constant time.

The map's label placement asks this tens of thousands of times per layout (every
candidate spot of every name); a grid whose cells are about one label high answers
from the few boxes in the cells a query touches instead of from every box on the map.

Boxes are ``(left, top, right, bottom)`` in any unit, y growing downwards.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterator

Box = tuple[float, float, float, float]


def boxes_overlap(a: Box, b: Box) -> bool:
    """Whether ``a`` and ``b`` share some area (touching edges do not count)."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def grown(box: Box, by: float) -> Box:
    return (box[0] - by, box[1] - by, box[2] + by, box[3] + by)


def segment_meets_box(x1: float, y1: float, x2: float, y2: float, box: Box) -> bool:
    """Whether the segment from (x1, y1) to (x2, y2) passes through ``box`` (Liang–Barsky)."""
    dx, dy = x2 - x1, y2 - y1
    low, high = 0.0, 1.0
    for p, q in ((-dx, x1 - box[0]), (dx, box[2] - x1), (-dy, y1 - box[1]), (dy, box[3] - y1)):
        if p == 0.0:
            if q < 0.0:
                return False
            continue
        t = q / p
        if p < 0.0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return False
    return True


class GridIndex:
    """Boxes and segments under keys, found by the grid cells they cover."""

    def __init__(self, cell: float) -> None:
        self._cell = max(cell, 1e-6)
        # Boxes and segments in separate grids: the box test runs far more often.
        self._cells: dict[tuple[int, int], list[Hashable]] = {}
        self._line_cells: dict[tuple[int, int], list[Hashable]] = {}
        self._boxes: dict[Hashable, Box] = {}
        self._segments: dict[Hashable, tuple[float, float, float, float]] = {}
        self._filed: dict[Hashable, list[tuple[int, int]]] = {}

    def __contains__(self, key: Hashable) -> bool:
        return key in self._filed

    def box(self, key: Hashable) -> Box | None:
        return self._boxes.get(key)

    def _span(self, box: Box) -> Iterator[tuple[int, int]]:
        c = self._cell
        for i in range(math.floor(box[0] / c), math.floor(box[2] / c) + 1):
            for j in range(math.floor(box[1] / c), math.floor(box[3] / c) + 1):
                yield (i, j)

    def add_box(self, key: Hashable, box: Box) -> None:
        """File ``box`` under ``key`` (replacing what ``key`` held)."""
        self.remove(key)
        self._boxes[key] = box
        self._file(key, list(self._span(box)), self._cells)

    def add_segment(self, key: Hashable, x1: float, y1: float, x2: float, y2: float) -> None:
        """File a line segment under ``key``, in the cells along it."""
        self.remove(key)
        self._segments[key] = (x1, y1, x2, y2)
        c = self._cell
        steps = max(1, math.ceil(math.hypot(x2 - x1, y2 - y1) / (c / 2)))
        cells: set[tuple[int, int]] = set()
        for k in range(steps + 1):
            x, y = x1 + (x2 - x1) * k / steps, y1 + (y2 - y1) * k / steps
            i, j = math.floor(x / c), math.floor(y / c)
            # Between two samples a segment can clip the corner of a neighbouring cell.
            cells.update((i + di, j + dj) for di in (-1, 0, 1) for dj in (-1, 0, 1))
        self._file(key, list(cells), self._line_cells)

    def _file(
        self,
        key: Hashable,
        cells: list[tuple[int, int]],
        grid: dict[tuple[int, int], list[Hashable]],
    ) -> None:
        self._filed[key] = cells
        for cell in cells:
            grid.setdefault(cell, []).append(key)

    def remove(self, key: Hashable) -> None:
        cells = self._filed.pop(key, None)
        if cells is None:
            return
        grid = self._cells if self._boxes.pop(key, None) is not None else self._line_cells
        self._segments.pop(key, None)
        for cell in cells:
            bucket = grid[cell]
            bucket.remove(key)
            if not bucket:
                del grid[cell]

    def keys(self) -> list[Hashable]:
        return list(self._filed)

    def boxes_over(self, box: Box, skip: Hashable = None) -> list[Hashable]:
        """The keys of the boxes that overlap ``box`` (leaving out ``skip``)."""
        found: set[Hashable] = set()
        for cell in self._span(box):
            found.update(self._cells.get(cell, ()))
        return [k for k in found if k != skip and boxes_overlap(self._boxes[k], box)]

    def any_box_over(
        self, box: Box, skip: Hashable = None, kinds: tuple[str, ...] | None = None
    ) -> bool:
        """Whether any box overlaps ``box`` (the placement's innermost test, kept lean);
        ``kinds``: only boxes whose key is a tuple starting with one of these."""
        left, top, right, bottom = box
        c = self._cell
        cells = self._cells
        boxes = self._boxes
        for i in range(math.floor(left / c), math.floor(right / c) + 1):
            for j in range(math.floor(top / c), math.floor(bottom / c) + 1):
                bucket = cells.get((i, j))
                if bucket is None:
                    continue
                for key in bucket:
                    o = boxes[key]
                    overlaps = left < o[2] and o[0] < right and top < o[3] and o[1] < bottom
                    if not overlaps or key == skip:
                        continue
                    if kinds is None or (isinstance(key, tuple) and key[0] in kinds):
                        return True
        return False

    def boxes_along(self, x1: float, y1: float, x2: float, y2: float) -> list[Hashable]:
        """The keys of the boxes the segment passes through."""
        c = self._cell
        steps = max(1, math.ceil(math.hypot(x2 - x1, y2 - y1) / (c / 2)))
        found: set[Hashable] = set()
        for k in range(steps + 1):
            x, y = x1 + (x2 - x1) * k / steps, y1 + (y2 - y1) * k / steps
            i, j = math.floor(x / c), math.floor(y / c)
            for di in (-1, 0, 1):
                for dj in (-1, 0, 1):
                    found.update(self._cells.get((i + di, j + dj), ()))
        return [k for k in found if segment_meets_box(x1, y1, x2, y2, self._boxes[k])]

    def any_box_along(
        self, x1: float, y1: float, x2: float, y2: float, wanted: Callable[[Hashable], bool]
    ) -> bool:
        """Whether the segment passes through a box whose key is ``wanted``."""
        c = self._cell
        steps = max(1, math.ceil(math.hypot(x2 - x1, y2 - y1) / (c / 2)))
        seen: set[Hashable] = set()
        for k in range(steps + 1):
            x, y = x1 + (x2 - x1) * k / steps, y1 + (y2 - y1) * k / steps
            i, j = math.floor(x / c), math.floor(y / c)
            for di in (-1, 0, 1):
                for dj in (-1, 0, 1):
                    for key in self._cells.get((i + di, j + dj), ()):
                        if key in seen:
                            continue
                        seen.add(key)
                        if wanted(key) and segment_meets_box(x1, y1, x2, y2, self._boxes[key]):
                            return True
        return False

    def segments_through(self, box: Box, skip: frozenset[Hashable] = frozenset()) -> int:
        """How many segments pass through ``box`` (leaving out the keys in ``skip``)."""
        found: set[Hashable] = set()
        for cell in self._span(box):
            found.update(self._line_cells.get(cell, ()))
        return sum(
            1 for k in found if k not in skip and segment_meets_box(*self._segments[k], box)
        )
