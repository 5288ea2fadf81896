"""One running n3desk per library: a lock file saying who holds it.

``library.lock`` in the data folder holds the host name, process id and start time
of the app that has the library open, as JSON. It is created with O_CREAT|O_EXCL,
so of two apps starting at once exactly one gets it. A lock left behind by a crash
is *stale*: on this computer that is decided for sure (the process is gone, or the
computer has restarted since the lock was written); a lock from another computer
(a library on a shared folder) cannot be judged, so it is refused with a message
saying how to remove it if that computer is switched off.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from n3desk.store.errors import LibraryError, LibraryLockedError

LOCK_FILE = "library.lock"

# A lock file that cannot be read was left by a writer that died between creating
# and filling it, unless it is younger than this (then its writer is still busy).
UNREADABLE_GRACE_SECONDS = 5.0


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

    def __init__(self, path: Path, owner: LockOwner) -> None:
        self.path = path
        self.owner = owner
        self._held = True

    @property
    def held(self) -> bool:
        return self._held

    @classmethod
    def acquire(cls, data_dir: Path) -> LibraryLock:
        """Take the lock of ``data_dir``, taking over a stale one.

        Raises :class:`LibraryLockedError` when another live n3desk holds it and
        :class:`LibraryError` when the folder cannot be written to.
        """
        path = data_dir / LOCK_FILE
        me = LockOwner.me()
        for _attempt in range(3):
            if _create(path, me):
                return cls(path, me)
            owner = read_owner(path)
            if owner is None:
                if _age(path) < UNREADABLE_GRACE_SECONDS:
                    raise LibraryLockedError(
                        f"Another n3desk is opening the library in {data_dir} right now.",
                        host="",
                        pid=0,
                    )
            elif owner.host != me.host:
                raise LibraryLockedError(
                    f"The library in {data_dir} is open in n3desk on the computer "
                    f"{owner.host} (process {owner.pid}). Close it there first; if that "
                    f"computer is switched off, delete {path} and try again.",
                    host=owner.host,
                    pid=owner.pid,
                )
            elif _alive_here(owner):
                which = ", this very program" if owner.pid == me.pid else ""
                raise LibraryLockedError(
                    f"The library in {data_dir} is already open in n3desk (process "
                    f"{owner.pid} on {owner.host}{which}). Switch to that window, or close "
                    "it first.",
                    host=owner.host,
                    pid=owner.pid,
                )
            # Stale: left by a crash. Remove it and try again (another starting app
            # may win the race; then the next round reports it as the holder).
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        raise LibraryLockedError(
            f"The library in {data_dir} is being opened by another n3desk.", host="", pid=0
        )

    def release(self) -> None:
        """Give the lock back (only if it is still ours); harmless when called twice."""
        if not self._held:
            return
        self._held = False
        if read_owner(self.path) == self.owner:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()


def read_owner(path: Path) -> LockOwner | None:
    """The holder written in a lock file, or None if it is missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockOwner(str(data["host"]), int(data["pid"]), float(data["started"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _create(path: Path, owner: LockOwner) -> bool:
    """Create the lock file holding ``owner``; False if it already exists."""
    content = json.dumps(asdict(owner)).encode("utf-8")
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    except OSError as exc:
        raise LibraryError(
            f"The folder {path.parent} cannot be written to ({exc.strerror}). "
            "Choose another data folder with --data-dir or N3DESK_DATA_DIR."
        ) from exc
    try:
        os.write(fd, content)
        os.fsync(fd)
    finally:
        os.close(fd)
    return True


def _age(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except FileNotFoundError:
        return UNREADABLE_GRACE_SECONDS


def _alive_here(owner: LockOwner) -> bool:
    """Whether the holder on this computer is still running."""
    boot = _boot_time()
    if boot is not None and owner.started < boot:
        return False  # written before the computer restarted; the pid is reused
    return _pid_alive(owner.pid)


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _pid_alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, it belongs to someone else
    return True


def _pid_alive_windows(pid: int) -> bool:
    # os.kill(pid, 0) would terminate the process on Windows; ask the kernel instead.
    import ctypes

    process_query_limited_information = 0x1000
    still_active = 259
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return bool(code.value == still_active)
    finally:
        kernel32.CloseHandle(handle)


def _boot_time() -> float | None:
    """When this computer started (Linux only; elsewhere None)."""
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            for line in stat:
                if line.startswith("btime "):
                    return float(line.split()[1])
    except OSError:
        return None
    return None
