"""A real PostgreSQL for the team library's tests, started from the test dependencies.

The server comes from the ``pgserver`` package (PostgreSQL's own binaries, from
PyPI); as root it runs the server as its own unprivileged user. One server serves
the whole test run; every test gets a fresh database set up by the team migrations.
Tests skip, saying why, only when no server can be started.
"""

from __future__ import annotations

import shutil
import tempfile
import time
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from keyring.backend import KeyringBackend

from n3desk.domain.changes import Put
from n3desk.domain.entities import Note, new_id
from n3desk.domain.templates import BLANK, instantiate
from n3desk.domain.workshop import Workshop
from n3desk.store import Library, open_library


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    """The URL of a running PostgreSQL superuser connection (its maintenance database)."""
    with warnings.catch_warnings():
        # platformdirs warns that XDG_RUNTIME_DIR is unset when pgserver is imported.
        warnings.simplefilter("ignore")
        try:
            import pgserver  # type: ignore[import-untyped]
        except ImportError:
            pytest.skip("pgserver is not installed; install the test dependencies")
        folder = Path(tempfile.mkdtemp(prefix="n3desk-pg-"))
        try:
            server = pgserver.get_server(folder / "data", cleanup_mode="delete")
        except Exception as exc:
            shutil.rmtree(folder, ignore_errors=True)
            pytest.skip(f"no PostgreSQL server could be started: {exc}")
    try:
        yield str(server.get_uri())
    finally:
        # Connections a killed test process left behind would slow the shutdown.
        admin_sql(
            str(server.get_uri()),
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE pid <> pg_backend_pid() AND backend_type = 'client backend'",
        )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            server.cleanup()
        shutil.rmtree(folder, ignore_errors=True)


def admin_sql(admin_url: str, *statements: str) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)  # test set-up only: fixed statements, no user values


def database_url(admin_url: str, database: str, user: str | None = None) -> str:
    from sqlalchemy.engine import make_url

    url = make_url(admin_url).set(database=database)
    if user is not None:
        url = url.set(username=user)._replace(password=None)
    return url.render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def team_template(pg_admin_url: str) -> str:
    """A database set up once by the team migrations, run as the admin; copied per test."""
    from n3desk.team.connection import make_team_engine
    from n3desk.team.migrating import upgrade_team

    name = f"team_template_{uuid.uuid4().hex[:8]}"
    admin_sql(pg_admin_url, f"CREATE DATABASE {name}")
    engine = make_team_engine(database_url(pg_admin_url, name))
    try:
        upgrade_team(engine)
    finally:
        engine.dispose()
    return name


@pytest.fixture
def team_url(pg_admin_url: str, team_template: str) -> str:
    """A fresh team library of its own: a copy of the migrated template database."""
    name = f"team_{uuid.uuid4().hex[:12]}"
    admin_sql(pg_admin_url, f"CREATE DATABASE {name} TEMPLATE {team_template}")
    return database_url(pg_admin_url, name)


class MemoryKeyring(KeyringBackend):
    """A keyring backend that keeps passwords in memory (the test's own OS keyring)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every team test gets an empty keyring of its own."""
    import keyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def make_laptop(root: Path, name: str) -> Library:
    """A facilitator's laptop: a library of its own in its own folder."""
    folder = root / name
    folder.mkdir(parents=True, exist_ok=True)
    return open_library(folder)


def session_with_notes(library: Library, title: str, count: int) -> Workshop:
    """A new session with ``count`` notes, stored in ``library``."""
    made = instantiate(BLANK, title, language="sv", now=time.time())
    board = made.boards[0]
    made.apply([Put(Note(new_id(), board.id, text=f"idé {i}", x=i * 10.0)) for i in range(count)])
    library.add(made)
    return made


def add_note(library: Library, session_id: str, text: str) -> Any:
    """Add one note to a stored session, as an edit in the app would."""
    workshop = library.load(session_id)
    note = Note(new_id(), workshop.boards[0].id, text=text)
    ops = [Put(note)]
    workshop.apply(ops)
    library.commit(ops)
    return note
