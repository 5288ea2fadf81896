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


def test_status_line_clears_on_board_switch(
    page: BoardsPage, document: SessionDocument, dialogs: FakeDialogs
) -> None:
    """A status like "2 notes carried forward" belongs to its board: a switch clears it."""
    notes = add_notes(document, ["ett", "två"])
    first = document.workshop.boards[0]
    dialogs.texts = ["Koncept"]
    page.tabs.add_board()
    page.tabs.set_current(first.id)
    scene = page.current_view().board_scene  # type: ignore[union-attr]
    for note in notes:
        scene.notes[note.id].setSelected(True)
    page.carry_menu.aboutToShow.emit()
    carry = next(a for a in page.carry_menu.actions() if "Koncept" in a.text())
    carry.trigger()
    assert "2" in page.status.text()
    page.tabs.set_current(document.workshop.boards[1].id)
    assert page.status.text() == ""


def test_hide_button_opens_its_menu_like_carry_forward(
    page: BoardsPage, document: SessionDocument
) -> None:
    """Hide/reveal is one plain button with a menu (no split arrow part): its entries hide
    the selection and reveal all, each one undo step, stored."""
    from PySide6.QtWidgets import QToolButton

    (note,) = add_notes(document, ["hemlig"])
    button = page.toolbar.widgetForAction(page.hide_menu.menuAction())
    assert isinstance(button, QToolButton)
    assert button.popupMode() == QToolButton.ToolButtonPopupMode.InstantPopup
    assert page.hide_menu.actions() == [page.hide_action, page.reveal_all_action]
    page.current_view().board_scene.notes[note.id].setSelected(True)  # type: ignore[union-attr]
    page.hide_action.trigger()
    assert document.workshop.notes_on(note.board_id)[0].hidden
    assert reopened_equal(document)
    page.reveal_all_action.trigger()
    assert not document.workshop.notes_on(note.board_id)[0].hidden
    document.undo_stack.undo()
    assert document.workshop.notes_on(note.board_id)[0].hidden
    document.undo_stack.redo()
    assert not document.workshop.notes_on(note.board_id)[0].hidden
    assert reopened_equal(document)
