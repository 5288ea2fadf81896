"""Ratings say who gave them: each participant's own rating from the room is kept.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 20:20:00

``ratings`` gains ``participant_id`` (NULL: the facilitator's own value, which every
rating made before this is), going with its participant like a vote. One rating per
note, criterion and participant is the domain's rule (n3desk/domain/invariants.py).
A static snapshot, like 0001. SQLite adds a foreign key only by copying the table:
``batch_alter_table`` does that.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | Sequence[str] | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('ratings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('participant_id', sa.Text(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f('fk_ratings_participant_id_participants'),
            'participants', ['participant_id'], ['id'], ondelete='CASCADE',
        )
        batch_op.create_index('ix_ratings_participant_id', ['participant_id'], unique=False)


def downgrade() -> None:
    # Back to one rating per note and criterion: the facilitator's own where there is
    # one; the participants' ratings (which the older schema cannot hold) go.
    op.execute('DELETE FROM ratings WHERE participant_id IS NOT NULL')
    with op.batch_alter_table('ratings', schema=None) as batch_op:
        batch_op.drop_index('ix_ratings_participant_id')
        batch_op.drop_constraint(
            batch_op.f('fk_ratings_participant_id_participants'), type_='foreignkey'
        )
        batch_op.drop_column('participant_id')
