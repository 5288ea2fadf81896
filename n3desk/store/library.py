"""The library: one SQLite file holding every session, and the only way to change it.

Every change is committed when it is made (:meth:`Library.commit`, one transaction per
change); there is no save step that could be forgotten. The open session's edits are
committed by the library's :class:`~n3desk.store.writer.LibraryWriter` on a thread of
its own, in order; every read, backup and direct write waits for it to drain first,
so nothing here ever sees the file behind what was handed over. Opening the library takes the
one-instance lock, checks the file, migrates it and takes a backup when one is due;
closing takes a backup and releases the lock. See ``docs/storage.md``.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from n3desk.domain.changes import Op, Put
from n3desk.domain.entities import ENTITY_TYPES, Entity, Session
from n3desk.domain.workshop import Workshop
from n3desk.store.backups import BACKUP_DIR, BackupError, list_backups, rotate, take_backup
from n3desk.store.connections import BUSY_TIMEOUT_MS, PRAGMAS, connect
from n3desk.store.errors import LibraryError, LibraryWriteError, SessionNotFoundError
from n3desk.store.full_check import FullCheck
from n3desk.store.integrity import (
    damage_found_at,
    describe_sqlite_error,
    note_damage_found,
)
from n3desk.store.lock import LibraryLock
from n3desk.store.paths import LIBRARY_FILE
from n3desk.store.tables import SELECT_SQL, TABLE_NAMES, column_names, from_values, to_row
from n3desk.store.writer import LibraryWriter

if TYPE_CHECKING:
    from n3desk.store.checking import CheckReport

__all__ = ["BUSY_TIMEOUT_MS", "LIBRARY_FILE", "PRAGMAS", "Library", "SessionSummary"]

log = logging.getLogger(__name__)


def _upsert_sql(kind: type[Entity]) -> str:
    # Plain SQL prepared once per table: building a SQLAlchemy statement per change
    # cost more than the commit itself (see tests/benchmarks/bench_foundation.py).
    columns = column_names(kind)
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
    return (
        f"INSERT INTO {TABLE_NAMES[kind]} ({', '.join(columns)}) "
        f"VALUES ({', '.join(':' + c for c in columns)}) "
        f"ON CONFLICT (id) DO UPDATE SET {updates}"
    )


_UPSERT_SQL = {kind: _upsert_sql(kind) for kind in ENTITY_TYPES}
_DELETE_SQL = {kind: f"DELETE FROM {TABLE_NAMES[kind]} WHERE id = :id" for kind in ENTITY_TYPES}

# The start page's list, in plain SQL so that start-up needs no SQLAlchemy.
_LIST_SQL = """
SELECT s.id, s.title, s.date, s.place, s.created_at, s.updated_at, s.deleted_at,
       (SELECT count(*) FROM notes AS n JOIN boards AS b ON n.board_id = b.id
         WHERE b.session_id = s.id) AS note_count
  FROM sessions AS s {where}
 ORDER BY s.date DESC, s.created_at DESC
"""


# SQL and its parameters, optionally followed by a fallback SQL and parameters; or
# SQL and a list of parameter sets, run with executemany (a fetched session's rows),
# optionally followed by a fallback SQL for those sets, run when one breaks a UNIQUE
# constraint (a plain INSERT is twice as fast as an upsert; the rare clash falls back).
Statement = (
    tuple[str, dict[str, Any]]
    | tuple[str, dict[str, Any], str, dict[str, Any]]
    | tuple[str, list[dict[str, Any]] | list[tuple[Any, ...]]]
    | tuple[str, list[tuple[Any, ...]], str, list[tuple[Any, ...]]]
)


def _update_sql(kind: type[Entity], columns: Sequence[str]) -> str:
    sets = ", ".join(f"{c} = :{c}" for c in columns)
    return f"UPDATE {TABLE_NAMES[kind]} SET {sets} WHERE id = :id"


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """What the start page shows of a session without loading it."""

    id: str
    title: str
    date: str
    place: str
    note_count: int
    created_at: float
    updated_at: float
    deleted_at: float | None


class Library:
    """The sessions of one data folder. Use :func:`n3desk.store.open_library` to open one."""

    def __init__(
        self,
        data_dir: Path,
        *,
        lock: LibraryLock | None = None,
        backups: bool = False,
        read_only: bool = False,
    ) -> None:
        self.data_dir = data_dir
        # A library opened by a command that only reads: connections use mode=ro,
        # and where there is no file yet every read finds nothing (none is made).
        self.read_only = read_only
        self._absent = read_only and not self.path.exists()
        # Every read and write goes through this one plain sqlite3 connection, made
        # when first needed. SQLAlchemy is only for migrations (store/migrating.py):
        # importing it is most of what start-up would otherwise cost, and one path
        # to the file is one set of pragmas and errors to get right.
        self._direct: sqlite3.Connection | None = None
        # The writer thread's own connection (sqlite3 connections are not shared
        # between threads at once), and the lock that keeps its commits and the
        # GUI thread's direct ones from interleaving their rows in ``_known``.
        self.writer = LibraryWriter(self)
        self._writer_connection: sqlite3.Connection | None = None
        self._commit_lock = threading.RLock()
        self._local = threading.local()
        # The rows as this library last read or wrote them: an edit then writes only
        # the columns it changed (a moved note: x and y), not the whole row with
        # every index on it. Dropped on any failure; never trusted blindly (an
        # UPDATE that finds no row falls back to the full upsert).
        self._known: dict[tuple[type, str], tuple[Any, ...]] = {}  # values, column order
        self.lock = lock
        self.backups = backups  # take the closing backup (the app's library does)
        self.backup_warning = ""  # why the last backup failed, for the window to show
        self._wrote = False
        self._closed = False
        self._full_check = FullCheck(self.path, data_dir)  # start_integrity_check()

    @property
    def path(self) -> Path:
        return self.data_dir / LIBRARY_FILE

    def connect(self) -> sqlite3.Connection:
        """A new connection to the library file with the library's pragmas.

        Read-only libraries get a ``mode=ro`` connection. The library itself keeps
        one (see :meth:`connection`); this is also for tests that need to look at a
        fresh one.
        It waits for the writer first, so it sees every change handed over.
        """
        self.writer.wait()
        return self._open()

    def _open(self, *, any_thread: bool = False) -> sqlite3.Connection:
        try:
            return connect(self.path, read_only=self.read_only, any_thread=any_thread)
        except sqlite3.Error as exc:
            raise LibraryError(describe_sqlite_error(exc, self.path)) from exc

    def _close_direct(self) -> None:
        if self._direct is not None:
            self._direct.close()
            self._direct = None
        if self._writer_connection is not None:
            self._writer_connection.close()
            self._writer_connection = None

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        """The library's connection, for plain SQL: every read and write uses it.

        On the writer thread, the writer's own. Anywhere else it first waits for the
        writer to drain: a read sees every change handed over, and a direct write
        lands after them, in order.
        """
        if self.writer.on_writer_thread():
            if self._writer_connection is None:
                self._writer_connection = self._open(any_thread=True)
            yield self._writer_connection
            return
        if not getattr(self._local, "committing", False):
            self.writer.wait()
        if self._direct is None:
            self._direct = self._open()
        yield self._direct

    def _write(self, statements: Sequence[Statement]) -> int:
        """Run ``statements`` in one durable transaction; the rows the last one touched.

        A statement may carry a fallback, run when the statement touched no row (an
        UPDATE of a row that is not there after all becomes the full upsert).
        """
        if self.read_only:
            raise LibraryWriteError(f"The library {self.path} was opened for reading only.")
        rowcount = 0
        try:
            with self.connection() as raw:
                cursor = raw.cursor()
                try:
                    cursor.execute("BEGIN IMMEDIATE")
                    if len(statements) > 1:
                        # References are checked at COMMIT, so one change may hold
                        # records in any order (a carried-forward note before its
                        # origin, say). A single statement has no order to get wrong.
                        cursor.execute("PRAGMA defer_foreign_keys = ON")
                    try:
                        for sql, params, *fallback in statements:
                            if isinstance(params, list):
                                try:
                                    cursor.executemany(sql, params)
                                except sqlite3.IntegrityError:
                                    if not fallback:
                                        raise
                                    # The sets before the clash stay written; the
                                    # fallback (an upsert) writes them again, and the rest.
                                    cursor.executemany(*fallback)
                                continue
                            cursor.execute(sql, params)
                            rowcount = cursor.rowcount
                            if rowcount == 0 and fallback:
                                cursor.execute(*fallback)
                        cursor.execute("COMMIT")
                    except BaseException:
                        if raw.in_transaction:
                            cursor.execute("ROLLBACK")
                        raise
                finally:
                    cursor.close()
        except sqlite3.Error as exc:
            raise LibraryWriteError(describe_sqlite_error(exc, self.path)) from exc
        except (ValueError, OverflowError, TypeError) as exc:
            # A value SQLite cannot hold (text with a lone surrogate, an integer past
            # 64 bits): rolled back like any failed write, and said in one line.
            raise LibraryWriteError(
                f"A change could not be written to {self.path}: it holds a value the "
                f"library cannot store ({type(exc).__name__}). Everything saved before "
                "it is safe."
            ) from exc
        self._wrote = True
        return rowcount

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / BACKUP_DIR

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def media_dir(self) -> Path:
        """Pictures copied into the library (the citizen persona's, for one)."""
        return self.data_dir / "media"

    # -- lifetime ------------------------------------------------------------------

    def close(self) -> None:
        """Close the file, take the closing backup and release the lock; harmless twice.

        The closing backup is skipped when this run changed nothing and a backup
        already exists, so opening and closing never pushes older backups out of
        the rotation.
        """
        if self._closed:
            return
        self.writer.close()  # what was handed over is written before the file closes
        self._closed = True
        self._full_check.stop()
        self._close_direct()
        try:
            if self.backups and (self._wrote or not list_backups(self.backups_dir)):
                self.take_backup()
        finally:
            if self.lock is not None:
                self.lock.release()

    def take_backup(self) -> Path | None:
        """Take a verified backup now and rotate; None (and ``backup_warning``) on failure.

        A library that failed its full check (:meth:`start_integrity_check`) is not
        backed up: its copy would take the place of a good backup in the rotation.
        """
        if self.integrity_problems:
            self.backup_warning = (
                f"The library {self.path} failed its check, so it was not backed up "
                f"(the earlier backups are kept): {self.integrity_problems[0]}"
            )
            return None
        self.writer.wait()  # the backup holds every change handed over
        try:
            backup = take_backup(self.path, self.backups_dir)
            rotate(self.backups_dir, damage_found=damage_found_at(self.data_dir))
        except BackupError as exc:
            self.backup_warning = str(exc)
            log.warning("%s", exc)
            if exc.damaged:
                note_damage_found(self.data_dir, str(exc))
            return None
        self.backup_warning = ""
        return backup.path

    # -- the full check beside the app -----------------------------------------------

    def start_integrity_check(self) -> None:
        """Run ``PRAGMA integrity_check`` in a background thread (see :mod:`full_check`).

        The result lands in :attr:`integrity_problems`; damage stops this library's
        backups and is written down in ``damaged/``.
        """
        if not self.read_only and not self._closed:
            self._full_check.start()

    @property
    def integrity_problems(self) -> list[str] | None:
        """What the full check found ([] when sound), or None until it is done."""
        return self._full_check.problems

    def wait_for_integrity_check(self, timeout: float | None = None) -> list[str] | None:
        """The full check's result once it is done (None if running or never started)."""
        return self._full_check.wait(timeout)

    def check(self) -> CheckReport:
        """The integrity of the library and its backups (what ``n3desk check`` prints)."""
        from n3desk.store.checking import check_library

        return check_library(self.data_dir)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- reading -------------------------------------------------------------------

    def list_sessions(self, *, include_deleted: bool = False) -> list[SessionSummary]:
        """Every session, newest first, with its number of notes."""
        if self._absent:
            return []
        where = "" if include_deleted else "WHERE s.deleted_at IS NULL"
        try:
            with self.connection() as raw:
                cursor = raw.cursor()
                try:
                    cursor.execute(_LIST_SQL.format(where=where))
                    names = [d[0] for d in cursor.description]
                    rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
                finally:
                    cursor.close()
        except (sqlite3.Error, UnicodeError) as exc:
            raise LibraryError(describe_sqlite_error(exc, self.path)) from exc
        return [
            SessionSummary(
                id=r["id"],
                title=r["title"],
                date=r["date"],
                place=r["place"],
                note_count=r["note_count"],
                created_at=r["created_at"],
                updated_at=r["updated_at"],
                deleted_at=r["deleted_at"],
            )
            for r in rows
        ]

    def load(self, session_id: str) -> Workshop:
        """The whole session, or SessionNotFoundError.

        Plain SQL built from the same table definitions as the SQLAlchemy schema:
        opening a session then needs no SQLAlchemy in memory (DESIGN.md §7's
        memory budget), and one query per record type is all it takes.
        """
        records: list[Entity] = []
        if self._absent:
            raise SessionNotFoundError(f"There is no session with id {session_id}.")
        try:
            with self.connection() as raw:
                cursor = raw.cursor()
                try:
                    for kind in ENTITY_TYPES:
                        cursor.execute(SELECT_SQL[kind], {"session": session_id})
                        records.extend(from_values(kind, tuple(v)) for v in cursor.fetchall())
                finally:
                    cursor.close()
        except (sqlite3.Error, UnicodeError) as exc:
            raise LibraryError(describe_sqlite_error(exc, self.path)) from exc
        if not records or not isinstance(records[0], Session):
            raise SessionNotFoundError(f"There is no session with id {session_id}.")
        session = records[0]
        with self._commit_lock:
            for record in records:
                self._known[(type(record), record.id)] = tuple(to_row(record).values())
        return Workshop(session, records[1:])

    def load_rows(self, session_id: str) -> dict[type[Entity], list[tuple[Any, ...]]]:
        """The session's rows as stored, table by table (empty if there is no such session).

        For comparing a session with what it was, without building its records
        (booleans stay 0 and 1, as SQLite keeps them).
        """
        found: dict[type[Entity], list[tuple[Any, ...]]] = {}
        if self._absent:
            return found
        try:
            with self.connection() as raw:
                cursor = raw.cursor()
                try:
                    for kind in ENTITY_TYPES:
                        cursor.execute(SELECT_SQL[kind], {"session": session_id})
                        found[kind] = cursor.fetchall()
                        if kind is Session and not found[kind]:
                            return {}
                finally:
                    cursor.close()
        except (sqlite3.Error, UnicodeError) as exc:
            raise LibraryError(describe_sqlite_error(exc, self.path)) from exc
        return found

    def sessions_from_template(self, template_id: str) -> list[str]:
        """Ids of live sessions made from ``template_id``, newest first (finds the demo)."""
        query = (
            "SELECT id FROM sessions WHERE template_id = :template AND deleted_at IS NULL"
            " ORDER BY created_at DESC"
        )
        if self._absent:
            return []
        try:
            with self.connection() as raw:
                cursor = raw.cursor()
                try:
                    cursor.execute(query, {"template": template_id})
                    return [str(row[0]) for row in cursor.fetchall()]
                finally:
                    cursor.close()
        except (sqlite3.Error, UnicodeError) as exc:
            raise LibraryError(describe_sqlite_error(exc, self.path)) from exc

    def find_sessions(self, prefix: str) -> list[str]:
        """Ids of sessions whose id starts with ``prefix`` (the CLI takes short ids)."""
        if self._absent:
            return []
        query = "SELECT id FROM sessions WHERE substr(id, 1, :length) = :prefix ORDER BY id"
        try:
            with self.connection() as raw:
                cursor = raw.cursor()
                try:
                    cursor.execute(query, {"length": len(prefix), "prefix": prefix})
                    return [str(row[0]) for row in cursor.fetchall()]
                finally:
                    cursor.close()
        except (sqlite3.Error, UnicodeError) as exc:
            raise LibraryError(describe_sqlite_error(exc, self.path)) from exc

    # -- writing -------------------------------------------------------------------

    def add(self, workshop: Workshop) -> None:
        """Insert a whole new session in one transaction."""
        self.commit([Put(r) for r in workshop.records()])

    def commit(self, ops: Sequence[Op], *, extra: Sequence[Statement] = ()) -> None:
        """Apply ``ops`` in one transaction, durable when this returns.

        ``extra`` statements (a programme's records beside a session's, say) run in
        the same transaction, after ``ops``. Raises :class:`LibraryWriteError` with a
        message for a person if the disk is full, the folder read-only or the file
        locked; nothing is half-written.
        """
        if not ops and not extra:
            return
        # Drain the writer before taking the lock it needs (else each waits on the other).
        self.writer.wait()
        with self._commit_lock:
            self._local.committing = True  # connection() must not wait on the writer now
            try:
                self._commit(ops, extra)
            finally:
                self._local.committing = False

    def _commit(self, ops: Sequence[Op], extra: Sequence[Statement]) -> None:
        # Plain SQL straight to the DBAPI connection: SQLAlchemy's per-statement
        # machinery cost more than the durable commit itself.
        statements: list[Statement] = []
        written: dict[tuple[type, str], tuple[Any, ...] | None] = {}
        for op in ops:
            kind = type(op.record)
            key = (kind, op.record.id)
            if not isinstance(op, Put):
                statements.append((_DELETE_SQL[kind], {"id": op.record.id}))
                written[key] = None
                continue
            row = to_row(op.record)
            values = tuple(row.values())
            known = written[key] if key in written else self._known.get(key)
            if known is None:
                statements.append((_UPSERT_SQL[kind], row))
            else:
                changed = [c for c, new, old in zip(row, values, known, strict=True) if new != old]
                if changed:
                    params = {c: row[c] for c in changed}
                    params["id"] = row["id"]
                    statements.append((_update_sql(kind, changed), params, _UPSERT_SQL[kind], row))
            written[key] = values
        statements.extend(extra)
        try:
            if statements:
                self._write(statements)
        except BaseException:
            for key in written:
                self._known.pop(key, None)
            raise
        for key, stored in written.items():
            if stored is None:
                self._known.pop(key, None)
            else:
                self._known[key] = stored

    def forget_rows(self) -> None:
        """Forget the rows last read or written, so the next commit writes whole rows.

        For a change that replaces a session wholesale (a fetch from the team
        library): its records' rows are deleted by the cascade and must be written
        again in full, even where a record equals what was last read.
        """
        with self._commit_lock:
            self._known.clear()

    def purge_deleted(self) -> int:
        """Remove for good the sessions deleted in an earlier run; how many went."""
        self.writer.wait()
        with self._commit_lock:
            self._known.clear()
        return self._write([("DELETE FROM sessions WHERE deleted_at IS NOT NULL", {})])
