"""Where notes go: Tab writes in rows that stay in view, Ctrl+G frames exactly the
selection, and no arrangement ever puts a note on top of another."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from n3desk.app.board.page import BoardsPage
from n3desk.app.document import SessionDocument
from n3desk.domain.arrangement import centre_inside, overlaps
from n3desk.domain.board_edits import box
from n3desk.domain.changes import Put
from n3desk.domain.entities import Frame, Note, new_id

from .conftest import add_notes, on_screen, reopened_equal, scene_of, type_text, view_of


def notes(document: SessionDocument) -> list[Note]:
    return document.workshop.notes_on(document.workshop.boards[0].id)


def stacked(found: list[Note]) -> list[tuple[str, str]]:
    """Pairs of notes that lie on top of each other."""
    return [
        (a.text, b.text) for a, b in itertools.combinations(found, 2) if overlaps(box(a), box(b))
    ]


def write_with_tab(page: BoardsPage, qtbot: QtBot, texts: list[str]) -> None:
    view = view_of(page)
    for index, text in enumerate(texts):
        if index:
            qtbot.keyClick(view, Qt.Key.Key_Tab)
        type_text(view, text)
    qtbot.keyClick(view, Qt.Key.Key_Escape)


def test_tab_writes_in_rows_that_stay_in_view(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """N then Tab ×13: the notes wrap into rows in reading order, all in the view's width."""
    view = view_of(page)
    view.fit_until_moved = False
    view.set_zoom(1.0)
    qtbot.keyClick(view, Qt.Key.Key_N)
    texts = [f"Idé {i}" for i in range(14)]
    write_with_tab(page, qtbot, texts)
    made = notes(document)
    assert sorted(n.text for n in made) == sorted(texts)
    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    assert all(seen.left() <= n.x and n.x + n.width <= seen.right() for n in made)
    rows = sorted({n.y for n in made})
    assert len(rows) >= 3  # not one endless row
    in_order = sorted(made, key=lambda n: (n.y, n.x))
    assert [n.text for n in in_order] == texts  # reading order
    assert len({min(n.x for n in made if n.y == y) for y in rows}) == 1  # rows start alike
    assert stacked(made) == []
    assert document.undo_stack.count() == len(texts)  # one step a note
    for _ in texts:
        document.undo_stack.undo()
    assert notes(document) == []
    for _ in texts:
        document.undo_stack.redo()
    assert sorted(n.text for n in notes(document)) == sorted(texts)
    assert reopened_equal(document)


def test_tab_in_a_frame_wraps_inside_it_and_grows_it(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """Writing on from a note in a frame fills the frame's rows, growing it downwards."""
    board = document.workshop.boards[0]
    frame = Frame(new_id(), board.id, "Hinder", x=0, y=0, width=400, height=208)
    first = Note(new_id(), board.id, "Första", x=20, y=48, frame_id=frame.id)
    document.apply([Put(frame), Put(first)])
    document.undo_stack.clear()
    scene_of(page).select([first.id])
    qtbot.keyClick(view_of(page), Qt.Key.Key_Tab)
    write_with_tab(page, qtbot, ["Andra", "Tredje", "Fjärde", "Femte"])
    grown = document.workshop.get(Frame, frame.id)
    assert grown is not None
    assert grown.height > frame.height
    assert grown.width == frame.width
    made = notes(document)
    assert len(made) == 5
    assert all(n.frame_id == frame.id and centre_inside(box(n), box(grown)) for n in made)
    assert all(n.x + n.width <= grown.x + grown.width for n in made)
    assert stacked(made) == []
    for _ in range(3):  # back to the first row: the rows below it go with their notes
        document.undo_stack.undo()
    assert len(notes(document)) == 2
    assert document.workshop.get(Frame, frame.id) == Frame(
        frame.id, board.id, "Hinder", 0, 0, 400, 208
    )
    assert reopened_equal(document)


def test_a_new_row_left_empty_gives_the_frame_back_its_size(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """Tab into a new row of a full frame, then Esc without typing: nothing stays changed."""
    board = document.workshop.boards[0]
    frame = Frame(new_id(), board.id, "Hinder", x=0, y=0, width=220, height=208)
    first = Note(new_id(), board.id, "Ensam", x=20, y=48, frame_id=frame.id)
    document.apply([Put(frame), Put(first)])
    document.undo_stack.clear()
    scene_of(page).select([first.id])
    qtbot.keyClick(view_of(page), Qt.Key.Key_Tab)
    assert document.workshop.get(Frame, frame.id) != frame  # grown for the new note
    qtbot.keyClick(view_of(page), Qt.Key.Key_Escape)
    assert document.workshop.get(Frame, frame.id) == frame
    assert [n.text for n in notes(document)] == ["Ensam"]
    assert document.undo_stack.count() == 0
    assert reopened_equal(document)


def test_ctrl_g_on_a_ctrl_click_selection_frames_exactly_it(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """Ctrl+click every other note of a row, Ctrl+G: the frame holds those and covers no other."""
    made = add_notes(document, ["a", "b", "c", "d", "e"])
    view = view_of(page)
    view.fit_all()
    for note in (made[0], made[2], made[4]):
        at = on_screen(view, QPointF(note.x + 80, note.y + 60))
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, at
        )
    assert {n.text for n in scene_of(page).selected_notes()} == {"a", "c", "e"}
    qtbot.keyClick(view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    (frame,) = document.workshop.all(Frame)
    now = {n.text: n for n in notes(document)}
    inside = {t for t, n in now.items() if centre_inside(box(n), box(frame))}
    assert inside == {"a", "c", "e"}
    assert {t for t, n in now.items() if n.frame_id == frame.id} == {"a", "c", "e"}
    assert not any(overlaps(box(now[t]), box(frame)) for t in ("b", "d"))
    assert stacked(list(now.values())) == []
    assert document.undo_stack.count() == 1  # gathered and framed in one step
    document.undo_stack.undo()
    assert document.workshop.all(Frame) == []
    assert sorted((n.text, n.x, n.y) for n in notes(document)) == sorted(
        (n.text, n.x, n.y) for n in made
    )
    document.undo_stack.redo()
    assert {n.text for n in notes(document) if n.frame_id == frame.id} == {"a", "c", "e"}
    assert reopened_equal(document)
    scene_of(page).select([frame.id])
    qtbot.keyClick(view, Qt.Key.Key_A)  # arranging the new frame stacks nothing
    assert stacked(notes(document)) == []


def test_arranging_a_frame_steps_around_notes_that_are_not_its_own(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """A frame drawn over notes it does not hold: arranging it puts no note on theirs."""
    board = document.workshop.boards[0]
    frame = Frame(new_id(), board.id, "Koncept C", x=0, y=0, width=600, height=400)
    members = [
        Note(new_id(), board.id, f"m{i}", x=300 + i * 30, y=250, frame_id=frame.id, z=i)
        for i in range(4)
    ]
    strangers = [
        Note(new_id(), board.id, f"s{i}", x=24 + i * 180, y=72, z=10 + i) for i in range(2)
    ]
    document.apply([Put(frame), *(Put(n) for n in members + strangers)])
    document.undo_stack.clear()
    scene_of(page).select([frame.id])
    qtbot.keyClick(view_of(page), Qt.Key.Key_A)
    assert stacked(notes(document)) == []
    tidied = document.workshop.get(Frame, frame.id)
    assert tidied is not None
    assert all(
        centre_inside(box(n), box(tidied)) for n in notes(document) if n.frame_id == frame.id
    )
    document.undo_stack.undo()
    assert sorted((n.x, n.y) for n in notes(document)) == sorted(
        (n.x, n.y) for n in members + strangers
    )
    document.undo_stack.redo()
    assert reopened_equal(document)
