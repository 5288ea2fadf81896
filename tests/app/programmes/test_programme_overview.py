"""The programme overview: every edit is one undoable step that reaches the library."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from n3desk.app.dialogs import ScriptedDialogs
from n3desk.app.programmes.document import ProgrammeDocument
from n3desk.app.programmes.overview import ProgrammeOverview
from n3desk.app.programmes.page import ProgrammesPage
from n3desk.domain.changes import Put
from n3desk.domain.entities import Decision, Note, new_id
from n3desk.domain.programme_edits import add_session_ops, new_programme
from n3desk.domain.templates import BLANK, instantiate
from n3desk.domain.workshop import Workshop
from n3desk.store import Library
from n3desk.store.programme_store import (
    add_programme,
    list_programmes,
    load_programme,
)


def _session(library: Library, title: str, texts: tuple[str, ...] = ()) -> Workshop:
    made = instantiate(BLANK, title, language="sv", now=time.time())
    made.apply([Put(Note(new_id(), made.boards[0].id, t)) for t in texts])
    library.add(made)
    return made


@pytest.fixture
def overview(library: Library, qtbot: QtBot) -> tuple[ProgrammeOverview, ScriptedDialogs]:
    """A programme of two sessions (the first with three ideas) open in its overview."""
    first = _session(library, "Idéverkstad", ("Gående skolbuss", "Cykelkaravan", "Skolgata"))
    second = _session(library, "Konceptverkstad")
    decision = Decision(new_id(), second.session.id, "Politikerna valde 2 av 4", time.time())
    second.apply([Put(decision)])
    library.commit([Put(decision)])
    content = new_programme("Trygg skolväg", now=time.time())
    for workshop in (first, second):
        content.apply(add_session_ops(content, workshop.session.id))
    add_programme(library, content)
    dialogs = ScriptedDialogs()
    view = ProgrammeOverview(ProgrammeDocument(library, content), dialogs)
    qtbot.addWidget(view)
    return view, dialogs


def _stored(view: ProgrammeOverview) -> object:
    document = view.document
    return load_programme(document.library, document.content.programme.id)


def test_carrying_ideas_forward_writes_notes_and_links_and_undoes(
    overview: tuple[ProgrammeOverview, ScriptedDialogs],
) -> None:
    """Carry two notes to the later session: both libraries' halves change, undo and redo."""
    view, dialogs = overview
    document = view.document
    first, second = document.content.session_ids
    view.select_session(first)
    dialogs.many_choice = [0, 1]
    dialogs.choices = [0]  # the only later session
    view.carry_button.click()
    carried = document.library.load(second).all(Note)
    assert sorted(n.text for n in carried) == ["Cykelkaravan", "Gående skolbuss"]
    assert _stored(view) == document.content
    assert view.ideas_table.rowCount() == 2
    assert "Idéverkstad → Konceptverkstad" in view.ideas_table.item(0, 2).text()

    document.undo_stack.undo()
    assert document.library.load(second).all(Note) == []
    assert _stored(view) == document.content
    assert document.content.ideas == []
    assert view.ideas_table.rowCount() == 0
    document.undo_stack.redo()
    assert len(document.library.load(second).all(Note)) == 2
    assert len(load_programme(document.library, document.content.programme.id).ideas) == 2


def test_moving_an_idea_keeps_the_decision_and_why(
    overview: tuple[ProgrammeOverview, ScriptedDialogs],
) -> None:
    """Move to "chosen" with the logged decision and a reason; the table and the file agree."""
    view, dialogs = overview
    document = view.document
    view.select_session(document.content.session_ids[0])
    dialogs.many_choice = [0]
    view.follow_button.click()
    (idea,) = document.content.ideas
    dialogs.choices = [1, 1]  # "chosen" (idea excluded: it is there), the decision
    dialogs.text_answer = "Billigt att pröva"
    view.ideas_table.selectRow(0)
    view.move_button.click()
    assert document.content.state_of(idea.id) == "chosen"
    assert view.ideas_table.item(0, 1).text() == "Chosen"
    assert view.ideas_table.item(0, 3).text() == "Politikerna valde 2 av 4 — Billigt att pröva"
    assert _stored(view) == document.content
    document.undo_stack.undo()
    assert document.content.state_of(idea.id) == "idea"
    assert _stored(view) == document.content
    document.undo_stack.redo()
    assert document.content.state_of(idea.id) == "chosen"


def test_fields_sessions_and_bad_dates(
    overview: tuple[ProgrammeOverview, ScriptedDialogs], library: Library
) -> None:
    """Title and period are undoable edits; a bad date is refused with a message."""
    view, dialogs = overview
    document = view.document
    view.title_edit.setText("Trygg skolväg 2027")
    view.title_edit.commit()
    view.start_edit.setText("15/1 2027")
    view.start_edit.commit()
    assert dialogs.errors[-1][1].startswith("Write the date as YYYY-MM-DD")
    view.start_edit.setText("2027-01-15")
    view.start_edit.commit()
    stored = load_programme(library, document.content.programme.id).programme
    assert (stored.title, stored.period_start) == ("Trygg skolväg 2027", "2027-01-15")
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert view.title_edit.text() == "Trygg skolväg"
    assert load_programme(library, document.content.programme.id).programme.period_start == ""

    extra = _session(library, "Test i skolan")
    dialogs.choices = [0]
    view.add_button.click()
    assert document.content.session_ids[-1] == extra.session.id
    view.select_session(extra.session.id)
    view.remove_button.click()
    programme_id = document.content.programme.id
    assert extra.session.id not in load_programme(library, programme_id).session_ids
    document.undo_stack.undo()
    assert extra.session.id in load_programme(library, programme_id).session_ids


def test_the_programmes_page_makes_deletes_and_exports(
    library: Library, qtbot: QtBot, tmp_path: Path
) -> None:
    """New and delete are undoable; the PDF export writes the record the person named."""
    dialogs = ScriptedDialogs(text_answer="Roskilde 2027 <b>")
    page = ProgrammesPage(library, dialogs)
    qtbot.addWidget(page)
    made = page.new_programme()
    assert [p.id for p in list_programmes(library)] == [made]
    assert page.overview is not None
    page.undo_stack.undo()
    assert list_programmes(library) == []
    page.undo_stack.redo()
    assert [p.title for p in list_programmes(library)] == ["Roskilde 2027 <b>"]
    dialogs.file_answer = tmp_path / "record"
    page.pdf_button.click()
    written = tmp_path / "record.pdf"
    text = "".join(p.extract_text() or "" for p in PdfReader(written).pages)
    assert "Roskilde 2027 <b>" in text
    page.delete_current()
    assert list_programmes(library) == []
    page.undo_stack.undo()
    assert len(list_programmes(library)) == 1


def test_a_session_in_two_programmes_is_refused(library: Library, qtbot: QtBot) -> None:
    """Sessions already in a programme are not offered; saying so when none is free."""
    first = _session(library, "Ensam")
    other = new_programme("Annat program", now=time.time())
    other.apply(add_session_ops(other, first.session.id))
    add_programme(library, other)
    content = new_programme("Tomt", now=time.time())
    add_programme(library, content)
    dialogs = ScriptedDialogs()
    view = ProgrammeOverview(ProgrammeDocument(library, content), dialogs)
    qtbot.addWidget(view)
    view.add_button.click()
    assert dialogs.errors[-1][0] == "No session to add"
    assert load_programme(library, content.programme.id).session_ids == []


def test_a_programme_replaced_in_the_library_leaves_no_undo_that_names_it(
    library: Library, qtbot: QtBot
) -> None:
    """forget_replaced drops the page's undo of a replaced programme, keeps others' steps."""
    dialogs = ScriptedDialogs(text_answer="Roskilde 2027")
    page = ProgrammesPage(library, dialogs)
    qtbot.addWidget(page)
    page.show()
    made = page.new_programme()
    assert made is not None
    page.forget_replaced(["some-other-programme"])
    assert page.undo_stack.count() == 1
    assert page.document is not None
    kept = page.document
    assert page.overview is not None
    page.overview.controller.edit_fields(goal="Fler cyklar")
    page.forget_replaced([made])
    assert page.undo_stack.count() == 0
    assert page.document is not None
    assert page.document is not kept
    assert page.document.undo_stack.count() == 0
    assert page.document.content.programme.goal == "Fler cyklar"  # as the library has it
    assert page.current_id() == made
