"""The team library: publish, list and fetch sessions and programmes on PostgreSQL.

A publish is one transaction: it locks the item's row in ``team_items``, refuses
when the team's newest revision is not the one the local copy is based on (who,
what and when go into :class:`StalePublishError`), writes the new revision's rows
and moves the item's pointer. A connection lost anywhere before COMMIT leaves the
team library exactly as it was; the local library is only written after the team
has the revision (to remember which revision the local copy is now based on).

A fetch writes the revision into the local library in one SQLite transaction. A
local copy changed since it was last published or fetched is never overwritten
silently: it is kept beside the fetched one as "(local copy)".
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from n3desk.domain.entities import Entity, Session, new_id
from n3desk.domain.workshop import Workshop
from n3desk.store.library import Library
from n3desk.store.programme_store import (
    TeamLink,
    team_link,
    team_link_statement,
)
from n3desk.team.connection import describe_connection_error, display_url, make_team_engine
from n3desk.team.errors import (
    NewerRevision,
    StalePublishError,
    TeamConnectionError,
    TeamError,
    TeamNotFoundError,
    TeamSchemaError,
)
from n3desk.team.local_side import (
    FetchedRevision,
    LocalItem,
    load_local,
    make_local_copy,
    write_fetched,
)
from n3desk.team.migrating import TEAM_HEAD, team_schema_revision
from n3desk.team.records import (
    AnyRecord,
    fingerprint,
    programme_from,
    split_sessions,
    values_of,
)
from n3desk.team.schema import RECORD_TABLES, team_documents, team_items, team_revisions

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

Progress = Callable[[str, int, int], None]  # what, done, total

COPY_SUFFIX = " (copy)"
LOCAL_COPY_SUFFIX = " (local copy)"


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


@dataclass(frozen=True, slots=True)
class RevisionDraft:
    """What one publish writes: the item, its records and the revision it is based on."""

    item_id: str
    kind: str
    title: str
    note_count: int
    records: Sequence[AnyRecord]
    fingerprint: str
    based_on: int | None


@dataclass(frozen=True, slots=True)
class TeamStatus:
    url: str
    server: str
    user: str
    schema: str | None
    items: int
    revisions: int

    @property
    def ready(self) -> bool:
        return self.schema == TEAM_HEAD


def describe_newer(newer: NewerRevision, based_on: int | None) -> str:
    """The one line a refused publish prints: who published what and when, what to do."""
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(newer.published_at))
    yours = "never fetched" if based_on is None else f"based on revision {based_on}"
    return (
        f"not published: the team library has a newer revision of {newer.title!r}: "
        f"revision {newer.number} by {newer.author} at {when} (yours is {yours}). "
        f"Fetch first (n3desk team fetch {newer.item_id[:8]}) or publish as a copy (--as-copy)."
    )


class TeamLibrary:
    """A connection to one team library, acting for one author."""

    def __init__(self, url: str, *, author: str) -> None:
        self.url = url
        self.author = author
        self.engine: Engine = make_team_engine(url)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> TeamLibrary:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- reading -------------------------------------------------------------------

    def _connect(self) -> Connection:
        from sqlalchemy.exc import DBAPIError

        try:
            return self.engine.connect()
        except DBAPIError as exc:
            raise describe_connection_error(exc, self.url) from None

    def _check_schema(self, conn: Connection) -> None:
        revision = team_schema_revision(conn)
        if revision is None:
            raise TeamSchemaError(
                f"the team library {display_url(self.url)} is not set up yet; "
                "the IT department runs 'n3desk team setup' with the admin role once"
            )
        if revision != TEAM_HEAD:
            raise TeamSchemaError(
                f"the team library is at schema {revision}, this n3desk needs {TEAM_HEAD}: "
                "update n3desk or ask the IT department to run 'n3desk team setup'"
            )

    def status(self) -> TeamStatus:
        """Who and where we are connected, and whether the schema fits this n3desk."""
        from sqlalchemy import func, select, text
        from sqlalchemy.exc import DBAPIError

        with self._connect() as conn:
            try:
                server = str(conn.execute(text("SHOW server_version")).scalar())
                user = str(conn.execute(text("SELECT current_user")).scalar())
                schema = team_schema_revision(conn)
                items = revisions = 0
                if schema == TEAM_HEAD:
                    items = int(
                        conn.execute(select(func.count()).select_from(team_items)).scalar_one()
                    )
                    revisions = int(
                        conn.execute(select(func.count()).select_from(team_revisions)).scalar_one()
                    )
            except DBAPIError as exc:
                raise describe_connection_error(exc, self.url) from None
        return TeamStatus(display_url(self.url), server, user, schema, items, revisions)

    def items(self, kind: str | None = None, *, prefix: str = "") -> list[TeamItem]:
        """Every published item (or those whose id starts with ``prefix``), newest first."""
        from sqlalchemy import select
        from sqlalchemy.exc import DBAPIError

        c = team_items.c
        query = select(
            c.id, c.kind, c.title, c.latest, c.author, c.published_at, c.note_count
        ).order_by(c.published_at.desc(), c.id)
        if kind is not None:
            query = query.where(c.kind == kind)
        if prefix:
            query = query.where(c.id.startswith(prefix, autoescape=True))
        with self._connect() as conn:
            try:
                self._check_schema(conn)
                rows = conn.execute(query).all()
            except DBAPIError as exc:
                raise describe_connection_error(exc, self.url) from None
        return [TeamItem(*row) for row in rows]

    def history(self, item_id: str) -> list[NewerRevision]:
        """Every revision of an item, newest first: who published what and when."""
        from sqlalchemy import select
        from sqlalchemy.exc import DBAPIError

        query = (
            select(team_revisions)
            .where(team_revisions.c.item_id == item_id)
            .order_by(team_revisions.c.number.desc())
        )
        with self._connect() as conn:
            try:
                rows = conn.execute(query).all()
            except DBAPIError as exc:
                raise describe_connection_error(exc, self.url) from None
        return [NewerRevision(r.item_id, r.title, r.number, r.author, r.published_at) for r in rows]

    def resolve(self, given: str) -> TeamItem:
        """The item ``given`` names: its id or a unique start of one."""
        from sqlalchemy.exc import DBAPIError

        with self._connect() as conn:
            try:
                self._check_schema(conn)
                return self._resolve_on(conn, given)
            except DBAPIError as exc:
                raise describe_connection_error(exc, self.url) from None

    def _resolve_on(self, conn: Connection, given: str) -> TeamItem:
        from sqlalchemy import select

        given = given.strip()
        c = team_items.c
        query = (
            select(c.id, c.kind, c.title, c.latest, c.author, c.published_at, c.note_count)
            .where(c.id.startswith(given, autoescape=True))
            .limit(2)
        )
        exact = conn.execute(query.where(c.id == given)).all() if given else []
        if exact:
            return TeamItem(*exact[0])
        items = conn.execute(query).all() if given else []
        if not items:
            raise TeamNotFoundError(f"the team library has nothing with id {given!r}")
        if len(items) > 1:
            raise TeamNotFoundError(f"{given!r} starts more than one team id; give more of it")
        return TeamItem(*items[0])

    # -- publishing ----------------------------------------------------------------

    def publish(
        self,
        library: Library,
        local_id: str,
        *,
        as_copy: bool = False,
        progress: Progress | None = None,
    ) -> PublishResult:
        """Publish a local session or programme as the team's next revision of it.

        Raises :class:`StalePublishError` when the team has a revision newer than the
        one the local copy is based on, and :class:`TeamConnectionError` when the
        connection fails before the revision is committed (nothing was published).
        With ``as_copy``, a copy under new ids is made in the local library and
        published as a new item; the original stays as it was.
        """
        item = load_local(library, local_id)
        if as_copy:
            item = make_local_copy(library, item)
        link = team_link(library, item.id)
        based_on = None if link is None else link.revision
        records = item.records()
        printed = fingerprint(records)
        draft = RevisionDraft(
            item.id, item.kind, item.title, item.note_count, records, printed, based_on
        )
        revision, published_at = self._publish_records(draft, progress)
        new_link = TeamLink(item.id, item.kind, revision, printed, self.author, published_at)
        library.commit([], extra=[team_link_statement(new_link)])
        return PublishResult(
            item.id, item.kind, item.title, revision, self.author, published_at, item.id
        )

    def _publish_records(
        self, draft: RevisionDraft, progress: Progress | None, *, body: str | None = None
    ) -> tuple[int, float]:
        from sqlalchemy.exc import DBAPIError

        publish_id = new_id()
        try:
            with self._connect() as conn:
                self._check_schema(conn)
                conn.commit()  # the schema check's own transaction
                with conn.begin():
                    return self._write_revision(conn, publish_id, draft, progress, body)
        except (DBAPIError, TeamConnectionError) as exc:
            # The outcome of a COMMIT cut off by the network is unknown: look.
            landed = self._landed(publish_id) if isinstance(exc, DBAPIError) else None
            if landed is not None:
                return landed
            error = (
                exc
                if isinstance(exc, TeamConnectionError)
                else describe_connection_error(exc, self.url)
            )
            raise TeamConnectionError(
                f"not published: {error}. The team library is as it was and your "
                "library is untouched; publish again when the connection is back."
            ) from None

    def _landed(self, publish_id: str) -> tuple[int, float] | None:
        from sqlalchemy import select
        from sqlalchemy.exc import DBAPIError

        query = select(team_revisions.c.number, team_revisions.c.published_at).where(
            team_revisions.c.publish_id == publish_id
        )
        try:
            with self.engine.connect() as conn:
                row = conn.execute(query).first()
        except DBAPIError:
            return None
        return None if row is None else (int(row.number), float(row.published_at))

    def _write_revision(
        self,
        conn: Connection,
        publish_id: str,
        draft: RevisionDraft,
        progress: Progress | None,
        body: str | None = None,
    ) -> tuple[int, float]:
        from sqlalchemy import insert, select, update
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        item_id, kind, title = draft.item_id, draft.kind, draft.title
        note_count, records, based_on = draft.note_count, draft.records, draft.based_on

        now = time.time()
        locked = select(team_items).where(team_items.c.id == item_id).with_for_update()
        row = conn.execute(locked).first()
        if row is None:
            # A new item: only one of two first publishes can create the row.
            created = conn.execute(
                pg_insert(team_items)
                .values(
                    id=item_id,
                    kind=kind,
                    title=title,
                    latest=0,
                    author=self.author,
                    published_at=now,
                    note_count=note_count,
                )
                .on_conflict_do_nothing(index_elements=["id"])
            )
            if created.rowcount == 0:
                row = conn.execute(locked).first()
        latest = 0 if row is None else int(row.latest)
        if row is not None and row.kind != kind:
            raise TeamError(f"the team item {item_id[:8]} is a {row.kind}, not a {kind}")
        if latest != (based_on or 0):
            assert row is not None
            newer = NewerRevision(item_id, row.title, latest, row.author, row.published_at)
            raise StalePublishError(describe_newer(newer, based_on), newer, based_on)
        number = latest + 1
        revision_id = conn.execute(
            insert(team_revisions)
            .values(
                item_id=item_id,
                number=number,
                based_on=based_on,
                author=self.author,
                published_at=now,
                title=title,
                publish_id=publish_id,
                fingerprint=draft.fingerprint,
            )
            .returning(team_revisions.c.id)
        ).scalar_one()
        if body is not None:
            conn.execute(insert(team_documents).values(revision_id=revision_id, body=body))
        grouped: dict[type, list[tuple[Any, ...]]] = {}
        for record in records:
            grouped.setdefault(type(record), []).append((revision_id, *values_of(record)))
        total = len(records)
        done = 0
        for record_kind, rows in grouped.items():
            # Plain executemany through SQLAlchemy's connection: psycopg pipelines it,
            # and nothing is compiled per row. Values are bound, never spliced in.
            conn.exec_driver_sql(_INSERT_SQL[record_kind], rows)
            done += len(rows)
            if progress is not None:
                progress(RECORD_TABLES[record_kind].name, done, total)
        conn.execute(
            update(team_items)
            .where(team_items.c.id == item_id)
            .values(
                latest=number,
                title=title,
                author=self.author,
                published_at=now,
                note_count=note_count,
            )
        )
        return number, now

    # -- templates and method cards ------------------------------------------------

    def publish_document(self, library: Library, kind: str, doc_id: str) -> PublishResult:
        """Publish the user's own template or method card as a new revision."""
        from n3desk.team.documents import document_link, read_document

        document = read_document(library.data_dir, kind, doc_id)
        link = document_link(library, document)
        draft = RevisionDraft(
            document.item_id,
            kind,
            document.title,
            0,
            [],
            document.fingerprint,
            None if link is None else link.revision,
        )
        revision, published_at = self._publish_records(draft, None, body=document.body)
        new_link = TeamLink(
            document.item_id, kind, revision, document.fingerprint, self.author, published_at
        )
        library.commit([], extra=[team_link_statement(new_link)])
        return PublishResult(
            document.item_id, kind, document.title, revision, self.author, published_at, doc_id
        )

    def fetch_document(self, library: Library, item: TeamItem) -> FetchResult:
        """Bring a template or method card into the user's own folder."""
        from sqlalchemy import select
        from sqlalchemy.exc import DBAPIError

        from n3desk.team.documents import write_document

        try:
            with self._connect() as conn:
                row = conn.execute(
                    select(team_revisions, team_documents.c.body)
                    .join(team_documents, team_documents.c.revision_id == team_revisions.c.id)
                    .where(
                        team_revisions.c.item_id == item.id,
                        team_revisions.c.number == item.latest,
                    )
                ).one()
        except DBAPIError as exc:
            raise describe_connection_error(exc, self.url) from None
        link = TeamLink(
            item.id, item.kind, int(row.number), str(row.fingerprint), str(row.author),
            float(row.published_at),
        )  # fmt: skip
        path = write_document(library, item.kind, str(row.body), link)
        return FetchResult(
            item.id, item.kind, item.title, int(row.number), str(row.author),
            float(row.published_at), [], None, None, str(path),
        )  # fmt: skip

    # -- fetching ------------------------------------------------------------------

    def fetch(self, library: Library, team_id: str) -> FetchResult:
        """Bring the newest revision of a team item into the local library.

        One SQLite transaction: the local version is replaced by the team's, and a
        local version changed since it was last published or fetched is kept beside
        it as "(local copy)" first.
        """
        from sqlalchemy import select
        from sqlalchemy.exc import DBAPIError

        try:
            # One connection for all of it: resolving, the revision and its rows.
            with self._connect() as conn:
                self._check_schema(conn)
                item = self._resolve_on(conn, team_id)
                if item.kind not in ("session", "programme"):
                    conn.close()
                    return self.fetch_document(library, item)
                revision = conn.execute(
                    select(team_revisions).where(
                        team_revisions.c.item_id == item.id,
                        team_revisions.c.number == item.latest,
                    )
                ).one()
                records: list[AnyRecord] = []
                for kind, table in RECORD_TABLES.items():
                    query = select(*[table.c[name] for name in _fields(kind)]).where(
                        table.c.revision_id == revision.id
                    )
                    records.extend(kind(*row) for row in conn.execute(query).all())
        except DBAPIError as exc:
            raise describe_connection_error(exc, self.url) from None
        entities = [r for r in records if isinstance(r, Entity)]
        heads = [r for r in entities if isinstance(r, Session)]
        if item.kind == "session" and len(heads) == 1:
            # One session: every record is its own (no need to trace each one's parent).
            sessions = [Workshop(heads[0], [r for r in entities if r is not heads[0]])]
        else:
            sessions = split_sessions(entities)
        programme = programme_from([r for r in records if not isinstance(r, Entity)])
        fetched = LocalItem(item.id, item.kind, item.title, sessions, programme)
        kept = write_fetched(
            library,
            fetched,
            FetchedRevision(
                int(revision.number), str(revision.author), float(revision.published_at)
            ),
            records,
            str(revision.fingerprint),
        )
        return FetchResult(
            item.id,
            item.kind,
            item.title,
            int(revision.number),
            str(revision.author),
            float(revision.published_at),
            [w.session.id for w in sessions],
            None if programme is None else programme.programme.id,
            kept,
        )


def _fields(kind: type) -> list[str]:
    from dataclasses import fields

    return [f.name for f in fields(kind)]


def _insert_sql(kind: type) -> str:
    """INSERT of one record table's row, positional psycopg parameters (%s)."""
    table = RECORD_TABLES[kind]
    columns = ["revision_id", *_fields(kind)]
    marks = ", ".join(["%s"] * len(columns))
    return f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({marks})"


_INSERT_SQL = {kind: _insert_sql(kind) for kind in RECORD_TABLES}


__all__ = [
    "FetchResult",
    "PublishResult",
    "TeamItem",
    "TeamLibrary",
    "TeamStatus",
    "describe_newer",
]
