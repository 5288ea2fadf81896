"""One running n3desk per library: an operating-system lock on ``library.lock``.

The lock is the operating system's own (``flock`` on Linux and macOS, a locked byte
with ``msvcrt.locking`` on Windows), so it belongs to the process that holds it and
the operating system lets go of it when that process ends, however it ends: a
crash, a kill, a flat battery. There is nothing stale to judge and no process id to
trust (a reused pid, an absurd one, a lock file left empty by a full disk: none of
them matter). The file ``library.lock`` itself stays in the folder; only the lock on
it counts. (The ``filelock`` package does the same, but importing it cost 30–70 ms
of start-up.)

Who holds it (computer, process, since when) is written beside it in
``library.lock.json`` for the message a second n3desk shows, and for nothing else.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import socket
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from n3desk.store.errors import LibraryError, LibraryLockedError

log = logging.getLogger(__name__)

LOCK_FILE = "library.lock"
OWNER_FILE = "library.lock.json"


@dataclass(frozen=True, slots=True)
class LockOwner:
    """Who holds a lock: computer, process and when it took the lock."""

    host: str
    pid: int
    started: float

    @classmethod
    def me(cls) -> LockOwner:
        return cls(socket.gethostname(), os.getpid(), time.time())


class LibraryLock:
    """A held lock on one data folder; :meth:`release` gives it back."""

    def __init__(self, path: Path, owner: LockOwner, fd: int) -> None:
        self.path = path
        self.owner = owner
        self._fd = fd  # the open lock file; closing it (or dying) lets go of the lock
        self._held = True

    @property
    def held(self) -> bool:
        return self._held

    @classmethod
    def acquire(cls, data_dir: Path) -> LibraryLock:
        """Take the lock of ``data_dir`` now, or say who has it.

        Raises :class:`LibraryLockedError` when another running n3desk holds it and
        :class:`LibraryError` when the lock cannot be made (a folder that cannot be
        written, a full disk, something else in the lock file's place).
        """
        path = data_dir / LOCK_FILE
        _clear_the_way(path)
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise LibraryError(
                f"The library in {data_dir} cannot be locked for this n3desk "
                f"({exc.strerror or exc}). Check that the folder can be written to and "
                "that the disk is not full; nothing was changed."
            ) from exc
        try:
            taken = _try_lock(fd)
        except OSError as exc:
            if exc.errno not in _UNSUPPORTED:
                os.close(fd)
                raise LibraryError(
                    f"The library in {data_dir} cannot be locked ({exc.strerror or exc})."
                ) from exc
            # A file system without locks (the data folder should be local, see
            # docs/storage.md): carry on, with only the owner file to warn others.
            log.warning("%s cannot be locked here (%s); going on without", path, exc)
            taken = True
        if not taken:
            os.close(fd)
            raise _locked_error(data_dir)
        me = LockOwner.me()
        _write_owner(data_dir / OWNER_FILE, me)
        return cls(path, me, fd)

    def release(self) -> None:
        """Give the lock back; harmless when called twice."""
        if not self._held:
            return
        self._held = False
        owner_path = self.path.with_name(OWNER_FILE)
        if read_owner(owner_path) == self.owner:
            with contextlib.suppress(OSError):
                owner_path.unlink()
        with contextlib.suppress(OSError):
            _unlock(self._fd)
        os.close(self._fd)  # the lock file itself stays: removing it would race


# flock/locking errors meaning "this file system has no locks", not "someone has it".
_UNSUPPORTED = {errno.ENOLCK, errno.ENOSYS, errno.EOPNOTSUPP, getattr(errno, "ENOTSUP", -1)}

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        """Lock the file's first byte without waiting; False if someone else has it."""
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except PermissionError:
            return False
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EDEADLK):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        """Take an exclusive flock without waiting; False if someone else has it."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def read_owner(path: Path) -> LockOwner | None:
    """The holder written in an owner file, or None if it is missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8")[:10_000])
        return LockOwner(str(data["host"])[:200], int(data["pid"]), float(data["started"]))
    except (OSError, ValueError, KeyError, TypeError, OverflowError):
        return None


def _locked_error(data_dir: Path) -> LibraryLockedError:
    owner = read_owner(data_dir / OWNER_FILE)
    if owner is None:
        return LibraryLockedError(
            f"The library in {data_dir} is already open in another n3desk. Switch to "
            "that window, or close it first.",
            host="",
            pid=0,
        )
    which = ", this very program" if owner.pid == os.getpid() else ""
    return LibraryLockedError(
        f"The library in {data_dir} is already open in n3desk (process {owner.pid} on "
        f"{owner.host}{which}). Switch to that window, or close it first.",
        host=owner.host,
        pid=owner.pid,
    )


def _clear_the_way(path: Path) -> None:
    """Make sure nothing but a plain file sits where the lock file goes.

    An empty folder of that name (left by some other tool) is removed; anything
    else is refused with a message, and not touched.
    """
    if not path.is_dir() or path.is_symlink():
        return
    try:
        path.rmdir()
    except OSError:
        raise LibraryError(
            f"{path} is a folder with files in it, where n3desk keeps its lock file. "
            "Move it away, then start n3desk again; nothing was changed."
        ) from None
    log.warning("removed an empty folder in the place of the lock file: %s", path)


def _write_owner(path: Path, owner: LockOwner) -> None:
    """Say who holds the lock; only messages read it, so a failure is just logged."""
    try:
        temporary = path.with_name(f".{path.name}.{owner.pid}")
        temporary.write_text(json.dumps(asdict(owner)), encoding="utf-8")
        os.replace(temporary, path)
    except OSError as exc:
        log.info("could not write %s: %s", path, exc)
        with contextlib.suppress(OSError):
            temporary.unlink()
