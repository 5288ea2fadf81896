"""The n3desk command line (DESIGN.md §5): start the app, or script the library.

Every command is a small function taking the parsed arguments and the data folder
(:mod:`n3desk.cli.parser` lists them). Errors are one line on stderr and an exit
code, never a traceback:

0 success · 1 unexpected failure (logged to ``n3desk.log`` in the data folder) or an
output file that cannot be written · 2 usage, including an unknown session id ·
3 bad input file · 4 library problem (locked, damaged, too new, cannot be written).

Commands that only read open the library without its lock, so they work while the
app is running; commands that write take the lock as the app does. Qt is imported
only to start the app or render a picture (``shot``).
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from pathlib import Path

from n3desk.cli.common import (
    EXIT_FAILED,
    EXIT_INPUT,
    EXIT_LIBRARY,
    EXIT_USAGE,
    Handler,
    InputFileError,
    OutputFileError,
    UsageError,
    fail,
)
from n3desk.cli.parser import build_parser
from n3desk.store import LibraryError, SessionNotFoundError
from n3desk.store.paths import resolve_data_dir

LOG_FILE = "n3desk.log"

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or argparse's own usage error (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    data_dir = resolve_data_dir(args.data_dir)
    handler: Handler = args.handler
    try:
        return handler(args, data_dir)
    except UsageError as exc:
        return fail(str(exc), EXIT_USAGE)
    except SessionNotFoundError as exc:
        return fail(str(exc), EXIT_USAGE)
    except InputFileError as exc:
        return fail(str(exc), EXIT_INPUT)
    except LibraryError as exc:
        return fail(str(exc), EXIT_LIBRARY)
    except OutputFileError as exc:
        return fail(str(exc), EXIT_FAILED)
    except KeyboardInterrupt:
        return fail("interrupted", 130)
    except Exception as exc:
        where = _log_unexpected(data_dir, exc)
        return fail(f"unexpected error: {exc!r} (details in {where})", EXIT_FAILED)


def _log_unexpected(data_dir: Path, exc: BaseException) -> Path:
    """Append the traceback to the data folder's log; where it went."""
    path = data_dir / LOG_FILE
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as out:
            stamp = time.strftime("%Y-%m-%d %H:%M:%S")
            out.write(f"{stamp} ERROR n3desk.cli: {' '.join(sys.argv[1:])}\n")
            out.write("".join(traceback.format_exception(exc)))
    except OSError:
        return Path(os.devnull)
    return path
