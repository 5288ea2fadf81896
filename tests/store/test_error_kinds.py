"""SQLite's trouble is sorted by its result code, never by the wording of its message."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from n3desk.store import Library
from n3desk.store.integrity import describe_sqlite_error, error_kind

from .conftest import workshop_with_notes


def _raised(run: Callable[[], object]) -> sqlite3.Error:
    with pytest.raises(sqlite3.Error) as raised:
        run()
    return raised.value


def test_real_errors_are_sorted_by_their_codes(library: Library, tmp_path: Path) -> None:
    """A full file, a read-only connection, a held write lock and a non-database, each by code."""
    workshop_with_notes(library, 2)
    with library.connection() as connection:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count={pages}")
        full = _raised(lambda: connection.execute("CREATE TABLE big AS SELECT zeroblob(99999)"))
        connection.execute(f"PRAGMA max_page_count={2**32 - 2}")
        connection.execute("PRAGMA query_only=1")
        refused = _raised(lambda: connection.execute("CREATE TABLE t(x)"))
        connection.execute("PRAGMA query_only=0")
    holder = sqlite3.connect(library.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    waiting = sqlite3.connect(library.path, timeout=0, isolation_level=None)
    busy = _raised(lambda: waiting.execute("BEGIN IMMEDIATE"))
    holder.execute("ROLLBACK")
    for connection in (holder, waiting):
        connection.close()
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"a shopping list, not a database " * 64)
    plain = sqlite3.connect(junk)
    not_a_database = _raised(lambda: plain.execute("SELECT * FROM sqlite_master"))
    plain.close()

    found = {
        "full": (full, sqlite3.SQLITE_FULL),
        "access": (refused, sqlite3.SQLITE_READONLY),
        "busy": (busy, sqlite3.SQLITE_BUSY),
        "damaged": (not_a_database, sqlite3.SQLITE_NOTADB),
    }
    for kind, (error, code) in found.items():
        assert error.sqlite_errorcode & 0xFF == code
        assert error_kind(error) == kind


@pytest.mark.parametrize(
    ("code", "kind", "said"),
    [
        (sqlite3.SQLITE_FULL, "full", "is full"),
        (sqlite3.SQLITE_IOERR_WRITE, "other", "could not be used"),
        (sqlite3.SQLITE_READONLY_DBMOVED, "access", "cannot be written to"),
        (sqlite3.SQLITE_BUSY_SNAPSHOT, "busy", "busy in another program"),
        (sqlite3.SQLITE_CORRUPT, "damaged", "is damaged"),
        (sqlite3.SQLITE_CANTOPEN, "access", "cannot be written to"),
    ],
)
def test_the_code_decides_whatever_the_message_says(
    tmp_path: Path, code: int, kind: str, said: str
) -> None:
    """A message in Swedish, or one that names another kind of trouble, changes nothing."""
    error = sqlite3.OperationalError("databasen är låst (database is locked, disk is full)")
    error.sqlite_errorcode = code
    assert error_kind(error) == kind
    message = describe_sqlite_error(error, tmp_path / "library.sqlite3")
    assert said in message
    assert "\n" not in message


def test_errors_sqlite_did_not_raise_are_sorted_by_type(tmp_path: Path) -> None:
    """Text the module cannot decode is damage; a closed connection is not the file's fault."""
    connection = sqlite3.connect(tmp_path / "text.sqlite3")
    connection.execute("CREATE TABLE t(x TEXT)")
    connection.execute("INSERT INTO t VALUES (CAST(x'ff00fe' AS TEXT))")
    undecodable = _raised(lambda: connection.execute("SELECT x FROM t").fetchall())
    connection.close()
    closed = _raised(lambda: connection.execute("SELECT 1"))
    assert getattr(undecodable, "sqlite_errorcode", None) is None
    assert error_kind(undecodable) == "damaged"
    assert error_kind(closed) == "other"
