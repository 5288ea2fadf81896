"""The projector's keys come from the one table, and each does its job from either window."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from n3desk.app.key_map import normalised
from n3desk.app.projector.state import BOARD, Target
from n3desk.app.session_window import SessionWindow
from n3desk.app.shortcuts import SHORTCUTS, is_gesture

from .test_projector_board import real_board_ops

# Esc leaves the projector's own window (it asks the table with matches(), no QAction).
WINDOW_KEYS = {"projector.leave"}


def test_every_projector_key_of_the_table_is_an_action_on_both_windows(
    session: SessionWindow,
) -> None:
    """Each projector row of the table is one presenter action with exactly its keys."""
    presenter = session.presenter
    rows = [s for s in SHORTCUTS if s.id.startswith("projector.") and s.id not in WINDOW_KEYS]
    assert {"projector.next_part", "projector.previous_part"} <= {s.id for s in rows}
    for row in rows:
        action = presenter.actions[row.id]
        declared = [normalised(k) for k in row.keys if not is_gesture(k)]
        assert [s.toString() for s in action.shortcuts()] == declared, row.id
        assert action in session.actions(), row.id
        assert action in presenter.window.actions(), row.id


def test_pgdown_and_pgup_pressed_in_the_facilitators_window_step_the_wall(
    session: SessionWindow, qtbot: QtBot
) -> None:
    """The table's PgDown and PgUp, pressed where the facilitator works, move the wall's part."""
    document = session.document
    ops, _notes = real_board_ops(document.workshop.boards[0].id, document.workshop.criteria)
    document.apply(ops)
    session.presenter.state.fix(Target(BOARD, document.workshop.boards[0].id))
    session.presenter.window.place_on(QRect(0, 0, 1024, 768))
    pane = session.presenter.window.content.board
    pane.refit()
    assert len(pane.parts) > 2
    session.activateWindow()
    for row_id, step in (("projector.next_part", 1), ("projector.previous_part", -1)):
        before = pane.index
        for text in next(s for s in SHORTCUTS if s.id == row_id).keys:
            key = QKeySequence(text)[0]
            qtbot.keyClick(session, key.key(), key.keyboardModifiers())
            assert pane.index == before + step, (row_id, text)
            assert pane.counter.text() == f"{pane.index + 1} / {len(pane.parts)}"
            before = pane.index
