"""A board cut into parts the projector can show at a readable size, as a facilitator would.

When a whole board does not fit the wall with its letters large enough, the room is
shown one part at a time: each frame that holds notes, then the notes in no frame,
in reading order (rows of parts from the top, left to right). A frame or a group of
loose notes still too big for the wall is cut into screens of its notes, row by row.
A part is always around notes, never around empty space: an empty frame is no part.

Plain geometry on boxes ``(x, y, width, height)`` in board coordinates.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

Box = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class NoteBox:
    """A note as the parts see it: where it is and the frame it belongs to."""

    box: Box
    frame_id: str | None = None


@dataclass(frozen=True, slots=True)
class FrameBox:
    """A frame: its id, where it is, and its title."""

    id: str
    box: Box
    title: str = ""


@dataclass(frozen=True, slots=True)
class Part:
    """One part of a board to show: the box to fit, and the frame's title ("" for none)."""

    box: Box
    title: str = ""


def bounds(boxes: Sequence[Box]) -> Box | None:
    """The smallest box around ``boxes`` (None for none)."""
    if not boxes:
        return None
    left = min(b[0] for b in boxes)
    top = min(b[1] for b in boxes)
    right = max(b[0] + b[2] for b in boxes)
    bottom = max(b[1] + b[3] for b in boxes)
    return (left, top, right - left, bottom - top)


def fits(box: Box, limit: tuple[float, float]) -> bool:
    return box[2] <= limit[0] + 1e-6 and box[3] <= limit[1] + 1e-6


def centre_inside(inner: Box, outer: Box) -> bool:
    cx, cy = inner[0] + inner[2] / 2, inner[1] + inner[3] / 2
    return outer[0] <= cx <= outer[0] + outer[2] and outer[1] <= cy <= outer[1] + outer[3]


def whole(notes: Sequence[NoteBox], frames: Sequence[FrameBox]) -> Box | None:
    """The box around every note and frame (the whole board)."""
    return bounds([n.box for n in notes] + [f.box for f in frames])


CutCache = dict[tuple[object, ...], list["Part"]]


def parts(
    notes: Sequence[NoteBox],
    frames: Sequence[FrameBox],
    limit: tuple[float, float],
    cache: CutCache | None = None,
) -> list[Part]:
    """The parts of a board, each no larger than ``limit`` unless one note is, in reading order.

    ``cache`` keeps each frame's cut from one call to the next: after a note moved,
    only the frames it left and joined are cut again.
    """
    by_id = {f.id: f for f in frames}
    held: dict[str, list[Box]] = {}
    loose: list[Box] = []
    for note in notes:
        frame = by_id.get(note.frame_id or "")
        if frame is not None and centre_inside(note.box, frame.box):
            held.setdefault(frame.id, []).append(note.box)
        else:
            loose.append(note.box)
    known = cache if cache is not None else {}
    fresh: CutCache = {}

    def cut(boxes: list[Box], frame: FrameBox | None) -> list[Part]:
        key = (frame, limit, tuple(boxes))
        found = known.get(key)
        if found is None:
            found = _cut(boxes, limit, frame)
        fresh[key] = found
        return found

    groups: list[tuple[Box, list[Part]]] = []
    for frame in frames:
        boxes = held.get(frame.id)
        if boxes:
            groups.append((frame.box, cut(boxes, frame)))
    if loose:
        around = bounds(loose)
        assert around is not None
        groups.append((around, cut(loose, None)))
    if cache is not None:
        cache.clear()
        cache.update(fresh)  # only what this board still has
    return [part for _box, found in _reading_order(groups) for part in found]


def _cut(boxes: list[Box], limit: tuple[float, float], frame: FrameBox | None) -> list[Part]:
    """One frame's notes (or the loose ones) as parts no larger than ``limit``."""
    title = frame.title if frame is not None else ""
    around = frame.box if frame is not None else bounds(boxes)
    assert around is not None
    if fits(around, limit):
        return [Part(around, title)]
    # Screens of notes, filled like a page: bands of rows from the top, as many as
    # the wall is tall, each band cut from the left into as many notes as it is wide.
    cut: list[Part] = []
    for band in _bands(sorted(boxes, key=lambda b: (b[1], b[0])), limit[1], vertical=True):
        for screen in _bands(sorted(band, key=lambda b: (b[0], b[1])), limit[0], vertical=False):
            shown = bounds(screen)
            assert shown is not None
            if frame is not None and not cut:
                # The frame's first screen shows its title bar too, when that still fits.
                with_title = bounds([shown, (frame.box[0], frame.box[1], 1.0, 1.0)])
                if with_title is not None and fits(with_title, limit):
                    shown = with_title
            cut.append(Part(shown, title))
    return cut


def _bands(boxes: list[Box], room: float, *, vertical: bool) -> list[list[Box]]:
    """``boxes`` (sorted along the axis) in runs that each span at most ``room`` on it.

    As few runs as fit, and as even as they can be: sixteen notes in a row make four
    screens of four, not three of five and one of one.
    """
    start, size = (1, 3) if vertical else (0, 2)

    def span(run: list[Box]) -> float:
        return max(b[start] + b[size] for b in run) - min(b[start] for b in run)

    runs: list[list[Box]] = []
    low = high = 0.0
    for box in boxes:
        a, b = box[start], box[start] + box[size]
        if runs and max(high, b) - min(low, a) <= room + 1e-6:
            runs[-1].append(box)
            low, high = min(low, a), max(high, b)
        else:
            runs.append([box])
            low, high = a, b
    if len(runs) > 1:
        count = len(runs)
        cuts = [round(i * len(boxes) / count) for i in range(count + 1)]
        even = [boxes[a:b] for a, b in itertools.pairwise(cuts)]
        if all(run and span(run) <= room + 1e-6 for run in even):
            return even
    return runs


def _reading_order(groups: list[tuple[Box, list[Part]]]) -> list[tuple[Box, list[Part]]]:
    """Groups in rows from the top (a row: groups beside each other), each row left to right."""
    rows: list[list[tuple[Box, list[Part]]]] = []
    row_bottom = -math.inf
    for group in sorted(groups, key=lambda g: (g[0][1], g[0][0])):
        box = group[0]
        if rows and box[1] < row_bottom:
            rows[-1].append(group)
            row_bottom = min(row_bottom, box[1] + box[3])
        else:
            rows.append([group])
            row_bottom = box[1] + box[3]
    return [group for row in rows for group in sorted(row, key=lambda g: g[0][0])]


def nearest(found: Sequence[Part], seen: Box) -> int:
    """The index of the part the facilitator looks at: most of it in ``seen``, else the nearest.

    Parts equally in view (the whole board in view) go in reading order: the first.
    """
    best, best_key = 0, (-1.0, 0.0)
    cx, cy = seen[0] + seen[2] / 2, seen[1] + seen[3] / 2
    for index, part in enumerate(found):
        box = part.box
        overlap_w = min(box[0] + box[2], seen[0] + seen[2]) - max(box[0], seen[0])
        overlap_h = min(box[1] + box[3], seen[1] + seen[3]) - max(box[1], seen[1])
        area = max(box[2] * box[3], 1.0)
        inside = max(0.0, overlap_w) * max(0.0, overlap_h) / area
        px, py = box[0] + box[2] / 2, box[1] + box[3] / 2
        key = (inside, 0.0 if inside > 0.0 else -math.hypot(px - cx, py - cy))
        if key > best_key:
            best, best_key = index, key
    return best
