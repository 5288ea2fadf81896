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

If the library cannot take a change (disk full, read-only folder), the change stays
applied in memory, is kept in a queue and retried every few seconds and before every
later change, in order; :attr:`save_state_changed` tells the window so the title bar
never claims the work is saved when it is not.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance
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
        self._retry.timeout.connect(self.flush)
        self.topic_signals: dict[str, SignalInstance] = {
            topic: getattr(self, f"{topic}_changed") for topic in TOPICS
        }

    @property
    def session(self) -> Session:
        return self.workshop.session

    @property
    def saved(self) -> bool:
        """True when everything in memory is in the library."""
        return not self._pending

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
            self.flush()
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
        for the phones' requests that arrive within one frame, so that 40 phones do
        not cost 40 synchronous disk flushes on the GUI thread.
        """
        self._held += 1
        try:
            yield
        finally:
            self._held -= 1
            if not self._held:
                self.flush()

    def flush(self) -> bool:
        """Commit whatever is waiting; True when nothing is left waiting."""
        if not self._pending:
            return True
        was_saved = not self._error
        try:
            self.library.commit(self._pending)
        except Exception as exc:
            # Whatever the reason, the window must say the work is not saved: the
            # title bar never lies. The library words its own errors for a person.
            if isinstance(exc, LibraryWriteError):
                self._error = str(exc)
                log.warning("change not saved, will retry: %s", exc)
            else:
                self._error = self.tr("The change could not be saved ({error}).").format(
                    error=f"{type(exc).__name__}: {exc}"[:300]
                )
                log.exception("change not saved, will retry")
            if not self._retry.isActive():
                self._retry.start()
            if was_saved:
                self.save_state_changed.emit(False, self._error)
            return False
        self._pending.clear()
        self._retry.stop()
        if self._error:
            self._error = ""
            self.save_state_changed.emit(True, "")
        return True
