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
    """The library failed its check and was moved aside (never deleted).

    ``moved_to`` is where the damaged file now lies; ``backup`` the newest good
    backup that can be restored, or None if there is none.
    """

    def __init__(self, message: str, *, moved_to: Path, backup: Path | None) -> None:
        super().__init__(message)
        self.moved_to = moved_to
        self.backup = backup
