"""One app per library: an operating-system lock, freed by the OS when its holder dies."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from n3desk.cli import main
from n3desk.store import LibraryError, LibraryLockedError, open_library
from n3desk.store.lock import LOCK_FILE, OWNER_FILE, LibraryLock, read_owner

HOLD_THE_LIBRARY = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from n3desk.store import open_library
    library = open_library(Path(sys.argv[1]))
    print("ready", flush=True)
    time.sleep(60)
    """
)


def _write_owner(data_dir: Path, host: str, pid: object, started: object) -> None:
    (data_dir / OWNER_FILE).write_text(
        json.dumps({"host": host, "pid": pid, "started": started}), encoding="utf-8"
    )


def _hold_in_another_process(data_dir: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_THE_LIBRARY, str(data_dir)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    return child


def test_a_second_opener_in_this_program_is_told_who_holds_it(data_dir: Path) -> None:
    """Opening twice gives LibraryLockedError naming this host and process."""
    with open_library(data_dir), pytest.raises(LibraryLockedError) as raised:
        open_library(data_dir)
    message = str(raised.value)
    assert socket.gethostname() in message
    assert str(os.getpid()) in message
    assert (raised.value.host, raised.value.pid) == (socket.gethostname(), os.getpid())


def test_a_killed_app_frees_the_library_at_once(data_dir: Path) -> None:
    """A live app in another process keeps the library; killed with SIGKILL, it is free."""
    child = _hold_in_another_process(data_dir)
    try:
        with pytest.raises(LibraryLockedError, match=f"process {child.pid} on ") as raised:
            open_library(data_dir)
        assert raised.value.pid == child.pid
    finally:
        child.kill()
        child.wait()
    with open_library(data_dir) as library:
        owner = read_owner(library.data_dir / OWNER_FILE)
        assert owner is not None
        assert owner.pid == os.getpid()


@pytest.mark.parametrize(
    ("host", "pid", "started"),
    [
        ("this-host", 1, "now"),  # a reused pid: alive, but not an n3desk
        ("this-host", os.getpid(), "now"),  # this very process, yet it holds nothing
        ("matsalen-laptop", 4242, "now"),  # another computer
        ("this-host", -7, "now"),
        ("this-host", 10**30, 1e300),
        ("this-host", "abc", None),
    ],
)
def test_what_the_owner_file_says_never_blocks_a_free_library(
    data_dir: Path, host: str, pid: object, started: object
) -> None:
    """Only the OS lock counts: a left-over owner naming any process or computer is ignored."""
    host = socket.gethostname() if host == "this-host" else host
    _write_owner(data_dir, host, pid, time.time() if started == "now" else started)
    (data_dir / LOCK_FILE).write_bytes(b"\x00garbage from an older n3desk")
    with open_library(data_dir) as library:
        owner = read_owner(library.data_dir / OWNER_FILE)
        assert owner is not None
        assert owner.pid == os.getpid()


def test_an_absurd_owner_file_beside_a_held_lock_still_gives_a_clear_message(
    data_dir: Path,
) -> None:
    """A holder whose owner file was garbled is still refused in one clear line."""
    with open_library(data_dir):
        (data_dir / OWNER_FILE).write_text('{"pid": 1e999, "host": [', encoding="utf-8")
        with pytest.raises(LibraryLockedError, match="already open in another n3desk"):
            open_library(data_dir)


def test_an_empty_lock_left_by_a_full_disk_does_not_block(data_dir: Path) -> None:
    """A 0-byte lock file and no owner file (the disk was full when they were written)."""
    (data_dir / LOCK_FILE).write_bytes(b"")
    with open_library(data_dir):
        pass


def test_an_empty_folder_in_the_lock_files_place_is_cleared(data_dir: Path) -> None:
    """An empty directory called library.lock is removed and the library opens."""
    (data_dir / LOCK_FILE).mkdir()
    with open_library(data_dir):
        assert (data_dir / LOCK_FILE).is_file()


def test_a_folder_with_files_in_the_lock_files_place_is_refused_clearly(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A directory with content where the lock goes: exit 4, one line, nothing touched."""
    folder = data_dir / LOCK_FILE
    folder.mkdir()
    (folder / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(LibraryError, match="is a folder"):
        open_library(data_dir)
    assert main(["--data-dir", str(data_dir), "sessions", "new", "X"]) == 4
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert "Traceback" not in err
    assert (folder / "keep.txt").read_text(encoding="utf-8") == "mine"


def test_closing_releases_the_lock_and_closing_twice_is_harmless(data_dir: Path) -> None:
    """After close another process can take the library; a second close does nothing."""
    library = open_library(data_dir)
    library.close()
    library.close()
    assert not (data_dir / OWNER_FILE).exists()
    child = _hold_in_another_process(data_dir)
    child.kill()
    child.wait()
    with open_library(data_dir):
        pass


def test_a_reader_without_the_lock_works_beside_the_app(data_dir: Path) -> None:
    """read_only (CLI reads) neither needs nor takes the lock."""
    with open_library(data_dir) as app:
        with open_library(data_dir, lock=False, read_only=True) as reader:
            assert reader.list_sessions() == app.list_sessions()
        with pytest.raises(LibraryLockedError):
            LibraryLock.acquire(data_dir)
