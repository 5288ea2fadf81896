"""ProgrammeDocument: one open programme, its sessions, and its undoable edits.

The same one-way flow as a session (DESIGN.md §3): an edit is a
:class:`ProgrammeCommand` on the document's undo stack; the document applies it to
the programme (and, for carrying ideas forward, to the later session's notes),
writes both to the library in one transaction and emits :attr:`changed`. If the
library cannot take the change, nothing is applied and the person is told: a
programme edit is small and can simply be made again.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from n3desk.domain.changes import Op
from n3desk.domain.programme_content import ProgrammeContent
from n3desk.domain.programmes import ProgrammeOp
from n3desk.domain.workshop import Workshop
from n3desk.store.errors import LibraryError, SessionNotFoundError
from n3desk.store.library import Library
from n3desk.store.programme_store import commit_programme

SessionOps = Sequence[tuple[str, Sequence[Op]]]  # (session id, its operations)


class ProgrammeDocument(QObject):
    """One open programme and the workshops of its sessions.

    Signals:
        changed(): the programme or one of its sessions changed (edit, undo, redo).
        failed(str): an undo or redo could not be written; nothing changed.
    """

    changed = Signal()
    failed = Signal(str)

    def __init__(
        self,
        library: Library,
        content: ProgrammeContent,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.content = content
        self.clock = clock
        self.undo_stack = QUndoStack(self)
        self.workshops: dict[str, Workshop] = {}
        self._load_missing()

    def _load_missing(self) -> None:
        for session_id in self.content.session_ids:
            if session_id not in self.workshops:
                try:
                    self.workshops[session_id] = self.library.load(session_id)
                except SessionNotFoundError:
                    continue  # removed for good since it joined: shown as missing

    def sessions(self) -> list[Workshop]:
        """The programme's live sessions, in order."""
        found = [self.workshops.get(s) for s in self.content.session_ids]
        return [w for w in found if w is not None and w.session.deleted_at is None]

    def apply(
        self, programme_ops: Sequence[ProgrammeOp], session_ops: SessionOps = ()
    ) -> tuple[list[ProgrammeOp], list[tuple[str, list[Op]]]]:
        """Apply, commit in one transaction, announce; the operations that undo it.

        Raises ProgrammeError or IntegrityError (nothing changed) when the change
        does not fit, and LibraryError (nothing changed) when it cannot be written.
        """
        undo_sessions: list[tuple[str, list[Op]]] = []
        try:
            for session_id, ops in session_ops:
                undo_sessions.append((session_id, self.workshops[session_id].apply(ops)))
            undo_programme = self.content.apply(programme_ops)
        except Exception:
            for session_id, ops in reversed(undo_sessions):
                self.workshops[session_id].apply(ops)
            raise
        try:
            commit_programme(
                self.library, programme_ops, [op for _s, ops in session_ops for op in ops]
            )
        except LibraryError:
            self.content.apply(undo_programme)
            for session_id, ops in reversed(undo_sessions):
                self.workshops[session_id].apply(ops)
            raise
        self._load_missing()
        self.changed.emit()
        return undo_programme, list(reversed(undo_sessions))


class ProgrammeCommand(QUndoCommand):
    """An undoable programme edit (and the session notes that go with it)."""

    def __init__(
        self,
        document: ProgrammeDocument,
        text: str,
        programme_ops: Sequence[ProgrammeOp],
        session_ops: SessionOps = (),
    ) -> None:
        super().__init__(text)
        self.document = document
        self.programme_ops = list(programme_ops)
        self.session_ops = [(s, list(ops)) for s, ops in session_ops]
        self._undo: tuple[list[ProgrammeOp], list[tuple[str, list[Op]]]] = ([], [])
        self._done_already = False

    def apply_now(self) -> None:
        """Apply before pushing, so a change that does not fit raises here (not in C++)."""
        self._undo = self.document.apply(self.programme_ops, self.session_ops)
        self._done_already = True

    def redo(self) -> None:
        if self._done_already:
            self._done_already = False
            return
        try:
            self._undo = self.document.apply(self.programme_ops, self.session_ops)
        except LibraryError as exc:  # called from C++: report, never raise
            self.document.failed.emit(str(exc))

    def undo(self) -> None:
        try:
            self.document.apply(*self._undo)
        except LibraryError as exc:
            self.document.failed.emit(str(exc))


def push_programme_edit(
    document: ProgrammeDocument,
    text: str,
    programme_ops: Sequence[ProgrammeOp],
    session_ops: SessionOps = (),
) -> ProgrammeCommand | None:
    """Apply one undoable programme edit and push it; nothing when there is nothing to do."""
    if not programme_ops and not any(ops for _s, ops in session_ops):
        return None
    command = ProgrammeCommand(document, text, programme_ops, session_ops)
    command.apply_now()
    document.undo_stack.push(command)
    return command
