"""Library problems exit 4 with one line; `check` reports and restores."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from n3desk.store import open_library
from n3desk.store.library import LIBRARY_FILE
from n3desk.store.migrating import VERSION_TABLE

if TYPE_CHECKING:
    from tests.cli.conftest import Run


def test_a_locked_library_refuses_writes_but_allows_reading(
    run: Run, cli_dir: Path, session_id: str
) -> None:
    """While the app holds the library, writing commands exit 4; reading ones still work."""
    file = cli_dir.parent / "a.txt"
    file.write_text("Lapp\n", encoding="utf-8")
    with open_library(cli_dir):  # as the running app would
        locked = run("notes", "import", session_id, str(file))
        assert locked.code == 4
        assert len(locked.err.splitlines()) == 1
        assert "Traceback" not in locked.err
        assert run("sessions", "new", "Till").code == 4
        assert run("sessions", "list", "--json").code == 0
        assert run("sessions", "show", session_id, "--json").code == 0


def test_a_damaged_library_exits_4(run: Run, cli_dir: Path, session_id: str) -> None:
    """A library file that is not a database: exit 4, one line, the file left in place."""
    garbage = b"this is not sqlite" * 100
    (cli_dir / LIBRARY_FILE).write_bytes(garbage)
    for suffix in ("-wal", "-shm"):
        (cli_dir / (LIBRARY_FILE + suffix)).unlink(missing_ok=True)
    result = run("sessions", "list")
    assert result.code == 4
    assert len(result.err.splitlines()) == 1
    assert "damaged" in result.err
    assert "n3desk check --restore" in result.err
    assert (cli_dir / LIBRARY_FILE).read_bytes() == garbage, "a reader moves nothing"


def test_a_library_from_a_newer_n3desk_exits_4(run: Run, cli_dir: Path, session_id: str) -> None:
    """An unknown schema revision is refused with exit 4 and the file is not changed."""
    path = cli_dir / LIBRARY_FILE
    with sqlite3.connect(path) as conn:
        conn.execute(f"UPDATE {VERSION_TABLE} SET version_num = 'from-the-future'")
    conn.close()
    result = run("sessions", "list")
    assert result.code == 4
    assert "newer" in result.err


def test_check_a_sound_library(run: Run, session_id: str) -> None:
    """`check` on a sound library prints ok and exits 0."""
    result = run("check")
    assert result.code == 0, result.err
    assert "integrity: ok" in result.out
    assert "sessions: 1" in result.out


def test_check_an_empty_folder(run: Run) -> None:
    """`check` where there is no library yet says so and exits 0."""
    result = run("check")
    assert result.code == 0
    assert "no library" in result.out


@pytest.mark.parametrize("restore", [False, True])
def test_check_a_damaged_library(run: Run, cli_dir: Path, session_id: str, restore: bool) -> None:
    """A damaged library: `check` exits 4 and offers the backup; `--restore` puts it back."""
    backups = list((cli_dir / "backups").glob("library-*.sqlite3"))
    assert backups, "the library took a backup when it was made"
    (cli_dir / LIBRARY_FILE).write_bytes(b"\0garbage" * 512)
    for suffix in ("-wal", "-shm"):
        (cli_dir / (LIBRARY_FILE + suffix)).unlink(missing_ok=True)
    if not restore:
        result = run("check")
        assert result.code == 4
        assert "--restore" in result.err
        return
    result = run("check", "--restore")
    assert result.code == 0, result.err
    assert "Restored" in result.out
    assert run("sessions", "show", session_id, "--json").json()["session"]["id"] == session_id


def test_unexpected_errors_are_logged_not_shown(
    run: Run, cli_dir: Path, session_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug inside a command: exit 1, one line, and the traceback in n3desk.log."""

    def broken(*_args: object, **_kwargs: object) -> str:
        raise RuntimeError("a bug")

    monkeypatch.setattr("n3desk.cli.sessions.session_text", broken)
    result = run("sessions", "show", session_id)
    assert result.code == 1
    assert len(result.err.splitlines()) == 1
    assert "n3desk.log" in result.err
    log = (cli_dir / "n3desk.log").read_text(encoding="utf-8")
    assert "Traceback" in log
    assert "a bug" in log
