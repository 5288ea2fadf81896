"""Notes to and from text files: a CSV for Excel, and ideas collected before the workshop.

Export (:func:`notes_to_csv`) writes what Swedish Excel opens with a double click:
``;`` between fields, a byte-order mark in front (added by the caller that writes
the bytes), one row per note. Cells that Excel would run as a formula (starting with
``=``, ``+``, ``-``, ``@``) get a leading apostrophe, which :func:`parse_notes_file`
takes off again, so an exported file imports back to the same texts.

Import (:func:`parse_notes_file`) reads a ``.txt`` (one note per line) or a ``.csv``
with a header naming its columns (``text`` required, ``colour`` and ``frame``
optional, other columns ignored). It accepts UTF-8 with or without a byte-order mark,
UTF-16 with one, and Windows-1252 as older Excel writes it. Every row is checked
before anything is returned: a bad file raises :class:`NotesFileError` naming the
line, so an import is all or nothing.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

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
from n3desk.domain.palette import DEFAULT_NOTE_COLOUR, NOTE_COLOURS
from n3desk.domain.workshop import Workshop

MAX_FILE_BYTES = 20_000_000
MAX_NOTES = 10_000

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# Colour names as people type them, in the four UI languages, plus keys 1–6.
COLOUR_NAMES: dict[str, str] = {
    **{key: key for key in NOTE_COLOURS},
    **{str(i + 1): key for i, key in enumerate(NOTE_COLOURS)},
    "gul": "yellow",
    "gula": "yellow",
    "orange": "orange",
    "oransje": "orange",
    "rosa": "pink",
    "lyserød": "pink",
    "grön": "green",
    "grønn": "green",
    "grøn": "green",
    "blå": "blue",
    "lila": "purple",
    "lilla": "purple",
    "violett": "purple",
}

HEADER_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "tekst", "note", "lapp", "idé", "idea"),
    "colour": ("colour", "color", "färg", "farge", "farve"),
    "frame": ("frame", "ram", "ramme", "group", "grupp", "gruppe"),
}


class NotesFileError(ValueError):
    """The file cannot be imported; the message names the line and what is wrong."""


@dataclass(frozen=True, slots=True)
class ImportedNote:
    """One note read from a file, not yet placed on a board."""

    text: str
    colour: str = DEFAULT_NOTE_COLOUR
    frame: str = ""  # title of the frame to put it in, "" for none
    line: int = 0  # where it came from, for messages


# -- export --------------------------------------------------------------------------


def excel_safe(text: str) -> str:
    """``text`` as a cell Excel shows but never runs as a formula (reversible)."""
    if text.startswith(FORMULA_STARTS) or text.startswith("'"):
        return "'" + text
    return text


def excel_unsafe(cell: str) -> str:
    """Undo :func:`excel_safe`."""
    if len(cell) >= 2 and cell[0] == "'" and (cell[1] in FORMULA_STARTS or cell[1] == "'"):
        return cell[1:]
    return cell


def notes_to_csv(workshop: Workshop, delimiter: str = ";") -> str:
    """Every note of the session, one row each, as CSV text (no byte-order mark).

    Columns: board, frame, text, colour, votes (dots over all rounds), one column
    per rating criterion, hidden, author.
    """
    criteria = workshop.criteria
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    header = ["board", "frame", "text", "colour", "votes"]
    header += [excel_safe(c.name) for c in criteria]
    writer.writerow([*header, "hidden", "author"])
    dots: dict[str, int] = {}
    for board in workshop.boards:
        for voting in workshop.rounds_on(board.id):
            for vote in workshop.votes_in(voting.id):
                dots[vote.note_id] = dots.get(vote.note_id, 0) + vote.dots
    for board in workshop.boards:
        for note in _reading_order(workshop.notes_on(board.id)):
            frame = workshop.get(Frame, note.frame_id)
            ratings = {r.criterion_id: r.value for r in workshop.ratings_of(note.id)}
            author = workshop.get(Participant, note.author_id)
            row = [
                excel_safe(board.title),
                excel_safe(frame.title) if frame else "",
                excel_safe(note.text),
                note.colour,
                str(dots.get(note.id, 0)),
                *(str(ratings[c.id]) if c.id in ratings else "" for c in criteria),
                "yes" if note.hidden else "no",
                excel_safe(author.name) if author else "",
            ]
            writer.writerow(row)
    return out.getvalue()


def _reading_order(notes: list[Note]) -> list[Note]:
    """Notes as a person reads the board: by frame, then top to bottom, left to right."""
    return sorted(notes, key=lambda n: (n.frame_id or "", round(n.y / 40), n.x, n.id))


# -- import --------------------------------------------------------------------------


def parse_notes_file(data: bytes, filename: str) -> list[ImportedNote]:
    """The notes in a ``.txt`` or ``.csv`` file; raise NotesFileError if any is bad."""
    if len(data) > MAX_FILE_BYTES:
        raise NotesFileError(
            f"{filename}: the file is larger than {MAX_FILE_BYTES // 1_000_000} MB"
        )
    text = decode_text(data, filename)
    lower = filename.lower()
    if lower.endswith(".txt"):
        notes = _parse_lines(text)
    elif lower.endswith(".csv"):
        notes = _parse_csv(text, filename)
    else:
        raise NotesFileError(f"{filename}: expected a .txt or .csv file")
    if len(notes) > MAX_NOTES:
        raise NotesFileError(f"{filename}: more than {MAX_NOTES} notes in one import")
    return notes


def decode_text(data: bytes, filename: str) -> str:
    """Bytes as text: UTF-8 (BOM or not), UTF-16 with a BOM, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        encodings: tuple[str, ...] = ("utf-8-sig",)
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ("utf-16",)
    else:
        encodings = ("utf-8", "cp1252")
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise NotesFileError(f"{filename}: the text is neither UTF-8 nor Windows-1252")


def _parse_lines(text: str) -> list[ImportedNote]:
    notes = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped:
            notes.append(ImportedNote(stripped, line=number))
    return notes


def detect_delimiter(header_line: str) -> str:
    """The delimiter of a CSV whose first line is ``header_line``: ``;``, ``,`` or tab.

    Counted, not guessed: a header holds no quoted delimiters in practice, and
    csv.Sniffer is easily fooled by the commas inside Swedish sentences. A header
    of one column has none; then ``;`` is taken, as Swedish Excel writes.
    """
    counts = {d: header_line.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ";"


def _parse_csv(text: str, filename: str) -> list[ImportedNote]:
    first_line = text.split("\n", 1)[0]
    delimiter = detect_delimiter(first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader, None)
        if header is None:
            return []
        columns = _columns(header, delimiter)
        notes: list[ImportedNote] = []
        start = reader.line_num + 1
        for row in reader:
            notes.extend(_row(row, columns, len(header), start))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise NotesFileError(f"{filename}: line {reader.line_num}: {exc}") from exc
    return notes


def _columns(header: list[str], delimiter: str) -> dict[str, int]:
    names = [h.strip().lstrip("\ufeff").casefold() for h in header]
    columns: dict[str, int] = {}
    for key, aliases in HEADER_NAMES.items():
        for index, name in enumerate(names):
            if name in aliases:
                columns.setdefault(key, index)
    if "text" not in columns:
        shown = delimiter.join(["text", "colour", "frame"])
        raise NotesFileError(f"line 1: the first line must name the columns, e.g. '{shown}'")
    return columns


def _row(row: list[str], columns: dict[str, int], width: int, line: int) -> list[ImportedNote]:
    if not any(cell.strip() for cell in row):
        return []
    if len(row) > width and any(cell.strip() for cell in row[width:]):
        raise NotesFileError(
            f"line {line}: more fields than the header names "
            "(put a text with the delimiter in it inside double quotes)"
        )

    def cell(key: str) -> str:
        index = columns.get(key)
        return row[index] if index is not None and index < len(row) else ""

    # The text is kept exactly (an exported file must import back unchanged); only
    # a row with nothing to say is skipped.
    text = excel_unsafe(cell("text"))
    if not text.strip():
        return []
    colour_name = cell("colour").strip().casefold()
    colour = COLOUR_NAMES.get(colour_name) if colour_name else DEFAULT_NOTE_COLOUR
    if colour is None:
        known = ", ".join(NOTE_COLOURS)
        raise NotesFileError(
            f"line {line}: unknown colour {cell('colour').strip()!r} (use {known})"
        )
    frame = excel_unsafe(cell("frame")).strip()
    return [ImportedNote(text, colour, frame, line)]


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
