"""The library: SQLite through SQLAlchemy, migrations, backups, locking, portable files."""

from n3desk.store.checking import CheckReport, check_library
from n3desk.store.errors import (
    LibraryDamagedError,
    LibraryError,
    LibraryLockedError,
    LibraryMissingError,
    LibraryTooNewError,
    LibraryWriteError,
    SessionNotFoundError,
)
from n3desk.store.library import Library, SessionSummary
from n3desk.store.opening import open_library, restore_backup
from n3desk.store.paths import default_data_dir, resolve_data_dir

__all__ = [
    "CheckReport",
    "Library",
    "LibraryDamagedError",
    "LibraryError",
    "LibraryLockedError",
    "LibraryMissingError",
    "LibraryTooNewError",
    "LibraryWriteError",
    "SessionNotFoundError",
    "SessionSummary",
    "check_library",
    "default_data_dir",
    "open_library",
    "resolve_data_dir",
    "restore_backup",
]
