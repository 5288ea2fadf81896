"""The presenter's preview: redrawn when the room's picture changed, never while hidden."""

from __future__ import annotations

from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from n3desk.app.commands import push_edit
from n3desk.app.projector import preview
from n3desk.app.projector.state import BOARD, Target
from n3desk.app.session_window import SessionWindow
from n3desk.domain.changes import Put
from n3desk.domain.entities import Note, new_id


def add_note(session: SessionWindow, text: str) -> None:
    document = session.document
    push_edit(document, "Add note", [Put(Note(new_id(), document.workshop.boards[0].id, text))])


def shown_preview(session: SessionWindow, qtbot: QtBot) -> preview.ProjectorPreview:
    panel = session.presenter_panel
    panel.setVisible(True)
    qtbot.waitUntil(panel.preview.isVisible)
    qtbot.waitUntil(lambda: not panel.preview.stale)
    return panel.preview


def test_the_preview_draws_nothing_while_the_room_sees_nothing_new(
    session: SessionWindow, qtbot: QtBot
) -> None:
    """No change, no picture: two seconds of quiet draw none (no timer redraws it)."""
    shown = shown_preview(session, qtbot)
    qtbot.wait(preview.PREVIEW_MS)  # whatever the showing itself brought has settled
    drawn = shown.pictures
    qtbot.wait(5 * preview.PREVIEW_MS)
    assert shown.pictures == drawn


def test_many_edits_in_a_burst_cost_one_picture(session: SessionWindow, qtbot: QtBot) -> None:
    """Thirty notes at once: the preview redraws once for them, with the notes in it."""
    session.presenter.state.fix(Target(BOARD, session.document.workshop.boards[0].id))
    shown = shown_preview(session, qtbot)
    qtbot.wait(preview.PREVIEW_MS)
    drawn = shown.pictures
    before = shown.pixmap().toImage()
    for i in range(30):
        add_note(session, f"lapp {i}")
    assert shown.stale
    qtbot.waitUntil(lambda: not shown.stale)
    assert shown.pictures == drawn + 1
    assert shown.pixmap().toImage() != before  # the notes are in the new picture


def test_a_hidden_preview_draws_nothing_and_catches_up_when_shown(
    session: SessionWindow, qtbot: QtBot
) -> None:
    """Edits while the panel is hidden draw no picture; showing it draws the latest once."""
    shown = shown_preview(session, qtbot)
    session.presenter_panel.setVisible(False)
    drawn = shown.pictures
    for i in range(5):
        add_note(session, f"dold {i}")
    qtbot.wait(3 * preview.PREVIEW_MS)
    assert shown.pictures == drawn
    assert shown.stale
    session.presenter_panel.setVisible(True)
    qtbot.waitUntil(lambda: not shown.stale)
    assert shown.pictures == drawn + 1


def test_the_small_picture_keeps_the_projectors_shape(session: SessionWindow) -> None:
    """Drawn straight at the preview's size: 1024×768 fits a 280×158 box as 210×158."""
    picture = session.presenter.window.picture(QSize(280, 158))
    assert (picture.width(), picture.height()) == (210, 158)
    assert not picture.toImage().isNull()
