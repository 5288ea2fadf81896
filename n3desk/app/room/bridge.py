"""The room's way into the app: jobs from the server's thread run on the GUI thread.

:class:`GuiHost` is the :class:`~n3desk.room.host.RoomHost` of the open
:class:`~n3desk.app.document.SessionDocument`. The room server hands it a job with
:meth:`GuiHost.submit` from its own thread; a queued signal brings the job to the GUI
thread, where it runs between paint events like any user gesture, and its answer
goes back through a :class:`concurrent.futures.Future`. A phone's edit is pushed on
the facilitator's undo stack, so Ctrl+Z takes back a phone's note like any other.

Signals:
    ran(): a job ran (the panel refreshes its list of phones and counts).
"""

from __future__ import annotations

import concurrent.futures
import threading
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from n3desk.app.commands import push_edit
from n3desk.app.document import SessionDocument
from n3desk.domain.changes import Op
from n3desk.domain.workshop import Workshop
from n3desk.room import host


class GuiHost(QObject):
    """Runs the room's jobs on the GUI thread, against the open document."""

    ran = Signal()
    _job = Signal(object, object)

    def __init__(self, document: SessionDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._pending: set[concurrent.futures.Future[Any]] = set()
        self._lock = threading.Lock()  # submit() runs on the server's thread
        self._job.connect(self._run, Qt.ConnectionType.QueuedConnection)

    # -- RoomHost --------------------------------------------------------------------

    @property
    def workshop(self) -> Workshop:
        return self.document.workshop

    def now(self) -> float:
        return self.document.clock()

    def edit(self, action: str, who: str, ops: Sequence[Op]) -> None:
        """One undoable edit on the facilitator's stack, worded for the Edit menu."""
        push_edit(self.document, self.edit_text(action, who), ops)

    def edit_text(self, action: str, who: str) -> str:
        texts = {
            host.JOIN: QCoreApplication.translate("RoomEdits", "{name} joined the room"),
            host.NOTE: QCoreApplication.translate("RoomEdits", "Note from {name}"),
            host.EDIT: QCoreApplication.translate("RoomEdits", "{name} changed a note"),
            host.WITHDRAW: QCoreApplication.translate("RoomEdits", "{name} withdrew a note"),
            host.VOTE: QCoreApplication.translate("RoomEdits", "Dot from {name}"),
            host.RATE: QCoreApplication.translate("RoomEdits", "Rating from {name}"),
        }
        fallback = QCoreApplication.translate("RoomEdits", "Change from {name}")
        # A name is shown in the Edit menu, where "&" would mark a shortcut key.
        return texts.get(action, fallback).format(name=who.replace("&", "&&"))

    # -- jobs from the server's thread -----------------------------------------------

    def submit(self, job: Callable[[], Any]) -> concurrent.futures.Future[Any]:
        """Run ``job`` on the GUI thread soon (any thread may call this); its future."""
        future: concurrent.futures.Future[Any] = concurrent.futures.Future()
        with self._lock:
            self._pending.add(future)
        self._job.emit(job, future)
        return future

    def _run(self, job: Callable[[], Any], future: concurrent.futures.Future[Any]) -> None:
        with self._lock:
            self._pending.discard(future)
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(job())
        except BaseException as exc:  # the room turns it into the phone's answer
            future.set_exception(exc)
        self.ran.emit()

    def cancel_all(self) -> None:
        """The room closes: jobs not yet run never will."""
        with self._lock:
            pending, self._pending = self._pending, set()
        for future in pending:
            future.cancel()
