"""Programmes in the library: list, load and commit them, and remember team revisions.

Programme records are written by :meth:`Library.commit` like a session's, as extra
statements of the same transaction: carrying ideas forward (new notes in a session
and new links in the programme) is one transaction, never half of one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from n3desk.domain.changes import Op
from n3desk.domain.programme_content import ProgrammeContent
from n3desk.domain.programmes import (
    PROGRAMME_TYPES,
    Programme,
    ProgrammeOp,
    ProgrammePut,
    ProgrammeRecord,
)
from n3desk.store.errors import LibraryError, SessionNotFoundError
from n3desk.store.integrity import describe_sqlite_error
from n3desk.store.library import Library, Statement
from n3desk.store.programme_tables import (
    DELETE_SQL,
    TEAM_LINK_COLUMNS,
    TEAM_LINKS_TABLE,
    UPSERT_SQL,
    programme_from_values,
    programme_row,
    select_sql,
    upsert_sql,
)


class ProgrammeNotFoundError(SessionNotFoundError):
    """No programme has the id asked for."""


@dataclass(frozen=True, slots=True)
class ProgrammeSummary:
    """What a list shows of a programme without loading it."""

    id: str
    title: str
    goal: str
    period_start: str
    period_end: str
    session_count: int
    updated_at: float


@dataclass(frozen=True, slots=True)
class TeamLink:
    """The team revision a local session or programme was last published as or fetched from."""

    item_id: str
    kind: str
    revision: int
    fingerprint: str
    author: str
    published_at: float


_LIST_SQL = """
SELECT p.id, p.title, p.goal, p.period_start, p.period_end, p.updated_at,
       (SELECT count(*) FROM programme_sessions AS m JOIN sessions AS s ON s.id = m.session_id
         WHERE m.programme_id = p.id AND s.deleted_at IS NULL) AS session_count
  FROM programmes AS p WHERE p.deleted_at IS NULL
 ORDER BY p.period_start DESC, p.created_at DESC
"""

_LINK_UPSERT = upsert_sql(TEAM_LINKS_TABLE, TEAM_LINK_COLUMNS, key="item_id")


def _read(library: Library, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    try:
        with library.connection() as raw:  # the library's own connection and pragmas
            cursor = raw.cursor()
            try:
                cursor.execute(sql, params)
                return [tuple(row) for row in cursor.fetchall()]
            finally:
                cursor.close()
    except sqlite3.Error as exc:
        raise LibraryError(describe_sqlite_error(exc, library.path)) from exc


def list_programmes(library: Library) -> list[ProgrammeSummary]:
    """Every live programme, latest period first, with its number of live sessions."""
    return [
        ProgrammeSummary(
            id=r[0],
            title=r[1],
            goal=r[2],
            period_start=r[3],
            period_end=r[4],
            updated_at=r[5],
            session_count=r[6],
        )
        for r in _read(library, _LIST_SQL, {})
    ]


def find_programmes(library: Library, prefix: str) -> list[str]:
    """Ids of live programmes whose id starts with ``prefix``."""
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = _read(
        library,
        "SELECT id FROM programmes WHERE id LIKE :p ESCAPE '\\' AND deleted_at IS NULL",
        {"p": escaped + "%"},
    )
    return [str(r[0]) for r in rows]


def load_programme(library: Library, programme_id: str) -> ProgrammeContent:
    """The whole programme, or :class:`ProgrammeNotFoundError`."""
    records: list[ProgrammeRecord] = []
    for kind in PROGRAMME_TYPES:
        rows = _read(library, select_sql(kind), {"programme": programme_id})
        records.extend(programme_from_values(kind, row) for row in rows)
    if not records or not isinstance(records[0], Programme):
        raise ProgrammeNotFoundError(f"There is no programme with id {programme_id}.")
    return ProgrammeContent(records[0], records[1:])


def programme_of_session(library: Library, session_id: str) -> str | None:
    """The live programme a session belongs to, if any."""
    rows = _read(
        library,
        "SELECT m.programme_id FROM programme_sessions AS m JOIN programmes AS p"
        " ON p.id = m.programme_id WHERE m.session_id = :s AND p.deleted_at IS NULL",
        {"s": session_id},
    )
    return str(rows[0][0]) if rows else None


def programme_statements(ops: Sequence[ProgrammeOp]) -> list[Statement]:
    """Plain SQL for programme operations, to run in a library transaction."""
    statements: list[Statement] = []
    for op in ops:
        kind = type(op.record)
        if isinstance(op, ProgrammePut):
            statements.append((UPSERT_SQL[kind], programme_row(op.record)))
        else:
            statements.append((DELETE_SQL[kind], {"id": op.record.id}))
    return statements


def commit_programme(
    library: Library, programme_ops: Sequence[ProgrammeOp], session_ops: Sequence[Op] = ()
) -> None:
    """Write programme operations (and session operations with them) in one transaction."""
    library.commit(session_ops, extra=programme_statements(programme_ops))


def add_programme(library: Library, content: ProgrammeContent) -> None:
    """Insert a whole new programme in one transaction."""
    commit_programme(library, [ProgrammePut(r) for r in content.records()])


# -- team links --------------------------------------------------------------------


def team_link(library: Library, item_id: str) -> TeamLink | None:
    """The team revision ``item_id`` is based on, or None if it never met the team."""
    rows = _read(
        library,
        f"SELECT {', '.join(TEAM_LINK_COLUMNS)} FROM {TEAM_LINKS_TABLE} WHERE item_id = :i",
        {"i": item_id},
    )
    return TeamLink(*rows[0]) if rows else None


def team_link_statement(link: TeamLink) -> Statement:
    """Remember ``link`` (in the transaction that fetched or after a publish)."""
    return (_LINK_UPSERT, {c: getattr(link, c) for c in TEAM_LINK_COLUMNS})
