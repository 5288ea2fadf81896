"""One app per library: the lock file, who holds it, and stale locks."""

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

from n3desk.store import LibraryLockedError, open_library
from n3desk.store.lock import LOCK_FILE, LibraryLock, read_owner

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


def _write_lock(data_dir: Path, host: str, pid: int, started: float) -> None:
    (data_dir / LOCK_FILE).write_text(
        json.dumps({"host": host, "pid": pid, "started": started}), encoding="utf-8"
    )


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_second_opener_in_this_program_is_told_who_holds_it(data_dir: Path) -> None:
    """Opening twice gives LibraryLockedError naming this host and process."""
    with open_library(data_dir), pytest.raises(LibraryLockedError) as raised:
        open_library(data_dir)
    message = str(raised.value)
    assert socket.gethostname() in message
    assert str(os.getpid()) in message
    assert (raised.value.host, raised.value.pid) == (socket.gethostname(), os.getpid())


def test_another_running_app_holds_the_lock_until_it_dies(data_dir: Path) -> None:
    """A live app in another process keeps the library; once it is killed it is taken over."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_THE_LIBRARY, str(data_dir)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        with pytest.raises(LibraryLockedError, match=f"process {child.pid} on ") as raised:
            open_library(data_dir)
        assert raised.value.pid == child.pid
    finally:
        child.kill()
        child.wait()
    with open_library(data_dir) as library:
        owner = read_owner(library.data_dir / LOCK_FILE)
        assert owner is not None
        assert owner.pid == os.getpid()


def test_a_stale_lock_with_a_dead_process_is_taken_over(data_dir: Path) -> None:
    """A lock left on this computer by a process that is gone does not block opening."""
    _write_lock(data_dir, socket.gethostname(), _dead_pid(), time.time())
    with open_library(data_dir) as library:
        owner = read_owner(library.data_dir / LOCK_FILE)
        assert owner is not None
        assert owner.pid == os.getpid()


@pytest.mark.skipif(not Path("/proc/stat").exists(), reason="boot time is read on Linux only")
def test_a_lock_from_before_the_computer_restarted_is_stale(data_dir: Path) -> None:
    """After a reboot the recorded pid may belong to another program: the lock is stale."""
    _write_lock(data_dir, socket.gethostname(), 1, 1000.0)  # pid 1 is alive, but 1970
    with open_library(data_dir):
        pass


def test_a_lock_from_another_computer_is_refused_with_a_way_out(data_dir: Path) -> None:
    """Another host's lock cannot be judged: refused, and the message says how to remove it."""
    _write_lock(data_dir, "matsalen-laptop", 4242, time.time())
    with pytest.raises(LibraryLockedError) as raised:
        open_library(data_dir)
    message = str(raised.value)
    assert "matsalen-laptop" in message
    assert "4242" in message
    assert "switched off" in message
    assert str(data_dir / LOCK_FILE) in message
    assert (data_dir / LOCK_FILE).exists()


def test_an_unreadable_lock_waits_then_goes_stale(data_dir: Path) -> None:
    """An empty lock is someone starting right now, unless it has been empty for a while."""
    lock = data_dir / LOCK_FILE
    lock.write_bytes(b"")
    with pytest.raises(LibraryLockedError, match="right now"):
        open_library(data_dir)
    old = time.time() - 60
    os.utime(lock, (old, old))
    with open_library(data_dir):
        pass


def test_closing_releases_the_lock_and_closing_twice_is_harmless(data_dir: Path) -> None:
    """After close the lock file is gone and the library opens again."""
    library = open_library(data_dir)
    assert (data_dir / LOCK_FILE).exists()
    library.close()
    library.close()
    assert not (data_dir / LOCK_FILE).exists()
    with open_library(data_dir):
        pass


def test_a_reader_without_the_lock_works_beside_the_app(data_dir: Path) -> None:
    """lock=False (CLI reads) neither needs nor takes the lock."""
    with open_library(data_dir) as app:
        with open_library(data_dir, lock=False) as reader:
            assert reader.list_sessions() == app.list_sessions()
        assert (data_dir / LOCK_FILE).exists()


def test_release_leaves_a_lock_that_is_no_longer_ours(data_dir: Path) -> None:
    """If someone took the lock over, releasing ours does not delete theirs."""
    lock = LibraryLock.acquire(data_dir)
    _write_lock(data_dir, "other-host", 7, time.time())
    lock.release()
    owner = read_owner(data_dir / LOCK_FILE)
    assert owner is not None
    assert owner.host == "other-host"
