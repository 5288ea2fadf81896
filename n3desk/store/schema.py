"""The library's tables, derived once from the domain records.

Each record type of :mod:`n3desk.domain.entities` is one table whose columns are the
record's fields, with the same names; foreign keys come from
:data:`n3desk.domain.changes.REFERENCES`. Deriving the mapping keeps the schema and
the domain from drifting apart; the Alembic migrations are static snapshots of it
(``tests/store/test_migrations.py`` checks they agree).
"""

from __future__ import annotations

import types
import typing
from dataclasses import fields
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
)
from sqlalchemy.sql.expression import ColumnElement, select

from n3desk.domain.changes import REFERENCES
from n3desk.domain.entities import (
    ENTITY_TYPES,
    Entity,
    Session,
)
from n3desk.domain.programmes import (
    PROGRAMME_REFERENCES,
    PROGRAMME_TYPES,
    ProgrammeRecord,
    ProgrammeSession,
)
from n3desk.store.programme_tables import (
    PROGRAMME_TABLE_NAMES,
    TEAM_LINK_COLUMNS,
    TEAM_LINKS_TABLE,
)
from n3desk.store.tables import PRIMARY_PARENT, TABLE_NAMES, to_row

__all__ = [
    "PRIMARY_PARENT",
    "PROGRAMME_TABLES",
    "TABLES",
    "TABLE_NAMES",
    "TEAM_LINKS",
    "belongs_to_session",
    "from_row",
    "metadata",
    "to_row",
]

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


_SQL_TYPES: dict[type, Any] = {str: Text, int: Integer, float: Float, bool: Boolean}


def _column_type(annotation: Any) -> tuple[Any, bool]:
    """The SQL type of a field annotation and whether it may be NULL."""
    hint = annotation
    nullable = False
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        nullable = len(args) < len(typing.get_args(hint))
        (hint,) = args
    return _SQL_TYPES[hint], nullable


def record_columns(kind: type[Entity | ProgrammeRecord]) -> list[Column[Any]]:
    """One column per field of a record type, typed from its annotations, no keys.

    The team library builds its tables from these too: one definition, two engines.
    """
    hints = typing.get_type_hints(kind)
    columns: list[Column[Any]] = []
    for f in fields(kind):
        sql_type, nullable = _column_type(hints[f.name])
        columns.append(Column(f.name, sql_type, nullable=nullable))
    return columns


def _make_table(
    kind: type[Entity | ProgrammeRecord], name: str, refs: dict[str, tuple[str, str]]
) -> Table:
    """The table of a record type; ``refs`` maps a field to (parent table, on delete)."""
    columns: list[Any] = []
    for plain in record_columns(kind):
        args: list[Any] = []
        ref = refs.get(plain.name)
        if ref is not None:
            args.append(ForeignKey(f"{ref[0]}.id", ondelete=ref[1]))
        columns.append(
            Column(
                plain.name,
                plain.type,
                *args,
                primary_key=plain.name == "id",
                nullable=plain.nullable,
            )
        )
    indexes = [Index(f"ix_{name}_{field}", field) for field in refs]
    return Table(name, metadata, *columns, *indexes)


TABLES: dict[type[Entity], Table] = {
    kind: _make_table(
        kind,
        TABLE_NAMES[kind],
        {
            r.field: (
                TABLE_NAMES[r.parent],
                "CASCADE" if r.on_delete == "cascade" else "SET NULL",
            )
            for r in REFERENCES
            if r.child is kind
        },
    )
    for kind in ENTITY_TYPES
}

# Programmes: foreign keys only inside the programme (see domain/programmes.py).
PROGRAMME_TABLES: dict[type[ProgrammeRecord], Table] = {
    kind: _make_table(
        kind,
        PROGRAMME_TABLE_NAMES[kind],
        {
            r.field: (PROGRAMME_TABLE_NAMES[r.parent], "CASCADE")
            for r in PROGRAMME_REFERENCES
            if r.child is kind
        },
    )
    for kind in PROGRAMME_TYPES
}
Index(
    "ix_programme_sessions_session_id_unique",
    PROGRAMME_TABLES[ProgrammeSession].c.session_id,
    unique=True,
)

TEAM_LINKS = Table(
    TEAM_LINKS_TABLE,
    metadata,
    Column(TEAM_LINK_COLUMNS[0], Text, primary_key=True),
    Column("kind", Text, nullable=False),
    Column("revision", Integer, nullable=False),
    Column("fingerprint", Text, nullable=False),
    Column("author", Text, nullable=False),
    Column("published_at", Float, nullable=False),
)


def belongs_to_session(kind: type[Entity], session_id: str) -> ColumnElement[bool]:
    """A WHERE clause selecting the records of ``kind`` that belong to a session."""
    table = TABLES[kind]
    if kind is Session:
        return table.c.id == session_id
    if "session_id" in table.c:
        return table.c.session_id == session_id
    field, parent = PRIMARY_PARENT[kind]
    parent_ids = select(TABLES[parent].c.id).where(belongs_to_session(parent, session_id))
    return table.c[field].in_(parent_ids)


def from_row(kind: type[Entity], row: Any) -> Entity:
    """A row as a record of ``kind``."""
    return kind(**{f.name: row[f.name] for f in fields(kind)})
