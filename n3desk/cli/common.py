"""What every command shares: its errors, output, the library and session ids."""

from __future__ import annotations

import argparse
import json
import locale
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from n3desk.atomic_file import write_bytes_atomically
from n3desk.store import Library, SessionNotFoundError, open_library

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INPUT, EXIT_LIBRARY = 0, 1, 2, 3, 4
LANGUAGES = ("sv", "en", "nb", "da")


class UsageError(Exception):
    """The command cannot be done as asked (exit 2)."""


class InputFileError(Exception):
    """A file given to read is missing or unusable (exit 3)."""


class OutputFileError(Exception):
    """A file could not be written (exit 1)."""


Handler = Callable[[argparse.Namespace, Path], int]


def out(text: str = "") -> None:
    """A line on standard output: the CLI's one way to talk."""
    sys.stdout.write(text + "\n")


def err(text: str) -> None:
    """A line on standard error, made safe for the terminal."""
    # Imported here: the report's module (and the domain it reads) is not needed
    # to start the app (issue 16).
    from n3desk.report.session_text import terminal_safe

    sys.stderr.write(terminal_safe(text) + "\n")


def fail(message: str, code: int) -> int:
    """Say what went wrong in one line; the exit code."""
    err(f"n3desk: {message}")
    return code


def print_json(value: Any) -> None:
    out(json.dumps(value, ensure_ascii=False, indent=2))


def terminal_width() -> int:
    return max(60, min(160, shutil.get_terminal_size((100, 24)).columns))


def language_of(args: argparse.Namespace) -> str:
    """``--lang``, else the system's language if n3desk speaks it, else Swedish."""
    if args.lang:
        return str(args.lang)
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return _known_language(value)
    code = locale.getlocale()[0] or ""
    return _known_language(code)


def _known_language(code: str) -> str:
    prefix = code.split(":")[0][:2].lower()
    prefix = {"no": "nb", "nn": "nb"}.get(prefix, prefix)
    return prefix if prefix in LANGUAGES else "sv"


@contextmanager
def library_at(data_dir: Path, *, write: bool) -> Iterator[Library]:
    """The library, locked when the command writes; always closed afterwards.

    A command that only reads opens it read-only: it never moves, replaces or
    writes the library file, not even to create one.
    """
    library = open_library(data_dir, lock=write, read_only=not write)
    try:
        yield library
    finally:
        library.close()


def resolve_session(library: Library, given: str) -> str:
    """The full id of the session ``given`` names (an id or a unique start of one)."""
    given = given.strip()
    if not given:
        raise UsageError("no session id given")
    found = library.find_sessions(given)
    if given in found:
        return given
    if not found:
        raise SessionNotFoundError(f"no session with id {given!r} (see: n3desk sessions list)")
    if len(found) > 1:
        raise UsageError(f"{given!r} starts {len(found)} session ids; give more of the id")
    return found[0]


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that it is either the old file or the whole new one."""
    try:
        write_bytes_atomically(path if str(path.parent) else Path(".") / path, data)
    except OSError as exc:
        raise OutputFileError(f"{path}: cannot be written ({exc.strerror or exc})") from None
