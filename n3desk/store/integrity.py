"""Telling damage from other trouble, checking the library file, moving a damaged one aside.

A damaged library is never deleted and never "repaired" in place: the file and its
-wal and -shm companions are moved into ``damaged/`` (where someone can still try
to rescue them) and the newest good backup is offered instead.

Not every error is damage. :func:`error_kind` sorts what SQLite and the operating
system raise into damage (the file's content is wrong: it is moved aside and a
backup offered), access (permissions, a read-only disk: said, nothing changed),
busy, full and other. Checking only ever reads: :func:`connect_readonly` opens the
file with ``mode=ro``, so a check never writes the library, not even a fresh schema.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from n3desk.store.errors import LibraryError

DAMAGED_DIR = "damaged"
COMPANIONS = ("-wal", "-shm", "-journal")
SQLITE_HEADER = b"SQLite format 3\x00"
_STAMP_FORMAT = "%Y-%m-%dT%H%M%S.%fZ"

ErrorKind = Literal["damaged", "access", "busy", "full", "other"]

# SQLite's primary result codes (the low byte of ``sqlite_errorcode``), by what they
# mean for the person in front of the app. Classifying by code, not by the English
# message, keeps working whatever SQLite's wording or the system's language.
_DAMAGE_CODES = frozenset(
    {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_FORMAT, sqlite3.SQLITE_MISMATCH}
)
_ACCESS_CODES = frozenset(
    {sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_AUTH}
)
_BUSY_CODES = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})
_FULL_CODES = frozenset({sqlite3.SQLITE_FULL})


class LibraryAccessError(LibraryError):
    """The library cannot be read or written (permissions, read-only disk): not damage."""


# Below this much free space, SQLite's "disk I/O error" (it could not grow the -shm)
# means the disk is full.
NEARLY_FULL_BYTES = 1 << 20


def error_kind(exc: BaseException, where: Path | None = None) -> ErrorKind:
    """What kind of trouble ``exc`` is, for deciding what to do about it.

    ``where`` (a folder on the disk concerned) lets an I/O error on a disk with no
    room left count as "full".
    """
    kind = _error_kind(exc)
    if kind == "other" and where is not None and disk_is_full(where):
        return "full"
    return kind


def disk_is_full(where: Path) -> bool:
    """Whether the disk holding ``where`` (or its nearest existing parent) has no room."""
    for folder in (where, *where.parents):
        with contextlib.suppress(OSError):
            if folder.exists():
                return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    return False


def _error_kind(exc: BaseException) -> ErrorKind:
    if isinstance(exc, UnicodeError):
        return "damaged"  # text SQLite stored that is not UTF-8: the bytes were changed
    if isinstance(exc, PermissionError):
        return "access"
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return "full"
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return "access"
        return "other"
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if code is None:
            # Raised by Python's sqlite3 module, not by SQLite: an OperationalError
            # then means a stored text it could not decode as UTF-8 (the bytes were
            # changed); anything else is a programming error, not the file's fault.
            return "damaged" if isinstance(exc, sqlite3.OperationalError) else "other"
        primary = code & 0xFF  # extended codes (SQLITE_IOERR_WRITE, ...) keep it here
        if primary in _DAMAGE_CODES:
            return "damaged"
        if primary in _ACCESS_CODES:
            return "access"
        if primary in _BUSY_CODES:
            return "busy"
        if primary in _FULL_CODES:
            return "full"
    return "other"


def describe_sqlite_error(exc: BaseException, path: Path) -> str:
    """One line for a person: what went wrong with the library file, and what to do."""
    orig = getattr(exc, "orig", None) or exc  # SQLAlchemy (migrations) wraps the sqlite3 error
    if isinstance(orig, UnicodeError):
        return (
            f"The library {path} is damaged (text that is not UTF-8). "
            "Run 'n3desk check --restore' to restore a backup."
        )
    kind = error_kind(orig, path.parent)
    if kind == "full":
        return (
            f"The disk holding {path.parent} is full. Free some space; "
            "everything saved before this change is safe."
        )
    if kind == "access":
        return (
            f"The folder {path.parent} cannot be written to. Choose another data folder; "
            "everything saved before this change is safe."
        )
    if kind == "busy":
        return f"The library {path} is busy in another program. Try again in a moment."
    if kind == "damaged":
        return f"The library {path} is damaged. Run 'n3desk check' to restore a backup."
    return f"The library {path} could not be used: {orig}"


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A connection that can only read ``path``, in a writable folder or not.

    ``mode=ro`` never writes the database file. In a folder that cannot be written,
    a WAL library has no -shm to share, so the file is read as ``immutable`` (only
    done there: nobody can be writing to it then).
    """
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=5.0)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
        return conn
    except sqlite3.Error as exc:
        conn.close()
        if error_kind(exc) != "access" or os.access(path.parent, os.W_OK):
            raise
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, timeout=5.0)


def access_problem(path: Path, *, write: bool) -> str | None:
    """Why the library file cannot be read (or, with ``write``, written), or None."""
    try:
        with open(path, "r+b" if write else "rb") as f:
            f.read(100)
    except FileNotFoundError:
        return None
    except OSError as exc:
        if error_kind(exc) != "access":
            return f"{exc.strerror or exc}"
        what = "read and written" if write else "read"
        return f"{exc.strerror or 'permission denied'}: it cannot be {what} by this user"
    return None


def is_blank(path: Path) -> bool:
    """True when there is no library to lose here: no file, an empty one, or no tables.

    A blank library is what n3desk would start afresh on; it is refused while
    backups hold sessions (see :func:`n3desk.store.opening.open_library`).
    """
    try:
        if not path.exists() or path.stat().st_size == 0:
            return True
    except OSError:
        return False
    try:
        conn = connect_readonly(path)
    except sqlite3.Error:
        return False
    try:
        row = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return bool(row[0] == 0)
    except (sqlite3.Error, UnicodeError):
        return False
    finally:
        conn.close()


def library_problems(path: Path, *, full: bool = False) -> list[str]:
    """What is damaged in the library file: [] when it is sound.

    ``PRAGMA quick_check`` (``integrity_check`` with ``full``), then the schema read
    back as text: a name that is no longer UTF-8 is damage too. A file that is not
    a database is damage. Trouble that is not damage is raised:
    :class:`LibraryAccessError` for permissions, ``sqlite3.Error`` when busy.
    """
    problem = access_problem(path, write=False)
    if problem is not None:
        raise LibraryAccessError(f"The library {path} cannot be opened ({problem}).")
    try:
        with open(path, "rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise LibraryAccessError(f"The library {path} cannot be read ({exc.strerror}).") from exc
    if header and header != SQLITE_HEADER:
        return ["file is not a database"]
    try:
        conn = connect_readonly(path)
    except sqlite3.Error as exc:
        return _problem_or_raise(exc, path)
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
        lines = [str(r[0]) for r in rows]
        if lines != ["ok"]:
            return lines
        conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    except (sqlite3.Error, UnicodeError) as exc:
        return _problem_or_raise(exc, path)
    finally:
        conn.close()
    return []


def _problem_or_raise(exc: BaseException, path: Path) -> list[str]:
    kind = error_kind(exc, path.parent)
    if kind == "damaged":
        return [f"{exc}"[:300] or type(exc).__name__]
    if kind == "access":
        raise LibraryAccessError(f"The library {path} cannot be opened ({exc}).") from exc
    raise exc


def move_aside(path: Path, reason: str = "library") -> Path:
    """Move the library file and its companions into ``damaged/``; the new path.

    Companions without the file (a -wal whose library was deleted) are moved too:
    SQLite would otherwise replay that stray -wal into the next file of that name.
    """
    folder = path.parent / DAMAGED_DIR
    folder.mkdir(exist_ok=True)
    target = folder / f"{reason}-{_stamp()}.sqlite3"
    # Companions first: a library whose -wal stayed behind would be opened with it.
    for suffix in COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    if path.exists():
        os.replace(path, target)
    return target


def note_damage_found(data_dir: Path, what: str, reason: str = "found") -> Path | None:
    """Write down in ``damaged/`` that damage was found now, and what it was.

    Rotation keeps every backup taken before the newest such note or moved file
    (:func:`damage_found_at`). Best effort: None if the note cannot be written.
    """
    folder = data_dir / DAMAGED_DIR
    note = folder / f"{reason}-{_stamp()}.txt"
    try:
        folder.mkdir(exist_ok=True)
        note.write_text(what + "\n", encoding="utf-8")
    except OSError:
        return None
    return note


def damage_found_at(data_dir: Path) -> datetime | None:
    """When damage was last found in this folder (from the names in ``damaged/``)."""
    folder = data_dir / DAMAGED_DIR
    newest: datetime | None = None
    with contextlib.suppress(OSError):
        for item in folder.iterdir():
            stem = item.name.split(".sqlite3")[0].removesuffix(".txt")
            _reason, _, stamp = stem.partition("-")
            try:
                when = datetime.strptime(stamp, _STAMP_FORMAT).replace(tzinfo=UTC)
            except ValueError:
                continue
            newest = when if newest is None or when > newest else newest
    return newest


def damaged_files(data_dir: Path) -> list[Path]:
    """The library files kept in ``damaged/`` that are not empty, newest first."""
    folder = data_dir / DAMAGED_DIR
    try:
        found = [
            p for p in folder.iterdir() if p.name.endswith(".sqlite3") and p.stat().st_size > 0
        ]
    except OSError:
        return []
    return sorted(found, key=lambda p: p.name.partition("-")[2], reverse=True)


def has_stray_companions(path: Path) -> bool:
    """True when a -wal or -shm lies beside a library file that is not there."""
    return not path.exists() and any(path.with_name(path.name + s).exists() for s in COMPANIONS)


def _stamp() -> str:
    return datetime.now(UTC).strftime(_STAMP_FORMAT)
