"""Notes to a CSV for Excel, and notes read from a file placed on a board.

Export (:func:`notes_to_csv`) writes what Swedish Excel opens with a double click:
``;`` between fields, a byte-order mark in front (added by the caller that writes
the bytes), one row per note, headers and words ("tavle", "farve", "ja") in the
session's language. Cells that Excel would run as a formula (starting with ``=``,
``+``, ``-``, ``@``) get a leading apostrophe, which the import takes off again, so
an exported file imports back to the same texts. Reading a file is
:mod:`n3desk.report.notes_file`; :func:`placement_ops` puts what it read on a board.
"""

from __future__ import annotations

import csv
import io

from n3desk.domain.changes import Op, Put, edited
from n3desk.domain.entities import Frame, Note, Participant, new_id
from n3desk.domain.layout import (
    FAR_TITLE_ROOM,
    GAP,
    columns_for,
    frame_for_grid,
    free_origin_below,
    grid_positions,
    grid_size,
    grow_frame_for,
)
from n3desk.domain.ratings import ratings_by_note
from n3desk.domain.workshop import Workshop
from n3desk.report.csv_words import csv_words
from n3desk.report.notes_file import FORMULA_STARTS, ImportedNote

# -- export --------------------------------------------------------------------------


def excel_safe(text: str) -> str:
    """``text`` as a cell Excel shows but never runs as a formula (reversible)."""
    if text.startswith(FORMULA_STARTS) or text.startswith("'"):
        return "'" + text
    return text


def notes_to_csv(workshop: Workshop, delimiter: str = ";", language: str | None = None) -> str:
    """Every note of the session, one row each, as CSV text (no byte-order mark).

    Columns: board, frame, text, colour, votes (dots over all rounds), one column
    per rating criterion, hidden, author — named, and the colour and yes/no written,
    in ``language`` (default: the session's).
    """
    words = csv_words(language or workshop.session.language)
    column = words.columns
    criteria = workshop.criteria
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    header = [column[k] for k in ("board", "frame", "text", "colour", "votes")]
    header += [excel_safe(c.name) for c in criteria]
    writer.writerow([*header, column["hidden"], column["author"]])
    dots: dict[str, int] = {}
    for board in workshop.boards:
        for voting in workshop.rounds_on(board.id):
            for vote in workshop.votes_in(voting.id):
                dots[vote.note_id] = dots.get(vote.note_id, 0) + vote.dots
    for board in workshop.boards:
        for note in _reading_order(workshop.notes_on(board.id)):
            frame = workshop.get(Frame, note.frame_id)
            ratings = ratings_by_note(workshop.ratings_of(note.id)).get(note.id, {})
            author = workshop.get(Participant, note.author_id)
            row = [
                excel_safe(board.title),
                excel_safe(frame.title) if frame else "",
                excel_safe(note.text),
                words.colours.get(note.colour, note.colour),
                str(dots.get(note.id, 0)),
                *(str(ratings[c.id]) if c.id in ratings else "" for c in criteria),
                words.yes if note.hidden else words.no,
                excel_safe(author.name) if author else "",
            ]
            writer.writerow(row)
    return out.getvalue()


def _reading_order(notes: list[Note]) -> list[Note]:
    """Notes as a person reads the board: by frame, then top to bottom, left to right."""
    return sorted(notes, key=lambda n: (n.frame_id or "", round(n.y / 40), n.x, n.id))


# -- placing imported notes -------------------------------------------------------------


def placement_ops(
    workshop: Workshop, board_id: str, notes: list[ImportedNote], now: float
) -> list[Op]:
    """Operations that put ``notes`` on the board, tidily, covering nothing already there.

    Notes without a frame go in a grid below the board's content; notes naming a
    frame go into the frame of that title (matched ignoring case), which grows to
    hold them, or into a new frame sized to fit, placed side by side below.
    """
    existing_notes = workshop.notes_on(board_id)
    existing_frames = workshop.frames_on(board_id)
    by_title: dict[str, Frame] = {}
    for frame in existing_frames:
        by_title.setdefault(frame.title.strip().casefold(), frame)
    frame_z = max((f.z for f in existing_frames), default=-1.0) + 1.0
    z = max((n.z for n in existing_notes), default=-1.0) + 1.0
    ops: list[Op] = []

    def put_notes(
        group: list[ImportedNote], places: list[tuple[float, float]], frame_id: str | None
    ) -> None:
        nonlocal z
        for item, (x, y) in zip(group, places, strict=True):
            note = Note(
                new_id(),
                board_id,
                item.text,
                item.colour,
                x,
                y,
                z=z,
                frame_id=frame_id,
                created_at=now,
            )
            ops.append(Put(note))
            z += 1.0

    loose = [n for n in notes if not n.frame]
    grouped: dict[str, list[ImportedNote]] = {}
    for item in notes:
        if item.frame:
            grouped.setdefault(item.frame.casefold(), []).append(item)

    # Existing frames grow first, so that what goes below is placed below them too.
    new_groups: list[list[ImportedNote]] = []
    for key, group in grouped.items():
        target = by_title.get(key)
        if target is None:
            new_groups.append(group)
            continue
        held = [n for n in existing_notes if n.frame_id == target.id]
        rect, places = grow_frame_for(target, held, len(group))
        ops.append(edited(target, width=rect.width, height=rect.height))
        put_notes(group, places, target.id)

    frames_now = [op.record for op in ops if isinstance(op.record, Frame)]
    frames_now += [f for f in existing_frames if f.id not in {r.id for r in frames_now}]
    notes_now = existing_notes + [op.record for op in ops if isinstance(op.record, Note)]
    x0, y = free_origin_below(notes_now, frames_now)
    if loose:
        columns = columns_for(len(loose))
        put_notes(loose, grid_positions(len(loose), x0, y, columns=columns), None)
        y += grid_size(len(loose), columns)[1] + 2 * GAP
    if new_groups and (loose or notes_now or frames_now):
        y += FAR_TITLE_ROOM  # the frames' titles, drawn large far out, rise above them
    x = x0
    for group in new_groups:
        rect, places = frame_for_grid(x, y, len(group), columns_for(len(group), 3))
        made = Frame(
            new_id(), board_id, group[0].frame, rect.x, rect.y, rect.width, rect.height, frame_z
        )
        ops.append(Put(made))
        put_notes(group, places, made.id)
        x += rect.width + 2 * GAP
        frame_z += 1.0
    return ops
