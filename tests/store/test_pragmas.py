"""Every connection the library uses carries the library's pragmas."""

from __future__ import annotations

import sqlite3

from n3desk.store import Library


def _scalar(connection: sqlite3.Connection, sql: str) -> object:
    return connection.execute(sql).fetchone()[0]


def test_every_connection_the_library_makes_has_every_pragma(library: Library) -> None:
    """Four connections held at once each say WAL, FULL, foreign keys on, busy timeout."""
    held = [library.connect() for _ in range(4)]
    try:
        assert len({id(c) for c in held}) == 4  # really four different SQLite connections
        for conn in held:
            assert _scalar(conn, "PRAGMA journal_mode") == "wal"
            assert _scalar(conn, "PRAGMA synchronous") == 2  # FULL
            assert _scalar(conn, "PRAGMA foreign_keys") == 1
            assert _scalar(conn, "PRAGMA busy_timeout") == 5000
    finally:
        for conn in held:
            conn.close()


def test_the_commit_path_uses_a_connection_with_the_pragmas(library: Library) -> None:
    """The one connection commit() and load() use is in the library's mode, every time."""
    for _ in range(3):
        with library.connection() as raw:
            cursor = raw.cursor()
            cursor.execute("PRAGMA synchronous")
            assert cursor.fetchone() == (2,)
            cursor.execute("PRAGMA foreign_keys")
            assert cursor.fetchone() == (1,)
            cursor.close()
            assert raw.isolation_level is None  # BEGIN and COMMIT are the library's own


def test_one_change_may_list_a_note_before_its_origin(library: Library) -> None:
    """References are checked when the change commits, not record by record."""
    from n3desk.domain import Note, Put, new_id
    from n3desk.domain.templates import BLANK, instantiate

    made = instantiate(BLANK, "Ordning", language="sv", now=1.0)
    library.add(made)
    board = made.boards[0]
    origin = Note(new_id(), board.id, "först")
    carried = Note(new_id(), board.id, "sedan", origin_id=origin.id)
    library.commit([Put(carried), Put(origin)])
    assert library.load(made.session.id).get(Note, carried.id) == carried
