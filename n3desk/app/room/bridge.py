"""The room's way into the app: jobs from the server's thread run on the GUI thread.

:class:`GuiHost` is the :class:`~n3desk.room.host.RoomHost` of the open
:class:`~n3desk.app.document.SessionDocument`. The room server hands it a job with
:meth:`GuiHost.submit` from its own thread; a queued signal brings the job to the GUI
thread, where it runs between paint events like any user gesture, and its answer
goes back through a :class:`concurrent.futures.Future`. A phone's edit is pushed on
the facilitator's undo stack, so Ctrl+Z takes back a phone's note like any other.

Jobs that pile up while the GUI thread is busy (a burst of phones) run as one batch
of at most :data:`BATCH_MS` of work, inside the document's ``one_commit``: one
hand-over to the library's writer, each phone's edit still its own undo step. The
edits are on the board at once; the durable commit runs on the writer's thread, and
the phones hear their answers only after it (``after_commit``): an answered note is
on the disk. When the write fails, the phones hear 503 (not saved) while the
facilitator's app keeps the change and retries it.

Signals:
    ran(): a job ran (the panel refreshes its list of phones and counts).
"""

from __future__ import annotations

import concurrent.futures
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from n3desk.app.commands import push_edit
from n3desk.app.document import SessionDocument
from n3desk.domain.changes import Op
from n3desk.domain.workshop import Workshop
from n3desk.room import host
from n3desk.room.errors import NOT_SAVED, RoomError

# The phone's words when the laptop's disk refused its change (the app keeps retrying).
NOT_SAVED_TEXT = "not saved yet: the facilitator's laptop could not write it to its library"
BATCH_MS = 8.0  # a batch of jobs stops after this much work: half a 60 fps frame


def answer(
    done: Sequence[tuple[concurrent.futures.Future[Any], Any]], error: BaseException | None
) -> None:
    """Answer the phones whose edits were written, or tell them it was not saved."""
    for future, result in done:
        if error is None:
            future.set_result(result)
        else:
            future.set_exception(RoomError(NOT_SAVED, "not_saved", NOT_SAVED_TEXT))


class GuiHost(QObject):
    """Runs the room's jobs on the GUI thread, against the open document."""

    ran = Signal()
    _wake = Signal()

    def __init__(self, document: SessionDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._queue: deque[tuple[Callable[[], Any], concurrent.futures.Future[Any]]] = deque()
        self._lock = threading.Lock()  # submit() runs on the server's thread
        self._wake.connect(self._run_batch, Qt.ConnectionType.QueuedConnection)

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
            self._queue.append((job, future))
            wake = len(self._queue) == 1  # else a batch is already on its way
        if wake:
            self._wake.emit()
        return future

    def _run_batch(self) -> None:
        """Run the waiting jobs for up to BATCH_MS, hand them to the writer as one."""
        done: list[tuple[concurrent.futures.Future[Any], Any]] = []
        start = time.perf_counter()
        with self.document.one_commit():
            while (time.perf_counter() - start) * 1000 < BATCH_MS:
                with self._lock:
                    if not self._queue:
                        break
                    job, future = self._queue.popleft()
                if not future.set_running_or_notify_cancel():
                    continue
                try:
                    done.append((future, job()))
                except BaseException as exc:  # the room turns it into the phone's answer
                    future.set_exception(exc)  # refused: nothing to wait for
        if done:
            # Ack after commit: the answers go out from the writer's thread once the
            # batch (and everything before it) is on the disk.
            self.document.after_commit(lambda error: answer(done, error))
        with self._lock:
            more = bool(self._queue)
        if more:
            self._wake.emit()  # queued behind the paint events already waiting
        if done:
            self.ran.emit()

    def cancel_all(self) -> None:
        """The room closes: jobs not yet run never will."""
        with self._lock:
            pending, self._queue = self._queue, deque()
        for _job, future in pending:
            future.cancel()
