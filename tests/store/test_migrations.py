"""Migrations: the first revision is the schema, newer libraries are refused untouched."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from n3desk.store import LibraryError, LibraryTooNewError, migrating, open_library
from n3desk.store.backups import list_backups
from n3desk.store.library import LIBRARY_FILE
from n3desk.store.migrating import (
    MIGRATIONS_DIR,
    VERSION_TABLE,
    head_revision,
    make_engine,
    upgrade,
)
from n3desk.store.schema import metadata

from .conftest import workshop_with_notes

ADD_BOARD_COLOUR = """
from alembic import op
import sqlalchemy as sa

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # recreate="always" copies the table, as most SQLite alterations must.
    with op.batch_alter_table("boards", recreate="always") as batch:
        batch.add_column(sa.Column("colour", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    pass
"""

BROKEN = """
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE TABLE half_done (id TEXT)")
    op.execute("DELETE FROM notes")
    raise RuntimeError("the script has a bug")


def downgrade() -> None:
    pass
"""


def _scripts_with(tmp_path: Path, source: str) -> Path:
    """A copy of the migrations with one more revision, 9001, on top of the head."""
    location = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, location, ignore=shutil.ignore_patterns("__pycache__"))
    (location / "versions" / "9001_next.py").write_text(
        source.replace("{head}", head_revision()), encoding="utf-8"
    )
    return location


def _count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def _revision(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def test_upgrading_an_empty_library_gives_exactly_the_schema(tmp_path: Path) -> None:
    """Alembic finds no difference between the migrated file and schema.metadata."""
    path = tmp_path / LIBRARY_FILE
    upgrade(path)
    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            diffs = compare_metadata(context, metadata)
    finally:
        engine.dispose()
    assert diffs == []
    assert _revision(path) == head_revision()


def test_the_comparison_would_see_a_missing_index(tmp_path: Path) -> None:
    """The schema comparison is not vacuous: it notices a dropped index."""
    path = tmp_path / LIBRARY_FILE
    upgrade(path)
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX ix_notes_board_id")
    conn.close()
    engine = make_engine(path)
    try:
        with engine.connect() as sa_conn:
            diffs = compare_metadata(MigrationContext.configure(sa_conn), metadata)
    finally:
        engine.dispose()
    assert [d[0] for d in diffs] == ["add_index"]


def test_a_library_from_a_newer_n3desk_is_refused_and_not_changed(data_dir: Path) -> None:
    """An unknown revision gives LibraryTooNewError; the file and folder stay as they were."""
    library = open_library(data_dir)
    made = workshop_with_notes(library, 3)
    library.close()
    path = data_dir / LIBRARY_FILE
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9f00_from_the_future'")
    conn.commit()
    conn.close()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    listing = sorted(p.name for p in data_dir.rglob("*"))

    with pytest.raises(LibraryTooNewError, match="newer version of n3desk") as raised:
        open_library(data_dir)

    assert "Update n3desk" in str(raised.value)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert sorted(p.name for p in data_dir.rglob("*")) == listing  # no backup, no lock left
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = ?", (head_revision(),))
    conn.commit()
    conn.close()
    with open_library(data_dir) as reopened:
        assert reopened.load(made.session.id) == made


def test_a_migration_that_copies_a_table_keeps_every_note(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Re-creating `boards` in batch mode cascades into no notes; a backup comes first."""
    library = open_library(data_dir)
    made = workshop_with_notes(library, 25)
    library.close()
    path = data_dir / LIBRARY_FILE
    backups_before = len(list_backups(data_dir / "backups"))
    monkeypatch.setattr(migrating, "MIGRATIONS_DIR", _scripts_with(tmp_path, ADD_BOARD_COLOUR))

    with open_library(data_dir) as migrated:
        assert migrated.load(made.session.id) == made

    assert _revision(path) == "9001"
    assert _count(path, "notes") == 25
    conn = sqlite3.connect(path)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(boards)")]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
    assert "colour" in columns
    backups = list_backups(data_dir / "backups")
    # The closing backup already held the state before migrating, byte for byte, so
    # it was kept rather than copied again (an identical backup is not a new one).
    assert len(backups) == backups_before
    # the state just before migrating
    assert _revision(backups[0].path) == migrating.SHIPPED_REVISIONS[-1]
    assert _count(backups[0].path, "notes") == 25


def test_a_failing_migration_leaves_the_library_as_it_was(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A migration that breaks halfway is rolled back whole and reported in one line."""
    library = open_library(data_dir)
    made = workshop_with_notes(library, 5)
    library.close()
    monkeypatch.setattr(migrating, "MIGRATIONS_DIR", _scripts_with(tmp_path, BROKEN))

    with pytest.raises(LibraryError, match="left as it was"):
        open_library(data_dir)

    path = data_dir / LIBRARY_FILE
    assert _revision(path) == migrating.SHIPPED_REVISIONS[-1]
    assert _count(path, "notes") == 5
    monkeypatch.undo()
    with open_library(data_dir) as reopened:
        assert reopened.load(made.session.id) == made


def test_a_library_made_before_migrations_is_adopted(data_dir: Path) -> None:
    """A file made before migrations (the first tables, no alembic_version) is brought up."""
    from alembic import command

    from n3desk.store.migrating import INITIAL_REVISION, alembic_config

    path = data_dir / LIBRARY_FILE
    engine = make_engine(path, foreign_keys=False)
    with engine.begin() as conn:  # the tables of 0001, as the first n3desk made them
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, INITIAL_REVISION)
        conn.exec_driver_sql(f"DROP TABLE {VERSION_TABLE}")
    engine.dispose()
    from n3desk.store.library import Library

    bare = Library(data_dir)
    made = workshop_with_notes(bare, 4)
    bare.close()

    with open_library(data_dir) as adopted:
        assert adopted.load(made.session.id) == made
    assert _revision(path) == head_revision()


def test_shipped_revisions_match_the_scripts() -> None:
    """The revisions opening compares against (without Alembic) are the scripts' own."""
    from n3desk.store.migrating import SHIPPED_REVISIONS, script_directory

    scripts = script_directory(MIGRATIONS_DIR)
    assert scripts.get_current_head() == SHIPPED_REVISIONS[-1]
    assert {s.revision for s in scripts.walk_revisions()} == set(SHIPPED_REVISIONS)
