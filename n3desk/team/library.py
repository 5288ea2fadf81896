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
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from n3desk.domain.entities import new_id
from n3desk.store.library import Library
from n3desk.team.cancelling import Cancellation
from n3desk.team.connection import describe_connection_error, display_url, make_team_engine
from n3desk.team.documents import DOCUMENT_KINDS
from n3desk.team.errors import (
    NewerRevision,
    StalePublishError,
    TeamConnectionError,
    TeamError,
    TeamNotFoundError,
    TeamSchemaError,
)
from n3desk.team.migrating import TEAM_HEAD, team_schema_revision
from n3desk.team.records import AnyRecord, values_of
from n3desk.team.revisions import (
    Download,
    FetchResult,
    PublishResult,
    RevisionDraft,
    TeamItem,
    draft_document,
    draft_local,
    remember_published,
    store_download,
)
from n3desk.team.schema import RECORD_TABLES, team_documents, team_items, team_revisions

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

Progress = Callable[[str, int, int], None]  # what, done, total


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
        draft = draft_local(library, local_id, as_copy=as_copy)
        revision, published_at = self.send(draft, progress)
        return remember_published(library, draft, revision, published_at, self.author)

    def send(
        self,
        draft: RevisionDraft,
        progress: Progress | None = None,
        cancellation: Cancellation | None = None,
    ) -> tuple[int, float]:
        """Write ``draft`` as the team's next revision: its number and time.

        Touches no local library, so it may run on any thread. ``cancellation`` lets
        another thread stop it before COMMIT (:class:`PublishCancelledError`).
        """
        from sqlalchemy.exc import DBAPIError

        publish_id = new_id()
        try:
            with self._connect() as conn:
                if cancellation is not None:
                    cancellation.check()
                self._check_schema(conn)
                conn.commit()  # the schema check's own transaction
                with conn.begin():
                    written = self._write_revision(conn, publish_id, draft, progress, cancellation)
                    if cancellation is not None:
                        cancellation.commit_point()  # raising here rolls everything back
                    return written
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
        cancellation: Cancellation | None = None,
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
        if draft.body is not None:
            conn.execute(insert(team_documents).values(revision_id=revision_id, body=draft.body))
        grouped: dict[type, list[tuple[Any, ...]]] = {}
        for record in records:
            grouped.setdefault(type(record), []).append((revision_id, *values_of(record)))
        total = len(records)
        done = 0
        for record_kind, rows in grouped.items():
            # Plain executemany through SQLAlchemy's connection: psycopg pipelines it,
            # and nothing is compiled per row. Values are bound, never spliced in.
            if cancellation is not None:
                cancellation.check()
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
        draft = draft_document(library, kind, doc_id)
        revision, published_at = self.send(draft)
        return remember_published(library, draft, revision, published_at, self.author)

    # -- fetching ------------------------------------------------------------------

    def fetch(self, library: Library, team_id: str) -> FetchResult:
        """Bring the newest revision of a team item into the local library.

        One SQLite transaction: the local version is replaced by the team's, and a
        local version changed since it was last published or fetched is kept beside
        it as "(local copy)" first.
        """
        return store_download(library, self.download(team_id))

    def download(self, team_id: str) -> Download:
        """Read the newest revision of a team item; touches no local library."""
        from psycopg import Error as DriverError
        from sqlalchemy import select
        from sqlalchemy.exc import DBAPIError

        try:
            # One connection for all of it: resolving, the revision and its rows.
            with self._connect() as conn:
                self._check_schema(conn)
                item = self._resolve_on(conn, team_id)
                if item.kind in DOCUMENT_KINDS:
                    row = conn.execute(
                        select(team_revisions, team_documents.c.body)
                        .join(team_documents, team_documents.c.revision_id == team_revisions.c.id)
                        .where(
                            team_revisions.c.item_id == item.id,
                            team_revisions.c.number == item.latest,
                        )
                    ).one()
                    return Download(
                        item, int(row.number), str(row.author), float(row.published_at),
                        str(row.fingerprint), {}, str(row.body),
                    )  # fmt: skip
                number, author, published_at, printed, rows = _read_revision(conn, item)
        except (DBAPIError, DriverError) as exc:
            raise describe_connection_error(exc, self.url) from None
        return Download(item, number, author, published_at, printed, rows)


def _read_revision(
    conn: Connection, item: TeamItem
) -> tuple[int, str, float, str, dict[type[AnyRecord], list[tuple[Any, ...]]]]:
    """The item's newest revision and every table's rows of it, in one round trip.

    psycopg's pipeline sends the revision's query and one query per table at once and
    then reads the answers (24 queries, one wait for the network instead of 24). The
    rows stay the tuples psycopg decoded: building records from them is left to
    whoever needs records (a fetched session is written to SQLite from the tuples).
    A committed revision never changes, so the statements need no shared snapshot.
    """
    from contextlib import nullcontext

    from psycopg import Pipeline

    driver = conn.connection.driver_connection
    assert driver is not None
    # A libpq older than 14 (a psycopg without its binary wheel) has no pipeline:
    # the same queries then wait for their answers one by one.
    with driver.pipeline() if Pipeline.is_supported() else nullcontext():
        head = driver.cursor()
        head.execute(_REVISION_SQL, (item.id, item.latest))
        cursors = []
        for kind, sql in _SELECT_SQL.items():
            cursor = driver.cursor()
            cursor.execute(sql, (item.id, item.latest))
            cursors.append((kind, cursor))
    found = head.fetchone()
    if found is None:
        raise TeamNotFoundError(f"the team library has no revision {item.latest} of {item.id}")
    number, author, published_at, printed = found
    rows = {kind: cursor.fetchall() for kind, cursor in cursors}
    return int(number), str(author), float(published_at), str(printed), rows


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

# A revision by its item and number (the item's newest, as just resolved).
_REVISION_SQL = (
    "SELECT number, author, published_at, fingerprint FROM team_revisions"
    " WHERE item_id = %s AND number = %s"
)
_SELECT_SQL = {
    kind: f"SELECT {', '.join(_fields(kind))} FROM {table.name} WHERE revision_id = "
    "(SELECT id FROM team_revisions WHERE item_id = %s AND number = %s)"
    for kind, table in RECORD_TABLES.items()
}


__all__ = [
    "Download",
    "FetchResult",
    "PublishResult",
    "RevisionDraft",
    "TeamItem",
    "TeamLibrary",
    "TeamStatus",
    "describe_newer",
]
