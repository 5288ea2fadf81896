"""Damaged files, missing WAL, full disk, read-only folders, busy files: clear, and safe."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from n3desk.domain.changes import Put
from n3desk.domain.entities import Note, new_id
from n3desk.store import (
    LibraryDamagedError,
    LibraryError,
    LibraryWriteError,
    open_library,
)
from n3desk.store import library as library_module
from n3desk.store.checking import check_library
from n3desk.store.library import LIBRARY_FILE, Library
from n3desk.store.lock import LibraryLock
from n3desk.store.opening import restore_backup

from .conftest import damage, read_only, workshop_with_notes


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


@pytest.mark.parametrize("where", ["header", "middle"])
def test_a_damaged_library_is_moved_aside_and_a_backup_offered(data_dir: Path, where: str) -> None:
    """Garbage in the file: LibraryDamagedError, file kept in damaged/, backup restores."""
    with open_library(data_dir) as lib:
        made = workshop_with_notes(lib, 300, text_size=400)
    path = data_dir / LIBRARY_FILE
    size = path.stat().st_size
    original = path.read_bytes()
    if where == "header":
        damage(path, offset=0, length=100)
    else:
        damage(path, offset=size // 3, length=size // 3)

    with pytest.raises(LibraryDamagedError) as raised:
        open_library(data_dir)

    error = raised.value
    assert "damaged" in str(error)
    assert "\n" not in str(error)
    assert error.moved_to.parent == data_dir / "damaged"
    assert error.moved_to.stat().st_size == len(original)
    assert not path.exists()
    assert error.backup is not None
    LibraryLock.acquire(data_dir).release()  # the failed opening let go of the lock
    restore_backup(data_dir, error.backup)
    with open_library(data_dir) as restored:
        assert restored.load(made.session.id) == made


def test_a_damaged_library_without_backups_says_so(data_dir: Path) -> None:
    """No good backup: the error says so and carries None."""
    (data_dir / LIBRARY_FILE).write_bytes(b"this is a shopping list, not a database" * 100)
    with pytest.raises(LibraryDamagedError, match="no good backup") as raised:
        open_library(data_dir)
    assert raised.value.backup is None
    assert raised.value.moved_to.read_bytes().startswith(b"this is a shopping list")


def test_a_library_without_its_wal_file_opens(data_dir: Path) -> None:
    """A WAL-mode library whose -wal and -shm are gone (clean close, copied file) just opens."""
    with open_library(data_dir) as lib:
        made = workshop_with_notes(lib, 10)
    path = data_dir / LIBRARY_FILE
    assert path.read_bytes()[18] == 2  # the header says WAL mode
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    with open_library(data_dir) as lib:
        assert lib.load(made.session.id) == made


def test_a_stray_wal_without_its_library_is_moved_aside(data_dir: Path) -> None:
    """A -wal whose library was deleted is not replayed into a fresh library."""
    (data_dir / (LIBRARY_FILE + "-wal")).write_bytes(b"\x37\x7f\x06\x82" + b"\x00" * 60)
    with open_library(data_dir) as lib:
        assert lib.list_sessions() == []
    assert list((data_dir / "damaged").glob("stray-*-wal"))


def _limit_growth(library: Library, *, limited: bool = True) -> None:
    """Make the library's connection unable to grow the file: SQLite reports a full disk."""
    with library.connection() as connection:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        # SQLite raises the limit to at least the current size, and caps it at its own.
        connection.execute(f"PRAGMA max_page_count={pages if limited else 2**32 - 2}")


def test_a_full_disk_fails_the_change_in_one_line_and_harms_nothing(data_dir: Path) -> None:
    """An injected SQLITE_FULL gives LibraryWriteError; saved work stays, a retry succeeds."""
    library = open_library(data_dir)
    made = workshop_with_notes(library, 5)
    big = Note(new_id(), made.boards[0].id, text="x" * 100_000)
    _limit_growth(library)

    with pytest.raises(LibraryWriteError) as raised:
        library.commit([Put(big)])

    message = str(raised.value)
    assert "full" in message
    assert "\n" not in message
    assert library.load(made.session.id) == made
    _limit_growth(library, limited=False)
    library.commit([Put(big)])
    made.apply([Put(big)])
    library.close()
    with open_library(data_dir) as reopened:
        assert reopened.load(made.session.id) == made
    assert _integrity(data_dir / LIBRARY_FILE) == "ok"


def test_a_really_full_disk(tiny_disk: Path, tmp_path: Path) -> None:
    """On a 900 kB tmpfs, writing until the disk is full loses none of the saved notes."""
    data_dir = tiny_disk / "library"
    library = open_library(data_dir)
    made = workshop_with_notes(library, 2)
    board = made.boards[0].id
    error: LibraryWriteError | None = None
    for _ in range(200):
        note = Note(new_id(), board, text="ø" * 20_000)
        try:
            library.commit([Put(note)])
        except LibraryWriteError as exc:
            error = exc
            break
        made.apply([Put(note)])
    assert error is not None, "the tiny disk never filled up"
    assert "full" in str(error)
    assert library.load(made.session.id) == made
    library.close()  # the closing backup fails for lack of space; closing does not
    assert library.backup_warning
    rescued = tmp_path / "rescued"
    rescued.mkdir()
    for item in data_dir.iterdir():
        if item.name.startswith(LIBRARY_FILE):
            shutil.copy(item, rescued / item.name)
    with open_library(rescued) as reopened:
        assert reopened.load(made.session.id) == made
    assert _integrity(rescued / LIBRARY_FILE) == "ok"


def test_a_read_only_connection_fails_the_change_clearly(data_dir: Path) -> None:
    """An injected read-only file gives LibraryWriteError naming the folder; nothing lost."""
    library = open_library(data_dir)
    made = workshop_with_notes(library, 3)
    note = made.notes_on(made.boards[0].id)[0]

    with library.connection() as connection:
        connection.execute("PRAGMA query_only=1")
    with pytest.raises(LibraryWriteError, match="cannot be written to"):
        library.commit([Put(replace(note, text="lost?"))])
    with library.connection() as connection:
        connection.execute("PRAGMA query_only=0")
    assert library.load(made.session.id) == made
    library.close()


def test_opening_in_a_read_only_folder_is_a_clear_error(data_dir: Path) -> None:
    """A read-only data folder gives one clear LibraryError and leaves the library as it was."""
    with open_library(data_dir) as lib:
        made = workshop_with_notes(lib, 3)
    before = (data_dir / LIBRARY_FILE).read_bytes()
    with read_only(data_dir), pytest.raises(LibraryError, match="cannot be written to") as raised:
        open_library(data_dir)
    assert "\n" not in str(raised.value)
    assert (data_dir / LIBRARY_FILE).read_bytes() == before
    with open_library(data_dir) as lib:
        assert lib.load(made.session.id) == made


def test_a_data_folder_that_cannot_be_created_is_a_clear_error(tmp_path: Path) -> None:
    """A data folder under a read-only folder cannot be made: one clear LibraryError."""
    parent = tmp_path / "locked-parent"
    parent.mkdir()
    with read_only(parent), pytest.raises(LibraryError, match="cannot be created"):
        open_library(parent / "n3desk")


def test_a_busy_library_fails_the_change_and_a_retry_succeeds(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program holding the write lock: LibraryWriteError 'busy', then the retry works."""
    monkeypatch.setitem(library_module.PRAGMAS, "busy_timeout", "100")
    library = open_library(data_dir)
    made = workshop_with_notes(library, 2)
    note = replace(made.notes_on(made.boards[0].id)[0], text="after the wait")
    other = sqlite3.connect(data_dir / LIBRARY_FILE, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    with pytest.raises(LibraryWriteError, match="busy"):
        library.commit([Put(note)])
    other.execute("ROLLBACK")
    other.close()
    library.commit([Put(note)])
    made.apply([Put(note)])
    library.close()
    with open_library(data_dir) as reopened:
        assert reopened.load(made.session.id) == made


def test_a_reader_never_moves_a_library_the_app_has_open(data_dir: Path) -> None:
    """A reader on a damaged library that the app holds: an error, and the file stays."""
    app = open_library(data_dir)
    workshop_with_notes(app, 3)
    path = data_dir / LIBRARY_FILE
    damage(path, offset=0, length=100)
    for reading in (True, False):
        with pytest.raises(LibraryDamagedError, match="damaged") as raised:
            open_library(data_dir, lock=False, read_only=reading)
        assert raised.value.moved_to is None
        assert path.exists()
    app.close()  # its closing backup of the damaged file fails and is dropped
    assert "backup" in app.backup_warning
    assert all(b.ok for b in check_library(data_dir).backups)
