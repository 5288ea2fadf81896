"""The board's keys come from the shortcuts table: each declared key does what it says."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from pytestqt.qtbot import QtBot

from n3desk.app.board.board_keys import ACTIONS, CLIPBOARD_ACTIONS, NUDGE_DIRECTIONS
from n3desk.app.board.page import BoardsPage
from n3desk.app.document import SessionDocument
from n3desk.app.key_map import normalised
from n3desk.app.shortcuts import SHORTCUTS, is_gesture, shortcut
from n3desk.domain.arrangement import centre_inside, overlaps
from n3desk.domain.board_edits import box
from n3desk.domain.entities import Criterion, Frame, Rating

from .conftest import add_notes, reopened_equal, scene_of, type_text, view_of


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


def _event(text: str) -> QKeyEvent:
    combination = QKeySequence(text)[0]
    return QKeyEvent(QEvent.Type.KeyPress, combination.key(), combination.keyboardModifiers())


def _board_keys() -> list[tuple[str, str]]:
    return [
        (entry.id, text)
        for entry in SHORTCUTS
        if entry.id.startswith("board.")
        for text in entry.keys
        if not is_gesture(text)
    ]


def test_every_board_shortcut_has_an_action_and_every_key_reaches_it(page: BoardsPage) -> None:
    """Each key the table declares for the board is taken and leads to its shortcut's action."""
    ids = {s.id for s in SHORTCUTS if s.id.startswith("board.") and s.id != "board.pan"}
    assert set(ACTIONS) == ids
    keys = page.controller.keys
    view = view_of(page)
    for shortcut_id, text in _board_keys():
        event = _event(text)
        pressed = keys.pressed(event)
        assert pressed is not None, text
        assert (pressed.id, pressed.key) == (shortcut_id, text)
        assert keys.wants_key(view, event), text
    assert set(NUDGE_DIRECTIONS) == set(shortcut("board.nudge").keys)
    assert set(CLIPBOARD_ACTIONS) == set(shortcut("board.copy").keys)
    assert {int(k) for k in shortcut("board.colour").keys} == {1, 2, 3, 4, 5, 6}


def test_the_board_takes_no_key_the_table_does_not_declare(page: BoardsPage) -> None:
    """Over every letter, digit, F-key and editing key, with and without Shift, Ctrl or Alt."""
    declared = {normalised(text) for _id, text in _board_keys()}
    keys = page.controller.keys
    view = view_of(page)
    every = [
        *(getattr(Qt.Key, f"Key_{c}") for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
        *(getattr(Qt.Key, f"Key_F{n}") for n in range(1, 13)),
        Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Return,
        Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Escape, Qt.Key.Key_Delete,
        Qt.Key.Key_Backspace, Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_Equal,
        Qt.Key.Key_Space, Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
    ]  # fmt: skip
    mods = Qt.KeyboardModifier
    for key in every:
        for modifiers in (
            mods.NoModifier,
            mods.ShiftModifier,
            mods.ControlModifier,
            mods.AltModifier,
        ):
            event = QKeyEvent(QEvent.Type.KeyPress, key, modifiers)
            text = QKeySequence(QKeyCombination(modifiers, key)).toString()
            plain = QKeySequence(key).toString() if modifiers == mods.ShiftModifier else ""
            expected = text in declared or plain in declared
            assert keys.wants_key(view, event) == expected, text
            assert (keys.pressed(event) is not None) == expected, text


def test_pressing_every_declared_board_key_keeps_the_library_in_step(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """Every board key, pressed on a board with a selected note, leaves document == library."""
    add_notes(document, ["Bänkar", "Belysning"])
    view = view_of(page)
    board_id = scene_of(page).board_id
    for shortcut_id, text in _board_keys():
        scene_of(page).select([n.id for n in document.workshop.notes_on(board_id)][:1])
        view.setFocus()
        event = _event(text)
        qtbot.keyClick(view, Qt.Key(event.key()), event.modifiers())
        if page.controller.editing.active:
            qtbot.keyClick(view, Qt.Key.Key_Escape)
        page.controller.rating.stop()
        assert reopened_equal(document), (shortcut_id, text)
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert [n.text for n in document.workshop.notes_on(board_id)] == [
        "Bänkar",
        "Belysning",
    ]
    assert reopened_equal(document)


def test_the_tables_tab_and_frame_keys_place_in_rows_and_frame_the_selection(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """board.next's keys write the next note after the selected one in reading order, in
    view; board.frame's keys frame exactly the selection; each one undoable step."""
    view = view_of(page)
    view.fit_until_moved = False
    view.set_zoom(1.0)
    first, second, third = add_notes(document, ["Bänkar", "Belysning", "Toaletter"])
    for text in shortcut("board.next").keys:
        scene_of(page).select([first.id])
        view.setFocus()
        event = _event(text)
        qtbot.keyClick(view, Qt.Key(event.key()), event.modifiers())
        assert page.controller.editing.active, text
        type_text(view, "Soffor")
        qtbot.keyClick(view, Qt.Key.Key_Escape)
        new = [n for n in document.workshop.notes_on(first.board_id) if n.id not in
               {first.id, second.id, third.id}]  # fmt: skip
        assert len(new) == 1, text
        assert (new[0].y, new[0].x) > (first.y, first.x), text  # reading order
        seen = view.mapToScene(view.viewport().rect()).boundingRect()
        assert seen.left() <= new[0].x <= new[0].x + new[0].width <= seen.right(), text
        assert all(not overlaps(box(new[0]), box(n)) for n in (first, second, third)), text
        assert reopened_equal(document)
        document.undo_stack.undo()
        assert len(document.workshop.notes_on(first.board_id)) == 3
    for text in shortcut("board.frame").keys:
        scene_of(page).select([first.id, third.id])
        view.setFocus()
        event = _event(text)
        qtbot.keyClick(view, Qt.Key(event.key()), event.modifiers())
        (frame,) = document.workshop.all(Frame)
        framed = {n.text for n in document.workshop.notes_on(first.board_id)
                  if n.frame_id == frame.id and centre_inside(box(n), box(frame))}  # fmt: skip
        assert framed == {"Bänkar", "Toaletter"}, text
        assert reopened_equal(document)
        document.undo_stack.undo()
        assert document.workshop.all(Frame) == []
        assert reopened_equal(document)
