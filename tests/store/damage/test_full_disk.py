"""Issue 12.5: a disk already full at start: a clear message, exit 4, no lock left behind.

What the issue found: ``unexpected error: OSError(28...) (details in /dev/null)``, exit
1, and an empty lock file that refused the next command.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from n3desk.store.lock import LibraryLock

from .conftest import Cli, library_with_sessions


def _fill(disk: Path) -> Path:
    filler = disk / "filler"
    with contextlib.suppress(OSError), open(filler, "wb", buffering=0) as f:
        while True:
            f.write(b"\0" * 4096)
    return filler


def test_every_command_says_the_disk_is_full_and_leaves_no_lock(tiny_disk: Path, cli: Cli) -> None:
    """Writing and reading commands exit 4 with one line; once space is freed all works."""
    data_dir = tiny_disk / "library"
    ids = library_with_sessions(data_dir, count=1, notes=2)
    filler = _fill(tiny_disk)
    for command in (("sessions", "new", "X"), ("sessions", "list"), ("check",)):
        result = cli(data_dir, *command)
        assert result.code == 4, (command, result.err)
        assert "full" in result.err, result.err
        assert "unexpected" not in result.err
        assert len(result.err.strip().splitlines()) == 1
        LibraryLock.acquire(data_dir).release()  # nothing holds the lock afterwards
    filler.unlink()
    assert [s["id"] for s in cli(data_dir, "sessions", "list", "--json").json()] == ids
    assert cli(data_dir, "check").code == 0
