"""Alembic environment of the team library: runs on the connection n3desk hands it.

:func:`n3desk.team.migrating.upgrade_team` opens the connection as the admin role
(facilitators have no DDL rights) and passes it in ``config.attributes``.
"""

from __future__ import annotations

from alembic import context

from n3desk.team.schema import team_metadata

connection = context.config.attributes.get("connection")
if connection is None or context.is_offline_mode():
    raise RuntimeError("team migrations run on a live connection from n3desk.team.migrating")

context.configure(
    connection=connection,
    target_metadata=team_metadata,
    compare_type=True,
    transactional_ddl=True,
    version_table="team_alembic_version",
)
with context.begin_transaction():
    context.run_migrations()
