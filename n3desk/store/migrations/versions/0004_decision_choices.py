"""Decisions name who carries them out and by when, and the notes they chose.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 17:30:00

``decisions`` gains ``owner`` and ``due_date`` (both "" for the decisions already
logged); the new table ``chosen_notes`` links a decision to the notes (ideas,
concepts) it chose, and goes with either of them. A static snapshot, like 0001.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | Sequence[str] | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # SQLite adds a column in place when it has a default: no copy of the table. The
    # default ('' for the decisions already logged) stays in the file; the store
    # always writes every column, so it is never used after this.
    op.add_column('decisions', sa.Column('owner', sa.Text(), nullable=False, server_default=''))
    op.add_column('decisions', sa.Column('due_date', sa.Text(), nullable=False, server_default=''))
    op.create_table('chosen_notes',
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('decision_id', sa.Text(), nullable=False),
    sa.Column('note_id', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['decision_id'], ['decisions.id'], name=op.f('fk_chosen_notes_decision_id_decisions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['note_id'], ['notes.id'], name=op.f('fk_chosen_notes_note_id_notes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_chosen_notes'))
    )
    with op.batch_alter_table('chosen_notes', schema=None) as batch_op:
        batch_op.create_index('ix_chosen_notes_decision_id', ['decision_id'], unique=False)
        batch_op.create_index('ix_chosen_notes_note_id', ['note_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('chosen_notes', schema=None) as batch_op:
        batch_op.drop_index('ix_chosen_notes_note_id')
        batch_op.drop_index('ix_chosen_notes_decision_id')
    op.drop_table('chosen_notes')
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.drop_column('due_date')
        batch_op.drop_column('owner')
