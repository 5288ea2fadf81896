"""Opening a library folder: the one entry point every caller uses.

In order: take the one-instance lock, check the file (a damaged one is moved aside
and the newest good backup offered), refuse a library from a newer n3desk without
touching it, take a backup and migrate if the schema is older, take the routine
backup when one is due. :func:`restore_backup` puts a backup back in place.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import uuid
from pathlib import Path
from typing import NoReturn

import n3desk
from n3desk.store.backups import (
    BACKUP_DIR,
    BackupError,
    backup_is_due,
    copy_database,
    integrity_problems,
    newest_good_backup,
    rotate,
    take_backup,
)
from n3desk.store.errors import (
    LibraryDamagedError,
    LibraryError,
    LibraryLockedError,
    LibraryTooNewError,
)
from n3desk.store.integrity import has_stray_companions, move_aside, quick_check
from n3desk.store.library import LIBRARY_FILE, Library
from n3desk.store.lock import LibraryLock
from n3desk.store.migrating import (
    INITIAL_REVISION,
    StoredSchema,
    head_revision,
    known_revisions,
    read_stored_schema,
    upgrade,
)

log = logging.getLogger(__name__)


def open_library(data_dir: Path, *, lock: bool = True) -> Library:
    """Open (creating if needed) the library in ``data_dir``.

    ``lock=True`` (the app, and CLI commands that write) takes the one-instance
    lock, takes backups and releases the lock on close. ``lock=False`` is for CLI
    commands that only read while the app may be running: no lock, no backups.

    Raises :class:`LibraryLockedError`, :class:`LibraryDamagedError` (the file was
    moved aside), :class:`LibraryTooNewError` (nothing was changed) or
    :class:`LibraryError` (folder cannot be used), each with a one-line message.
    """
    _make_folder(data_dir)
    held = LibraryLock.acquire(data_dir) if lock else None
    try:
        path = data_dir / LIBRARY_FILE
        _refuse_if_damaged(data_dir, path, held)
        stored = read_stored_schema(path) if path.exists() else StoredSchema(frozenset(), ())
        _refuse_if_too_new(path, stored)
        warning = ""
        if stored.revisions != (head_revision(),):
            _migrate(data_dir, path, stored)
        elif held is not None and backup_is_due(data_dir / BACKUP_DIR):
            warning = _routine_backup(path, data_dir / BACKUP_DIR)
        library = Library(data_dir, lock=held, backups=held is not None)
        library.backup_warning = warning
        return library
    except BaseException:
        if held is not None:
            held.release()
        raise


def restore_backup(data_dir: Path, backup_path: Path) -> Path:
    """Put a verified backup in place as the library; the library's path.

    Whatever library file is there is moved aside first, never overwritten. Raises
    :class:`LibraryError` if the backup fails its check and :class:`LibraryLockedError`
    if the library is open.
    """
    problems = integrity_problems(backup_path)
    if problems:
        raise LibraryError(f"The backup {backup_path} is damaged too: {problems[0]}")
    held = LibraryLock.acquire(data_dir)
    try:
        path = data_dir / LIBRARY_FILE
        if path.exists() or has_stray_companions(path):
            move_aside(path, reason="replaced")
        temporary = data_dir / f".restoring-{uuid.uuid4().hex[:8]}.sqlite3"
        try:
            copy_database(backup_path, temporary, journal_mode="delete")
            problems = integrity_problems(temporary)
            if problems:
                raise LibraryError(f"Restoring {backup_path} failed its check: {problems[0]}")
            os.replace(temporary, path)
        except (OSError, sqlite3.Error) as exc:
            raise LibraryError(f"The backup {backup_path} could not be restored: {exc}") from exc
        finally:
            with contextlib.suppress(OSError):
                temporary.unlink()
        return path
    finally:
        held.release()


def _make_folder(data_dir: Path) -> None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LibraryError(
            f"The data folder {data_dir} cannot be created ({exc.strerror}). "
            "Choose another one with --data-dir or N3DESK_DATA_DIR."
        ) from exc
    if not os.access(data_dir, os.W_OK):
        raise LibraryError(
            f"The folder {data_dir} cannot be written to. "
            "Choose another data folder with --data-dir or N3DESK_DATA_DIR."
        )


def _refuse_if_damaged(data_dir: Path, path: Path, held: LibraryLock | None) -> None:
    """Move a damaged library (or a stray -wal) aside and raise LibraryDamagedError."""
    if has_stray_companions(path):
        moved = move_aside(path, reason="stray")
        log.warning("moved a -wal/-shm without its library to %s", moved)
        return
    if not path.exists():
        return
    try:
        problems = quick_check(path)
    except sqlite3.Error as exc:
        raise LibraryError(f"The library {path} cannot be checked now: {exc}") from exc
    if not problems:
        return
    if held is None:
        # A reader must not pull the file from under a running app: move it only if
        # no app has it open.
        try:
            temporary = LibraryLock.acquire(data_dir)
        except LibraryLockedError as exc:
            raise LibraryError(
                f"The library {path} is damaged ({problems[0]}). Close n3desk and start it "
                "again to restore a backup."
            ) from exc
        try:
            _move_damaged(data_dir, path, problems)
        finally:
            temporary.release()
    else:
        _move_damaged(data_dir, path, problems)


def _move_damaged(data_dir: Path, path: Path, problems: list[str]) -> NoReturn:
    try:
        moved = move_aside(path)
    except OSError as exc:
        raise LibraryError(
            f"The library {path} is damaged ({problems[0]}) and could not be moved aside: "
            f"{exc.strerror}."
        ) from exc
    backup = newest_good_backup(data_dir / BACKUP_DIR)
    offer = (
        f"The newest good backup is {backup.name}."
        if backup is not None
        else "There is no good backup to restore."
    )
    raise LibraryDamagedError(
        f"The library was damaged ({problems[0]}) and has been moved to {moved}. {offer}",
        moved_to=moved,
        backup=backup,
    )


def _refuse_if_too_new(path: Path, stored: StoredSchema) -> None:
    unknown = [r for r in stored.revisions if r not in known_revisions()]
    if unknown:
        raise LibraryTooNewError(
            f"This library was written by a newer version of n3desk (schema {unknown[0]}; "
            f"this is n3desk {n3desk.__version__}, schema {head_revision()}). "
            f"Update n3desk to open {path}; it has not been changed."
        )


def _migrate(data_dir: Path, path: Path, stored: StoredSchema) -> None:
    """Upgrade the schema, after a verified backup when there is anything to lose."""
    if not stored.empty:
        try:
            backup = take_backup(path, data_dir / BACKUP_DIR)
        except BackupError as exc:
            raise LibraryError(
                f"The library {path} needs updating, but no backup could be taken first "
                f"({exc}); it has not been changed."
            ) from exc
        log.info("backup before migrating: %s", backup.path)
    upgrade(path, stamp_first=INITIAL_REVISION if stored.unversioned else None)


def _routine_backup(path: Path, backups_dir: Path) -> str:
    """Take the backup that is due; why it failed, or "" (a failure does not stop opening)."""
    try:
        take_backup(path, backups_dir)
        rotate(backups_dir)
    except BackupError as exc:
        log.warning("%s", exc)
        return str(exc)
    return ""
