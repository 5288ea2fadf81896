"""The team library's tables, derived from the same domain records as the local library.

Every record type (a session's and a programme's) has one table whose columns are
the local table's columns (:func:`n3desk.store.schema.record_columns`: one
definition for both engines), plus the revision the row belongs to. A revision is
immutable once committed; ``team_items`` points at each item's newest revision and
is the one row a publish updates, under a row lock.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Float,
    ForeignKey,
    Identity,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    UniqueConstraint,
)

from n3desk.domain.entities import ENTITY_TYPES, Entity
from n3desk.domain.programmes import PROGRAMME_TYPES, ProgrammeRecord
from n3desk.store.programme_tables import PROGRAMME_TABLE_NAMES
from n3desk.store.schema import record_columns
from n3desk.store.tables import TABLE_NAMES

team_metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
    }
)

ITEM_KINDS = ("session", "programme", "template", "method")

team_items = Table(
    "team_items",
    team_metadata,
    Column("id", Text, primary_key=True),  # the session's or programme's own id
    Column("kind", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("latest", Integer, nullable=False),  # newest revision number
    Column("author", Text, nullable=False),  # of the newest revision
    Column("published_at", Float, nullable=False),
    Column("note_count", Integer, nullable=False),
    Index("ix_team_items_published_at", "published_at"),
)

team_revisions = Table(
    "team_revisions",
    team_metadata,
    Column("id", BigInteger, Identity(), primary_key=True),
    Column("item_id", Text, ForeignKey("team_items.id"), nullable=False),
    Column("number", Integer, nullable=False),
    Column("based_on", Integer, nullable=True),  # the revision the publisher had
    Column("author", Text, nullable=False),
    Column("published_at", Float, nullable=False),
    Column("title", Text, nullable=False),
    Column("publish_id", Text, nullable=False, unique=True),  # tells a retry it landed
    Column("fingerprint", Text, nullable=False),  # of its records, to spot local changes
    UniqueConstraint("item_id", "number", name="uq_team_revisions_item_number"),
)

# A template's or method card's JSON, as the local file holds it.
team_documents = Table(
    "team_documents",
    team_metadata,
    Column(
        "revision_id",
        BigInteger,
        ForeignKey("team_revisions.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("body", Text, nullable=False),
)


def _record_table(kind: type[Entity | ProgrammeRecord], name: str) -> Table:
    return Table(
        f"rev_{name}",
        team_metadata,
        Column(
            "revision_id",
            BigInteger,
            ForeignKey("team_revisions.id", ondelete="CASCADE"),
            nullable=False,
        ),
        *record_columns(kind),
        PrimaryKeyConstraint("revision_id", "id", name=f"pk_rev_{name}"),
    )


RECORD_TABLES: dict[type[Entity | ProgrammeRecord], Table] = {
    **{kind: _record_table(kind, TABLE_NAMES[kind]) for kind in ENTITY_TYPES},
    **{kind: _record_table(kind, PROGRAMME_TABLE_NAMES[kind]) for kind in PROGRAMME_TYPES},
}
