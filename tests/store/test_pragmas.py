"""Every connection the library uses carries the library's pragmas."""

from __future__ import annotations

from sqlalchemy import Connection

from n3desk.store import Library


def test_every_pooled_connection_has_every_pragma(library: Library) -> None:
    """Four connections held at once each say WAL, FULL, foreign keys on, busy timeout."""
    held: list[Connection] = [library.engine.connect() for _ in range(4)]
    try:
        raw = {id(c.connection.dbapi_connection) for c in held}
        assert len(raw) == 4  # really four different SQLite connections
        for conn in held:
            pragma = conn.exec_driver_sql
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
            assert pragma("PRAGMA foreign_keys").scalar() == 1
            assert pragma("PRAGMA busy_timeout").scalar() == 5000
    finally:
        for conn in held:
            conn.close()


def test_the_commit_path_uses_connections_with_the_pragmas(library: Library) -> None:
    """The raw DBAPI connections commit() borrows come from the same configured pool."""
    raws = [library.engine.raw_connection() for _ in range(3)]
    try:
        for raw in raws:
            cursor = raw.cursor()
            cursor.execute("PRAGMA synchronous")
            assert cursor.fetchone() == (2,)
            cursor.execute("PRAGMA foreign_keys")
            assert cursor.fetchone() == (1,)
            cursor.close()
    finally:
        for raw in raws:
            raw.close()


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
