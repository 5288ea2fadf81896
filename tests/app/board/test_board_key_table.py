"""The board's keys come from the shortcuts table: each declared key does what it says."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from n3desk.app.board.page import BoardsPage
from n3desk.app.document import SessionDocument
from n3desk.domain.entities import Criterion, Rating

from .conftest import add_notes, reopened_equal, scene_of, view_of


def _values(document: SessionDocument) -> dict[str, int]:
    names = {c.id: c.name for c in document.workshop.all(Criterion)}
    return {names[r.criterion_id]: r.value for r in document.workshop.all(Rating)}


def test_rating_takes_each_of_its_declared_keys(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """After R: a digit rates, Backspace and Del clear, Esc and R stop; each step undoable."""
    (note,) = add_notes(document, ["Mötesplats"])
    scene_of(page).select([note.id])
    view = view_of(page)
    controller = page.controller
    qtbot.keyClick(view, Qt.Key.Key_R)
    assert controller.rating.active
    qtbot.keyClick(view, Qt.Key.Key_2)
    qtbot.keyClick(view, Qt.Key.Key_Backspace)  # clears the second, goes on to the third
    qtbot.keyClick(view, Qt.Key.Key_3)
    assert _values(document) == {"Nytt": 2, "Nyttiggjort": 3}
    assert not controller.rating.active  # the last criterion ends the round
    for stop in (Qt.Key.Key_Escape, Qt.Key.Key_R):
        qtbot.keyClick(view, Qt.Key.Key_R)
        assert controller.rating.active
        qtbot.keyClick(view, stop)
        assert not controller.rating.active
    qtbot.keyClick(view, Qt.Key.Key_R)
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # clears the first
    assert _values(document) == {"Nyttiggjort": 3}
    qtbot.keyClick(view, Qt.Key.Key_Q)  # not a rating key: rating ends, nothing rated
    assert not controller.rating.active
    assert _values(document) == {"Nyttiggjort": 3}
    assert reopened_equal(document)
    document.undo_stack.undo()
    assert _values(document) == {"Nytt": 2, "Nyttiggjort": 3}
    document.undo_stack.redo()
    assert _values(document) == {"Nyttiggjort": 3}
    assert reopened_equal(document)
