"""Table and column names of the library, without SQLAlchemy.

The hot paths (every commit, the start page's list) speak plain SQL and must not
pay for importing SQLAlchemy; :mod:`n3desk.store.schema` builds the SQLAlchemy
tables from these same names.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from n3desk.domain.entities import ENTITY_TYPES, Entity, Session

TABLE_NAMES: dict[type[Entity], str] = {
    Session: "sessions",
    **dict(
        zip(
            ENTITY_TYPES[1:],
            (
                "participants",
                "decisions",
                "foundations",
                "criteria",
                "boards",
                "frames",
                "notes",
                "voting_rounds",
                "votes",
                "ratings",
                "rings",
                "sectors",
                "stakeholders",
                "relations",
                "stages",
                "timer_events",
            ),
            strict=True,
        )
    ),
}


_COLUMNS: dict[type, tuple[str, ...]] = {
    kind: tuple(f.name for f in fields(kind)) for kind in ENTITY_TYPES
}


def column_names(kind: type[Entity]) -> tuple[str, ...]:
    """The columns of a record type's table: its fields, in order."""
    return _COLUMNS[kind]


def to_row(record: Entity) -> dict[str, Any]:
    """A record as a row: its fields by name."""
    return {name: getattr(record, name) for name in column_names(type(record))}
