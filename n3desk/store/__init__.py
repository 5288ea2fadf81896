"""The library: SQLite through SQLAlchemy, migrations, backups, locking, portable files."""

from n3desk.store.errors import (
    LibraryDamagedError,
    LibraryError,
    LibraryLockedError,
    LibraryTooNewError,
    LibraryWriteError,
    SessionNotFoundError,
)
from n3desk.store.library import Library, SessionSummary

__all__ = [
    "Library",
    "LibraryDamagedError",
    "LibraryError",
    "LibraryLockedError",
    "LibraryTooNewError",
    "LibraryWriteError",
    "SessionNotFoundError",
    "SessionSummary",
]
