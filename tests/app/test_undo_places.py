"""Undo and redo show where they acted; timer moves are not undo steps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot

from n3desk.app.commands import push_edit
from n3desk.app.document import SessionDocument
from n3desk.app.map import edits as map_edits
from n3desk.app.session_window import SessionWindow
from n3desk.domain.agenda import current_stage
from n3desk.domain.changes import Put
from n3desk.domain.entities import Board, ChosenNote, Decision, Note, Participant, Stage, new_id

from .conftest import FakeClock


@pytest.fixture
def far_note(document: SessionDocument) -> Note:
    """A second board, "Koncept", with a note far from where a board opens."""
    board = Board(new_id(), document.session.id, "Koncept", 1)
    note = Note(new_id(), board.id, "långt bort", x=4000, y=3000)
    document.apply([Put(board), Put(note)])
    document.undo_stack.clear()
    return note


@pytest.fixture
def window(document: SessionDocument, qtbot: QtBot) -> SessionWindow:
    """The session window, shown at 1024×768."""
    shown = SessionWindow(document)
    qtbot.addWidget(shown)
    shown.resize(1024, 768)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def in_view(window: SessionWindow, note: Note) -> bool:
    """True when the note lies wholly in the part of its board that is on screen."""
    view = window.boards.current_view()
    assert view is not None
    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    return seen.contains(QRectF(note.x, note.y, note.width, note.height))


def test_undo_and_redo_of_a_note_go_to_its_board_and_show_it(
    window: SessionWindow, document: SessionDocument, far_note: Note
) -> None:
    """Recolour a far note on "Koncept", go to the agenda: undo shows that note, selected."""
    boards = window.boards
    window.show_view("board")
    boards.tabs.set_current(far_note.board_id)
    boards.current_view().board_scene.select([far_note.id])  # type: ignore[union-attr]
    boards.controller.set_colour("blue")
    assert document.workshop.get(Note, far_note.id).colour == "blue"  # type: ignore[union-attr]
    boards.tabs.set_current(document.workshop.boards[0].id)
    window.show_view("agenda")
    document.undo_stack.undo()
    assert document.workshop.get(Note, far_note.id).colour == "yellow"  # type: ignore[union-attr]
    assert window.current_view() == "board"
    assert boards.tabs.current_board() == far_note.board_id
    scene = boards.current_view().board_scene  # type: ignore[union-attr]
    assert [n.id for n in scene.selected_notes()] == [far_note.id]
    assert in_view(window, far_note)
    view = boards.current_view()
    assert view is not None
    view.centerOn(0, 0)
    window.show_view("map")
    document.undo_stack.redo()
    assert window.current_view() == "board"
    assert in_view(window, far_note)


def test_undo_of_map_agenda_and_overview_edits_shows_their_tab(
    window: SessionWindow, document: SessionDocument
) -> None:
    """A stakeholder, a stage and a participant: each undo and redo switches to its tab."""
    window.show_view("map")
    actor = map_edits.add_stakeholder(document, "Skolan", 30.0, 0.5)
    window.map.tabs.setCurrentIndex(2)
    window.show_view("board")
    document.undo_stack.undo()
    assert window.current_view() == "map"
    document.undo_stack.redo()
    assert window.map.tabs.currentIndex() == 0
    assert [i.stakeholder.id for i in window.map.scene.selected_stakeholder_items()] == [actor.id]

    window.show_view("agenda")
    window.agenda.add_stage()
    (stage,) = document.workshop.stages
    window.show_view("overview")
    document.undo_stack.undo()
    assert window.current_view() == "agenda"
    assert document.workshop.stages == []
    window.show_view("board")
    document.undo_stack.redo()
    assert window.current_view() == "agenda"
    assert window.agenda.selected_stage() == stage

    anna = Participant(new_id(), document.session.id, "Anna")
    push_edit(document, "Add participant", [Put(anna)])
    window.show_view("map")
    document.undo_stack.undo()
    assert window.current_view() == "overview"
    assert document.workshop.participants == []


def test_timer_moves_are_not_undone(
    qtbot: QtBot,
    library,
    workshop,
    clock: FakeClock,  # type: ignore[no-untyped-def]
) -> None:
    """Next stage is logged, not an undo step: Ctrl+Z undoes the note typed before it."""
    document = SessionDocument(library, library.load(workshop.session.id), clock=clock)
    sid = document.session.id
    first = Stage(new_id(), sid, "Behov", 10, position=0)
    second = Stage(new_id(), sid, "Idéer", 20, position=1)
    document.apply([Put(first), Put(second)])
    window = SessionWindow(document)
    qtbot.addWidget(window)
    window.show()
    strip = window.timer_strip
    strip.controller.toggle()
    note = Note(new_id(), document.workshop.boards[0].id, "idé")
    push_edit(document, "Add note", [Put(note)])
    clock.advance(60)
    strip.controller.next_stage()
    clock.advance(60)
    assert current_stage(document.workshop, clock()) == second
    assert document.undo_stack.undoText() == "Add note"
    document.undo_stack.undo()
    assert document.workshop.get(Note, note.id) is None
    assert current_stage(document.workshop, clock()) == second  # the room stays where it is
    assert window.current_view() == "board"
    assert document.library.load(sid) == document.workshop


def test_undo_of_choosing_notes_for_a_decision_shows_the_decision_log(
    window: SessionWindow, document: SessionDocument, far_note: Note
) -> None:
    """The notes a decision chose (the PDF's record of it): undo and redo go to the overview."""
    decision = Decision(new_id(), document.session.id, "Vi valde", decided_at=1.0)
    push_edit(document, "Log decision", [Put(decision)])
    chosen = ChosenNote(new_id(), decision.id, far_note.id)
    push_edit(document, "Choose notes for decision", [Put(chosen)])
    window.show_view("map")
    document.undo_stack.undo()
    assert window.current_view() == "overview"
    assert document.workshop.chosen_by(decision.id) == []
    window.show_view("agenda")
    document.undo_stack.redo()
    assert window.current_view() == "overview"
    assert document.workshop.chosen_by(decision.id) == [chosen]
