"""Exporting the record from the command line: any text of any length, decisions in full."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pypdf import PdfReader

from n3desk.domain.changes import Put
from n3desk.domain.entities import ChosenNote, Decision, Note, new_id
from n3desk.store import open_library

from .conftest import Run


def test_a_hundred_thousand_character_place_exports_with_exit_0(
    run: Run, cli_dir: Path, session_id: str
) -> None:
    """What used to end in "LayoutError … too large on page 19" and exit 1 gives a record."""
    with open_library(cli_dir) as library:
        workshop = library.load(session_id)
        library.commit([Put(replace(workshop.session, place="Rådhuset" * 12_500))])
    target = cli_dir.parent / "record.pdf"
    result = run("export", session_id, "--pdf", str(target))
    assert result.code == 0, result.err
    last = PdfReader(target).pages[-1].extract_text() or ""
    assert "Rådhuset" in last  # the appendix, at the end, holds the whole place


def test_sessions_show_lists_what_a_decision_chose(
    run: Run, cli_dir: Path, session_id: str
) -> None:
    """The text view names the decision's owner, due date and chosen notes."""
    with open_library(cli_dir) as library:
        workshop = library.load(session_id)
        board = workshop.boards[0]
        note = Note(new_id(), board.id, "Koncept B: nattbuss")
        decision = Decision(new_id(), session_id, "Nämnden valde koncept B", 1.0,
                            owner="Tekniska nämnden", due_date="2027-05-01")  # fmt: skip
        library.commit([Put(note), Put(decision), Put(ChosenNote(new_id(), decision.id, note.id))])
    shown = run("sessions", "show", session_id)
    assert shown.code == 0, shown.err
    assert "Tekniska nämnden, due 2027-05-01" in shown.out
    assert "chose: Koncept B: nattbuss" in shown.out
