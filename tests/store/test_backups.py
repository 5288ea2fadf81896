"""Backups: taken through the backup API, verified, rotated, restored."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from n3desk.store import LibraryDamagedError, LibraryError, open_library
from n3desk.store.backups import (
    BackupError,
    backups_to_keep,
    list_backups,
    newest_good_backup,
    rotate,
    take_backup,
)
from n3desk.store.library import LIBRARY_FILE
from n3desk.store.opening import restore_backup

from .conftest import damage, edit_note_text, workshop_with_notes

NOW = datetime(2026, 3, 14, 15, 30, tzinfo=UTC)  # a Saturday afternoon


def _every(step: timedelta, count: int) -> list[datetime]:
    return [NOW - i * step for i in range(count)]


def test_rotation_keeps_only_the_five_newest_of_one_busy_hour() -> None:
    """Twenty backups a minute apart: the five newest stay."""
    stamps = _every(timedelta(minutes=1), 20)
    assert backups_to_keep(stamps, NOW) == set(stamps[:5])


def test_rotation_keeps_one_a_day_for_a_week_and_one_a_week_for_eight_weeks() -> None:
    """Backups every 6 hours for 90 days thin out to recent, daily and weekly ones."""
    stamps = _every(timedelta(hours=6), 360)
    kept = backups_to_keep(stamps, NOW)
    days = {(NOW.date() - s.date()).days for s in kept}
    assert set(range(7)) <= days
    assert set(stamps[:5]) <= kept
    for day in range(7):
        newest_that_day = max(s for s in stamps if (NOW.date() - s.date()).days == day)
        assert newest_that_day in kept
    monday = NOW.date() - timedelta(days=NOW.weekday())
    weeks = {(monday - (s.date() - timedelta(days=s.weekday()))).days // 7 for s in kept}
    assert weeks == set(range(8))
    assert min(kept) > NOW - timedelta(weeks=9)
    assert len(kept) <= 5 + 7 + 8


def test_rotation_never_deletes_backups_from_the_future() -> None:
    """A clock put back does not make newer backups look deletable."""
    future = [NOW + timedelta(days=d) for d in range(1, 10)]
    assert set(future) <= backups_to_keep([*future, *_every(timedelta(hours=1), 50)], NOW)


@given(
    st.lists(
        st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2026, 3, 14, 15, 29)).map(
            lambda d: d.replace(tzinfo=UTC)
        ),
        max_size=60,
    )
)
def test_rotation_is_stable(stamps: list[datetime]) -> None:
    """Rotating what rotation kept keeps all of it, and the newest is always kept."""
    kept = backups_to_keep(stamps, NOW)
    assert kept <= set(stamps)
    assert backups_to_keep(kept, NOW) == kept
    if stamps:
        assert max(stamps) in kept


def test_a_backup_is_a_whole_verified_copy(library: object, data_dir: Path) -> None:
    """take_backup gives a self-contained file that holds the sessions and checks ok."""
    lib = open_library(data_dir / "other")
    made = workshop_with_notes(lib, 10)
    backup = take_backup(lib.path, lib.backups_dir)
    assert backup.path.parent == data_dir / "other" / "backups"
    conn = sqlite3.connect(backup.path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("SELECT title FROM sessions").fetchone()[0] == made.session.title
    assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 10
    conn.close()
    lib.close()
    assert [p.name for p in backup.path.parent.iterdir() if p.name.startswith(".")] == []


def test_a_damaged_library_gives_no_backup(data_dir: Path) -> None:
    """A copy that fails integrity_check is deleted and reported, never kept."""
    with open_library(data_dir) as lib:
        workshop_with_notes(lib, 300, text_size=400)
    path = data_dir / LIBRARY_FILE
    backups_dir = data_dir / "fresh-backups"
    damage(path, offset=path.stat().st_size // 2, length=16384)
    with pytest.raises(BackupError):
        take_backup(path, backups_dir)
    assert list(backups_dir.iterdir()) == []


def test_an_interrupted_backup_never_looks_like_one(data_dir: Path) -> None:
    """A half-written copy is not listed, and the next backup clears it away."""
    with open_library(data_dir) as lib:
        workshop_with_notes(lib, 3)
    backups_dir = data_dir / "backups"
    half = backups_dir / ".library-2026-03-14T101500.000000Z.sqlite3.1234abcd.partial"
    half.write_bytes(b"SQLite format 3\x00 and then the power went")
    assert half not in [b.path for b in list_backups(backups_dir)]
    take_backup(data_dir / LIBRARY_FILE, backups_dir)
    assert not half.exists()


def test_a_backup_is_taken_on_open_only_when_the_last_is_old(data_dir: Path) -> None:
    """Opening takes a backup when the newest is over 30 minutes old, not otherwise."""
    with open_library(data_dir) as lib:
        workshop_with_notes(lib, 3)
    backups_dir = data_dir / "backups"
    for backup in list_backups(backups_dir):
        backup.path.unlink()
    hour_ago = datetime.now(UTC) - timedelta(hours=1)
    old = take_backup(data_dir / LIBRARY_FILE, backups_dir, now=hour_ago)
    os.utime(old.path, (hour_ago.timestamp(), hour_ago.timestamp()))
    with open_library(data_dir, lock=False) as lib:  # no lock, no backups
        workshop_with_notes(lib, 1)  # something the old backup does not hold
    with open_library(data_dir):
        assert len(list_backups(backups_dir)) == 2
    with open_library(data_dir):
        assert len(list_backups(backups_dir)) == 2


def test_a_backup_identical_to_the_newest_is_not_a_new_backup(data_dir: Path) -> None:
    """Opening an unchanged library when a backup is due adds no copy, and none is due after."""
    with open_library(data_dir) as lib:
        workshop_with_notes(lib, 3)
    backups_dir = data_dir / "backups"
    for backup in list_backups(backups_dir):
        backup.path.unlink()
    when = datetime.now(UTC) - timedelta(hours=1)
    only = take_backup(data_dir / LIBRARY_FILE, backups_dir, now=when)
    hour_ago = when.timestamp()
    os.utime(only.path, (hour_ago, hour_ago))
    for _ in range(5):
        with open_library(data_dir):
            pass
    assert list_backups(backups_dir) == [only]
    assert only.path.stat().st_mtime > hour_ago + 1800  # found identical just now
    assert take_backup(data_dir / LIBRARY_FILE, backups_dir) == only


def test_closing_backs_up_what_changed_and_rotates(data_dir: Path) -> None:
    """Each close after a change adds a backup; rotation keeps the count bounded."""
    backups_dir = data_dir / "backups"
    with open_library(data_dir) as lib:
        made = workshop_with_notes(lib, 3)
    assert len(list_backups(backups_dir)) == 1
    with open_library(data_dir):
        pass  # nothing changed: no new backup to push older ones out
    assert len(list_backups(backups_dir)) == 1
    for i in range(7):
        with open_library(data_dir) as lib:
            edit_note_text(lib.load(made.session.id), lib, f"version {i}")
    backups = list_backups(backups_dir)
    assert len(backups) == 5
    conn = sqlite3.connect(backups[0].path)
    assert conn.execute("SELECT count(*) FROM notes WHERE text = 'version 6'").fetchone()[0] == 1
    conn.close()


def test_a_damaged_backup_is_not_offered_and_restore_brings_the_work_back(
    data_dir: Path,
) -> None:
    """With the newest backup damaged, the older good one is offered and restores cleanly."""
    with open_library(data_dir) as lib:
        made = workshop_with_notes(lib, 5)
        first = lib.take_backup()
        at_first = lib.load(made.session.id)
        edit_note_text(made, lib, "after the first backup")
        second = lib.take_backup()
    assert first is not None
    assert second is not None
    newest = list_backups(data_dir / "backups")[0].path
    assert newest == second  # closing changed nothing after it: no new backup
    damage(newest, offset=0, length=100)
    assert newest_good_backup(data_dir / "backups") == first

    damage(data_dir / LIBRARY_FILE, offset=0, length=100)
    with pytest.raises(LibraryDamagedError) as raised:
        open_library(data_dir)
    assert raised.value.backup == first
    assert raised.value.moved_to is not None
    assert raised.value.moved_to.exists()
    assert not (data_dir / LIBRARY_FILE).exists()

    restore_backup(data_dir, raised.value.backup)
    with open_library(data_dir) as restored:
        assert restored.load(made.session.id) == at_first
    assert raised.value.moved_to.exists()  # the damaged file is still kept


def test_restoring_a_damaged_backup_is_refused(data_dir: Path) -> None:
    """restore_backup checks the backup first and leaves the library alone if it is bad."""
    with open_library(data_dir) as lib:
        made = workshop_with_notes(lib, 2)
        backup = lib.take_backup()
    assert backup is not None
    damage(backup, offset=0, length=100)
    with pytest.raises(LibraryError, match="damaged"):
        restore_backup(data_dir, backup)
    with open_library(data_dir) as lib:
        assert lib.load(made.session.id) == made


def test_rotate_deletes_what_rotation_does_not_keep(tmp_path: Path) -> None:
    """rotate() removes exactly the backups backups_to_keep() leaves out."""
    source = tmp_path / "src.sqlite3"
    sqlite3.connect(source).close()
    stamps = _every(timedelta(minutes=10), 12)
    for stamp in stamps:
        take_backup(source, tmp_path / "backups", now=stamp)
    removed = rotate(tmp_path / "backups", now=NOW)
    assert len(removed) == 7
    assert [b.taken_at for b in list_backups(tmp_path / "backups")] == stamps[:5]
