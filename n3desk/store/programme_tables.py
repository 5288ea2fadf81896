"""Table names and plain SQL for programmes and team links, without SQLAlchemy.

Programmes are stored like sessions (one table per record type, one column per
field, see :mod:`n3desk.store.tables`); :mod:`n3desk.store.schema` builds the
SQLAlchemy tables from these same names for Alembic and the team library.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from n3desk.domain.programmes import (
    PROGRAMME_TYPES,
    Idea,
    IdeaCarry,
    IdeaStep,
    Programme,
    ProgrammeRecord,
    ProgrammeSession,
)

PROGRAMME_TABLE_NAMES: dict[type[ProgrammeRecord], str] = {
    Programme: "programmes",
    ProgrammeSession: "programme_sessions",
    Idea: "ideas",
    IdeaCarry: "idea_carries",
    IdeaStep: "idea_steps",
}

# What this library last published to or fetched from a team library, per session or
# programme: the revision its working copy is based on (see n3desk.team).
TEAM_LINKS_TABLE = "team_links"
TEAM_LINK_COLUMNS: tuple[str, ...] = (
    "item_id",  # the local session or programme id (also its id in the team library)
    "kind",  # "session" | "programme"
    "revision",  # the team revision number the working copy is based on
    "fingerprint",  # the content at that revision, to tell local changes apart
    "author",
    "published_at",
)

_COLUMNS: dict[type, tuple[str, ...]] = {
    kind: tuple(f.name for f in fields(kind)) for kind in PROGRAMME_TYPES
}


def programme_columns(kind: type[ProgrammeRecord]) -> tuple[str, ...]:
    return _COLUMNS[kind]


def programme_row(record: ProgrammeRecord) -> dict[str, Any]:
    return {name: getattr(record, name) for name in _COLUMNS[type(record)]}


def programme_from_values(kind: type[ProgrammeRecord], values: tuple[Any, ...]) -> ProgrammeRecord:
    return kind(*values)


def upsert_sql(table: str, columns: tuple[str, ...], key: str = "id") -> str:
    """INSERT … ON CONFLICT DO UPDATE with named parameters (SQLite and PostgreSQL)."""
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != key)
    return (
        f"INSERT INTO {table} ({', '.join(columns)}) "
        f"VALUES ({', '.join(':' + c for c in columns)}) "
        f"ON CONFLICT ({key}) DO UPDATE SET {updates}"
    )


UPSERT_SQL: dict[type, str] = {
    kind: upsert_sql(PROGRAMME_TABLE_NAMES[kind], _COLUMNS[kind]) for kind in PROGRAMME_TYPES
}
DELETE_SQL: dict[type, str] = {
    kind: f"DELETE FROM {PROGRAMME_TABLE_NAMES[kind]} WHERE id = :id" for kind in PROGRAMME_TYPES
}


def select_sql(kind: type[ProgrammeRecord]) -> str:
    """The records of ``kind`` in programme ``:programme``."""
    columns = ", ".join(_COLUMNS[kind])
    table = PROGRAMME_TABLE_NAMES[kind]
    if kind is Programme:
        where = "id = :programme"
    elif kind in (ProgrammeSession, Idea):
        where = "programme_id = :programme"
    else:
        where = "idea_id IN (SELECT id FROM ideas WHERE programme_id = :programme)"
    return f"SELECT {columns} FROM {table} WHERE {where}"
