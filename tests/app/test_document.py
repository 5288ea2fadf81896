"""The document applies, commits and announces every edit; undo and redo persist."""

from __future__ import annotations

from n3desk.app.commands import push_edit
from n3desk.app.document import SessionDocument
from n3desk.domain import Note, Put, new_id


def test_edit_undo_redo_are_committed(document: SessionDocument, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A pushed edit, its undo and its redo each reach the library and the views."""
    board = document.workshop.boards[0]
    note = Note(new_id(), board.id, "Fler gympass på biblioteket")
    with qtbot.waitSignal(document.applied):
        push_edit(document, "Add note", [Put(note)])
    library = document.library
    assert library.load(document.session.id).get(Note, note.id) == note
    document.undo_stack.undo()
    assert library.load(document.session.id).get(Note, note.id) is None
    document.undo_stack.redo()
    assert library.load(document.session.id) == document.workshop
