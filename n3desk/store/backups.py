"""Backups of the library: taken through SQLite's backup API, verified, rotated.

A backup is a complete, self-contained SQLite file (journal mode DELETE, so no -wal
beside it) named after the UTC time it was taken, in ``backups/`` beside the library.
It is written under a temporary name, checked with ``PRAGMA integrity_check`` and
only then renamed into place: a file with a backup's name is always a whole one.
Rotation (:func:`backups_to_keep`) keeps the most recent few, one a day for a week
and one a week for two months; :func:`rotate` never deletes the newest backup that
holds sessions, nor any backup taken before damage was found (so an emptied or
damaged library can never push the last good copies out). A backup identical to the
newest one is not a new backup: the newest is kept, and its modification time
records that it was found identical (so the next one is not due yet).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from n3desk.store.errors import LibraryError
from n3desk.store.integrity import connect_readonly

log = logging.getLogger(__name__)

BACKUP_DIR = "backups"
BACKUP_INTERVAL = timedelta(minutes=30)
KEEP_RECENT = 5
KEEP_DAILY = 7
KEEP_WEEKLY = 8

_NAME_FORMAT = "library-%Y-%m-%dT%H%M%S.%fZ.sqlite3"
_PARTIAL_SUFFIX = ".partial"


class BackupError(LibraryError):
    """A backup could not be taken, or the copy failed its check (it was deleted).

    ``damaged`` is True when the copy failed its check: the library itself is damaged.
    """

    def __init__(self, message: str, *, damaged: bool = False) -> None:
        super().__init__(message)
        self.damaged = damaged


@dataclass(frozen=True, slots=True)
class Backup:
    """One backup file and the UTC time it was taken."""

    path: Path
    taken_at: datetime


def backup_name(when: datetime) -> str:
    return when.astimezone(UTC).strftime(_NAME_FORMAT)


def list_backups(backups_dir: Path) -> list[Backup]:
    """The backups in ``backups_dir``, newest first (other files are ignored)."""
    found: list[Backup] = []
    if not backups_dir.is_dir():
        return found
    for path in backups_dir.iterdir():
        try:
            taken = datetime.strptime(path.name, _NAME_FORMAT).replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(Backup(path, taken))
    found.sort(key=lambda b: b.taken_at, reverse=True)
    return found


def integrity_problems(path: Path) -> list[str]:
    """``PRAGMA integrity_check`` of a database file: [] when it is sound.

    The file is opened read-only, so checking never changes it.
    """
    try:
        conn = connect_readonly(path)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    except (sqlite3.Error, UnicodeError) as exc:
        return [str(exc)[:300]]
    finally:
        conn.close()
    lines = [str(r[0]) for r in rows]
    return [] if lines == ["ok"] else lines


def sessions_in(path: Path) -> int | None:
    """How many sessions (deleted ones included) a library file holds; None if unreadable."""
    try:
        conn = connect_readonly(path)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT count(*) FROM sessions").fetchone()
        return int(row[0])
    except (sqlite3.Error, UnicodeError):
        return None
    finally:
        conn.close()


def take_backup(library_path: Path, backups_dir: Path, now: datetime | None = None) -> Backup:
    """Copy the library into a new, verified backup; raise :class:`BackupError` if it fails."""
    when = now or datetime.now(UTC)
    final = backups_dir / backup_name(when)
    partial = backups_dir / f".{final.name}.{uuid.uuid4().hex[:8]}{_PARTIAL_SUFFIX}"
    try:
        backups_dir.mkdir(parents=True, exist_ok=True)
        _remove_partials(backups_dir)
        copy_database(library_path, partial, journal_mode="delete")
        problems = integrity_problems(partial)
        if problems:
            raise BackupError(
                f"The library {library_path} failed its check, so it was not backed up "
                f"(the earlier backups are kept): {problems[0]}",
                damaged=True,
            )
        previous = list_backups(backups_dir)
        if previous and previous[0].taken_at < when and same_bytes(partial, previous[0].path):
            # Nothing changed since the newest backup: it is not a new backup (a copy
            # would push an older, different one out of the rotation). Its time of
            # last use says it was good just now, so the next one is not due yet.
            os.utime(previous[0].path)
            return previous[0]
        os.replace(partial, final)
        _sync_dir(backups_dir)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(f"A backup of {library_path} could not be written: {exc}") from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    return Backup(final, when)


def same_bytes(first: Path, second: Path) -> bool:
    """Whether two files hold the same bytes."""
    if first.stat().st_size != second.stat().st_size:
        return False
    with open(first, "rb") as a, open(second, "rb") as b:
        while True:
            chunk = a.read(1 << 20)
            if chunk != b.read(1 << 20):
                return False
            if not chunk:
                return True


def copy_database(source: Path, target: Path, *, journal_mode: str) -> None:
    """Copy ``source`` to a new file ``target`` with the backup API, durably."""
    src = sqlite3.connect(source, timeout=5.0)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute(f"PRAGMA journal_mode={journal_mode}").fetchall()
            dst.commit()
        finally:
            dst.close()
    finally:
        src.close()
    with open(target, "rb+") as copied:
        os.fsync(copied.fileno())


def newest_good_backup(backups_dir: Path) -> Path | None:
    """The newest backup that passes ``integrity_check``, or None."""
    for backup in list_backups(backups_dir):
        if not integrity_problems(backup.path):
            return backup.path
    return None


def backup_to_offer(backups_dir: Path) -> Path | None:
    """The backup to put back after damage: the newest good one that holds sessions.

    An empty backup (taken of an emptied library) is offered only when no good
    backup holds any session.
    """
    first_good: Path | None = None
    for backup in list_backups(backups_dir):
        if integrity_problems(backup.path):
            continue
        if (sessions_in(backup.path) or 0) > 0:
            return backup.path
        first_good = first_good or backup.path
    return first_good


def newest_with_sessions(backups_dir: Path) -> Backup | None:
    """The newest backup that holds at least one session (backups are verified when taken)."""
    for backup in list_backups(backups_dir):
        if (sessions_in(backup.path) or 0) > 0:
            return backup
    return None


def backup_is_due(backups_dir: Path, now: datetime | None = None) -> bool:
    """True when the newest backup is older than :data:`BACKUP_INTERVAL` (or none exists)."""
    backups = list_backups(backups_dir)
    when = now or datetime.now(UTC)
    if not backups:
        return True
    last = backups[0].taken_at
    with contextlib.suppress(OSError):  # found identical to the library since (take_backup)
        last = max(last, datetime.fromtimestamp(backups[0].path.stat().st_mtime, UTC))
    return when - last > BACKUP_INTERVAL


def backups_to_keep(
    stamps: Iterable[datetime],
    now: datetime,
    *,
    recent: int = KEEP_RECENT,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
) -> set[datetime]:
    """Which backups rotation keeps, by the time each was taken.

    The ``recent`` newest; the newest of each of the last ``daily`` calendar days;
    the newest of each of the last ``weekly`` weeks (Monday to Sunday). Backups
    dated after ``now`` (a clock put back) are kept: nothing is deleted on a guess.
    """
    ordered = sorted(set(stamps), reverse=True)
    keep = set(ordered[:recent])
    today = now.date()
    this_week = today - timedelta(days=today.weekday())
    days_seen: set[object] = set()
    weeks_seen: set[object] = set()
    for stamp in ordered:
        day = stamp.date()
        week = day - timedelta(days=day.weekday())
        if stamp > now:
            keep.add(stamp)
            continue
        if (today - day).days < daily and day not in days_seen:
            days_seen.add(day)
            keep.add(stamp)
        if (this_week - week).days // 7 < weekly and week not in weeks_seen:
            weeks_seen.add(week)
            keep.add(stamp)
    return keep


def rotate(
    backups_dir: Path, now: datetime | None = None, *, damage_found: datetime | None = None
) -> list[Path]:
    """Delete the backups rotation does not keep; the paths deleted.

    Besides what :func:`backups_to_keep` keeps, the newest backup that holds
    sessions stays, and so does every backup taken before ``damage_found`` (when
    damage was last found in this library, see :func:`integrity.damage_found_at`).
    """
    backups = list_backups(backups_dir)
    keep = backups_to_keep((b.taken_at for b in backups), now or datetime.now(UTC))
    if damage_found is not None:
        keep |= {b.taken_at for b in backups if b.taken_at <= damage_found}
    if any(b.taken_at not in keep for b in backups):
        with_sessions = newest_with_sessions(backups_dir)
        if with_sessions is not None:
            keep.add(with_sessions.taken_at)
    removed: list[Path] = []
    for backup in backups:
        if backup.taken_at not in keep:
            with contextlib.suppress(FileNotFoundError):
                backup.path.unlink()
            removed.append(backup.path)
    return removed


def _remove_partials(backups_dir: Path) -> None:
    """Remove half-written copies left by a backup that was interrupted."""
    for leftover in backups_dir.glob(f".*{_PARTIAL_SUFFIX}*"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _sync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` durable (POSIX; a no-op where dirs cannot be opened)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
