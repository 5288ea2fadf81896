"""N in the middle of a crowded board: the new note goes to the nearest free spot."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from n3desk.app.board.page import BoardsPage
from n3desk.app.document import SessionDocument
from n3desk.domain import arrangement
from n3desk.domain.board_edits import box
from n3desk.domain.changes import Put
from n3desk.domain.entities import Note, new_id

from .conftest import reopened_equal, type_text, view_of


def test_n_on_a_full_wall_finds_room_without_covering_a_note(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """A wall of 40×40 notes fills the view's middle: N makes a note that covers none,
    as near as there is room; undo takes it away, redo brings it back."""
    board = document.workshop.boards[0]
    wall = [
        Note(new_id(), board.id, f"{c}.{r}", x=c * 180.0, y=r * 140.0, z=float(r * 40 + c))
        for r in range(40)
        for c in range(40)
    ]
    document.apply([Put(n) for n in wall])
    document.undo_stack.clear()
    view = view_of(page)
    view.set_zoom(1.0)
    view.centerOn(20 * 180.0, 20 * 140.0)
    qtbot.keyClick(view, Qt.Key.Key_N)
    type_text(view, "Plats")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    (made,) = [n for n in document.workshop.notes_on(board.id) if n.text == "Plats"]
    assert not any(arrangement.overlaps(box(made), box(n)) for n in wall)
    # Twenty notes lie every way from the middle: the new one is just past the wall's edge.
    left, top, width, height = arrangement.bounds(box(n) for n in wall) or (0, 0, 0, 0)
    outside = max(left - made.x - made.width, made.x - left - width,
                  top - made.y - made.height, made.y - top - height)  # fmt: skip
    assert 0 <= outside < 200
    document.undo_stack.undo()
    assert document.workshop.get(Note, made.id) is None
    document.undo_stack.redo()
    assert document.workshop.get(Note, made.id) == made
    assert reopened_equal(document)
