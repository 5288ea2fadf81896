"""Writing a file so that it is either the old file or the whole new one.

Every export (PDF, CSV, portable file, picture) goes through here: the data is
written to a temporary file in the same folder, flushed to the disk, given the usual
permissions, and only then renamed over the target. A full disk, a yanked USB stick
or a crash never leaves a half-written file under the name the facilitator chose.
Plain standard library, so every layer may use it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _current_umask()  # read once, at import, before any thread could race it


@contextlib.contextmanager
def atomic_output(target: Path, *, suffix: str = ".part") -> Iterator[BinaryIO]:
    """A binary file to write to; on leaving without an error it replaces ``target``.

    On an error (or an exception from the caller) the temporary file is removed and
    ``target`` is left as it was. OSError from the file system is passed on for the
    caller to turn into a message.
    """
    fd, temp = tempfile.mkstemp(prefix=".n3desk-", suffix=suffix, dir=target.parent)
    try:
        # mkstemp makes a private (0600) file; an export gets the usual 0666 & ~umask.
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o666 & ~_UMASK)
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def write_bytes_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through :func:`atomic_output`."""
    with atomic_output(target) as out:
        out.write(data)
