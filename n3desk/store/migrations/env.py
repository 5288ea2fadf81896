"""Alembic environment: runs on the connection n3desk hands it, never from an .ini.

:func:`n3desk.store.migrating.upgrade` opens the connection (foreign keys off, one
transaction around the whole upgrade) and passes it in ``config.attributes``. Batch
mode is on because SQLite can alter a table only by copying it.
"""

from __future__ import annotations

from alembic import context

from n3desk.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None or context.is_offline_mode():
    raise RuntimeError("n3desk migrations run on a live connection from n3desk.store.migrating")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    compare_type=True,
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
