"""Opening a library folder: the one entry point every caller uses.

For the app and commands that write (``lock=True``), in order: take the one-instance
lock; check the file (a damaged one is moved aside and the best backup offered;
one that cannot be read for lack of permission is left alone and said so); refuse to
start afresh on a missing or emptied library while backups hold sessions; refuse a
library from a newer n3desk without touching it; take a backup and migrate if the
schema is older; take the routine backup when one is due.

Commands that only read (``lock=False``) never move, replace or write the library
file: damage and a missing library are reported with the command that puts the
backup back (``n3desk check --restore``), and nothing is created.

:func:`restore_backup` puts a backup back in place. Every failure is a
:class:`LibraryError` with one line for a person; see ``docs/storage.md``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn, TypeVar

import n3desk
from n3desk.store.backups import (
    BACKUP_DIR,
    BackupError,
    backup_is_due,
    backup_to_offer,
    copy_database,
    integrity_problems,
    rotate,
    sessions_in,
    take_backup,
)
from n3desk.store.errors import (
    LibraryDamagedError,
    LibraryError,
    LibraryMissingError,
    LibraryTooNewError,
    LibraryWriteError,
)
from n3desk.store.integrity import (
    DAMAGED_DIR,
    LibraryAccessError,
    access_problem,
    damage_found_at,
    damaged_files,
    error_kind,
    has_stray_companions,
    is_blank,
    library_problems,
    move_aside,
    note_damage_found,
)
from n3desk.store.library import Library
from n3desk.store.lock import LibraryLock
from n3desk.store.migrating import (
    INITIAL_REVISION,
    StoredSchema,
    head_revision,
    known_revisions,
    read_stored_schema,
    upgrade,
)
from n3desk.store.paths import LIBRARY_FILE

log = logging.getLogger(__name__)

RESTORE_COMMAND = "n3desk check --restore"

T = TypeVar("T")


def open_library(
    data_dir: Path, *, lock: bool = True, read_only: bool = False, allow_empty: bool = False
) -> Library:
    """Open (creating if needed) the library in ``data_dir``.

    ``lock=True`` (the app, and CLI commands that write) takes the one-instance
    lock, takes backups and releases the lock on close. ``read_only`` is for CLI
    commands that only read while the app may be running: no lock, no backups, and
    the library file is never written, moved or created. ``lock=False`` alone (tests
    and benchmarks) writes without the lock or backups, and moves nothing aside.
    ``allow_empty`` starts an empty library even though backups hold sessions (the
    person chose to; the backups are kept).

    Raises :class:`LibraryLockedError`, :class:`LibraryDamagedError` (the file was
    moved aside, or with ``lock=False`` left in place),
    :class:`LibraryMissingError` (no library, but backups hold sessions),
    :class:`LibraryTooNewError` (nothing was changed) or :class:`LibraryError`
    (the folder or file cannot be used), each with a one-line message.
    """
    if read_only:
        return _guarded(data_dir, lambda: _open_for_reading(data_dir))
    _guarded(data_dir, lambda: _make_folder(data_dir))
    held = _guarded(data_dir, lambda: LibraryLock.acquire(data_dir)) if lock else None
    try:
        return _guarded(data_dir, lambda: _open_for_writing(data_dir, held, allow_empty))
    except BaseException:
        if held is not None:
            held.release()
        raise


def _open_for_writing(data_dir: Path, held: LibraryLock | None, allow_empty: bool) -> Library:
    path = data_dir / LIBRARY_FILE
    if has_stray_companions(path):
        moved = move_aside(path, reason="stray")
        log.warning("moved a -wal/-shm without its library to %s", moved)
    if path.exists():
        problem = access_problem(path, write=True)
        if problem is not None:
            raise _access_error(path, problem)
        problems = library_problems(path)
        if problems and held is None:
            # Without the lock, an app may have the file open: never pull it away.
            _refuse_damaged_in_place(data_dir, path, problems)
        if problems:
            _move_damaged(data_dir, path, problems)
    if is_blank(path):
        _refuse_to_start_afresh(data_dir, path, allow_empty=allow_empty)
    stored = read_stored_schema(path) if path.exists() else StoredSchema(frozenset(), ())
    _refuse_if_too_new(path, stored)
    warning = ""
    if stored.revisions != (head_revision(),):
        _migrate(data_dir, path, stored)
    elif held is not None and backup_is_due(data_dir / BACKUP_DIR):
        warning = _routine_backup(path, data_dir)
    library = Library(data_dir, lock=held, backups=held is not None)
    library.backup_warning = warning
    return library


def _open_for_reading(data_dir: Path) -> Library:
    path = data_dir / LIBRARY_FILE
    if is_blank(path):
        _refuse_to_start_afresh(data_dir, path, allow_empty=False)
        return Library(data_dir, read_only=True)
    problem = access_problem(path, write=False)
    if problem is not None:
        raise _access_error(path, problem)
    problems = library_problems(path)
    if problems:
        _refuse_damaged_in_place(data_dir, path, problems)
    stored = read_stored_schema(path, readonly=True)
    _refuse_if_too_new(path, stored)
    if stored.revisions != (head_revision(),):
        raise LibraryError(
            f"The library {path} needs updating to this version of n3desk. Start n3desk "
            "(or run a command that writes) once to update it; this command only reads."
        )
    return Library(data_dir, read_only=True)


def restore_backup(data_dir: Path, backup_path: Path) -> Path:
    """Put a verified backup in place as the library; the library's path.

    Whatever library file is there is moved aside first, never overwritten. Raises
    :class:`LibraryError` if the backup fails its check and :class:`LibraryLockedError`
    if the library is open.
    """
    problems = integrity_problems(backup_path)
    if problems:
        raise LibraryError(f"The backup {backup_path} is damaged too: {problems[0]}")
    held = _guarded(data_dir, lambda: LibraryLock.acquire(data_dir))
    try:
        path = data_dir / LIBRARY_FILE
        temporary = data_dir / f".restoring-{uuid.uuid4().hex[:8]}.sqlite3"
        try:
            if path.exists() or has_stray_companions(path):
                move_aside(path, reason="replaced")
            copy_database(backup_path, temporary, journal_mode="delete")
            problems = integrity_problems(temporary)
            if problems:
                raise LibraryError(f"Restoring {backup_path} failed its check: {problems[0]}")
            os.replace(temporary, path)
        except (OSError, sqlite3.Error) as exc:
            raise LibraryError(
                f"The backup {backup_path} could not be restored: {_reason(exc)}"
            ) from exc
        finally:
            with contextlib.suppress(OSError):
                temporary.unlink()
        return path
    finally:
        held.release()


def _guarded(data_dir: Path, step: Callable[[], T]) -> T:
    """Run one step of opening; what the disk or SQLite raises becomes one clear line."""
    try:
        return step()
    except LibraryError:
        raise
    except (OSError, sqlite3.Error, UnicodeError) as exc:
        kind = error_kind(exc, data_dir)
        if kind == "full":
            raise LibraryWriteError(
                f"The disk holding {data_dir} is full, so the library cannot be opened. "
                "Free some space and start n3desk again; nothing was changed."
            ) from exc
        if kind == "access":
            raise LibraryAccessError(
                f"The library in {data_dir} cannot be used ({_reason(exc)}). Check who may "
                "read and write that folder; nothing was changed."
            ) from exc
        if kind == "busy":
            raise LibraryError(
                f"The library in {data_dir} is busy in another program. Try again in a moment."
            ) from exc
        raise LibraryError(f"The library in {data_dir} cannot be opened ({_reason(exc)}).") from exc


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return f"{exc}"[:200] or type(exc).__name__


def _make_folder(data_dir: Path) -> None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LibraryError(
            f"The data folder {data_dir} cannot be created ({exc.strerror}). "
            "Choose another one with --data-dir or N3DESK_DATA_DIR."
        ) from exc
    if not os.access(data_dir, os.W_OK):
        raise LibraryAccessError(
            f"The folder {data_dir} cannot be written to. "
            "Choose another data folder with --data-dir or N3DESK_DATA_DIR."
        )


def _access_error(path: Path, problem: str) -> LibraryAccessError:
    return LibraryAccessError(
        f"The library {path} cannot be opened ({problem}). This is not damage and "
        "restoring a backup would not help: ask whoever manages this computer to give "
        "you back access to the file. Nothing was changed."
    )


def _refuse_to_start_afresh(data_dir: Path, path: Path, *, allow_empty: bool) -> None:
    """Refuse a missing or emptied library while backups or ``damaged/`` hold sessions.

    Starting afresh silently would, backup by backup, rotate the good copies away.
    With ``allow_empty`` (the person chose it) the empty library is started and the
    moment written down in ``damaged/``, so that rotation keeps every older backup.
    """
    state = "empty" if path.exists() else "missing"
    backup = backup_to_offer(data_dir / BACKUP_DIR)
    count = sessions_in(backup) if backup is not None else None
    kept = [p for p in damaged_files(data_dir) if sessions_in(p) != 0]
    if not count and not kept:
        return  # a new library: nothing to lose
    if allow_empty:
        if path.exists():
            move_aside(path, reason="emptied")
        else:
            note_damage_found(data_dir, f"{path} was missing; an empty library was started.")
        return
    if backup is not None and count:
        sessions = f"{count} session" + ("" if count == 1 else "s")
        message = (
            f"The library {path} is {state}, but the backup {backup.name} holds {sessions}. "
            f"Run '{RESTORE_COMMAND}' to put it back; n3desk does not start an empty "
            "library in its place."
        )
    else:
        message = (
            f"The library {path} is {state}, but {data_dir / DAMAGED_DIR} holds "
            f"{len(kept)} earlier library files that may hold sessions. n3desk does not "
            "start an empty library beside them: open the app to choose, or move them "
            "somewhere safe first."
        )
    raise LibraryMissingError(message, moved_to=None, backup=backup if count else None)


def _refuse_damaged_in_place(data_dir: Path, path: Path, problems: list[str]) -> NoReturn:
    """Report damage without moving the file (a command that only reads found it)."""
    backup = backup_to_offer(data_dir / BACKUP_DIR)
    offer = (
        f"Run '{RESTORE_COMMAND}' to put the backup {backup.name} back (the damaged "
        "file is then kept in damaged/)."
        if backup is not None
        else "There is no good backup to restore."
    )
    raise LibraryDamagedError(
        f"The library {path} is damaged ({problems[0]}). {offer}", moved_to=None, backup=backup
    )


def _move_damaged(data_dir: Path, path: Path, problems: list[str]) -> NoReturn:
    try:
        moved = move_aside(path)
    except OSError as exc:
        raise LibraryError(
            f"The library {path} is damaged ({problems[0]}) and could not be moved aside: "
            f"{exc.strerror}."
        ) from exc
    backup = backup_to_offer(data_dir / BACKUP_DIR)
    offer = (
        f"The newest good backup is {backup.name}; restore it, or run '{RESTORE_COMMAND}'."
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


def _routine_backup(path: Path, data_dir: Path) -> str:
    """Take the backup that is due; why it failed, or "" (a failure does not stop opening)."""
    backups_dir = data_dir / BACKUP_DIR
    try:
        take_backup(path, backups_dir)
        rotate(backups_dir, damage_found=damage_found_at(data_dir))
    except BackupError as exc:
        log.warning("%s", exc)
        if exc.damaged:
            note_damage_found(data_dir, str(exc))
        return str(exc)
    return ""
