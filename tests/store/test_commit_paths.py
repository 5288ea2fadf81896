"""An edit writes only what changed, and never loses a row the library misremembers."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from n3desk.domain import Note, Put, new_id
from n3desk.domain.templates import BLANK, instantiate
from n3desk.store import Library


def _made(library: Library) -> tuple[str, Note]:
    workshop = instantiate(BLANK, "Skrivvägar", language="sv", now=1.0)
    library.add(workshop)
    note = Note(new_id(), workshop.boards[0].id, "flytta mig")
    library.commit([Put(note)])
    return workshop.session.id, note


def test_a_move_updates_only_the_position(library: Library) -> None:
    """A second Put of a known note sends an UPDATE of the changed columns alone."""
    session_id, note = _made(library)
    seen: list[str] = []
    with library.connection() as raw:  # the connection commits use
        raw.set_trace_callback(seen.append)
        try:
            library.commit([Put(replace(note, x=40.0, y=-3.5))])
        finally:
            raw.set_trace_callback(None)
    assert any(s.startswith("UPDATE notes SET x = ") and "text" not in s for s in seen)
    assert library.load(session_id).get(Note, note.id) == replace(note, x=40.0, y=-3.5)


def test_an_update_that_finds_no_row_falls_back_to_the_full_row(library: Library) -> None:
    """If the row vanished behind the library's back, the edit still lands whole."""
    session_id, note = _made(library)
    other = sqlite3.connect(library.path)
    other.execute("DELETE FROM notes WHERE id = ?", (note.id,))
    other.commit()
    other.close()
    moved = replace(note, x=12.0)
    library.commit([Put(moved)])
    assert library.load(session_id).get(Note, note.id) == moved


def test_an_unchanged_put_writes_nothing_and_changes_nothing(library: Library) -> None:
    """Putting a record exactly as stored is a no-op that still succeeds."""
    session_id, note = _made(library)
    library.commit([Put(note)])
    assert library.load(session_id).get(Note, note.id) == note


def test_plain_sql_load_agrees_with_the_sqlalchemy_schema(library: Library) -> None:
    """Loading in plain SQL finds exactly the rows the SQLAlchemy mapping selects."""
    from sqlalchemy import select

    from n3desk.domain.demo import build_demo
    from n3desk.domain.entities import ENTITY_TYPES
    from n3desk.store.migrating import make_engine
    from n3desk.store.schema import TABLES, belongs_to_session, from_row

    demo = build_demo("sv", 1_700_000_000.0)
    library.add(demo)
    loaded = library.load(demo.session.id)
    engine = make_engine(library.path)
    try:
        with engine.connect() as conn:
            mapped = [
                from_row(kind, row)
                for kind in ENTITY_TYPES
                for row in conn.execute(
                    select(TABLES[kind]).where(belongs_to_session(kind, demo.session.id))
                ).mappings()
            ]
    finally:
        engine.dispose()
    assert sorted(r.id for r in mapped) == sorted(r.id for r in loaded.records())
    assert set(mapped) == set(loaded.records())
    assert loaded == demo


def test_boolean_columns_are_found_for_every_record_type() -> None:
    """Every bool field (and only those) is turned back from SQLite's 0/1 into a bool."""
    import typing
    from dataclasses import fields

    from n3desk.domain.entities import ENTITY_TYPES
    from n3desk.store.tables import _BOOL_COLUMNS

    for kind in ENTITY_TYPES:
        hints = typing.get_type_hints(kind)
        expected = tuple(i for i, f in enumerate(fields(kind)) if hints[f.name] is bool)
        assert _BOOL_COLUMNS[kind] == expected, kind.__name__
