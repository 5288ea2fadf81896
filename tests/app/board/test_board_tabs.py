"""Boards as tabs: add, rename, reorder and delete, each undoable and stored."""

from __future__ import annotations

from n3desk.app.board.page import BoardsPage
from n3desk.app.document import SessionDocument

from .conftest import FakeDialogs, add_notes, reopened_equal


def titles(document: SessionDocument) -> list[str]:
    return [b.title for b in document.workshop.boards]


def tab_titles(page: BoardsPage) -> list[str]:
    return [page.tabs.bar.tabText(i) for i in range(page.tabs.bar.count())]


def test_add_rename_reorder_delete(
    page: BoardsPage, document: SessionDocument, dialogs: FakeDialogs
) -> None:
    """Every board edit shows in the tabs, is stored, and undoes and redoes."""
    add_notes(document, ["kvar"])
    first = document.workshop.boards[0]
    dialogs.texts = ["Koncept", "Konceptval"]
    page.tabs.add_board()
    assert titles(document) == ["Idéer", "Koncept"]
    assert tab_titles(page) == titles(document)
    second = document.workshop.boards[1]
    assert page.tabs.current_board() == second.id
    page.tabs.rename_board(second.id)
    assert titles(document) == ["Idéer", "Konceptval"]
    page.tabs.move_board(second.id, -1)
    assert titles(document) == ["Konceptval", "Idéer"]
    assert tab_titles(page) == titles(document)
    assert reopened_equal(document)
    page.tabs.delete_board(first.id)
    assert titles(document) == ["Konceptval"]
    assert document.workshop.notes_on(first.id) == []
    assert reopened_equal(document)
    page.tabs.delete_board(second.id)  # the last board stays
    assert titles(document) == ["Konceptval"]
    document.undo_stack.undo()
    assert titles(document) == ["Konceptval", "Idéer"]
    assert [n.text for n in document.workshop.notes_on(first.id)] == ["kvar"]
    page.tabs.set_current(first.id)
    assert len(page.current_view().board_scene.notes) == 1  # type: ignore[union-attr]
    for _ in range(3):
        document.undo_stack.undo()
    assert titles(document) == ["Idéer"]
    assert tab_titles(page) == ["Idéer"]
    for _ in range(4):
        document.undo_stack.redo()
    assert titles(document) == ["Konceptval"]
    assert reopened_equal(document)


def test_shot_picks_a_board_by_name(
    page: BoardsPage, document: SessionDocument, dialogs: FakeDialogs
) -> None:
    """show_for_shot({"board": NAME}) shows that board, fitted."""
    dialogs.texts = ["Behov"]
    page.tabs.add_board()
    page.tabs.set_current(document.workshop.boards[1].id)
    page.show_for_shot({"board": "Idéer"})
    assert page.tabs.current_board() == document.workshop.boards[0].id
    page.show_for_shot({"board": "behov"})
    assert page.tabs.current_board() == document.workshop.boards[1].id
