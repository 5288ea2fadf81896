"""Random edits, undos and redos of boards, frames and notes: the library always agrees."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from n3desk.domain.changes import Op, Put
from n3desk.domain.entities import Board, Frame, Note, new_id
from n3desk.domain.palette import NOTE_COLOURS
from n3desk.domain.templates import BLANK, instantiate
from n3desk.store import open_library

# Hostile text included: markup, control characters, right-to-left scripts, emoji.
TEXTS = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["<b>fet</b>", "<img src=x>", "\x00\x07\t\r\n", "مرحبا שלום", "🎉👩🏽‍🏫"]),
)
COORDS = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)
COLOURS = st.sampled_from(sorted(NOTE_COLOURS))

# This test is about agreement, not durability: on a RAM disk the fsync of every
# commit costs nothing, which keeps hundreds of commits fast.
RAM_DISK = "/dev/shm" if Path("/dev/shm").is_dir() else None


class WorkshopAgainstLibrary(RuleBasedStateMachine):
    """Every change goes to the Workshop and is committed; undo applies the inverse ops."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="n3desk-stateful-", dir=RAM_DISK))
        self.library = open_library(self.folder)
        self.workshop = instantiate(BLANK, "Stateful", language="sv", now=0.0)
        self.library.add(self.workshop)
        self.undo_stack: list[list[Op]] = []
        self.redo_stack: list[list[Op]] = []

    def teardown(self) -> None:
        self.library.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _do(self, ops: list[Op]) -> None:
        inverse = self.workshop.apply(ops)
        self.library.commit(ops)
        self.undo_stack.append(inverse)
        self.redo_stack.clear()

    def _has_notes(self) -> bool:
        return bool(self.workshop.all(Note))

    def _has_frames(self) -> bool:
        return bool(self.workshop.all(Frame))

    # -- boards ------------------------------------------------------------------------

    @rule(title=TEXTS)
    def add_board(self, title: str) -> None:
        session_id = self.workshop.session.id
        board = Board(new_id(), session_id, title, position=len(self.workshop.boards))
        self._do([Put(board)])

    @precondition(lambda self: self.workshop.boards)
    @rule(data=st.data(), title=TEXTS)
    def rename_board(self, data: st.DataObject, title: str) -> None:
        board = data.draw(st.sampled_from(self.workshop.boards))
        self._do([Put(replace(board, title=title))])

    @precondition(lambda self: self.workshop.boards)
    @rule(data=st.data())
    def delete_board(self, data: st.DataObject) -> None:
        board = data.draw(st.sampled_from(self.workshop.boards))
        self._do(self.workshop.removal_ops(board))

    # -- frames ------------------------------------------------------------------------

    @precondition(lambda self: self.workshop.boards)
    @rule(data=st.data(), title=TEXTS, x=COORDS, y=COORDS)
    def add_frame(self, data: st.DataObject, title: str, x: float, y: float) -> None:
        board = data.draw(st.sampled_from(self.workshop.boards))
        self._do([Put(Frame(new_id(), board.id, title=title, x=x, y=y))])

    @precondition(_has_frames)
    @rule(data=st.data(), x=COORDS, y=COORDS)
    def move_frame(self, data: st.DataObject, x: float, y: float) -> None:
        frame = data.draw(st.sampled_from(self.workshop.all(Frame)))
        self._do([Put(replace(frame, x=x, y=y))])

    @precondition(_has_frames)
    @rule(data=st.data())
    def delete_frame(self, data: st.DataObject) -> None:
        frame = data.draw(st.sampled_from(self.workshop.all(Frame)))
        self._do(self.workshop.removal_ops(frame))

    # -- notes -------------------------------------------------------------------------

    @precondition(lambda self: self.workshop.boards)
    @rule(data=st.data(), text=TEXTS, colour=COLOURS, x=COORDS, y=COORDS)
    def add_note(self, data: st.DataObject, text: str, colour: str, x: float, y: float) -> None:
        board = data.draw(st.sampled_from(self.workshop.boards))
        frames = self.workshop.frames_on(board.id)
        frame = data.draw(st.none() | st.sampled_from(frames)) if frames else None
        notes = self.workshop.all(Note)
        origin = data.draw(st.none() | st.sampled_from(notes)) if notes else None
        note = Note(
            new_id(),
            board.id,
            text=text,
            colour=colour,
            x=x,
            y=y,
            frame_id=frame.id if frame else None,
            origin_id=origin.id if origin else None,
        )
        self._do([Put(note)])

    @precondition(_has_notes)
    @rule(data=st.data(), text=TEXTS, colour=COLOURS, hidden=st.booleans())
    def edit_note(self, data: st.DataObject, text: str, colour: str, hidden: bool) -> None:
        note = data.draw(st.sampled_from(self.workshop.all(Note)))
        self._do([Put(replace(note, text=text, colour=colour, hidden=hidden))])

    @precondition(_has_notes)
    @rule(data=st.data(), dx=COORDS, dy=COORDS)
    def move_notes(self, data: st.DataObject, dx: float, dy: float) -> None:
        """A drag of several notes, into a frame of their board or out of any: one step."""
        notes = data.draw(st.lists(st.sampled_from(self.workshop.all(Note)), min_size=1))
        ops: list[Op] = []
        for note in {n.id: n for n in notes}.values():
            frames = self.workshop.frames_on(note.board_id)
            frame = data.draw(st.none() | st.sampled_from(frames)) if frames else None
            ops.append(
                Put(
                    replace(
                        note,
                        x=note.x + dx,
                        y=note.y + dy,
                        frame_id=frame.id if frame else None,
                    )
                )
            )
        self._do(ops)

    @precondition(_has_notes)
    @rule(data=st.data())
    def delete_note(self, data: st.DataObject) -> None:
        note = data.draw(st.sampled_from(self.workshop.all(Note)))
        self._do(self.workshop.removal_ops(note))

    # -- undo and redo ---------------------------------------------------------------------

    @precondition(lambda self: self.undo_stack)
    @rule()
    def undo(self) -> None:
        inverse = self.undo_stack.pop()
        redo = self.workshop.apply(inverse)
        self.library.commit(inverse)
        self.redo_stack.append(redo)

    @precondition(lambda self: self.redo_stack)
    @rule()
    def redo(self) -> None:
        ops = self.redo_stack.pop()
        undo = self.workshop.apply(ops)
        self.library.commit(ops)
        self.undo_stack.append(undo)

    @invariant()
    def library_holds_the_workshop(self) -> None:
        assert self.library.load(self.workshop.session.id) == self.workshop


WorkshopAgainstLibrary.TestCase.settings = settings(
    max_examples=30,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestWorkshopAgainstLibrary = WorkshopAgainstLibrary.TestCase
TestWorkshopAgainstLibrary.__doc__ = "Random edits with undo/redo: library.load() == workshop."
TestWorkshopAgainstLibrary.pytestmark = [pytest.mark.slow]  # about 6 s of CPU
