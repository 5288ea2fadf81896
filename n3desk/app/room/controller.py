"""RoomController: the room of the open session, opened and closed by the facilitator.

It owns the :class:`~n3desk.room.server.RoomServer` (its own thread), the
:class:`~n3desk.room.room.Room` (the rules, on the GUI thread) and the bridge between
them. It is made with the session's document and closed with the session: closing
stops the server, every connection and every token. Each opening gets a new code.

Signals:
    changed(): opened, closed, a phone joined or left, a note came in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from n3desk.app.document import SessionDocument
from n3desk.app.room.bridge import GuiHost
from n3desk.domain.change_set import ChangeSet
from n3desk.room.network import DEFAULT_PORT
from n3desk.room.phones import Phone, new_room_code
from n3desk.room.room import Room
from n3desk.room.server import RoomServer


@dataclass(frozen=True, slots=True)
class RoomStatus:
    """What the panel and the join screen show."""

    open: bool
    url: str = ""
    join_url: str = ""
    code: str = ""
    joined: int = 0
    notes_in: int = 0


COUNTS_MS = 100  # the panel's and the join screen's counts follow within this


class RoomController(QObject):
    """Opens and closes the room of one open session."""

    changed = Signal()

    def __init__(self, document: SessionDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.host = GuiHost(document, self)
        self.room: Room | None = None
        self.server: RoomServer | None = None
        self.join_screen_wanted = True  # the panel's "Show the join screen" (kept across windows)
        # The panel and the join screen follow phones' edits at most every COUNTS_MS: a
        # burst of notes would otherwise redraw them once per note.
        self._counts = QTimer(self)
        self._counts.setSingleShot(True)
        self._counts.setInterval(COUNTS_MS)
        self._counts.timeout.connect(self.changed)
        self.host.ran.connect(self._changed_soon)
        document.applied.connect(self._on_document_changed)

    @property
    def is_open(self) -> bool:
        return self.server is not None

    def open(self, address: str, port: int = DEFAULT_PORT) -> RoomStatus:
        """Serve the room on ``address``; OSError (and nothing open) when that fails.

        The usual port falls back to any free one when another program has it.
        """
        self.close()
        room = Room(self.host, new_room_code())
        server = RoomServer(room, self.host.submit, bind=address, port=port)
        try:
            server.start()
        except OSError:
            if port != DEFAULT_PORT:
                raise
            server = RoomServer(room, self.host.submit, bind=address, port=0)
            server.start()
        room.rules_listeners.append(self._on_rules_changed)
        self.room, self.server = room, server
        self.changed.emit()
        return self.status()

    def close(self) -> None:
        """Stop serving: every connection closes, every token dies. Harmless when closed."""
        server = self.server
        if server is None:
            return
        self.room, self.server = None, None
        self.host.cancel_all()
        server.stop()
        self.changed.emit()

    def status(self) -> RoomStatus:
        room, server = self.room, self.server
        if room is None or server is None:
            return RoomStatus(False)
        return RoomStatus(
            True, server.url, server.join_url(), room.code, len(room.phones), room.notes_in()
        )

    def phones(self) -> list[Phone]:
        return self.room.phones.phones() if self.room is not None else []

    def remove_phone(self, token: str) -> None:
        """Take a phone out of the room: its token stops working at once."""
        if self.room is not None and self.server is not None:
            self.room.remove_phone(token)
            self.server.notify_changed()  # its live page hears it was removed
            self.changed.emit()

    def set_rules(self, **changes: Any) -> None:
        """Lock or open writing and voting, private writing, the board, rating."""
        if self.room is not None:
            self.room.set_rules(**changes)

    def _on_rules_changed(self) -> None:
        if self.server is not None:
            self.server.notify_changed()
        self.changed.emit()

    def _on_document_changed(self, _changes: ChangeSet) -> None:
        if self.server is not None:
            self.server.notify_changed()
            self._changed_soon()

    def _changed_soon(self) -> None:
        if not self._counts.isActive():
            self._counts.start()
