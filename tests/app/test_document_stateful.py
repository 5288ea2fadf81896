"""Random edits, undos and redos through the real document and QUndoStack.

The invariant of DESIGN.md §4: whatever the facilitator did, undid or redid, the
library reopened from disk equals the document in memory.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from PySide6.QtWidgets import QApplication

from n3desk.app.commands import push_edit
from n3desk.app.document import SessionDocument
from n3desk.domain import Board, Frame, Note, Put, new_id
from n3desk.domain.palette import NOTE_COLOURS
from n3desk.domain.ratings import rate_ops
from n3desk.domain.templates import BLANK, instantiate
from n3desk.store import open_library

TEXTS = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["<b>fet</b>", "<img src=x>", "\x00\x07\r\n", "مرحبا שלום", "🎉👩🏽‍🏫"]),
)
COORDS = st.floats(min_value=-1e5, max_value=1e5, allow_nan=False)
RAM_DISK = "/dev/shm" if Path("/dev/shm").is_dir() else None


class DocumentAgainstLibrary(RuleBasedStateMachine):
    """Edits are pushed as undo commands; undo and redo go through the stack."""

    def __init__(self) -> None:
        super().__init__()
        self.app = QApplication.instance() or QApplication([])
        self.folder = Path(tempfile.mkdtemp(prefix="n3desk-doc-", dir=RAM_DISK))
        self.library = open_library(self.folder)
        workshop = instantiate(BLANK, "Stateful", language="sv", now=0.0)
        self.library.add(workshop)
        self.document = SessionDocument(self.library, self.library.load(workshop.session.id))

    def teardown(self) -> None:
        self.document.undo_stack.clear()
        self.library.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    @property
    def workshop(self):  # type: ignore[no-untyped-def]
        return self.document.workshop

    def _notes(self) -> list[Note]:
        return self.workshop.all(Note)

    @rule(text=TEXTS, x=COORDS, y=COORDS, colour=st.sampled_from(sorted(NOTE_COLOURS)))
    def add_note(self, text: str, x: float, y: float, colour: str) -> None:
        board = self.workshop.boards[0]
        note = Note(new_id(), board.id, text, colour, x, y)
        push_edit(self.document, "Add note", [Put(note)])

    @rule(title=TEXTS)
    def add_board(self, title: str) -> None:
        board = Board(new_id(), self.workshop.session.id, title, len(self.workshop.boards))
        push_edit(self.document, "Add board", [Put(board)])

    @precondition(lambda self: bool(self._notes()))
    @rule(data=st.data(), text=TEXTS)
    def edit_text(self, data: st.DataObject, text: str) -> None:
        note = data.draw(st.sampled_from(self._notes()))
        push_edit(self.document, "Edit note", [Put(replace(note, text=text))])

    @precondition(lambda self: bool(self._notes()))
    @rule(data=st.data(), dx=COORDS, dy=COORDS)
    def move_all(self, data: st.DataObject, dx: float, dy: float) -> None:
        notes = data.draw(st.lists(st.sampled_from(self._notes()), min_size=1, unique=True))
        ops = [Put(replace(n, x=n.x + dx, y=n.y + dy)) for n in notes]
        push_edit(self.document, "Move notes", ops)

    @precondition(lambda self: bool(self._notes()))
    @rule(data=st.data(), value=st.integers(0, 3))
    def rate(self, data: st.DataObject, value: int) -> None:
        note = data.draw(st.sampled_from(self._notes()))
        criterion = self.workshop.criteria[0]
        # As the ratings panel does: a note has one rating per criterion, replaced.
        ops = rate_ops(self.workshop.ratings_of(note.id), note.id, criterion, value)
        push_edit(self.document, "Rate", ops)

    @precondition(lambda self: bool(self._notes()))
    @rule(data=st.data())
    def frame_around(self, data: st.DataObject) -> None:
        note = data.draw(st.sampled_from(self._notes()))
        frame = Frame(new_id(), note.board_id, "Kluster", note.x - 10, note.y - 10)
        push_edit(self.document, "Frame", [Put(frame), Put(replace(note, frame_id=frame.id))])

    @precondition(lambda self: bool(self._notes()))
    @rule(data=st.data())
    def delete_note(self, data: st.DataObject) -> None:
        note = data.draw(st.sampled_from(self._notes()))
        push_edit(self.document, "Delete note", self.workshop.removal_ops(note))

    @precondition(lambda self: len(self.workshop.boards) > 1)
    @rule(data=st.data())
    def delete_board(self, data: st.DataObject) -> None:
        board = data.draw(st.sampled_from(self.workshop.boards[1:]))
        push_edit(self.document, "Delete board", self.workshop.removal_ops(board))

    @precondition(lambda self: self.document.undo_stack.canUndo())
    @rule()
    def undo(self) -> None:
        self.document.undo_stack.undo()

    @precondition(lambda self: self.document.undo_stack.canRedo())
    @rule()
    def redo(self) -> None:
        self.document.undo_stack.redo()

    @invariant()
    def library_equals_document(self) -> None:
        assert self.document.saved
        assert self.library.load(self.workshop.session.id) == self.workshop


DocumentAgainstLibrary.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestDocumentAgainstLibrary = DocumentAgainstLibrary.TestCase
TestDocumentAgainstLibrary.pytestmark = [pytest.mark.slow]  # about 5 s of CPU
