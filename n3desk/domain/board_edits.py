"""The edits a facilitator makes on a board, as lists of operations.

Each function reads the workshop and returns the operations of one gesture (new
note, duplicate, group into a frame, delete, carry forward ...). The board's Qt
layer pushes them as one undo step; keeping them here keeps the rules testable
without a screen.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import fields, replace

from n3desk.domain import arrangement
from n3desk.domain.changes import Op, Put, Remove
from n3desk.domain.entities import ENTITY_TYPES, Entity, Frame, Note, new_id, with_fields
from n3desk.domain.workshop import Workshop

NOTE_SIZE = (160.0, 120.0)  # Note's default width and height: the standard note


def box(record: Note | Frame) -> arrangement.Box:
    """The record's rectangle on the board."""
    return (record.x, record.y, record.width, record.height)


def top_z(workshop: Workshop, board_id: str) -> float:
    """The highest z of a note on the board (0 when it has none)."""
    return workshop.top_z(board_id)


def new_note(
    board_id: str,
    at: arrangement.Point,
    *,
    colour: str,
    hidden: bool,
    now: float,
    z: float,
    text: str = "",
    frame_id: str | None = None,
) -> Note:
    """A fresh note with its top-left corner at ``at``."""
    return Note(
        id=new_id(),
        board_id=board_id,
        text=text,
        colour=colour,
        x=round(at[0], 1),
        y=round(at[1], 1),
        z=z,
        hidden=hidden,
        frame_id=frame_id,
        created_at=now,
    )


def frame_at(workshop: Workshop, board_id: str, note_box: arrangement.Box) -> str | None:
    """The frame a note at ``note_box`` belongs to: the topmost holding its centre."""
    for frame in reversed(workshop.frames_on(board_id)):
        if arrangement.centre_inside(note_box, box(frame)):
            return frame.id
    return None


def set_field_ops(notes: Iterable[Note], **changes: object) -> list[Op]:
    """Puts for the notes whose fields differ from ``changes`` (colour, hidden ...)."""
    ops: list[Op] = []
    for note in notes:
        if any(getattr(note, k) != v for k, v in changes.items()):
            ops.append(Put(with_fields(note, **changes)))
    return ops


def duplicate_ops(
    workshop: Workshop, notes: Sequence[Note], *, offset: float, now: float
) -> tuple[list[Op], list[Note]]:
    """Copies of ``notes`` shifted by ``offset``, on top of everything."""
    if not notes:
        return [], []
    z = top_z(workshop, notes[0].board_id)
    copies = [
        replace(
            n,
            id=new_id(),
            x=n.x + offset,
            y=n.y + offset,
            z=z + 1 + i,
            created_at=now,
        )
        for i, n in enumerate(sorted(notes, key=lambda n: n.z))
    ]
    return [Put(c) for c in copies], copies


def removal_ops(workshop: Workshop, records: Iterable[Entity]) -> list[Op]:
    """Operations that remove every record with what depends on it, as one change.

    The cascades of several records are merged: a record removed anyway is not
    first updated, links cleared by two cascades are both cleared, and children
    go before their parents.
    """
    puts: dict[str, Entity] = {}
    removes: dict[str, Remove] = {}
    for record in records:
        for op in workshop.removal_ops(record):
            if isinstance(op, Remove):
                removes.setdefault(op.record.id, op)
                continue
            old = puts.get(op.record.id)
            if old is None:
                puts[op.record.id] = op.record
            else:
                cleared = {
                    f.name: None
                    for f in fields(op.record)
                    if getattr(op.record, f.name) is None and getattr(old, f.name) is not None
                }
                puts[op.record.id] = with_fields(old, **cleared)
    order = {kind: i for i, kind in enumerate(ENTITY_TYPES)}
    ordered_removes = sorted(removes.values(), key=lambda op: -order[type(op.record)])
    updates: list[Op] = [Put(r) for rid, r in puts.items() if rid not in removes]
    return [*updates, *ordered_removes]


def group_ops(
    workshop: Workshop, notes: Sequence[Note], title: str
) -> tuple[list[Op], Frame | None]:
    """A new frame holding exactly ``notes``, over no other note.

    Notes that lie together stay where they are, the frame drawn around them. Notes
    picked here and there (Ctrl+click along a row) are gathered into a tidy grid in
    the new frame, as near the first of them as it fits clear of every other note and
    frame: one gesture, one step.
    """
    if not notes:
        return [], None
    board_id = notes[0].board_id
    chosen = {n.id for n in notes}
    others = [box(n) for n in workshop.notes_on(board_id) if n.id not in chosen]
    z = max((f.z for f in workshop.frames_on(board_id)), default=0.0) + 1
    around = arrangement.frame_around(box(n) for n in notes)
    if not any(arrangement.overlaps(around, o) for o in others):
        frame = Frame(new_id(), board_id, title, *around, z)
        ops: list[Op] = [Put(frame)]
        ops.extend(Put(replace(n, frame_id=frame.id)) for n in notes)
        return ops, frame
    ordered = sorted(notes, key=_reading_order)
    sizes = [(n.width, n.height) for n in ordered]
    margin, title_room = arrangement.FRAME_MARGIN, arrangement.FRAME_TITLE_HEIGHT
    offsets = arrangement.grid_positions(sizes, (margin, margin + title_room))
    placed = [(x, y, w, h) for (x, y), (w, h) in zip(offsets, sizes, strict=True)]
    inner = arrangement.bounds(placed)
    assert inner is not None
    size = (inner[0] + inner[2] + margin, inner[1] + inner[3] + margin)
    held = {n.frame_id for n in notes}  # the frames the notes come from may hold the new one
    blocked = others + [box(f) for f in workshop.frames_on(board_id) if f.id not in held]
    x, y = arrangement.frame_place(size, (around[0], around[1]), blocked)
    frame = Frame(new_id(), board_id, title, x, y, size[0], size[1], z)
    ops = [Put(frame)]
    ops.extend(
        Put(replace(n, x=x + dx, y=y + dy, frame_id=frame.id))
        for n, (dx, dy) in zip(ordered, offsets, strict=True)
    )
    return ops, frame


def _reading_order(note: Note) -> tuple[float, float, str]:
    return (round(note.y / 40), note.x, note.id)


def arrange_ops(workshop: Workshop, notes: Sequence[Note]) -> list[Op]:
    """The notes in tidy grids, each cluster kept where it is, none on top of another.

    Notes are arranged frame by frame, so selecting a whole board and arranging it
    never pulls notes out of their clusters: a frame whose notes are all chosen is
    tidied inside itself (grown if needed); the loose notes, and part of a frame's
    notes, are laid from their own top-left corner and then belong to the frame
    they land in, as after a drag. A grid steps around every note it does not move.
    """
    groups: dict[str | None, list[Note]] = {}
    for note in notes:
        groups.setdefault(note.frame_id, []).append(note)
    where = {n.id: box(n) for n in workshop.notes_on(notes[0].board_id)} if notes else {}
    ops: list[Op] = []
    for frame_id, group in groups.items():
        moving = {n.id for n in group}
        occupied = [b for note_id, b in where.items() if note_id not in moving]
        frame = workshop.get(Frame, frame_id)
        if frame is not None and _all_members(workshop, frame, group):
            moved = tidy_frame_ops(workshop, frame, occupied)
        else:
            moved = _grid_ops(workshop, group, occupied)
        for op in moved:
            if isinstance(op.record, Note):
                where[op.record.id] = box(op.record)
        ops += moved
    return ops


def _all_members(workshop: Workshop, frame: Frame, notes: Sequence[Note]) -> bool:
    members = {n.id for n in workshop.notes_on(frame.board_id) if n.frame_id == frame.id}
    return members == {n.id for n in notes}


def _grid_ops(
    workshop: Workshop, notes: Sequence[Note], occupied: Sequence[arrangement.Box]
) -> list[Op]:
    """``notes`` in a grid from their top-left corner, in reading order, clear of ``occupied``."""
    ordered = sorted(notes, key=_reading_order)
    start = (min(n.x for n in notes), min(n.y for n in notes))
    sizes = [(n.width, n.height) for n in ordered]
    positions = arrangement.clear_grid_positions(sizes, start, occupied)
    ops: list[Op] = []
    for note, (x, y) in zip(ordered, positions, strict=True):
        frame_id = frame_at(workshop, note.board_id, (x, y, note.width, note.height))
        if (note.x, note.y, note.frame_id) != (x, y, frame_id):
            ops.append(Put(replace(note, x=x, y=y, frame_id=frame_id)))
    return ops


def tidy_frame_ops(
    workshop: Workshop, frame: Frame, occupied: Sequence[arrangement.Box] | None = None
) -> list[Op]:
    """The frame's notes in a tidy grid inside it, the frame grown if they need room.

    The grid steps around the notes that are not the frame's (``occupied``; by
    default every other note on the board).
    """
    notes = workshop.notes_on(frame.board_id)
    members = [n for n in notes if n.frame_id == frame.id]
    members.sort(key=_reading_order)
    if occupied is None:
        occupied = [box(n) for n in notes if n.frame_id != frame.id]
    positions, grown = arrangement.tidy_in_frame(
        box(frame), [(n.width, n.height) for n in members], occupied
    )
    ops: list[Op] = []
    if grown != box(frame):
        ops.append(Put(replace(frame, width=grown[2], height=grown[3])))
    ops.extend(
        Put(replace(n, x=p[0], y=p[1]))
        for n, p in zip(members, positions, strict=True)
        if (n.x, n.y) != p
    )
    return ops


def order_ops(notes: Sequence[Note], origin: arrangement.Point, columns: int | None) -> list[Op]:
    """``notes`` laid out in a grid in exactly the given order (sorting a board)."""
    positions = arrangement.grid_positions(
        [(n.width, n.height) for n in notes], origin, columns=columns
    )
    return [
        Put(replace(n, x=p[0], y=p[1], frame_id=None))
        for n, p in zip(notes, positions, strict=True)
        if (n.x, n.y, n.frame_id) != (p[0], p[1], None)
    ]


def front_ops(workshop: Workshop, notes: Sequence[Note]) -> list[Op]:
    """The notes above every other note, keeping their order among themselves."""
    if not notes:
        return []
    z = top_z(workshop, notes[0].board_id)
    chosen = sorted(notes, key=lambda n: n.z)
    return [Put(replace(n, z=z + 1 + i)) for i, n in enumerate(chosen)]


def carry_forward_ops(
    workshop: Workshop, notes: Sequence[Note], target_board_id: str, *, now: float
) -> tuple[list[Op], list[Note]]:
    """Copies of ``notes`` on another board, in a tidy grid, linked to their origin."""
    if not notes:
        return [], []
    existing = workshop.notes_on(target_board_id)
    frames = workshop.frames_on(target_board_id)
    occupied = [box(n) for n in existing] + [box(f) for f in frames]
    below = arrangement.bounds(occupied)
    origin = (0.0, 0.0) if below is None else (below[0], below[1] + below[3] + 2 * arrangement.GAP)
    positions = arrangement.grid_positions([(n.width, n.height) for n in notes], origin)
    z = top_z(workshop, target_board_id)
    copies = [
        replace(
            n,
            id=new_id(),
            board_id=target_board_id,
            x=p[0],
            y=p[1],
            z=z + 1 + i,
            frame_id=None,
            hidden=False,
            origin_id=n.id,
            created_at=now,
        )
        for i, (n, p) in enumerate(zip(notes, positions, strict=True))
    ]
    return [Put(c) for c in copies], copies


def text_to_notes(
    workshop: Workshop,
    board_id: str,
    text: str,
    at: arrangement.Point,
    *,
    colour: str,
    hidden: bool,
    now: float,
) -> list[Note]:
    """One note per non-empty line of ``text``, in a tidy grid from ``at``."""
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return []
    z = top_z(workshop, board_id)
    size = NOTE_SIZE
    positions = arrangement.grid_positions([size] * len(lines), at)
    return [
        new_note(board_id, p, colour=colour, hidden=hidden, now=now, z=z + 1 + i, text=line)
        for i, (line, p) in enumerate(zip(lines, positions, strict=True))
    ]
