"""Backups of the library: taken through SQLite's backup API, verified, rotated.

A backup is a complete, self-contained SQLite file (journal mode DELETE, so no -wal
beside it) named after the UTC time it was taken, in ``backups/`` beside the library.
It is written under a temporary name, checked with ``PRAGMA integrity_check`` and
only then renamed into place: a file with a backup's name is always a whole one.
Rotation (:func:`backups_to_keep`) keeps the most recent few, one a day for a week
and one a week for two months.
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

log = logging.getLogger(__name__)

BACKUP_DIR = "backups"
BACKUP_INTERVAL = timedelta(minutes=30)
KEEP_RECENT = 5
KEEP_DAILY = 7
KEEP_WEEKLY = 8

_NAME_FORMAT = "library-%Y-%m-%dT%H%M%S.%fZ.sqlite3"
_PARTIAL_SUFFIX = ".partial"


class BackupError(LibraryError):
    """A backup could not be taken, or the copy failed its check (it was deleted)."""


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
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        conn.close()
    lines = [str(r[0]) for r in rows]
    return [] if lines == ["ok"] else lines


def take_backup(library_path: Path, backups_dir: Path, now: datetime | None = None) -> Backup:
    """Copy the library into a new, verified backup; raise :class:`BackupError` if it fails."""
    when = now or datetime.now(UTC)
    backups_dir.mkdir(parents=True, exist_ok=True)
    _remove_partials(backups_dir)
    final = backups_dir / backup_name(when)
    partial = backups_dir / f".{final.name}.{uuid.uuid4().hex[:8]}{_PARTIAL_SUFFIX}"
    try:
        copy_database(library_path, partial, journal_mode="delete")
        problems = integrity_problems(partial)
        if problems:
            raise BackupError(f"The backup of {library_path} failed its check: {problems[0]}")
        os.replace(partial, final)
        _sync_dir(backups_dir)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(f"A backup of {library_path} could not be written: {exc}") from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    return Backup(final, when)


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


def backup_is_due(backups_dir: Path, now: datetime | None = None) -> bool:
    """True when the newest backup is older than :data:`BACKUP_INTERVAL` (or none exists)."""
    backups = list_backups(backups_dir)
    when = now or datetime.now(UTC)
    return not backups or when - backups[0].taken_at > BACKUP_INTERVAL


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


def rotate(backups_dir: Path, now: datetime | None = None) -> list[Path]:
    """Delete the backups rotation does not keep; the paths deleted."""
    backups = list_backups(backups_dir)
    keep = backups_to_keep((b.taken_at for b in backups), now or datetime.now(UTC))
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
