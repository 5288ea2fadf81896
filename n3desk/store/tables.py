"""Table and column names of the library, without SQLAlchemy.

The hot paths (every commit, the start page's list) speak plain SQL and must not
pay for importing SQLAlchemy; :mod:`n3desk.store.schema` builds the SQLAlchemy
tables from these same names.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from n3desk.domain.entities import (
    ENTITY_TYPES,
    Board,
    ChosenNote,
    Decision,
    Entity,
    Frame,
    Note,
    Rating,
    Session,
    Vote,
    VotingRound,
)

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
                "chosen_notes",
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


# How a record that has no session_id reaches its session: through this parent.
PRIMARY_PARENT: dict[type[Entity], tuple[str, type[Entity]]] = {
    Frame: ("board_id", Board),
    Note: ("board_id", Board),
    VotingRound: ("board_id", Board),
    Vote: ("round_id", VotingRound),
    Rating: ("note_id", Note),
    ChosenNote: ("decision_id", Decision),
}


def session_filter(kind: type[Entity]) -> str:
    """SQL condition (parameter ``:session``) for the records of ``kind`` in a session."""
    if kind is Session:
        return "id = :session"
    if "session_id" in column_names(kind):
        return "session_id = :session"
    field, parent = PRIMARY_PARENT[kind]
    return f"{field} IN (SELECT id FROM {TABLE_NAMES[parent]} WHERE {session_filter(parent)})"


SELECT_SQL: dict[type, str] = {
    kind: f"SELECT {', '.join(column_names(kind))} FROM {TABLE_NAMES[kind]} "
    f"WHERE {session_filter(kind)}"
    for kind in ENTITY_TYPES
}

# SQLite keeps booleans as 0 and 1: these columns are turned back into bool.
# (The annotations are strings under `from __future__ import annotations`; reading
# them as text spares evaluating every record type's hints at start-up.)
_BOOL_COLUMNS: dict[type, tuple[int, ...]] = {
    kind: tuple(i for i, f in enumerate(fields(kind)) if f.type in ("bool", bool))
    for kind in ENTITY_TYPES
}


def from_values(kind: type[Entity], values: tuple[Any, ...]) -> Entity:
    """A record of ``kind`` from its column values, in column order."""
    bools = _BOOL_COLUMNS[kind]
    if bools:
        listed = list(values)
        for i in bools:
            listed[i] = bool(listed[i])
        values = tuple(listed)
    return kind(*values)
