"""SessionDocument: the controller between the undo commands, the library and the views.

One direction of flow (DESIGN.md §3): a gesture becomes a command, the command calls
:meth:`SessionDocument.apply`, which changes the :class:`Workshop`, commits the change
to the library in one transaction and emits what changed. Views redraw from those
signals; they never change the workshop or the library themselves.

A change is announced as a typed :class:`~n3desk.domain.change_set.ChangeSet`:
once as ``applied`` and once per topic it touches (``notes_changed``,
``frames_changed``, ``votes_changed``, ``map_changed``, ``agenda_changed`` … one
per topic of :data:`~n3desk.domain.change_set.KIND_TOPICS`), so a view subscribes
to what it draws. There is no untyped "something changed" signal: a view that
draws several kinds follows ``applied`` and asks the change set what it touched.

The durable commit does not happen on the GUI thread: ``apply`` hands the operations
to the library's writer (:class:`~n3desk.store.writer.LibraryWriter`), which commits
them on its own thread, in order, while the GUI paints. :meth:`flush` waits for it
(closing a session, quitting); every read of the library waits for it too, and
:meth:`after_commit` runs something once what was applied so far is on the disk
(a phone's answer). See docs/architecture.md, "Storage".

If the library cannot take a change (disk full, read-only folder), the change stays
applied in memory, is kept in the writer's queue and retried every few seconds and
before every later change, in order; :attr:`save_state_changed` tells the window so
the title bar never claims the work is saved when it is not.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import replace

from PySide6.QtCore import QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QUndoStack

from n3desk.domain.change_set import TOPICS, ChangeSet
from n3desk.domain.changes import Op, Put
from n3desk.domain.entities import Session
from n3desk.domain.limits import cleaned_ops
from n3desk.domain.workshop import Workshop
from n3desk.store.errors import LibraryWriteError
from n3desk.store.library import Library

log = logging.getLogger(__name__)

RETRY_INTERVAL_MS = 3000
TOUCH_INTERVAL_S = 60.0


class WriterReports(QObject):
    """Carries the writer thread's "an attempt ended" to the document's thread."""

    written = Signal()


class SessionDocument(QObject):
    """One open session.

    Signals:
        applied(ChangeSet): every change (an edit, an undo or a redo), typed; first.
        session_changed, participants_changed, decisions_changed, card_changed,
        criteria_changed, boards_changed, frames_changed, notes_changed,
        votes_changed, ratings_changed, map_changed, agenda_changed,
        timer_changed (ChangeSet): the change, when it touched that topic's records
            (:data:`~n3desk.domain.change_set.KIND_TOPICS`); each at most once.
        replayed(list[Op], list[Op]): last, when an undo or redo applied
            the operations: those applied, and those they replaced (the window
            shows where the step acted).
        save_state_changed(bool, str): saved or not, and the reason when not.
        refused(LimitError): a change was not made, and why (a field past its limit).
    """

    applied = Signal(object)
    session_changed = Signal(object)
    participants_changed = Signal(object)
    decisions_changed = Signal(object)
    card_changed = Signal(object)
    criteria_changed = Signal(object)
    boards_changed = Signal(object)
    frames_changed = Signal(object)
    notes_changed = Signal(object)
    votes_changed = Signal(object)
    ratings_changed = Signal(object)
    map_changed = Signal(object)
    agenda_changed = Signal(object)
    timer_changed = Signal(object)
    replayed = Signal(object, object)
    save_state_changed = Signal(bool, str)
    refused = Signal(object)

    def __init__(
        self,
        library: Library,
        workshop: Workshop,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.workshop = workshop
        self.clock = clock
        self.undo_stack = QUndoStack(self)
        self._pending: list[Op] = []
        self._held = 0  # inside one_commit(): edits wait for its end to be committed
        self._error = ""
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_INTERVAL_MS)
        self._retry.timeout.connect(library.writer.retry)
        self._reports = WriterReports(self)
        self._reports.written.connect(self._on_written, Qt.ConnectionType.QueuedConnection)
        library.writer.listen(self._from_writer)
        self.topic_signals: dict[str, SignalInstance] = {
            topic: getattr(self, f"{topic}_changed") for topic in TOPICS
        }

    @property
    def session(self) -> Session:
        return self.workshop.session

    @property
    def saved(self) -> bool:
        """False while a change waits on a failed write (the title bar says so).

        A change on its way to the disk counts as saved: the writer takes
        milliseconds, and :meth:`flush` waits for it where that matters.
        """
        return not self._error

    @property
    def save_error(self) -> str:
        return self._error

    def apply(self, ops: Sequence[Op], *, replay: bool = False) -> list[Op]:
        """Apply ``ops`` to the workshop, commit them, announce them; return the inverse.

        ``replay`` marks an undo or redo, which is announced once more by ``replayed``.

        Text is cleaned first (:func:`~n3desk.domain.limits.clean_text`: a lone
        surrogate could never be written and would block every later save). Raises
        :class:`~n3desk.domain.workshop.IntegrityError` (and changes nothing) if the
        operations do not fit the workshop, :class:`~n3desk.domain.limits.LimitError`
        when a field is over its limit. A failure to write is not raised: the change
        is kept and retried (see the module docstring).
        """
        if not ops:
            return []
        ops = cleaned_ops(ops)
        inverse = self.workshop.apply(ops)
        self._pending.extend(ops)
        now = self.clock()
        if now - self.workshop.session.updated_at >= TOUCH_INTERVAL_S:
            # "Last changed" needs minutes, not milliseconds: writing the session row
            # on every keystroke-sized edit would double the cost of each commit.
            touch = Put(replace(self.workshop.session, updated_at=now))
            self.workshop.apply([touch])
            self._pending.append(touch)
        if not self._held:
            self._send()
        changes = ChangeSet.of_ops(ops, replay=replay, undone=inverse if replay else ())
        self.applied.emit(changes)
        touched = changes.topics
        for topic, signal in self.topic_signals.items():
            if topic in touched:
                signal.emit(changes)
        if replay:
            self.replayed.emit(list(ops), list(inverse))
        return inverse

    @contextmanager
    def one_commit(self) -> Iterator[None]:
        """Edits applied inside are committed together when it ends: one durable write.

        Each edit stays its own undo step; only the write is shared. The room uses it
        for the phones' requests that arrive within one frame.
        """
        self._held += 1
        try:
            yield
        finally:
            self._held -= 1
            if not self._held:
                self._send()

    def after_commit(self, done: Callable[[BaseException | None], None]) -> None:
        """Call ``done`` once every change applied so far is durably committed.

        ``done(None)`` on success; ``done(error)`` when the write failed (the change is
        kept and retried, but whoever waits must not hear "saved"). It runs on the
        writer thread, or at once when nothing is waiting.
        """
        self._send()
        self.library.writer.submit([], [done])

    def _send(self) -> None:
        """Hand what is waiting to the writer (it commits on its own thread)."""
        if self._pending:
            ops, self._pending = self._pending, []
            self.library.writer.submit(ops)

    def flush(self) -> bool:
        """Commit whatever is waiting and wait for it; True when nothing is left waiting."""
        self._send()
        error = self.library.writer.wait()
        self._show_state(error)
        return error is None

    def _from_writer(self, _error: BaseException | None) -> None:
        # On the writer thread: the outcome is read again on this object's thread.
        with suppress(RuntimeError):  # the document was deleted (its session closed)
            self._reports.written.emit()

    def _on_written(self) -> None:
        writer = self.library.writer
        error = writer.error
        if error is None and not writer.idle:
            return  # more on its way: its own report follows
        self._show_state(error)

    def _show_state(self, error: BaseException | None) -> None:
        """Tell the window whether everything is saved (only when that changes)."""
        if error is None:
            self._retry.stop()
            if self._error:
                self._error = ""
                self.save_state_changed.emit(True, "")
            return
        was_saved = not self._error
        # Whatever the reason, the window must say the work is not saved: the
        # title bar never lies. The library words its own errors for a person.
        if isinstance(error, LibraryWriteError):
            self._error = str(error)
            if was_saved:
                log.warning("change not saved, will retry: %s", error)
        else:
            self._error = self.tr("The change could not be saved ({error}).").format(
                error=f"{type(error).__name__}: {error}"[:300]
            )
            if was_saved:
                log.error("change not saved, will retry", exc_info=error)
        if not self._retry.isActive():
            self._retry.start()
        if was_saved:
            self.save_state_changed.emit(False, self._error)
