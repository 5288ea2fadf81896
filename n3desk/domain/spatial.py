"""Finding the boxes near a place without looking at every box on the board.

Placing a note (N, Tab, paste) asks "what is in this area?" over and over. Asked of
a plain list, each question reads every note: at 10,000 notes a search through a
few thousand candidate spots took seconds. Anything that can answer for one area
at a time (:class:`BoxQuery`) does instead: a :class:`BoxGrid` built from boxes, or
the board scene's own index of its items in the app.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Protocol

Box = tuple[float, float, float, float]  # x, y, width, height in board coordinates

GRID_CELL = 512.0  # about three notes wide: few cells per question, few boxes per cell


class BoxQuery(Protocol):
    """Something that knows where boxes are."""

    def within(self, area: Box) -> Iterable[Box]:
        """The boxes overlapping ``area`` (perhaps with a few that only come near it)."""
        ...


Boxes = Sequence[Box] | BoxQuery


def overlaps(a: Box, b: Box) -> bool:
    """True when the two boxes share some area."""
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def boxes_within(boxes: Boxes, area: Box) -> list[Box]:
    """The boxes of ``boxes`` that overlap ``area``."""
    found = boxes if isinstance(boxes, Sequence) else boxes.within(area)
    return [b for b in found if overlaps(area, b)]


class BoxGrid:
    """Boxes filed by the square cells of a grid they touch."""

    def __init__(self, boxes: Iterable[Box] = (), cell: float = GRID_CELL) -> None:
        self.cell = cell
        self._cells: dict[tuple[int, int], list[Box]] = {}
        for box in boxes:
            self.add(box)

    def _span(self, box: Box) -> tuple[range, range]:
        size = self.cell
        columns = range(math.floor(box[0] / size), math.floor((box[0] + box[2]) / size) + 1)
        rows = range(math.floor(box[1] / size), math.floor((box[1] + box[3]) / size) + 1)
        return columns, rows

    def add(self, box: Box) -> None:
        columns, rows = self._span(box)
        for column in columns:
            for row in rows:
                self._cells.setdefault((column, row), []).append(box)

    def within(self, area: Box) -> list[Box]:
        columns, rows = self._span(area)
        if len(columns) * len(rows) > len(self._cells):  # a huge area: walk what is filed
            cells: Iterable[list[Box]] = self._cells.values()
        else:
            cells = (self._cells.get((c, r), []) for c in columns for r in rows)
        seen: set[Box] = set()
        found: list[Box] = []
        for filed in cells:
            for box in filed:
                if box not in seen and overlaps(area, box):
                    seen.add(box)
                    found.append(box)
        return found
