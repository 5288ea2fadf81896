"""Keyboard flows on a board: each is undoable, redoable and stored as it happens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from n3desk.app.board.page import BoardsPage
from n3desk.app.document import SessionDocument
from n3desk.domain.entities import Frame, Note, Rating
from n3desk.domain.palette import NOTE_COLOURS

from .conftest import add_notes, reopened_equal, scene_of, type_text, view_of


def notes(document: SessionDocument) -> list[Note]:
    return document.workshop.notes_on(document.workshop.boards[0].id)


def test_n_type_tab_type_escape(page: BoardsPage, document: SessionDocument, qtbot: QtBot) -> None:
    """N, typing, Tab, typing, Esc makes two notes side by side in one colour; undo/redo/reopen."""
    view = view_of(page)
    qtbot.keyClick(view, Qt.Key.Key_3)  # the colour of new notes: pink
    qtbot.keyClick(view, Qt.Key.Key_N)
    type_text(view, "Fler bänkar")
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    type_text(view, "Gympa i parken")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    first, second = sorted(notes(document), key=lambda n: n.x)
    assert (first.text, second.text) == ("Fler bänkar", "Gympa i parken")
    assert first.colour == second.colour == "pink"
    assert second.y == first.y
    assert second.x > first.x + first.width
    assert reopened_equal(document)
    assert document.undo_stack.count() == 2  # one step per note, typing included
    document.undo_stack.undo()
    assert [n.text for n in notes(document)] == ["Fler bänkar"]
    document.undo_stack.undo()
    assert notes(document) == []
    assert reopened_equal(document)
    document.undo_stack.redo()
    document.undo_stack.redo()
    assert sorted(n.text for n in notes(document)) == ["Fler bänkar", "Gympa i parken"]
    assert reopened_equal(document)


def test_typing_is_committed_after_an_idle_second(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """Text typed and left alone reaches the library without finishing the edit."""
    view = view_of(page)
    qtbot.keyClick(view, Qt.Key.Key_N)
    type_text(view, "Sparat")
    qtbot.waitUntil(lambda: [n.text for n in notes(document)] == ["Sparat"], timeout=5000)
    assert reopened_equal(document)
    type_text(view, " två gånger")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert [n.text for n in notes(document)] == ["Sparat två gånger"]
    assert document.undo_stack.count() == 1  # idle commits merge into the note's one step


def test_empty_new_note_leaves_nothing(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """N then Esc leaves neither a note nor an undo step."""
    qtbot.keyClick(view_of(page), Qt.Key.Key_N)
    qtbot.keyClick(view_of(page), Qt.Key.Key_Escape)
    assert notes(document) == []
    assert document.undo_stack.count() == 0
    assert reopened_equal(document)


def test_enter_edits_the_selected_note(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """Enter puts the cursor in the selected note; the edit is one step."""
    (note,) = add_notes(document, ["Bibliotek"])
    scene_of(page).select([note.id])
    qtbot.keyClick(view_of(page), Qt.Key.Key_Return)
    type_text(view_of(page), " öppet")
    qtbot.keyClick(view_of(page), Qt.Key.Key_Escape)
    assert notes(document)[0].text == "Bibliotek öppet"
    document.undo_stack.undo()
    assert notes(document)[0].text == "Bibliotek"
    document.undo_stack.redo()
    assert reopened_equal(document)


@pytest.mark.parametrize(("key", "colour"), list(enumerate(NOTE_COLOURS, start=1)))
def test_number_keys_colour_the_selection(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot, key: int, colour: str
) -> None:
    """Keys 1–6 give the selected notes the palette's colours, undoably."""
    made = add_notes(document, ["a", "b"])
    before = made[0].colour
    scene_of(page).select([n.id for n in made])
    qtbot.keyClick(view_of(page), Qt.Key(Qt.Key.Key_0 + key))
    assert {n.colour for n in notes(document)} == {colour}
    assert reopened_equal(document)
    document.undo_stack.undo()
    assert {n.colour for n in notes(document)} == {before}
    document.undo_stack.redo()
    assert {n.colour for n in notes(document)} == {colour}
    assert reopened_equal(document)


def test_ctrl_d_duplicates(page: BoardsPage, document: SessionDocument, qtbot: QtBot) -> None:
    """Ctrl+D copies the selected notes beside themselves and selects the copies."""
    made = add_notes(document, ["Idé", "Annan idé"])
    scene_of(page).select([n.id for n in made])
    qtbot.keyClick(view_of(page), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert sorted(n.text for n in notes(document)) == ["Annan idé", "Annan idé", "Idé", "Idé"]
    assert {n.id for n in scene_of(page).selected_notes()}.isdisjoint({n.id for n in made})
    assert reopened_equal(document)
    document.undo_stack.undo()
    assert len(notes(document)) == 2
    document.undo_stack.redo()
    assert len(notes(document)) == 4
    assert reopened_equal(document)


def test_ctrl_g_makes_a_frame(page: BoardsPage, document: SessionDocument, qtbot: QtBot) -> None:
    """Ctrl+G puts a frame around the selection holding the notes; undo removes it."""
    made = add_notes(document, ["x", "y"])
    scene_of(page).select([n.id for n in made])
    qtbot.keyClick(view_of(page), Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    (frame,) = document.workshop.all(Frame)
    assert {n.frame_id for n in notes(document)} == {frame.id}
    assert frame.x < made[0].x
    assert frame.x + frame.width > made[1].x + made[1].width
    assert reopened_equal(document)
    document.undo_stack.undo()
    assert document.workshop.all(Frame) == []
    assert {n.frame_id for n in notes(document)} == {None}
    document.undo_stack.redo()
    assert {n.frame_id for n in notes(document)} == {frame.id}
    assert reopened_equal(document)


def test_search_highlights_matches(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """Ctrl+F and a word outline the notes holding it; Enter selects the first; undo still works."""
    made = add_notes(document, ["Promenad", "Simhall", "promenadgrupp"])
    qtbot.keyClick(
        view_of(page), Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier
    )  # nothing selected
    qtbot.keyClick(view_of(page), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.isVisible()
    qtbot.keyClicks(page.search.field, "PROMENAD")
    items = scene_of(page).notes
    assert [items[n.id].matched for n in made] == [True, False, True]
    qtbot.keyClick(page.search.field, Qt.Key.Key_Return)
    assert [n.id for n in scene_of(page).selected_notes()] == [made[0].id]
    qtbot.keyClick(page.search.field, Qt.Key.Key_Escape)
    assert not page.search.isVisible()
    assert not any(i.matched for i in items.values())
    qtbot.keyClick(view_of(page), Qt.Key.Key_1)
    assert notes(document)[0].colour == "yellow"
    document.undo_stack.undo()
    document.undo_stack.redo()
    assert reopened_equal(document)


def test_arrow_keys_move_as_one_step(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """Arrow presses move the selection; consecutive presses are one undo step."""
    (note,) = add_notes(document, ["flytta"])
    scene_of(page).select([note.id])
    for _ in range(3):
        qtbot.keyClick(view_of(page), Qt.Key.Key_Right)
    qtbot.keyClick(view_of(page), Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    moved = notes(document)[0]
    assert (moved.x, moved.y) == (note.x + 30, note.y + 50)
    assert document.undo_stack.count() == 1
    assert reopened_equal(document)
    document.undo_stack.undo()
    assert (notes(document)[0].x, notes(document)[0].y) == (note.x, note.y)
    document.undo_stack.redo()
    assert reopened_equal(document)


def test_delete_and_undo_bring_back_ratings(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """Delete removes notes with their ratings; undo brings both back."""
    made = add_notes(document, ["a", "b"])
    scene_of(page).select([made[0].id])
    qtbot.keyClick(view_of(page), Qt.Key.Key_R)
    type_text(view_of(page), "231")
    assert len(document.workshop.all(Rating)) == 3
    scene_of(page).select([made[0].id])
    qtbot.keyClick(view_of(page), Qt.Key.Key_Delete)
    assert [n.text for n in notes(document)] == ["b"]
    assert document.workshop.all(Rating) == []
    assert reopened_equal(document)
    document.undo_stack.undo()
    assert len(notes(document)) == 2
    assert len(document.workshop.all(Rating)) == 3
    assert scene_of(page).notes[made[0].id].badges == [("N1", 2), ("N2", 3), ("N3", 1)]
    document.undo_stack.redo()
    assert reopened_equal(document)


def test_select_all_copy_paste_between_boards(
    page: BoardsPage, document: SessionDocument, dialogs: object, qtbot: QtBot
) -> None:
    """Ctrl+A, Ctrl+C, a new board, Ctrl+V: the notes arrive there; undo takes them away."""
    add_notes(document, ["ett", "två"])
    qtbot.keyClick(view_of(page), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view_of(page), Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    page.tabs.add_board()
    target = document.workshop.boards[1]
    assert page.tabs.current_board() == target.id
    qtbot.keyClick(view_of(page), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    pasted = document.workshop.notes_on(target.id)
    assert sorted(n.text for n in pasted) == ["ett", "två"]
    assert reopened_equal(document)
    document.undo_stack.undo()
    assert document.workshop.notes_on(target.id) == []
    document.undo_stack.redo()
    assert reopened_equal(document)


def test_pasting_plain_text_makes_a_note_per_line(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """Plain text from another program becomes one note per non-empty line."""
    QGuiApplication.clipboard().setText("Första\n\n  Andra  \nTredje <b>fet</b>\n")
    qtbot.keyClick(view_of(page), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert sorted(n.text for n in notes(document)) == ["Andra", "Första", "Tredje <b>fet</b>"]
    assert document.undo_stack.count() == 1
    assert reopened_equal(document)


def test_hide_reveal_and_private_writing(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """P makes new notes hidden; H reveals the selection; the projector scene skips hidden notes."""
    view = view_of(page)
    qtbot.keyClick(view, Qt.Key.Key_P)
    qtbot.keyClick(view, Qt.Key.Key_N)
    type_text(view, "Hemligt")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    (note,) = notes(document)
    assert note.hidden
    from n3desk.app.board.scene import BoardScene

    projector = BoardScene(document, note.board_id, audience=True)
    assert not projector.notes[note.id].isVisible()
    scene_of(page).select([note.id])
    qtbot.keyClick(view, Qt.Key.Key_H)
    assert not notes(document)[0].hidden
    assert projector.notes[note.id].isVisible()
    document.undo_stack.undo()
    assert notes(document)[0].hidden
    assert not projector.notes[note.id].isVisible()
    document.undo_stack.redo()
    assert reopened_equal(document)


def test_arranging_the_whole_board_keeps_the_clusters(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """Ctrl+A, A with a frame on the board tidies its notes inside it; undo/redo/reopen."""
    made = add_notes(document, ["a", "b", "c", "d"])
    scene_of(page).select([made[2].id, made[3].id])
    qtbot.keyClick(view_of(page), Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    (frame,) = document.workshop.all(Frame)
    qtbot.keyClick(view_of(page), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view_of(page), Qt.Key.Key_A)
    framed = document.workshop.get(Frame, frame.id)
    assert framed is not None
    for note in notes(document):
        centre = (note.x + note.width / 2, note.y + note.height / 2)
        inside = (
            framed.x <= centre[0] <= framed.x + framed.width
            and framed.y <= centre[1] <= framed.y + framed.height
        )
        assert inside == (note.frame_id == frame.id)
    assert {n.text for n in notes(document) if n.frame_id == frame.id} == {"c", "d"}
    document.undo_stack.undo()
    document.undo_stack.redo()
    assert reopened_equal(document)


def test_arrange_and_bring_to_front(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """A tidies the selection into a grid; F brings it above the rest; each one step."""
    made = add_notes(document, ["a", "b", "c", "d"])
    scene_of(page).select([made[0].id, made[3].id])
    qtbot.keyClick(view_of(page), Qt.Key.Key_F)
    top = max(n.z for n in notes(document))
    assert {n.z for n in notes(document) if n.id in (made[0].id, made[3].id)} == {top, top - 1}
    qtbot.keyClick(view_of(page), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view_of(page), Qt.Key.Key_A)
    xs = sorted({n.x for n in notes(document)})
    assert len(xs) == 2  # a 2×2 grid
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert sorted(n.x for n in notes(document)) == [0.0, 200.0, 400.0, 600.0]
    document.undo_stack.redo()
    assert reopened_equal(document)


def test_n_puts_the_note_under_the_mouse(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """With the pointer over the board, N makes the note where the facilitator points."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QCursor
    from PySide6.QtTest import QTest

    view = view_of(page)
    target = QPoint(150, 120)  # near the top-left corner, far from the middle
    QTest.mouseMove(view.viewport(), target)
    QCursor.setPos(view.viewport().mapToGlobal(target))
    qtbot.waitUntil(view.underMouse, timeout=2000)
    qtbot.keyClick(view, Qt.Key.Key_N)
    type_text(view, "Här")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    pointed = view.mapToScene(target)
    (note,) = notes(document)
    centre_x = note.x + note.width / 2
    centre_y = note.y + note.height / 2
    assert abs(centre_x - pointed.x()) < note.width
    assert abs(centre_y - pointed.y()) < note.height
