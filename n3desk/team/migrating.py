"""Creating and migrating the team library's schema with Alembic (the admin's job).

The team schema has its own migration environment (``n3desk/team/migrations``) and
its own version table, ``team_alembic_version``. Only the admin role runs
:func:`upgrade_team`; a facilitator's n3desk only reads the revision and refuses to
publish to a schema it does not know.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from n3desk.team import migrations

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

TEAM_MIGRATIONS_DIR = Path(migrations.__file__).parent
TEAM_VERSION_TABLE = "team_alembic_version"
TEAM_HEAD = "t0003"  # tests/team/test_team_schema.py checks it is the scripts' head


def team_alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(TEAM_MIGRATIONS_DIR).replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    return config


def upgrade_team(engine: Engine) -> None:
    """Bring the team schema to this version's head, in one transaction."""
    from alembic import command

    config = team_alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def team_schema_revision(conn: Connection) -> str | None:
    """The team schema's revision, or None when the schema was never set up."""
    from sqlalchemy import text

    exists = conn.execute(
        text("SELECT to_regclass(:name) IS NOT NULL"), {"name": TEAM_VERSION_TABLE}
    ).scalar()
    if not exists:
        return None
    value = conn.execute(text(f"SELECT version_num FROM {TEAM_VERSION_TABLE}")).scalar()
    return None if value is None else str(value)


_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def grant_facilitators(engine: Engine, role: str) -> None:
    """Give ``role`` what a facilitator needs and nothing more: no DDL, no deletes.

    Facilitators read everything, add revisions (rows are never updated or deleted:
    a revision is kept for good) and move an item's pointer to its newest revision.
    Role names are identifiers, which SQL cannot bind as parameters: they are
    checked against a strict pattern and quoted.
    """
    from sqlalchemy import inspect, text

    if not _ROLE_NAME.match(role):
        raise ValueError(f"not a plain PostgreSQL role name: {role!r}")
    with engine.begin() as conn:
        quote = conn.dialect.identifier_preparer.quote
        who = quote(role)
        tables = [t for t in inspect(conn).get_table_names() if t != TEAM_VERSION_TABLE]
        statements = [
            "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
            f"GRANT USAGE ON SCHEMA public TO {who}",
            f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {who}",
            f"GRANT INSERT ON {', '.join(quote(t) for t in tables)} TO {who}",
            "GRANT UPDATE (latest, title, author, published_at, note_count)"
            f" ON team_items TO {who}",
            f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {who}",
        ]
        for statement in statements:
            conn.execute(text(statement))
