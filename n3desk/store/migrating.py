"""Bringing a library's schema up to this version of n3desk with Alembic.

Alembic is configured in code (no alembic.ini): the scripts are found next to
:mod:`n3desk.store.migrations`. This is the one place the library builds a SQLAlchemy
engine (:func:`make_engine`); everything else speaks plain sqlite3
(:class:`n3desk.store.library.Library`). The revision a library is at is read with a plain
SQLite connection and no pragmas, so that a library from a newer n3desk can be
refused without having been changed in any way.
"""

from __future__ import annotations

import functools
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from n3desk.store import migrations
from n3desk.store.connections import BUSY_TIMEOUT_MS, apply_pragmas
from n3desk.store.errors import LibraryError, LibraryWriteError
from n3desk.store.integrity import connect_readonly, describe_sqlite_error

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Connection, Engine

MIGRATIONS_DIR = Path(migrations.__file__).parent
INITIAL_REVISION = "0001"
VERSION_TABLE = "alembic_version"

# The revisions shipped with this version, newest last. Opening an up-to-date
# library compares against these and never imports Alembic, which alone would cost
# a third of the start-up time; tests/store/test_migrations.py checks they match the
# scripts in migrations/versions.
SHIPPED_REVISIONS: tuple[str, ...] = ("0001", "0003", "0004", "0005")
_SHIPPED_DIR = MIGRATIONS_DIR


def make_engine(path: Path, *, foreign_keys: bool = True) -> Engine:
    """An engine on ``path`` whose every connection has the library's pragmas.

    pysqlite's own transaction handling is switched off and BEGIN is emitted by
    SQLAlchemy, as its SQLite documentation recommends, so that SAVEPOINT and DDL
    behave inside transactions. ``foreign_keys=False`` is for migrating.
    """
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        apply_pragmas(dbapi_connection, foreign_keys=foreign_keys)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Writers take the write lock up front, so two writers never deadlock on
        # a lock upgrade; readers stay deferred and never block each other.
        immediate = conn.get_execution_options().get("n3desk_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def alembic_config(script_location: Path | None = None) -> Config:
    """An Alembic configuration for the library's migrations, without an .ini file."""
    from alembic.config import Config

    config = Config()
    # ConfigParser interpolates "%": double it so any folder name survives.
    where = str(script_location or MIGRATIONS_DIR).replace("%", "%%")
    config.set_main_option("script_location", where)
    config.set_main_option("path_separator", "os")
    return config


def script_directory(script_location: Path | None = None) -> ScriptDirectory:
    return _load_scripts(script_location or MIGRATIONS_DIR)


@functools.cache
def _load_scripts(location: Path) -> ScriptDirectory:
    # Reading the revision files costs more than the rest of opening a library.
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(location))


def head_revision(script_location: Path | None = None) -> str:
    """The revision this version of n3desk writes."""
    location = script_location or MIGRATIONS_DIR
    if location == _SHIPPED_DIR:
        return SHIPPED_REVISIONS[-1]
    head = script_directory(location).get_current_head()
    assert head is not None
    return head


def known_revisions(script_location: Path | None = None) -> set[str]:
    location = script_location or MIGRATIONS_DIR
    if location == _SHIPPED_DIR:
        return set(SHIPPED_REVISIONS)
    return {s.revision for s in script_directory(location).walk_revisions()}


@dataclass(frozen=True, slots=True)
class StoredSchema:
    """What is in a library file before anything is done to it."""

    tables: frozenset[str]
    revisions: tuple[str, ...]

    @property
    def empty(self) -> bool:
        """A brand-new file: no tables at all."""
        return not self.tables

    @property
    def unversioned(self) -> bool:
        """Tables made before migrations existed (``create_all``), with no revision."""
        return bool(self.tables) and not self.revisions


def read_stored_schema(path: Path, *, readonly: bool = False) -> StoredSchema:
    """The tables and Alembic revision of the library at ``path``, read without writing.

    ``readonly`` (commands that only read) opens the file with ``mode=ro``, which
    never writes it but leaves its -wal and -shm behind; otherwise a plain
    connection is used, which removes them again when it closes.
    """
    try:
        conn = connect_readonly(path) if readonly else sqlite3.connect(path, timeout=5.0)
    except sqlite3.Error as exc:
        raise LibraryError(f"The library {path} cannot be read: {exc}") from exc
    try:
        names = frozenset(
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        )
        revisions: tuple[str, ...] = ()
        if VERSION_TABLE in names:
            rows = conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchall()
            revisions = tuple(sorted(str(r[0]) for r in rows))
    except (sqlite3.Error, UnicodeError) as exc:
        raise LibraryError(f"The library {path} cannot be read: {exc}") from exc
    finally:
        conn.close()
    return StoredSchema(names - {VERSION_TABLE}, revisions)


def upgrade(
    path: Path, *, stamp_first: str | None = None, script_location: Path | None = None
) -> None:
    """Upgrade the library at ``path`` to the head revision in one transaction.

    Foreign keys are off while migrating, as SQLite requires for altering tables by
    copying them (with them on, dropping the old copy of ``boards`` would cascade
    into its notes); ``PRAGMA foreign_key_check`` must come back empty before the
    transaction commits. ``stamp_first`` marks an unversioned library as being at
    that revision first.
    """
    from alembic import command
    from sqlalchemy.exc import DBAPIError

    config = alembic_config(script_location)
    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.connect() as conn:
            conn.execution_options(n3desk_write=True)
            with conn.begin():
                config.attributes["connection"] = conn
                if stamp_first is not None:
                    command.stamp(config, stamp_first)
                command.upgrade(config, "head")
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise LibraryError(
                        f"Updating the library {path} would break {len(broken)} links "
                        f"(first in table {broken[0][0]}); it was left as it was."
                    )
    except DBAPIError as exc:
        raise LibraryWriteError(describe_sqlite_error(exc, path)) from exc
    except LibraryError:
        raise
    except Exception as exc:
        # A broken migration script: the transaction was rolled back, nothing changed.
        raise LibraryError(
            f"Updating the library {path} failed ({type(exc).__name__}: {exc}); "
            "it was left as it was."
        ) from exc
    finally:
        engine.dispose()
