"""Reading notes from a file: ideas collected before the workshop, often from Excel.

:func:`read_notes_file` reads a ``.txt`` (one note per line) or a ``.csv`` with a
header naming its columns in any of the four languages or English (``text``, and
optionally ``colour`` and ``frame``; other columns are ignored). It accepts UTF-8
with or without a byte-order mark, UTF-16, and Windows-1252 as older Excel writes it.

One odd cell never refuses a file: a colour that is not the palette's is mapped to
the nearest palette colour (or the default), a row with more cells than the header
keeps them in its text, and the :class:`ImportSummary` says what was done, so the
person can check. Only what makes the whole file unreadable — not text at all, a
quotation mark that never closes, too large — raises :class:`NotesFileError`.

The delimiter is the one that fits the whole file, not the one counted in the first
line: a one-column file headed ``text`` whose notes hold ``;`` is read as one column.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from n3desk.domain.palette import DEFAULT_NOTE_COLOUR
from n3desk.report.csv_words import IMPORTED_COLUMNS, column_for, palette_colour
from n3desk.report.notes_file_texts import import_texts

MAX_FILE_BYTES = 20_000_000
MAX_NOTES = 10_000
DELIMITERS: tuple[str, ...] = (";", ",", "\t")  # in order of preference on a tie
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class NotesFileError(ValueError):
    """The file cannot be imported at all; :meth:`message` says why in a language."""

    def __init__(self, key: str, **fields: object) -> None:
        self.key = key
        self.fields = fields
        super().__init__(self.message("en"))

    def message(self, language: str) -> str:
        """The reason, in ``language``, for a person."""
        return import_texts(language)[self.key].format(**self.fields)


@dataclass(frozen=True, slots=True)
class ImportedNote:
    """One note read from a file, not yet placed on a board."""

    text: str
    colour: str = DEFAULT_NOTE_COLOUR
    frame: str = ""  # title of the frame to put it in, "" for none
    line: int = 0  # where it came from, for messages


@dataclass(frozen=True, slots=True)
class ColourChange:
    """A colour cell that was not a palette colour, and what the notes got instead."""

    word: str  # as written in the file
    colour: str  # the palette colour the notes got
    known: bool  # a colour word mapped to the nearest (False: not a colour: the default)
    lines: tuple[int, ...]


@dataclass(frozen=True)
class ImportSummary:
    """What an import read and did, for the person to check."""

    kind: str  # "csv" or "txt"
    encoding: str  # "UTF-8", "UTF-16", "Windows-1252"
    delimiter: str = ""  # ";", "," or "\t"; "" for one column or a text file
    columns: Mapping[str, str] = field(default_factory=dict)  # key → header as written
    ignored_columns: tuple[str, ...] = ()  # header cells n3desk does not read
    header_recognised: bool = False  # False for a .txt, or a CSV whose first line is a note
    imported: int = 0
    blank_lines: int = 0  # empty lines and rows with no cell filled, skipped
    without_text: tuple[int, ...] = ()  # rows with cells but no text, skipped
    colour_changes: tuple[ColourChange, ...] = ()
    widened: tuple[int, ...] = ()  # rows with more cells than the header, kept in the text
    replaced_characters: int = 0  # bytes that were no character, shown as �


@dataclass(frozen=True)
class NotesFile:
    """The notes in a file and the summary of reading them."""

    notes: list[ImportedNote]
    summary: ImportSummary


def excel_unsafe(cell: str) -> str:
    """Undo :func:`n3desk.report.csv_notes.excel_safe` (a leading apostrophe)."""
    if len(cell) >= 2 and cell[0] == "'" and (cell[1] in FORMULA_STARTS or cell[1] == "'"):
        return cell[1:]
    return cell


def parse_notes_file(data: bytes, filename: str) -> list[ImportedNote]:
    """The notes in a ``.txt`` or ``.csv`` file (see :func:`read_notes_file`)."""
    return read_notes_file(data, filename).notes


def read_notes_file(data: bytes, filename: str) -> NotesFile:
    """The notes in a ``.txt`` or ``.csv`` file, and a summary of what was read."""
    lower = filename.lower()
    if not lower.endswith((".txt", ".csv")):
        raise NotesFileError("not_txt_or_csv")
    if len(data) > MAX_FILE_BYTES:
        raise NotesFileError("too_large", mb=MAX_FILE_BYTES // 1_000_000)
    text, encoding, replaced = decode_text(data)
    if lower.endswith(".txt"):
        notes, blank = _parse_lines(text)
        summary = ImportSummary("txt", encoding, imported=len(notes), blank_lines=blank)
    else:
        notes, summary = _parse_csv(text, encoding)
    if len(notes) > MAX_NOTES:
        raise NotesFileError("too_many", n=MAX_NOTES)
    return NotesFile(notes, replace(summary, replaced_characters=replaced))


# -- decoding ------------------------------------------------------------------------


def decode_text(data: bytes) -> tuple[str, str, int]:
    """Bytes as text: (text, the encoding's name, characters that could not be read).

    UTF-8 (with or without a byte-order mark), UTF-16 (with a mark, or plainly
    recognisable by its zero bytes), else Windows-1252, in which the five bytes it
    leaves undefined become � and are counted rather than refusing the file. A
    workbook (.xlsx, .xls) or other binary file is refused: it holds no lines to read.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return _utf8(data[3:])
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _utf16(data, "utf-16")
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise NotesFileError("workbook")
    if b"\x00" in data:
        zeros_odd, zeros_even = data[1::2].count(0), data[0::2].count(0)
        if len(data) % 2 == 0 and max(zeros_odd, zeros_even) * 3 >= len(data) // 2:
            return _utf16(data, "utf-16-le" if zeros_odd >= zeros_even else "utf-16-be")
        raise NotesFileError("not_text")
    try:
        return _utf8(data)
    except NotesFileError:
        pass
    text = data.decode("cp1252", errors="replace")
    return text, "Windows-1252", text.count("\ufffd")


def _utf8(data: bytes) -> tuple[str, str, int]:
    try:
        return data.decode("utf-8"), "UTF-8", 0
    except UnicodeDecodeError:
        raise NotesFileError("not_text") from None


def _utf16(data: bytes, codec: str) -> tuple[str, str, int]:
    text = data.decode(codec, errors="replace")
    return text.removeprefix("\ufeff"), "UTF-16", text.count("\ufffd")


# -- plain text ----------------------------------------------------------------------


def _parse_lines(text: str) -> tuple[list[ImportedNote], int]:
    notes, blank = [], 0
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped:
            notes.append(ImportedNote(stripped, line=number))
        else:
            blank += 1
    return notes, blank


# -- CSV -----------------------------------------------------------------------------

Row = tuple[int, list[str]]  # the line the row starts on, its cells


def _rows(text: str, delimiter: str) -> list[Row]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[Row] = []
    start = 1
    try:
        for cells in reader:
            rows.append((start, cells))
            start = reader.line_num + 1
    except csv.Error:
        raise NotesFileError("unclosed_quote", line=start) from None
    return rows


def _filled(cells: list[str]) -> bool:
    return bool("".join(cells).strip())


@dataclass(frozen=True)
class _Reading:
    """The file read with one delimiter, and how well that fits."""

    delimiter: str
    header: Row | None  # the first row with something in it
    body: list[Row]  # the rows after it, blank ones included
    columns: dict[str, int]

    @property
    def width(self) -> int:
        return len(self.header[1]) if self.header else 0

    def rank(self) -> tuple[int, int, int]:
        """Known columns in the header first, then rows spilling past it, then width."""
        width = self.width
        misfits = sum(1 for _, c in self.body if len(c) > width and _filled(c[width:]))
        return (-len(self.columns), misfits, -width)


def _header_columns(header: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        key = column_for(cell)
        if key is not None:
            columns.setdefault(key, index)
    return columns


def _unused_character(text: str) -> str | None:
    return next((c for c in "\x1f\x1e\x1d\x1c\x07" if c not in text), None)


def _first_row(text: str, delimiter: str) -> list[str]:
    """The first row with something in it, read with ``delimiter`` ([] if unreadable)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        return next((cells for cells in reader if _filled(cells)), [])
    except csv.Error:
        return []


def _reading(text: str, delimiter: str) -> _Reading:
    rows = _rows(text, delimiter)
    first = next((i for i, (_, cells) in enumerate(rows) if _filled(cells)), None)
    if first is None:
        return _Reading(delimiter, None, rows, {})
    header = rows[first]
    body = rows[:first] + rows[first + 1 :]  # blank lines above the header count as blank
    return _Reading(delimiter, header, body, _header_columns(header[1]))


def choose_reading(text: str) -> _Reading:
    """The reading whose delimiter fits the whole file.

    Each candidate — ``;``, ``,``, tab, and none (one column) — reads the whole file.
    The one whose header names the most known columns wins; among equals, the one
    with the fewest rows spilling past the header, then the wider header, then ``;``
    before ``,`` before tab (Swedish Excel writes ``;``).
    """
    candidates = [d for d in DELIMITERS if d in text]
    lone = _unused_character(text)
    if lone is not None:
        candidates.append(lone)
    # Only candidates whose header names the most known columns can win: the rest are
    # not read to the end (a header of known names usually settles it at once).
    known = {d: len(_header_columns(_first_row(text, d))) for d in candidates}
    best_known = max(known.values(), default=0)
    candidates = [d for d in candidates if known[d] == best_known]
    readings: list[_Reading] = []
    problem: NotesFileError | None = None
    for delimiter in candidates or [";"]:
        try:
            readings.append(_reading(text, delimiter))
        except NotesFileError as exc:
            problem = problem or exc
    if not readings:
        assert problem is not None
        raise problem
    return min(readings, key=lambda r: (*r.rank(), readings.index(r)))


def _parse_csv(text: str, encoding: str) -> tuple[list[ImportedNote], ImportSummary]:
    reading = choose_reading(text)
    header = reading.header[1] if reading.header else []
    width = len(header)
    delimiter = reading.delimiter if reading.delimiter in DELIMITERS and width > 1 else ""
    columns = dict(reading.columns)
    recognised = bool(columns)
    if "text" not in columns:
        # No column called text: the first column no other name claims holds it.
        taken = set(columns.values())
        columns["text"] = next(i for i in range(width + 1) if i not in taken)
    body = reading.body
    if not recognised and reading.header is not None:
        body = sorted([reading.header, *body])  # the first line is a note, not a header
    notes: list[ImportedNote] = []
    blank = 0
    without_text: list[int] = []
    widened: list[int] = []
    changes: dict[str, tuple[str, bool, list[int]]] = {}
    for line, cells in body:
        if not _filled(cells):
            blank += 1
            continue
        text_cell = excel_unsafe(_cell(cells, columns.get("text")))
        extra = [c for c in cells[width:] if c.strip()]
        if extra:
            widened.append(line)
            text_cell = (reading.delimiter if delimiter else ";").join([text_cell, *extra])
        if not text_cell.strip():
            without_text.append(line)
            continue
        word = _cell(cells, columns.get("colour")).strip()
        colour = palette_colour(word)
        if not colour.exact:
            changes.setdefault(word, (colour.colour, colour.known, []))[2].append(line)
        frame = excel_unsafe(_cell(cells, columns.get("frame"))).strip()
        notes.append(ImportedNote(text_cell, colour.colour, frame, line))
    used = {columns[k] for k in IMPORTED_COLUMNS if k in columns}
    summary = ImportSummary(
        kind="csv",
        encoding=encoding,
        delimiter=delimiter,
        columns={k: header[i] for k, i in columns.items() if recognised and i < width},
        ignored_columns=tuple(
            cell.strip() for i, cell in enumerate(header) if recognised and i not in used
        ),
        header_recognised=recognised,
        imported=len(notes),
        blank_lines=blank,
        without_text=tuple(without_text),
        colour_changes=tuple(
            ColourChange(word, colour, known, tuple(lines))
            for word, (colour, known, lines) in changes.items()
        ),
        widened=tuple(widened),
    )
    return notes, summary


def _cell(cells: list[str], index: int | None) -> str:
    return cells[index] if index is not None and index < len(cells) else ""
