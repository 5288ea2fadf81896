"""What a room needs from whoever holds the session: the workshop, and a way to edit it.

In the app the host is the open :class:`~n3desk.app.document.SessionDocument`: an
edit from a phone is pushed on the facilitator's undo stack like any other edit
(``n3desk/app/room/``). ``n3desk room`` uses :class:`~n3desk.room.headless.HeadlessDocument`.
Either way the edit is one list of operations, applied and committed in one
transaction before the phone hears that it landed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from n3desk.domain.changes import Op
from n3desk.domain.workshop import Workshop

# What a phone did, for the undo stack's wording ("Note from Anna").
JOIN, NOTE, EDIT, WITHDRAW, VOTE, RATE = "join", "note", "edit", "withdraw", "vote", "rate"


class RoomHost(Protocol):
    """The session a room writes into. Called only on the host's own thread."""

    @property
    def workshop(self) -> Workshop: ...

    def now(self) -> float:
        """The session's clock (seconds since the epoch)."""
        ...

    def edit(self, action: str, who: str, ops: Sequence[Op]) -> None:
        """Apply ``ops`` as one undoable edit and commit it.

        Raises :class:`~n3desk.room.errors.RoomError` (503) when the library could
        not take it, so the phone is never told that something was saved when it
        was not.
        """
        ...
