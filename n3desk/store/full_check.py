"""The library's full ``integrity_check``, run in a background thread beside the app.

Opening runs only ``quick_check``, which is fast but does not compare indexes with
their tables; damage it cannot see (an index that lost a row) is found here, while
the facilitator works. Damage found is written down in ``damaged/`` (so that
rotation keeps every older backup), and the library takes no backup of itself from
then on (:meth:`n3desk.store.library.Library.take_backup`).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

from n3desk.store.integrity import connect_readonly, error_kind, note_damage_found

log = logging.getLogger(__name__)


class FullCheck:
    """One run of ``PRAGMA integrity_check`` on a library file, in its own thread.

    :attr:`problems` is None until the check is done, then [] when the file is
    sound, else what is wrong.
    """

    def __init__(self, path: Path, data_dir: Path) -> None:
        self.path = path
        self.data_dir = data_dir
        self.problems: list[str] | None = None
        self._thread: threading.Thread | None = None
        self._connection: sqlite3.Connection | None = None
        self._lock = threading.Lock()  # guards _connection and _stopped
        self._stopped = False

    def start(self) -> None:
        """Start the check (once; never after :meth:`stop`)."""
        if self._thread is not None or self._stopped:
            return
        self._thread = threading.Thread(target=self._run, name="n3desk-full-check", daemon=True)
        self._thread.start()

    def wait(self, timeout: float | None = None) -> list[str] | None:
        """The result once the check is done (None if it is still running or never ran)."""
        if self._thread is not None:
            self._thread.join(timeout)
        return self.problems

    def stop(self) -> None:
        """Interrupt a running check and wait for its thread (the library is closing)."""
        with self._lock:
            self._stopped = True
            if self._connection is not None:
                self._connection.interrupt()
        if self._thread is not None:
            self._thread.join(5.0)

    def _run(self) -> None:
        try:
            with self._lock:
                if self._stopped:
                    return
                connection = self._connection = connect_readonly(self.path)
            try:
                rows = connection.execute("PRAGMA integrity_check").fetchall()
                # The schema read back as text: a name that is no longer UTF-8 is damage.
                connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
            finally:
                with self._lock:
                    connection.close()
                    self._connection = None
        except (sqlite3.Error, UnicodeError) as exc:
            if self._stopped:
                return  # interrupted by close(): no verdict
            if error_kind(exc) != "damaged":
                log.warning("the full check of %s could not run: %s", self.path, exc)
                return
            rows = [(f"{exc}"[:300],)]
        lines = [str(r[0]) for r in rows]
        problems = [] if lines == ["ok"] else lines
        if problems:
            log.error("the library %s failed its full check: %s", self.path, problems[0])
            note_damage_found(self.data_dir, f"integrity_check of {self.path}: {problems[0]}")
        self.problems = problems
