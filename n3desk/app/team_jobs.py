"""Team library work on a worker thread, answered on the GUI thread.

A team server can be slow, or gone in a way that takes seconds to notice: a port
that accepts a connection and never answers holds a connect for up to
``CONNECT_TIMEOUT_S``. The window must keep turning meanwhile, so the Team page runs
everything that talks to the server as a :class:`TeamJob` on a thread pool of its
own, and gets the answer back through a queued signal. The job never touches the
local library: SQLite belongs to the GUI thread, which reads what to publish before
and writes what was fetched after (see :mod:`n3desk.team.revisions`).

The pool is n3desk's own, not Qt's global one, so that a job stuck on a dead network
never queues the app's other background work behind it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

# More than one: a job given up on (cancelled while the network hangs) keeps its
# thread until the connect times out, and must not hold up the next one.
MAX_THREADS = 4

Report = Callable[[str, int, int], None]  # what is being written, how many of how many

_pool: QThreadPool | None = None
_relay: TeamJobRelay | None = None
_numbers = itertools.count(1)


class TeamJobRelay(QObject):
    """Carries every team job's answer from its worker thread to the GUI thread.

    One for the whole app, made on the GUI thread and never deleted, so a worker
    always has a live object to emit on, even if the page that started the job is
    gone by the time the network answers. Each controller listens and picks out the
    numbers of its own jobs.

    Signals:
        finished(int, object, object): a job's number, then its result and None, or
            None and the exception it raised.
        progress(int, str, int, int): a job's number, what it is writing, how many of
            how many.
    """

    finished = Signal(int, object, object)
    progress = Signal(int, str, int, int)


def team_relay() -> TeamJobRelay:
    """The relay (made on first use, which must be on the GUI thread)."""
    global _relay
    if _relay is None:
        _relay = TeamJobRelay()
    return _relay


def team_pool() -> QThreadPool:
    """The thread pool every team job runs on."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(MAX_THREADS)
    return _pool


def wait_for_team_jobs(milliseconds: int) -> bool:
    """Wait for every job's thread to end (tests, and the app on its way out)."""
    return _pool is None or _pool.waitForDone(milliseconds)


def start_team_job(work: Callable[[Report], Any]) -> int:
    """Run ``work(report)`` on the team pool; its number, as the relay will name it.

    ``work`` must not touch Qt widgets or the local library; it may call ``report``
    to say how far it has come.
    """
    number = next(_numbers)
    relay = team_relay()

    def report(what: str, done: int, total: int) -> None:
        relay.progress.emit(number, what, done, total)

    def run() -> None:
        try:
            result = work(report)
        except Exception as exc:  # handed to the GUI thread, which tells the person
            relay.finished.emit(number, None, exc)
        else:
            relay.finished.emit(number, result, None)

    team_pool().start(run)
    return number
