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
from n3desk.store.tables import PRIMARY_PARENT, TABLE_NAMES, to_row

__all__ = [
    "PRIMARY_PARENT",
    "TABLES",
    "TABLE_NAMES",
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


def _make_table(kind: type[Entity]) -> Table:
    hints = typing.get_type_hints(kind)
    refs = {r.field: r for r in REFERENCES if r.child is kind}
    columns: list[Any] = []
    for f in fields(kind):
        sql_type, nullable = _column_type(hints[f.name])
        args: list[Any] = []
        ref = refs.get(f.name)
        if ref is not None:
            ondelete = "CASCADE" if ref.on_delete == "cascade" else "SET NULL"
            args.append(ForeignKey(f"{TABLE_NAMES[ref.parent]}.id", ondelete=ondelete))
        columns.append(
            Column(f.name, sql_type, *args, primary_key=f.name == "id", nullable=nullable)
        )
    name = TABLE_NAMES[kind]
    indexes = [Index(f"ix_{name}_{field}", field) for field in refs]
    return Table(name, metadata, *columns, *indexes)


TABLES: dict[type[Entity], Table] = {kind: _make_table(kind) for kind in ENTITY_TYPES}


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
