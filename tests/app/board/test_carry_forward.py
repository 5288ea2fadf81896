"""Carrying notes forward: any number of top-voted notes, or the selection, one undo step."""

from __future__ import annotations

from n3desk.app.board.page import BoardsPage
from n3desk.app.document import SessionDocument
from n3desk.domain import voting
from n3desk.domain.changes import Put
from n3desk.domain.entities import Board, Note, Vote, VotingRound, new_id

from .conftest import add_notes, reopened_equal, scene_of


def voted_board(document: SessionDocument, dots: list[int]) -> tuple[list[Note], Board]:
    """Notes with the given dots in one revealed round, and a second board to carry to."""
    made = add_notes(document, [f"idé {i}" for i in range(len(dots))])
    target = Board(new_id(), document.session.id, "Koncept", 1)
    round_ = VotingRound(new_id(), made[0].board_id, "Omgång 1", state=voting.REVEALED)
    votes = [
        Vote(new_id(), round_.id, note.id, None, count)
        for note, count in zip(made, dots, strict=True)
        if count
    ]
    document.apply([Put(target), Put(round_), *[Put(v) for v in votes]])
    document.undo_stack.clear()
    return made, target


def test_any_number_of_top_voted_notes(page: BoardsPage, document: SessionDocument) -> None:
    """Top 3 of 8 voted notes go to the chosen board, linked; undo and redo take them."""
    made, target = voted_board(document, [1, 7, 0, 5, 3, 2, 6, 4])
    dialog = page.choose_carry()
    assert dialog.board.currentData() == target.id
    assert dialog.top.isChecked()  # nothing selected: the top notes are offered
    assert not dialog.selected.isEnabled()
    dialog.count.setValue(3)
    assert dialog.preview.text() == "3 notes go, by dots in “Omgång 1”."
    assert dialog.carry() == 3
    copies = document.workshop.notes_on(target.id)
    assert sorted(n.origin_id or "" for n in copies) == sorted([made[1].id, made[6].id, made[3].id])
    assert page.status.text() == "3 notes carried forward"
    assert reopened_equal(document)
    document.undo_stack.undo()
    assert document.workshop.notes_on(target.id) == []
    document.undo_stack.redo()
    assert len(document.workshop.notes_on(target.id)) == 3
    assert reopened_equal(document)


def test_a_tie_at_the_last_place_is_said_beforehand(
    page: BoardsPage, document: SessionDocument
) -> None:
    """Top 2 with two notes sharing place 2: the dialog says 3 go, and 3 go."""
    _made, target = voted_board(document, [5, 3, 3, 1])
    dialog = page.choose_carry()
    dialog.count.setValue(2)
    assert dialog.preview.text() == "3 notes go: a tie at the last place brings them all."
    dialog.go.click()
    assert len(document.workshop.notes_on(target.id)) == 3


def test_the_selected_notes_through_the_dialog_and_the_menu(
    page: BoardsPage, document: SessionDocument
) -> None:
    """The selection goes from the dialog or from the menu, whatever its votes."""
    made, target = voted_board(document, [0, 0, 4])
    scene_of(page).select([made[0].id, made[1].id])
    dialog = page.choose_carry()
    assert dialog.selected.isChecked()
    assert dialog.selected.text() == "The selected notes (2)"
    dialog.go.click()
    assert sorted(n.origin_id or "" for n in document.workshop.notes_on(target.id)) == sorted(
        [made[0].id, made[1].id]
    )
    page.carry_menu.aboutToShow.emit()
    entry = page.carry_menu.actions()[0]
    assert entry.text() == "Selected notes (2) to “Koncept”"
    entry.trigger()
    assert len(document.workshop.notes_on(target.id)) == 4
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.workshop.notes_on(target.id) == []
    document.undo_stack.redo()
    assert reopened_equal(document)


def test_nothing_to_carry_is_said_and_cannot_be_pressed(
    page: BoardsPage, document: SessionDocument
) -> None:
    """No other board, or no dots yet: the dialog says why and its button is off."""
    add_notes(document, ["ensam"])
    dialog = page.choose_carry()
    assert "no other board" in dialog.preview.text()
    assert not dialog.go.isEnabled()
    dialog.reject()
    document.apply([Put(Board(new_id(), document.session.id, "Koncept", 1))])
    dialog = page.choose_carry()
    assert dialog.preview.text() == "This board has no voting round yet."
    assert not dialog.go.isEnabled()
    page.carry_menu.aboutToShow.emit()
    assert not page.carry_menu.actions()[0].isEnabled()  # nothing selected
