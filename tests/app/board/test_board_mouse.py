"""Mouse flows on a board with QTest mouse events: drags, rubber band, frames."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from n3desk.app.board.page import BoardsPage
from n3desk.app.board.view import BoardView
from n3desk.app.document import SessionDocument
from n3desk.domain import board_edits
from n3desk.domain.changes import Put
from n3desk.domain.entities import Frame, Note, new_id

from .conftest import add_notes, reopened_equal, scene_of, view_of

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


def at(view: BoardView, x: float, y: float) -> QPoint:
    return view.mapFromScene(QPointF(x, y))


def drag(view: BoardView, start: QPoint, end: QPoint, steps: int = 6) -> None:
    """Press, move in steps, release: what a hand does."""
    viewport = view.viewport()
    QTest.mousePress(viewport, LEFT, NONE, start)
    for i in range(1, steps + 1):
        QTest.mouseMove(viewport, start + (end - start) * i / steps)
    QTest.mouseRelease(viewport, LEFT, NONE, end)


def board_notes(document: SessionDocument) -> dict[str, Note]:
    return {n.id: n for n in document.workshop.notes_on(document.workshop.boards[0].id)}


def test_dragging_a_selection_is_one_stored_step(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """Dragging three selected notes moves all three in one undo step, stored at once."""
    made = add_notes(document, ["a", "b", "c"])
    view = view_of(page)
    view.set_zoom(1.0)
    view.centerOn(300, 60)
    scene_of(page).select([n.id for n in made])
    drag(view, at(view, 80, 60), at(view, 180, 260))
    moved = board_notes(document)
    for note in made:
        assert (moved[note.id].x, moved[note.id].y) == (note.x + 100, note.y + 200)
    assert document.undo_stack.count() == 1
    assert reopened_equal(document)
    document.undo_stack.undo()
    assert [(n.x, n.y) for n in board_notes(document).values()] == [(n.x, n.y) for n in made]
    document.undo_stack.redo()
    assert reopened_equal(document)


def test_rubber_band_selects(page: BoardsPage, document: SessionDocument, qtbot: QtBot) -> None:
    """A drag over empty space selects the notes it touches, and nothing moves."""
    made = add_notes(document, ["a", "b", "c"])
    view = view_of(page)
    view.set_zoom(1.0)
    view.centerOn(300, 60)
    drag(view, at(view, -40, -40), at(view, 250, 150))
    assert {n.id for n in scene_of(page).selected_notes()} == {made[0].id, made[1].id}
    assert document.undo_stack.count() == 0


def test_ctrl_click_adds_to_selection(page: BoardsPage, document: SessionDocument) -> None:
    """Ctrl+click adds a note to the selection and removes it again."""
    made = add_notes(document, ["a", "b"])
    view = view_of(page)
    view.set_zoom(1.0)
    view.centerOn(200, 60)
    QTest.mouseClick(view.viewport(), LEFT, NONE, at(view, 80, 60))
    QTest.mouseClick(view.viewport(), LEFT, Qt.KeyboardModifier.ControlModifier, at(view, 280, 60))
    assert len(scene_of(page).selected_notes()) == 2
    QTest.mouseClick(view.viewport(), LEFT, Qt.KeyboardModifier.ControlModifier, at(view, 80, 60))
    assert [n.id for n in scene_of(page).selected_notes()] == [made[1].id]


def test_dropping_a_note_into_a_frame(page: BoardsPage, document: SessionDocument) -> None:
    """A note dropped inside a frame joins it; dragged out again, it leaves; each is one step."""
    (note,) = add_notes(document, ["flytta in"])
    board_id = note.board_id
    frame = Frame(new_id(), board_id, "Kluster", x=400, y=-50, width=400, height=300)
    document.apply([Put(frame)])
    view = view_of(page)
    view.set_zoom(1.0)
    view.centerOn(400, 100)
    drag(view, at(view, 80, 60), at(view, 580, 160))
    assert board_notes(document)[note.id].frame_id == frame.id
    assert reopened_equal(document)
    drag(view, at(view, 580, 160), at(view, 80, 160))
    assert board_notes(document)[note.id].frame_id is None
    document.undo_stack.undo()
    assert board_notes(document)[note.id].frame_id == frame.id
    document.undo_stack.redo()
    assert reopened_equal(document)


def test_moving_a_frame_moves_its_notes(page: BoardsPage, document: SessionDocument) -> None:
    """Dragging a frame by its title carries its notes along in the same step."""
    made = add_notes(document, ["a", "b"])
    ops, frame = board_edits.group_ops(document.workshop, made, "Grupp")
    document.apply(ops)
    assert frame is not None
    view = view_of(page)
    view.set_zoom(1.0)
    view.centerOn(200, 0)
    title = (frame.x + 60, frame.y + 20)
    drag(view, at(view, *title), at(view, title[0] + 50, title[1] + 100))
    moved = board_notes(document)
    assert [(moved[n.id].x, moved[n.id].y) for n in made] == [(n.x + 50, n.y + 100) for n in made]
    assert document.workshop.get(Frame, frame.id).x == frame.x + 50  # type: ignore[union-attr]
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert board_notes(document)[made[0].id].x == made[0].x
    document.undo_stack.redo()
    assert reopened_equal(document)


def test_double_click_on_empty_space_starts_a_note(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """A double-click on the empty board makes a note there with its text cursor ready."""
    view = view_of(page)
    view.set_zoom(1.0)
    view.centerOn(0, 0)
    QTest.mouseDClick(view.viewport(), LEFT, NONE, at(view, 100, 100))
    (note,) = board_notes(document).values()
    assert abs(note.x + note.width / 2 - 100) < 1
    assert abs(note.y + note.height / 2 - 100) < 1
    assert page.controller.editing.active
    QTest.mouseClick(view.viewport(), LEFT, NONE, at(view, 600, 600))  # a click outside finishes
    assert not page.controller.editing.active
    assert board_notes(document) == {}  # left empty, so not kept
