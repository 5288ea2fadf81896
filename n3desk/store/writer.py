"""The library's writer: durable commits on a thread of their own, strictly in order.

A durable commit (WAL, ``synchronous=FULL``) waits for the disk: 5–10 ms on a laptop,
far more on a busy or slow one. The app must keep painting meanwhile, so the document
applies an edit in memory on the GUI thread and hands its operations here; one
writer thread commits them, batch after batch, in the order they were handed over.

- **One thread, one connection.** The thread writes through the library's own
  :meth:`~n3desk.store.library.Library.commit`, which gives the writer thread a
  connection of its own (a sqlite3 connection belongs to one thread).
- **Group commit.** What piles up while a commit waits for the disk goes into the
  next transaction together: a burst of 40 phones costs a few flushes, not 40.
- **Order, and a stop at the first failure.** A batch that fails (disk full, damaged
  file) stays at the head of the queue with everything after it; nothing later is
  written before it. The writer tries again when asked (:meth:`retry`), when a new
  batch arrives, and in :meth:`wait`.
- **Answers after the disk.** A batch's ``done`` callbacks run (on the writer thread)
  only once it is durably committed, or with the error of the attempt that failed:
  a phone hears "saved" only for what is on the disk.
- **Reads see what was handed over.** The library waits for the queue to drain
  before it reads, backs up or writes anything itself (see ``Library.connection``).

Nothing here knows Qt: the document turns the reports into signals.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from n3desk.domain.changes import Op

log = logging.getLogger(__name__)

IDLE_S = 5.0  # the thread ends after this long with nothing to write (a new batch restarts it)

Done = Callable[[BaseException | None], None]


class Committer(Protocol):
    """What the writer writes to: the library (not imported: it owns the writer)."""

    def commit(self, ops: Sequence[Op]) -> None: ...


@dataclass(slots=True)
class _Batch:
    ticket: int
    ops: Sequence[Op]
    done: list[Done] = field(default_factory=list)


class LibraryWriter:
    """Commits batches of operations to one library on one thread, in order."""

    def __init__(self, library: Committer) -> None:
        self.library = library
        self._cond = threading.Condition()
        self._queue: deque[_Batch] = deque()
        self._issued = 0  # the last ticket handed out
        self._committed = 0  # every ticket up to this one is on the disk
        self._attempts = 0  # commit attempts so far (wait() watches for a fresh one)
        self._error: BaseException | None = None
        self._retry = False
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._local = threading.local()  # marks the writer thread (it must never wait on itself)
        # Told after every attempt (on the writer thread), held weakly: a closed
        # session's document must not be kept alive by the library it wrote to.
        self._listeners: list[weakref.WeakMethod[Done]] = []

    # -- any thread ------------------------------------------------------------------

    @property
    def error(self) -> BaseException | None:
        """Why the batch at the head of the queue could not be written, or None."""
        with self._cond:
            return self._error

    @property
    def idle(self) -> bool:
        """True when everything handed over is on the disk."""
        with self._cond:
            return not self._queue

    def on_writer_thread(self) -> bool:
        return bool(getattr(self._local, "writer", False))

    def listen(self, method: Done) -> None:
        """Call the bound ``method`` with the outcome of every attempt (None: written)."""
        with self._cond:
            self._listeners.append(weakref.WeakMethod(method))

    def submit(self, ops: Sequence[Op], done: Sequence[Done] = ()) -> int:
        """Queue ``ops`` for one commit after everything queued before; its ticket.

        An empty ``ops`` is a barrier: its ``done`` run once everything before it is
        written (at once when the queue is empty).
        """
        with self._cond:
            if not ops and not self._queue:
                ready = True
            else:
                ready = False
                self._issued += 1
                self._queue.append(_Batch(self._issued, list(ops), list(done)))
                self._retry = True  # "before every later change": a failed head is retried
                self._start()
                self._cond.notify_all()
            ticket = self._issued
        if ready:
            for callback in done:
                callback(None)
        return ticket

    def retry(self) -> None:
        """Try the failed batch again soon (it does not wait)."""
        with self._cond:
            if self._queue:
                self._retry = True
                self._start()
                self._cond.notify_all()

    def wait(self, timeout: float | None = None) -> BaseException | None:
        """Wait until everything queued is written; None, or the error that stopped it.

        A writer stopped by a failure tries once more first. From the writer thread
        itself (a read inside a commit) it returns at once.
        """
        if self.on_writer_thread():
            return None
        with self._cond:
            target = self._issued
            if self._committed >= target:
                return None
            attempts = self._attempts
            if self._error is not None:
                self._retry = True
                self._start()
                self._cond.notify_all()
            while self._committed < target:
                if self._attempts > attempts and self._error is not None:
                    return self._error
                if not self._cond.wait(timeout):
                    return TimeoutError("the library's writer did not finish in time")
            return None

    def close(self) -> BaseException | None:
        """Write what is queued (one more try if it failed), then end the thread."""
        error = self.wait()
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join()
        with self._cond:
            if self._queue:
                log.warning("%d change(s) could not be written: %s", len(self._queue), error)
            self._stopping = False
        return error

    # -- the writer thread -----------------------------------------------------------

    def _start(self) -> None:
        # Called holding the lock.
        if self._thread is not None and self._thread.is_alive():
            return
        self._thread = threading.Thread(target=self._run, name="n3desk-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        self._local.writer = True
        while True:
            with self._cond:
                while not self._queue or (self._error is not None and not self._retry):
                    if self._stopping:
                        self._thread = None
                        return
                    if not self._cond.wait(IDLE_S) and not self._queue:
                        self._thread = None  # idle: a later submit starts a new one
                        return
                batch = list(self._queue)
                self._retry = False
            ops = [op for b in batch for op in b.ops]
            error: BaseException | None = None
            try:
                self.library.commit(ops)
            except BaseException as exc:  # any failure: kept, reported, retried
                error = exc
            with self._cond:
                self._error = error
                if error is None:
                    for _ in batch:
                        self._queue.popleft()
                callbacks = [c for b in batch for c in b.done]
                for b in batch:
                    b.done.clear()  # each is answered once: with the commit or its failure
                alive = [ref for ref in self._listeners if ref() is not None]
                self._listeners = alive
                callbacks += [m for m in (ref() for ref in alive) if m is not None]
            for callback in callbacks:
                try:
                    callback(error)
                except Exception:  # one listener's bug must not stop the writes
                    log.exception("a commit listener failed")
            with self._cond:
                # Only now does wait() return: whoever waited finds the answers given.
                self._attempts += 1
                if error is None:
                    self._committed = batch[-1].ticket
                self._cond.notify_all()
