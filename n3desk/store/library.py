"""The library: one SQLite file holding every session, and the only way to change it.

Every change is committed when it is made (:meth:`Library.commit`, one transaction per
change); there is no save step that could be forgotten. Opening the library takes the
one-instance lock, checks the file, migrates it and takes a backup when one is due;
closing takes a backup and releases the lock. See ``docs/storage.md``.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from sqlalchemy import Connection, Engine, create_engine, delete, event, func, select, update
from sqlalchemy.exc import DBAPIError

from n3desk.domain.changes import Op, Put
from n3desk.domain.entities import ENTITY_TYPES, Board, Entity, Note, Session
from n3desk.domain.workshop import Workshop
from n3desk.store.backups import BACKUP_DIR, BackupError, list_backups, rotate, take_backup
from n3desk.store.errors import LibraryError, LibraryWriteError, SessionNotFoundError
from n3desk.store.lock import LibraryLock
from n3desk.store.schema import TABLES, belongs_to_session, from_row, to_row

if TYPE_CHECKING:
    from n3desk.store.checking import CheckReport

log = logging.getLogger(__name__)

LIBRARY_FILE = "library.sqlite3"
BUSY_TIMEOUT_MS = 5000

PRAGMAS: dict[str, str] = {
    "journal_mode": "wal",
    "synchronous": "2",  # FULL: a commit is on the disk when it returns
    "foreign_keys": "1",
    "busy_timeout": str(BUSY_TIMEOUT_MS),
}


def _upsert_sql(kind: type[Entity]) -> str:
    # Plain SQL prepared once per table: building a SQLAlchemy statement per change
    # cost more than the commit itself (see tests/benchmarks/bench_foundation.py).
    columns = [c.name for c in TABLES[kind].columns]
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
    return (
        f"INSERT INTO {TABLES[kind].name} ({', '.join(columns)}) "
        f"VALUES ({', '.join(':' + c for c in columns)}) "
        f"ON CONFLICT (id) DO UPDATE SET {updates}"
    )


_UPSERT_SQL = {kind: _upsert_sql(kind) for kind in ENTITY_TYPES}
_DELETE_SQL = {kind: f"DELETE FROM {TABLES[kind].name} WHERE id = :id" for kind in ENTITY_TYPES}


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


def make_engine(path: Path, *, foreign_keys: bool = True) -> Engine:
    """An engine on ``path`` whose every connection has the library's pragmas.

    pysqlite's own transaction handling is switched off and BEGIN is emitted by
    SQLAlchemy, as its SQLite documentation recommends, so that SAVEPOINT and DDL
    behave inside transactions. ``foreign_keys=False`` is for migrations only.
    """
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    pragmas = {**PRAGMAS, "foreign_keys": "1" if foreign_keys else "0"}

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            for name, value in pragmas.items():
                cursor.execute(f"PRAGMA {name}={value}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Writers take the write lock up front, so two writers never deadlock on
        # a lock upgrade; readers stay deferred and never block each other.
        immediate = conn.get_execution_options().get("n3desk_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class Library:
    """The sessions of one data folder. Use :func:`n3desk.store.open_library` to open one."""

    def __init__(
        self,
        data_dir: Path,
        engine: Engine,
        *,
        lock: LibraryLock | None = None,
        backups: bool = False,
    ) -> None:
        self.data_dir = data_dir
        self.engine = engine
        self.lock = lock
        self.backups = backups  # take the closing backup (the app's library does)
        self.backup_warning = ""  # why the last backup failed, for the window to show
        self._wrote = False
        self._closed = False

    @property
    def path(self) -> Path:
        return self.data_dir / LIBRARY_FILE

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
        self._closed = True
        self.engine.dispose()
        try:
            if self.backups and (self._wrote or not list_backups(self.backups_dir)):
                self.take_backup()
        finally:
            if self.lock is not None:
                self.lock.release()

    def take_backup(self) -> Path | None:
        """Take a verified backup now and rotate; None (and ``backup_warning``) on failure."""
        try:
            backup = take_backup(self.path, self.backups_dir)
            rotate(self.backups_dir)
        except BackupError as exc:
            self.backup_warning = str(exc)
            log.warning("%s", exc)
            return None
        self.backup_warning = ""
        return backup.path

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
        sessions, boards, notes = TABLES[Session], TABLES[Board], TABLES[Note]
        note_count = (
            select(func.count(notes.c.id))
            .join(boards, notes.c.board_id == boards.c.id)
            .where(boards.c.session_id == sessions.c.id)
            .scalar_subquery()
        )
        query = select(sessions, note_count.label("note_count")).order_by(
            sessions.c.date.desc(), sessions.c.created_at.desc()
        )
        if not include_deleted:
            query = query.where(sessions.c.deleted_at.is_(None))
        with self._reading() as conn:
            rows = conn.execute(query).mappings().all()
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
        """The whole session, or SessionNotFoundError."""
        with self._reading() as conn:
            row = (
                conn.execute(select(TABLES[Session]).where(TABLES[Session].c.id == session_id))
                .mappings()
                .first()
            )
            if row is None:
                raise SessionNotFoundError(f"There is no session with id {session_id}.")
            session = from_row(Session, row)
            records: list[Entity] = []
            for kind in ENTITY_TYPES[1:]:
                query = select(TABLES[kind]).where(belongs_to_session(kind, session_id))
                records.extend(from_row(kind, r) for r in conn.execute(query).mappings())
        assert isinstance(session, Session)
        return Workshop(session, records)

    def find_sessions(self, prefix: str) -> list[str]:
        """Ids of live sessions whose id starts with ``prefix`` (the CLI takes short ids)."""
        table = TABLES[Session]
        query = select(table.c.id).where(table.c.id.startswith(prefix, autoescape=True))
        with self._reading() as conn:
            return list(conn.execute(query).scalars())

    # -- writing -------------------------------------------------------------------

    def add(self, workshop: Workshop) -> None:
        """Insert a whole new session in one transaction."""
        self.commit([Put(r) for r in workshop.records()])

    def commit(self, ops: Sequence[Op]) -> None:
        """Apply ``ops`` in one transaction, durable when this returns.

        Raises :class:`LibraryWriteError` with a message for a person if the disk is
        full, the folder read-only or the file locked; nothing is half-written.
        """
        if not ops:
            return
        # The hot path of every edit goes straight to the pooled DBAPI connection
        # (which carries the same pragmas): SQLAlchemy's per-statement machinery
        # cost more than the durable commit itself.
        raw = self.engine.raw_connection()
        try:
            cursor = raw.cursor()
            try:
                cursor.execute("BEGIN IMMEDIATE")
                # References are checked at COMMIT, so one change may hold records in
                # any order (a carried-forward note before its origin, say).
                cursor.execute("PRAGMA defer_foreign_keys = ON")
                try:
                    for op in ops:
                        kind = type(op.record)
                        if isinstance(op, Put):
                            cursor.execute(_UPSERT_SQL[kind], to_row(op.record))
                        else:
                            cursor.execute(_DELETE_SQL[kind], {"id": op.record.id})
                    cursor.execute("COMMIT")
                except BaseException:
                    if raw.driver_connection is not None and raw.driver_connection.in_transaction:
                        cursor.execute("ROLLBACK")
                    raise
            finally:
                cursor.close()
        except sqlite3.Error as exc:
            raise LibraryWriteError(describe_sqlite_error(exc, self.path)) from exc
        finally:
            raw.close()  # back to the pool, not closed
        self._wrote = True

    def remove_session(self, session_id: str) -> None:
        """Remove a session and everything in it for good (foreign keys cascade)."""
        table = TABLES[Session]
        with self._writing() as conn:
            conn.execute(delete(table).where(table.c.id == session_id))

    def purge_deleted(self) -> int:
        """Remove for good the sessions deleted in an earlier run; how many went."""
        table = TABLES[Session]
        with self._writing() as conn:
            result = conn.execute(delete(table).where(table.c.deleted_at.is_not(None)))
        return int(result.rowcount)

    def touch(self, session_id: str, when: float | None = None) -> None:
        """Mark a session as changed now."""
        table = TABLES[Session]
        with self._writing() as conn:
            conn.execute(
                update(table)
                .where(table.c.id == session_id)
                .values(updated_at=time.time() if when is None else when)
            )

    # -- transactions ----------------------------------------------------------------

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                yield conn
        except DBAPIError as exc:
            raise LibraryError(describe_sqlite_error(exc, self.path)) from exc

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                conn.execution_options(n3desk_write=True)
                with conn.begin():
                    yield conn
        except DBAPIError as exc:
            raise LibraryWriteError(describe_sqlite_error(exc, self.path)) from exc
        self._wrote = True


def describe_sqlite_error(exc: BaseException, path: Path) -> str:
    """One line for a person: what went wrong with the library file, and what to do."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    text = str(orig).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return (
            f"The disk holding {path.parent} is full. Free some space; "
            "everything saved before this change is safe."
        )
    if "readonly" in text or "read-only" in text or "permission" in text:
        return (
            f"The folder {path.parent} cannot be written to. Choose another data folder; "
            "everything saved before this change is safe."
        )
    if "locked" in text or "busy" in text:
        return f"The library {path} is busy in another program. Try again in a moment."
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return f"The library {path} is damaged. Run 'n3desk check' to restore a backup."
    return f"The library {path} could not be used: {orig}"
