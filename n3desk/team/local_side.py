"""The local library's side of the team library: what a revision holds, and fetching.

A publishable item is a session, or a programme with all its sessions
(:class:`LocalItem`). Fetching writes a revision into the local library in one
SQLite transaction; a local version changed since it was last published or fetched
is never overwritten silently — it is kept beside the fetched one as "(local copy)".
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from n3desk.domain.changes import Put
from n3desk.domain.entities import ENTITY_TYPES, Entity, Note, Session
from n3desk.domain.programme_content import ProgrammeContent
from n3desk.domain.programmes import Programme, ProgrammePut, ProgrammeRemove
from n3desk.domain.workshop import Workshop
from n3desk.store.errors import LibraryError, SessionNotFoundError
from n3desk.store.library import Library, Statement
from n3desk.store.programme_store import (
    ProgrammeNotFoundError,
    TeamLink,
    load_programme,
    programme_statements,
    team_link,
    team_link_statement,
)
from n3desk.store.tables import TABLE_NAMES, column_names
from n3desk.team.records import (
    AnyRecord,
    fingerprint,
    fingerprint_rows,
    values_of,
    with_new_ids,
)

COPY_SUFFIX = " (copy)"
LOCAL_COPY_SUFFIX = " (local copy)"


@dataclass(frozen=True, slots=True)
class LocalItem:
    """A local session or programme as one publishable whole."""

    id: str
    kind: str  # "session" | "programme"
    title: str
    sessions: list[Workshop]
    programme: ProgrammeContent | None

    def records(self) -> list[AnyRecord]:
        found: list[AnyRecord] = []
        if self.programme is not None:
            found.extend(self.programme.records())
        for workshop in self.sessions:
            found.extend(workshop.records())
        return found

    @property
    def note_count(self) -> int:
        return sum(len(w.all(Note)) for w in self.sessions)


def load_local(library: Library, local_id: str, kind: str | None = None) -> LocalItem:
    """The session or programme ``local_id`` names, with everything a revision holds.

    ``kind`` ("session" or "programme"), when known, spares looking for the other.
    """
    try:
        if kind == "session":
            raise ProgrammeNotFoundError(local_id)
        content = load_programme(library, local_id)
    except ProgrammeNotFoundError:
        if kind == "programme":
            raise
        workshop = library.load(local_id)
        return LocalItem(workshop.session.id, "session", workshop.session.title, [workshop], None)
    sessions: list[Workshop] = []
    for session_id in content.session_ids:
        try:
            workshop = library.load(session_id)
        except SessionNotFoundError:
            continue  # removed for good since it joined; the programme skips it
        if workshop.session.deleted_at is None:
            sessions.append(workshop)
    return LocalItem(content.programme.id, "programme", content.programme.title, sessions, content)


def make_local_copy(library: Library, item: LocalItem) -> LocalItem:
    """A copy of ``item`` under new ids, added to the local library ("publish as a copy")."""
    copied = with_new_ids(item.records(), title_suffix="", now=time.time())
    entities: list[Entity] = [r for r in copied if isinstance(r, Entity)]
    programme_records = [r for r in copied if not isinstance(r, Entity)]
    for i, record in enumerate(entities):
        if isinstance(record, Session) and item.kind == "session":
            entities[i] = _retitled(record, COPY_SUFFIX)
    for i, precord in enumerate(programme_records):
        if isinstance(precord, Programme):
            programme_records[i] = _retitled(precord, COPY_SUFFIX)
    library.commit(
        [Put(r) for r in entities],
        extra=programme_statements([ProgrammePut(r) for r in programme_records]),
    )
    new_id_of = next(
        r.id
        for r in (programme_records if item.kind == "programme" else entities)
        if isinstance(r, Programme | Session)
    )
    return load_local(library, new_id_of)


@dataclass(frozen=True, slots=True)
class FetchedRevision:
    """Which revision was fetched, for the local team link."""

    number: int
    author: str
    published_at: float


def write_fetched(
    library: Library,
    fetched: LocalItem,
    revision: FetchedRevision,
    records: list[AnyRecord],
    fetched_print: str,
) -> str | None:
    """Replace the local version with the fetched one, in one transaction.

    The local version, if it changed since its team link, is kept as a copy first.
    Rows go in with executemany, one statement per table: the session's old rows
    were deleted (cascade) just before in the same transaction.
    """
    extra: list[Statement] = []
    kept: str | None = None
    local = _load_local_or_none(library, fetched.id, fetched.kind)
    if local is not None:
        link = team_link(library, fetched.id)
        local_print = fingerprint(local.records())
        unpublished = link is None or local_print != link.fingerprint
        if unpublished and local_print != fetched_print:
            kept = _keep_local_copy(local, extra)
        if local.programme is not None:
            extra.extend(programme_statements([ProgrammeRemove(local.programme.programme)]))
    for workshop in fetched.sessions:
        # Whatever is there under this id goes, with its records (cascade).
        extra.append(("DELETE FROM sessions WHERE id = :id", {"id": workshop.session.id}))
        if fetched.programme is not None:
            # A session belongs to one programme: the fetched programme claims it.
            extra.append(
                (
                    "DELETE FROM programme_sessions WHERE session_id = :s",
                    {"s": workshop.session.id},
                )
            )
    extra += bulk_upserts(r for w in fetched.sessions for r in w.records())
    if fetched.programme is not None:
        extra.extend(programme_statements([ProgrammePut(r) for r in fetched.programme.records()]))
    link = TeamLink(
        fetched.id,
        fetched.kind,
        revision.number,
        fetched_print,
        revision.author,
        revision.published_at,
    )
    extra.append(team_link_statement(link))
    library.forget_rows()  # the replaced session's rows are deleted, then written whole
    library.commit([], extra=extra)
    return kept


def write_fetched_session(
    library: Library,
    session_id: str,
    revision: FetchedRevision,
    rows: Mapping[type[AnyRecord], Sequence[tuple[Any, ...]]],
    fetched_print: str,
) -> str | None:
    """:func:`write_fetched` for one session, straight from the rows the team sent.

    The common fetch, made as cheap as the bare work: the local version is compared
    by its stored rows' fingerprint (records are built only to keep a changed one as
    a copy), and the fetched rows go into SQLite as they came, one executemany per
    table, with a plain INSERT: the session's old rows were deleted (cascade) just
    before, and the rare record id found elsewhere falls back to the upsert.
    """
    extra: list[Statement] = []
    kept: str | None = None
    local_rows = library.load_rows(session_id)
    if local_rows:
        link = team_link(library, session_id)
        local_print = fingerprint_rows(local_rows)
        unpublished = link is None or local_print != link.fingerprint
        if unpublished and local_print != fetched_print:
            kept = _keep_local_copy(load_local(library, session_id, "session"), extra)
    extra.append(("DELETE FROM sessions WHERE id = :id", {"id": session_id}))
    for kind in ENTITY_TYPES:
        table = rows.get(kind)
        if table:
            listed = list(table)
            extra.append((_INSERTS[kind], listed, _UPSERTS[kind], listed))
    link = TeamLink(
        session_id, "session", revision.number, fetched_print, revision.author,
        revision.published_at,
    )  # fmt: skip
    extra.append(team_link_statement(link))
    library.forget_rows()
    library.commit([], extra=extra)
    return kept


def _positional_insert(kind: type[Entity]) -> str:
    columns = column_names(kind)
    return (
        f"INSERT INTO {TABLE_NAMES[kind]} ({', '.join(columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})"
    )


def _positional_upsert(kind: type[Entity]) -> str:
    columns = column_names(kind)
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
    return (
        f"INSERT INTO {TABLE_NAMES[kind]} ({', '.join(columns)}) "
        f"VALUES ({', '.join('?' * len(columns))}) ON CONFLICT (id) DO UPDATE SET {updates}"
    )


_UPSERTS = {kind: _positional_upsert(kind) for kind in ENTITY_TYPES}
_INSERTS = {kind: _positional_insert(kind) for kind in ENTITY_TYPES}


def bulk_upserts(records: Iterable[Entity]) -> list[Statement]:
    """One executemany statement per table for ``records`` (parents' tables first)."""
    grouped: dict[type, list[tuple[Any, ...]]] = {}
    for record in records:
        grouped.setdefault(type(record), []).append(values_of(record))
    return [(_UPSERTS[kind], grouped[kind]) for kind in ENTITY_TYPES if kind in grouped]


def _keep_local_copy(local: LocalItem, extra: list[Statement]) -> str:
    copied = with_new_ids(local.records(), title_suffix="", now=time.time())
    kept_id = ""
    entities: list[Entity] = []
    for record in copied:
        if isinstance(record, Entity):
            if isinstance(record, Session) and local.kind == "session":
                record = _retitled(record, LOCAL_COPY_SUFFIX)
                kept_id = record.id
            entities.append(record)
        else:
            if isinstance(record, Programme):
                record = _retitled(record, LOCAL_COPY_SUFFIX)
                kept_id = record.id
            extra.extend(programme_statements([ProgrammePut(record)]))
    extra[:0] = bulk_upserts(entities)  # the copy's sessions before its programme rows
    return kept_id


def _retitled(record: Any, suffix: str) -> Any:
    return replace(record, title=record.title + suffix)


def _session_or_none(library: Library, session_id: str) -> Workshop | None:
    try:
        return library.load(session_id)
    except SessionNotFoundError:
        return None


def _load_local_or_none(library: Library, item_id: str, kind: str) -> LocalItem | None:
    try:
        return load_local(library, item_id, kind)
    except (SessionNotFoundError, LibraryError):
        return None
