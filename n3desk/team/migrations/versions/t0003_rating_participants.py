"""Ratings say who gave them: the team library's side of the local migration 0005.

Revision ID: t0003
Revises: t0002
Create Date: 2026-12-04 20:40:00

``rev_ratings`` gains ``participant_id`` (NULL: the facilitator's own value, which
every rating published before this is). A static snapshot, like t0001.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "t0003"
down_revision: str | Sequence[str] | None = "t0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("rev_ratings", sa.Column("participant_id", sa.Text(), nullable=True))


def downgrade() -> None:
    # Back to one rating per note and criterion: the participants' ratings go.
    op.execute("DELETE FROM rev_ratings WHERE participant_id IS NOT NULL")
    op.drop_column("rev_ratings", "participant_id")
