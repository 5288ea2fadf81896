"""A projector nobody sees does no work: no audience board is built or fitted per edit."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRect

from n3desk.app.commands import push_edit
from n3desk.app.session_window import SessionWindow
from n3desk.domain.changes import Put
from n3desk.domain.entities import Note, new_id


def test_a_closed_projector_builds_and_fits_nothing_then_shows_the_board_as_it_is(
    session: SessionWindow,
) -> None:
    """With the projector closed, showing the board, scrolling and editing (with undo
    and redo) build no audience scene and fit nothing; opened, it shows the notes as
    they are now."""
    presenter = session.presenter
    presenter.leave()
    assert not presenter.window.isVisible()
    document = session.document
    board = document.workshop.boards[0]
    note = Note(new_id(), board.id, "Fler bänkar", x=0.0, y=0.0)
    push_edit(document, "Add note", [Put(note)])
    session.show_view("board")
    view = session.boards.current_view()
    assert view is not None
    view.pan(40, 30)
    push_edit(document, "Edit", [Put(replace(note, text="Fler bänkar i parken"))])
    document.undo_stack.undo()
    document.undo_stack.redo()
    pane = presenter.window.content.board
    assert pane.scenes == {}  # no audience board: nothing listens, nothing is fitted
    presenter.window.place_on(QRect(2000, 0, 1024, 768))
    presenter.follow_view()
    audience = pane.scene()
    assert audience is not None
    assert audience.notes[note.id].note.text == "Fler bänkar i parken"
