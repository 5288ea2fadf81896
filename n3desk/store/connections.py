"""How the library talks to its file: one kind of connection, with the library's pragmas.

Every connection to a library is made here, whether plain sqlite3 (the library's
own, :class:`n3desk.store.library.Library`) or under SQLAlchemy for migrations
(:func:`n3desk.store.migrating.make_engine`), so both speak to the file the same way.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from n3desk.store.integrity import connect_readonly

BUSY_TIMEOUT_MS = 5000

PRAGMAS: dict[str, str] = {
    "journal_mode": "wal",
    "synchronous": "2",  # FULL: a commit is on the disk when it returns
    "foreign_keys": "1",
    "busy_timeout": str(BUSY_TIMEOUT_MS),
}


def apply_pragmas(connection: sqlite3.Connection, *, foreign_keys: bool = True) -> None:
    """Put a DBAPI connection in the library's mode: pragmas, no implicit transactions."""
    connection.isolation_level = None
    pragmas = {**PRAGMAS, "foreign_keys": "1" if foreign_keys else "0"}
    cursor = connection.cursor()
    try:
        for name, value in pragmas.items():
            cursor.execute(f"PRAGMA {name}={value}")
    finally:
        cursor.close()


def connect(path: Path, *, read_only: bool = False, any_thread: bool = False) -> sqlite3.Connection:
    """A new connection to the library file at ``path`` in the library's mode.

    ``read_only`` opens it with ``mode=ro`` (never written; no pragmas that would
    write). ``any_thread`` lets another thread use it (the writer's, used by one
    thread at a time). Raises ``sqlite3.Error``.
    """
    if read_only:
        connection = connect_readonly(path)
        connection.isolation_level = None
        return connection
    connection = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=not any_thread
    )
    try:
        apply_pragmas(connection)
    except BaseException:
        connection.close()
        raise
    return connection
