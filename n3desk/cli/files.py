"""Commands that move notes and sessions in and out of files."""

from __future__ import annotations

import argparse
import importlib
import time
from pathlib import Path
from typing import Any

from n3desk.cli.common import (
    EXIT_OK,
    InputFileError,
    UsageError,
    language_of,
    library_at,
    out,
    print_json,
    resolve_session,
    write_atomically,
)
from n3desk.domain.changes import edited
from n3desk.domain.entities import Board, Note
from n3desk.domain.limits import LimitError, cleaned_ops
from n3desk.domain.workshop import Workshop
from n3desk.report.csv_notes import notes_to_csv
from n3desk.report.notes_file import NotesFile, NotesFileError, read_notes_file
from n3desk.report.notes_file_texts import summary_lines
from n3desk.report.notes_import import notes_import_ops
from n3desk.report.session_text import terminal_safe


def notes_import(args: argparse.Namespace, data_dir: Path) -> int:
    """n3desk notes import ID FILE [--board NAME]: the notes, then what was read and done."""
    path: Path = args.file
    language = language_of(args)
    read = _read_notes(path, language)
    items = read.notes
    now = time.time()
    with library_at(data_dir, write=True) as library:
        workshop = library.load(resolve_session(library, args.id))
        target = _board_for_import(workshop, args.board)
        frames_before = len(workshop.frames_on(target.id)) if target else 0
        board, ops = notes_import_ops(
            workshop, target, items, now, new_board_title=path.stem or "Import"
        )
        ops = cleaned_ops(ops)  # no control characters or lone surrogates in the library
        try:
            workshop.apply(ops)  # checks every reference and limit before anything is written
        except LimitError as exc:
            raise InputFileError(f"{path}: {exc}; nothing was imported") from None
        library.commit([*ops, edited(workshop.session, updated_at=now)])
        new_frames = len(workshop.frames_on(board.id)) - frames_before
    note_ids = [op.record.id for op in ops if isinstance(op.record, Note)]
    if args.json:
        print_json(
            {
                "session_id": workshop.session.id,
                "board_id": board.id,
                "board": board.title,
                "imported": len(note_ids),
                "note_ids": note_ids,
                "new_frames": new_frames,
                "summary": summary_json(read),
            }
        )
    else:
        title = terminal_safe(board.title, 60)
        for line in summary_lines(read.summary, language, board=title, new_frames=new_frames):
            out(terminal_safe(line, 400))
    return EXIT_OK


def summary_json(read: NotesFile) -> dict[str, Any]:
    """What ``notes import --json`` says it read: encoding, columns, skipped, replaced."""
    s = read.summary
    return {
        "kind": s.kind,
        "encoding": s.encoding,
        "delimiter": s.delimiter,
        "header_recognised": s.header_recognised,
        "columns": dict(s.columns),
        "ignored_columns": list(s.ignored_columns),
        "blank_lines": s.blank_lines,
        "without_text": list(s.without_text),
        "colours_replaced": [
            {"word": c.word, "colour": c.colour, "known": c.known, "lines": list(c.lines)}
            for c in s.colour_changes
        ],
        "widened": list(s.widened),
        "replaced_characters": s.replaced_characters,
    }


def _read_notes(path: Path, language: str) -> NotesFile:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputFileError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputFileError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    try:
        read = read_notes_file(data, path.name)
    except NotesFileError as exc:
        raise InputFileError(f"{path}: {exc.message(language)}") from None
    if not read.notes:
        raise InputFileError(f"{path}: there are no notes in the file")
    return read


def _board_for_import(workshop: Workshop, name: str | None) -> Board | None:
    """The board to import onto; None for a session without boards (it gets one)."""
    if name is not None:
        return board_named(workshop, name)
    return workshop.boards[0] if workshop.boards else None


def board_named(workshop: Workshop, name: str) -> Board:
    """The board titled ``name`` (exactly, else ignoring case); UsageError if none is."""
    wanted = name.strip()
    boards = workshop.boards
    found = [b for b in boards if b.title == wanted] or [
        b for b in boards if b.title.strip().casefold() == wanted.casefold()
    ]
    if found:
        return found[0]
    titles = ", ".join(repr(b.title) for b in boards) or "none"
    raise UsageError(f"no board named {name!r} in this session (boards: {titles})")


def export(args: argparse.Namespace, data_dir: Path) -> int:
    """n3desk export ID --csv OUT.csv | --pdf OUT.pdf | --file OUT.n3desk"""
    with library_at(data_dir, write=False) as library:
        workshop = library.load(resolve_session(library, args.id))
    if args.csv is not None:
        # In the session's language unless --lang asks otherwise, as the PDF.
        text = notes_to_csv(workshop, delimiter=args.delimiter, language=args.lang or None)
        write_atomically(args.csv, text.encode("utf-8-sig"))  # the BOM tells Excel: UTF-8
        written = args.csv
    elif args.pdf is not None:
        write_pdf = _later_feature("n3desk.report.pdf_summary", "write_pdf", "PDF export")
        # The record speaks the session's language unless --lang asks otherwise.
        write_pdf(workshop, args.pdf, language=args.lang or None)
        written = args.pdf
    else:
        export_session = _later_feature(
            "n3desk.store.portable", "export_session", "Portable session files"
        )
        export_session(workshop, args.file)
        written = args.file
    out(f"Wrote {written}")
    return EXIT_OK


def import_file(args: argparse.Namespace, data_dir: Path) -> int:
    """n3desk import FILE.n3desk [--json]"""
    prepare_import = _later_feature(
        "n3desk.store.portable", "prepare_import", "Portable session files"
    )
    if not args.file.is_file():
        raise InputFileError(f"{args.file}: no such file")
    try:
        # Read and check the whole file before the library is even opened.
        workshop = prepare_import(args.file)
    except (ValueError, OSError) as exc:
        raise InputFileError(f"{args.file}: {exc}") from None
    with library_at(data_dir, write=True) as library:
        library.add(workshop)
    session_id = workshop.session.id
    if args.json:
        print_json({"id": session_id})
    else:
        out(session_id)
    return EXIT_OK


def _later_feature(module: str, name: str, what: str) -> Any:
    """``module.name``, or UsageError if this build does not have it yet.

    Looked up at run time: the PDF and portable files land in later work, and the
    command line is complete without them.
    """
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        raise UsageError(f"{what} is not available in this version of n3desk") from None
