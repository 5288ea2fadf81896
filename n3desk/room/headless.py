"""HeadlessDocument: a session held without a window, for ``n3desk room``.

It does what the app's :class:`~n3desk.app.document.SessionDocument` does with an
edit, without Qt: apply the operations to the workshop, commit them to the library
in one durable transaction, then tell whoever listens. One difference, on purpose:
when the library cannot take a change, the headless room puts the workshop back and
refuses the request (503) instead of keeping it to retry, because a phone must only
hear "saved" for what is on the disk — ``kill -9`` may come at any moment.

Every method runs on one thread (the room's host thread); nothing here locks.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import replace

from n3desk.domain.changes import Op, Put
from n3desk.domain.limits import cleaned_ops
from n3desk.domain.workshop import Workshop
from n3desk.room.errors import NOT_SAVED, RoomError
from n3desk.store.errors import LibraryWriteError
from n3desk.store.library import Library

log = logging.getLogger(__name__)

TOUCH_INTERVAL_S = 60.0  # as SessionDocument: "last changed" needs minutes, not ms


class HeadlessDocument:
    """One session, edited by a room with no window."""

    def __init__(
        self, library: Library, workshop: Workshop, *, clock: Callable[[], float] = time.time
    ) -> None:
        self.library = library
        self.workshop = workshop
        self.clock = clock
        self.listeners: list[Callable[[list[Op]], None]] = []
        self.undo_stack: list[tuple[str, list[Op]]] = []  # (what, inverse), newest last

    def now(self) -> float:
        return self.clock()

    def edit(self, action: str, who: str, ops: Sequence[Op]) -> None:
        """Apply and commit ``ops`` (all or nothing); keep the inverse for :meth:`undo`."""
        if not ops:
            return
        inverse = self.apply(ops)
        self.undo_stack.append((f"{action} {who}".strip(), inverse))

    def apply(self, ops: Sequence[Op]) -> list[Op]:
        """Apply ``ops``, commit them, announce them; the inverse.

        IntegrityError (nothing changed) when they do not fit; RoomError 503 (nothing
        changed, in memory or on disk) when the library cannot take them.
        """
        if not ops:
            return []
        ops = cleaned_ops(ops)  # as the app's document: a lone surrogate becomes U+FFFD
        inverse = self.workshop.apply(ops)
        written = list(ops)
        session = self.workshop.session
        if self.clock() - session.updated_at >= TOUCH_INTERVAL_S:
            touch = Put(replace(session, updated_at=self.clock()))
            inverse = self.workshop.apply([touch]) + inverse
            written.append(touch)
        try:
            self.library.commit(written)
        except LibraryWriteError as exc:
            self.workshop.apply(inverse)
            log.warning("room change refused, not saved: %s", exc)
            raise RoomError(NOT_SAVED, "not_saved", str(exc)) from None
        for listener in list(self.listeners):
            listener(ops)
        return inverse

    def undo(self) -> str | None:
        """Undo the latest edit; what it was, or None when there is nothing to undo."""
        if not self.undo_stack:
            return None
        what, inverse = self.undo_stack.pop()
        self.apply(inverse)
        return what
