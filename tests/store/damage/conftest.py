"""Helpers for the fault-injection scenarios: libraries with sessions, and ways to harm them."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from n3desk.cli import main
from n3desk.store import open_library
from n3desk.store.library import LIBRARY_FILE
from tests.store.conftest import workshop_with_notes

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@dataclass
class Result:
    """What one run of the command line did."""

    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


Cli = Callable[..., Result]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    """Run ``n3desk --data-dir DIR ARGS...`` in-process; its exit code and output."""

    def runner(data_dir: Path, *args: str) -> Result:
        capsys.readouterr()
        code = main(["--data-dir", str(data_dir), *args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return runner


def library_with_sessions(data_dir: Path, count: int = 2, notes: int = 5) -> list[str]:
    """A closed library holding ``count`` sessions (closing took a verified backup)."""
    with open_library(data_dir) as library:
        return [workshop_with_notes(library, notes).session.id for _ in range(count)]


def files_of(data_dir: Path) -> dict[str, tuple[int, bytes]]:
    """Every library file in the folder (not backups): name → (mtime_ns, bytes)."""
    found = {}
    for path in data_dir.glob(LIBRARY_FILE + "*"):
        if path.name.endswith(("-wal", "-shm")):
            continue  # a read-only connection leaves these; they are not the library
        found[path.name] = (path.stat().st_mtime_ns, path.read_bytes())
    return found


def flip_an_index_name(path: Path) -> str:
    """Make one index's name no longer UTF-8, in sqlite_master and in its SQL alike.

    SQLite itself still opens the file (quick_check and integrity_check say ok), but
    reading the schema as text fails: what the issue found made every entry point
    exit 1 with a UnicodeDecodeError.
    """
    data = bytearray(path.read_bytes())
    start = data.find(b"CREATE INDEX ")
    match = re.match(rb"CREATE INDEX (\w+)", bytes(data[start : start + 100]))
    assert match is not None
    name = match.group(1)
    entry = data.rfind(b"index" + name, 0, start)
    for offset in (entry + len(b"index") + 1, start + len(b"CREATE INDEX ") + 1):
        data[offset] = 0xFF
    path.write_bytes(bytes(data))
    return name.decode()


def unplug_an_index(path: Path) -> None:
    """Damage that opens silently: an index whose entries no longer match its table.

    ``quick_check`` does not compare indexes with their tables; ``integrity_check``
    reports the missing rows.
    """
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        version = conn.execute("PRAGMA schema_version").fetchone()[0]
        conn.execute("PRAGMA writable_schema=ON")
        conn.execute(
            "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_notes_board_id ON notes (text)'"
            " WHERE name = 'ix_notes_board_id'"
        )
        conn.execute(f"PRAGMA schema_version={version + 1}")
        conn.commit()
    finally:
        conn.close()


def without_root_powers() -> list[str]:
    """A command prefix under which file permissions apply, even to root."""
    if not IS_ROOT:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search", "--"]


def run_cli_process(data_dir: Path, *args: str, prefix: list[str] | None = None) -> Result:
    """Run the command line in a process of its own (optionally under ``prefix``)."""
    done = subprocess.run(
        [*(prefix or []), sys.executable, "-m", "n3desk", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    return Result(done.returncode, done.stdout, done.stderr)
