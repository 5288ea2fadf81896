"""One publish or fetch in three steps, and what travels between them.

1. read the local library: what to publish (:func:`draft_local`, :func:`draft_document`);
2. talk to the team library: :meth:`TeamLibrary.send` or :meth:`TeamLibrary.download`;
3. write the local library: :func:`remember_published`, :func:`store_download`.

The local library (SQLite) belongs to one thread: the Team page runs steps 1 and 3 on
the GUI thread and only step 2, which may wait on a slow or dead network, on a worker
thread. The command line runs the three in a row (:meth:`TeamLibrary.publish`,
:meth:`TeamLibrary.fetch`). Every value here is frozen, so handing one from a worker
thread to the GUI thread shares nothing that changes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from n3desk.domain.entities import Entity, Session
from n3desk.store.library import Library
from n3desk.store.programme_store import TeamLink, team_link, team_link_statement
from n3desk.team.documents import DOCUMENT_KINDS, read_document, write_document
from n3desk.team.local_side import (
    FetchedRevision,
    LocalItem,
    load_local,
    make_local_copy,
    write_fetched,
    write_fetched_session,
)
from n3desk.team.records import AnyRecord, fingerprint, programme_from, split_sessions


@dataclass(frozen=True, slots=True)
class TeamItem:
    """One published session, programme, template or method card: its newest revision."""

    id: str
    kind: str
    title: str
    latest: int
    author: str
    published_at: float
    note_count: int


@dataclass(frozen=True, slots=True)
class RevisionDraft:
    """What one publish writes: the item, its records (or a document's text) and its base."""

    item_id: str
    kind: str
    title: str
    note_count: int
    records: Sequence[AnyRecord]
    fingerprint: str
    based_on: int | None
    local_id: str  # the local session, programme or document file it was read from
    body: str | None = None  # a template's or method card's JSON


@dataclass(frozen=True, slots=True)
class Download:
    """The team's newest revision of an item, read from the team library."""

    item: TeamItem
    number: int
    author: str
    published_at: float
    fingerprint: str
    # A session's or programme's rows, table by table, in field order: records are
    # built only where needed (a fetched session goes into SQLite as these tuples).
    rows: Mapping[type[AnyRecord], Sequence[tuple[Any, ...]]]
    body: str | None = None  # a template's or method card's

    @property
    def records(self) -> list[AnyRecord]:
        return [kind(*row) for kind, rows in self.rows.items() for row in rows]

    def sessions(self) -> list[Session]:
        """The revision's session records (one, or a programme's)."""
        return [Session(*row) for row in self.rows.get(Session, ())]


@dataclass(frozen=True, slots=True)
class PublishResult:
    item_id: str
    kind: str
    title: str
    revision: int
    author: str
    published_at: float
    local_id: str  # the local session or programme now linked (a new one for a copy)


@dataclass(frozen=True, slots=True)
class FetchResult:
    item_id: str
    kind: str
    title: str
    revision: int
    author: str
    published_at: float
    session_ids: list[str]
    programme_id: str | None
    kept_local_copy: str | None  # id of the local version kept beside the fetched one
    file: str | None = None  # where a fetched template or method card was written


# -- step 1: what to publish -----------------------------------------------------------


def draft_local(library: Library, local_id: str, *, as_copy: bool = False) -> RevisionDraft:
    """The draft of a local session or programme, based on the revision it last met.

    With ``as_copy``, a copy under new ids is made in the local library first (and
    kept even if the publish then fails: it is the person's work under a new name).
    """
    item = load_local(library, local_id)
    if as_copy:
        item = make_local_copy(library, item)
    link = team_link(library, item.id)
    records = item.records()
    return RevisionDraft(
        item.id,
        item.kind,
        item.title,
        item.note_count,
        records,
        fingerprint(records),
        None if link is None else link.revision,
        item.id,
    )


def draft_document(library: Library, kind: str, doc_id: str) -> RevisionDraft:
    """The draft of the user's own template or method card ``doc_id``."""
    document = read_document(library.data_dir, kind, doc_id)
    link = team_link(library, document.item_id)
    return RevisionDraft(
        document.item_id,
        kind,
        document.title,
        0,
        [],
        document.fingerprint,
        None if link is None else link.revision,
        doc_id,
        document.body,
    )


# -- step 3: what the local library keeps ------------------------------------------------


def remember_published(
    library: Library, draft: RevisionDraft, revision: int, published_at: float, author: str
) -> PublishResult:
    """Remember that the local copy is now the team's ``revision`` (after it landed)."""
    link = TeamLink(draft.item_id, draft.kind, revision, draft.fingerprint, author, published_at)
    library.commit([], extra=[team_link_statement(link)])
    return PublishResult(
        draft.item_id, draft.kind, draft.title, revision, author, published_at, draft.local_id
    )


def store_download(library: Library, download: Download) -> FetchResult:
    """Write a downloaded revision into the local library (one SQLite transaction).

    A session or programme replaces the local version; a local version changed since
    it last met the team is kept beside it as "(local copy)" first. A template or
    method card is written to its folder, whole or not at all.
    """
    item = download.item
    link = TeamLink(
        item.id, item.kind, download.number, download.fingerprint, download.author,
        download.published_at,
    )  # fmt: skip
    if item.kind in DOCUMENT_KINDS:
        path, kept_copy = write_document(library, item.kind, download.body or "", link)
        return FetchResult(
            item.id, item.kind, item.title, download.number, download.author,
            download.published_at, [], None, kept_copy, str(path),
        )  # fmt: skip
    fetched_revision = FetchedRevision(download.number, download.author, download.published_at)
    heads = download.rows.get(Session, ())
    if item.kind == "session" and len(heads) == 1:
        # One session: every row is its own, written as it came (no records needed).
        kept = write_fetched_session(
            library, heads[0][0], fetched_revision, download.rows, download.fingerprint
        )
        return FetchResult(
            item.id, item.kind, item.title, download.number, download.author,
            download.published_at, [heads[0][0]], None, kept,
        )  # fmt: skip
    records = download.records
    entities = [r for r in records if isinstance(r, Entity)]
    sessions = split_sessions(entities)
    programme = programme_from([r for r in records if not isinstance(r, Entity)])
    fetched = LocalItem(item.id, item.kind, item.title, sessions, programme)
    kept = write_fetched(
        library,
        fetched,
        fetched_revision,
        records,
        download.fingerprint,
    )
    return FetchResult(
        item.id,
        item.kind,
        item.title,
        download.number,
        download.author,
        download.published_at,
        [w.session.id for w in sessions],
        None if programme is None else programme.programme.id,
        kept,
    )
