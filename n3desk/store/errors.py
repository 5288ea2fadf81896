"""The library's errors. Every message is one line a facilitator can act on."""

from __future__ import annotations

from pathlib import Path


class LibraryError(Exception):
    """Something is wrong with the library; ``str(error)`` says what and what to do."""


class LibraryWriteError(LibraryError):
    """A change could not be written (disk full, read-only folder, locked file).

    Nothing already saved is harmed; the change can be retried.
    """


class SessionNotFoundError(LibraryError):
    """No session has the id asked for."""


class LibraryLockedError(LibraryError):
    """Another running n3desk has this library open."""

    def __init__(self, message: str, *, host: str, pid: int) -> None:
        super().__init__(message)
        self.host = host
        self.pid = pid


class LibraryTooNewError(LibraryError):
    """The library was written by a newer n3desk; it is refused, not opened."""


class LibraryDamagedError(LibraryError):
    """The library failed its check (never deleted).

    ``moved_to`` is where the damaged file now lies (None when a command that only
    reads found it: the file is left where it is); ``backup`` the backup to restore,
    or None if there is none.
    """

    def __init__(self, message: str, *, moved_to: Path | None, backup: Path | None) -> None:
        super().__init__(message)
        self.moved_to = moved_to
        self.backup = backup


class LibraryMissingError(LibraryDamagedError):
    """The library is missing or empty, while backups (or ``damaged/``) hold sessions.

    n3desk does not start afresh on it: that would, in time, rotate the good backups
    away. ``backup`` is the one to restore; opening with ``allow_empty=True`` starts
    an empty library on purpose (the backups are kept).
    """
