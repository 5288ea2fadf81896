"""Undo commands. Every user edit is one of these, pushed on the document's stack.

:class:`EditCommand` carries a list of domain operations: ``redo`` applies them
through the document and keeps the inverse, ``undo`` applies the inverse. Because
undo and redo go through :meth:`SessionDocument.apply`, they are committed to the
library like any other change. A command may have child commands (a cascade, such as
a stakeholder's relations going with it): the parent gathers its children's
operations and its own into one change, committed in one transaction. Children are
plain Python objects held by their parent, not Qt child commands (see __init__).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QUndoCommand

from n3desk.app.document import SessionDocument
from n3desk.domain.changes import Op
from n3desk.domain.limits import LimitError


class EditCommand(QUndoCommand):
    """A change of the workshop as a list of operations, undoable."""

    def __init__(
        self,
        document: SessionDocument,
        text: str,
        ops: Sequence[Op],
        parent: EditCommand | None = None,
    ) -> None:
        # Children are kept on the Python side only, never as Qt child commands:
        # with Qt parents, the C++ parent and the Python wrapper of a child both
        # believed they owned the child, and a garbage collection that ended a
        # stack deleted it twice (a crash inside ~QUndoCommand).
        super().__init__(text)
        self.document = document
        self.ops: list[Op] = list(ops)
        self._inverse: list[Op] = []
        self._applied = False
        self.children: list[EditCommand] = []
        if parent is not None:
            parent.children.append(self)

    def all_ops(self) -> list[Op]:
        """This command's operations after those of its children, in order."""
        ops: list[Op] = []
        for child in self.children:
            ops.extend(child.all_ops())
        ops.extend(self.ops)
        return ops

    def apply_now(self) -> None:
        """Apply the change before the command is pushed, so bad input raises here.

        QUndoStack.push calls redo() from C++, where an exception cannot reach the
        caller; applying first lets :func:`push_command` refuse an invalid change
        cleanly, and the first redo() then has nothing left to do.
        """
        self._inverse = self.document.apply(self.all_ops())
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._inverse = self.document.apply(self.all_ops(), replay=True)

    def undo(self) -> None:
        self.document.apply(self._inverse, replay=True)


def push_command(command: EditCommand) -> EditCommand | None:
    """Apply ``command`` (raising IntegrityError if it does not fit) and push it.

    A change with a text or number past its limit (:mod:`n3desk.domain.limits`) is
    not applied: the document's ``refused`` signal says why, and None is returned.
    """
    try:
        command.apply_now()
    except LimitError as exc:
        command.document.refused.emit(exc)
        return None
    command.document.undo_stack.push(command)
    return command


def push_edit(document: SessionDocument, text: str, ops: Sequence[Op]) -> EditCommand | None:
    """Push one undoable edit; nothing is pushed when there is nothing to change."""
    if not ops:
        return None
    return push_command(EditCommand(document, text, ops))
