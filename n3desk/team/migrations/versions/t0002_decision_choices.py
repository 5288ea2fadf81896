"""Decisions name who carries them out and by when, and the notes they chose.

Revision ID: t0002
Revises: t0001
Create Date: 2026-12-04 19:20:00

The team library's side of the local migration 0004: ``rev_decisions`` gains
``owner`` and ``due_date`` ("" for the revisions already published) and
``rev_chosen_notes`` holds each revision's links from a decision to its chosen notes.
A static snapshot, like t0001.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "t0002"
down_revision: str | Sequence[str] | None = "t0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # The default fills the revisions already published; it is never used after this,
    # since every publish writes every column.
    op.add_column("rev_decisions", sa.Column("owner", sa.Text(), nullable=False, server_default=""))
    op.add_column(
        "rev_decisions", sa.Column("due_date", sa.Text(), nullable=False, server_default="")
    )
    op.alter_column("rev_decisions", "owner", server_default=None)
    op.alter_column("rev_decisions", "due_date", server_default=None)
    op.create_table(
        "rev_chosen_notes",
        sa.Column("revision_id", sa.BigInteger(), nullable=False),
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("decision_id", sa.Text(), nullable=False),
        sa.Column("note_id", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["revision_id"],
            ["team_revisions.id"],
            name=op.f("fk_rev_chosen_notes_revision_id_team_revisions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("revision_id", "id", name="pk_rev_chosen_notes"),
    )


def downgrade() -> None:
    op.drop_table("rev_chosen_notes")
    op.drop_column("rev_decisions", "due_date")
    op.drop_column("rev_decisions", "owner")
