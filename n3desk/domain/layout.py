"""Placing notes on a board: tidy grids and the free area below what is there.

Used by the notes import (new notes must not land on top of the ones the room has
already written), the demo session, and the board's "arrange in a tidy grid". All
positions are board coordinates of a note's top-left corner.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from n3desk.domain.entities import Frame, Note

NOTE_WIDTH = 160.0
NOTE_HEIGHT = 120.0
GAP = 20.0
FRAME_PADDING = 20.0
FRAME_TITLE_HEIGHT = 48.0  # room for the frame's title above its first row of notes
# Far out, a frame's title is drawn larger, rising up to this far above the frame:
# new frames keep that much clear of what is above them.
FAR_TITLE_ROOM = 100.0
MAX_COLUMNS = 6


@dataclass(frozen=True, slots=True)
class Rect:
    """An axis-aligned rectangle in board coordinates."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height


def grid_positions(
    count: int,
    origin_x: float,
    origin_y: float,
    note_w: float = NOTE_WIDTH,
    note_h: float = NOTE_HEIGHT,
    gap: float = GAP,
    columns: int | None = None,
) -> list[tuple[float, float]]:
    """Top-left corners of ``count`` notes in rows of ``columns``, left to right.

    Without ``columns`` the grid is as square as :func:`columns_for` makes it.
    """
    if count <= 0:
        return []
    cols = max(1, columns if columns is not None else columns_for(count))
    return [
        (origin_x + (i % cols) * (note_w + gap), origin_y + (i // cols) * (note_h + gap))
        for i in range(count)
    ]


def columns_for(count: int, max_columns: int = MAX_COLUMNS) -> int:
    """A pleasant number of columns: about square, never wider than ``max_columns``."""
    if count <= 0:
        return 1
    return max(1, min(max_columns, math.ceil(math.sqrt(count))))


def grid_size(
    count: int,
    columns: int,
    note_w: float = NOTE_WIDTH,
    note_h: float = NOTE_HEIGHT,
    gap: float = GAP,
) -> tuple[float, float]:
    """Width and height a grid of ``count`` notes in ``columns`` columns covers."""
    if count <= 0:
        return (0.0, 0.0)
    cols = min(columns, count)
    rows = math.ceil(count / columns)
    return (cols * note_w + (cols - 1) * gap, rows * note_h + (rows - 1) * gap)


def bounds(notes: Iterable[Note], frames: Iterable[Frame] = ()) -> Rect | None:
    """The smallest rectangle around every note and frame, or None if there are none."""
    rects = [Rect(n.x, n.y, n.width, n.height) for n in notes]
    rects += [Rect(f.x, f.y, f.width, f.height) for f in frames]
    if not rects:
        return None
    left = min(r.x for r in rects)
    top = min(r.y for r in rects)
    right = max(r.right for r in rects)
    bottom = max(r.bottom for r in rects)
    return Rect(left, top, right - left, bottom - top)


def free_origin_below(
    notes: Iterable[Note], frames: Iterable[Frame] = (), gap: float = 2 * GAP
) -> tuple[float, float]:
    """Where new content can start without covering anything: below it, aligned left.

    An empty board starts at (0, 0).
    """
    box = bounds(notes, frames)
    if box is None:
        return (0.0, 0.0)
    return (box.x, box.bottom + gap)


def frame_for_grid(
    origin_x: float,
    origin_y: float,
    count: int,
    columns: int,
    note_w: float = NOTE_WIDTH,
    note_h: float = NOTE_HEIGHT,
    gap: float = GAP,
) -> tuple[Rect, list[tuple[float, float]]]:
    """A frame at the origin just big enough for a grid of ``count`` notes, and their places."""
    width, height = grid_size(max(count, 1), max(1, columns), note_w, note_h, gap)
    rect = Rect(
        origin_x,
        origin_y,
        width + 2 * FRAME_PADDING,
        height + FRAME_TITLE_HEIGHT + FRAME_PADDING,
    )
    places = grid_positions(
        count,
        origin_x + FRAME_PADDING,
        origin_y + FRAME_TITLE_HEIGHT,
        note_w,
        note_h,
        gap,
        columns,
    )
    return rect, places


def grow_frame_for(
    frame: Frame,
    inside: Iterable[Note],
    count: int,
    note_w: float = NOTE_WIDTH,
    note_h: float = NOTE_HEIGHT,
    gap: float = GAP,
) -> tuple[Rect, list[tuple[float, float]]]:
    """Places for ``count`` more notes in ``frame`` below the notes it holds.

    Returns the frame's new rectangle, grown downwards (and sideways if it is
    narrower than one note) so that every note fits inside it.
    """
    usable = max(note_w, frame.width - 2 * FRAME_PADDING)
    columns = max(1, int((usable + gap) // (note_w + gap)))
    held = list(inside)
    top = frame.y + FRAME_TITLE_HEIGHT
    if held:
        top = max(top, max(n.y + n.height for n in held) + gap)
    places = grid_positions(count, frame.x + FRAME_PADDING, top, note_w, note_h, gap, columns)
    if not places:
        return Rect(frame.x, frame.y, frame.width, frame.height), []
    _, height = grid_size(count, columns, note_w, note_h, gap)
    bottom = max(frame.y + frame.height, top + height + FRAME_PADDING)
    width = max(frame.width, note_w + 2 * FRAME_PADDING)
    return Rect(frame.x, frame.y, width, bottom - frame.y), places
