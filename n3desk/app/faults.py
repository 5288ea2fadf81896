"""Faults are visible, not fatal.

An exception that escapes a slot or an event handler is logged to ``n3desk.log``
in the data folder (rotating) and shown in a non-blocking dialog; the app keeps
running. Every edit is committed when it is made, so the work is already saved.
A hard crash (segfault, abort) still leaves a Python stack in ``crash.log``
through :mod:`faulthandler`.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import IO

from PySide6.QtCore import QCoreApplication

from n3desk.app.dialogs import Dialogs

LOG_FILE = "n3desk.log"
CRASH_FILE = "crash.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3

log = logging.getLogger("n3desk")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class FaultHandler:
    """Routes uncaught exceptions to the log and to a dialog; undo with :meth:`uninstall`."""

    def __init__(self, data_dir: Path, dialogs: Dialogs) -> None:
        self.data_dir = data_dir
        self.dialogs = dialogs
        self.log_path = data_dir / LOG_FILE
        self.crash_path = data_dir / CRASH_FILE
        self._handler: RotatingFileHandler | None = None
        self._crash_file: IO[str] | None = None
        self._previous_hook: ExceptHook | None = None
        self._showing = False

    def install(self) -> None:
        """Start logging to the data folder and catching uncaught exceptions."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._handler = RotatingFileHandler(
            self.log_path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
        self._handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
        )
        root = logging.getLogger()
        root.addHandler(self._handler)
        if root.level > logging.INFO or root.level == logging.NOTSET:
            root.setLevel(logging.INFO)
        self._crash_file = self.crash_path.open("a", encoding="utf-8")
        faulthandler.enable(file=self._crash_file)
        self._previous_hook = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        """Put everything back as it was (tests, and the end of :func:`run_app`)."""
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
            self._previous_hook = None
        if faulthandler.is_enabled():
            faulthandler.disable()
        if self._crash_file is not None:
            self._crash_file.close()
            self._crash_file = None
        if self._handler is not None:
            logging.getLogger().removeHandler(self._handler)
            self._handler.close()
            self._handler = None

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        """Log the exception and say so, without stopping the app.

        PySide6 hands exceptions raised in slots and virtual overrides to
        ``sys.excepthook`` and carries on, which is what makes this enough.
        """
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        log.error("uncaught exception", exc_info=(kind, error, trace))
        if self._handler is not None:
            self._handler.flush()
        if self._showing:  # one dialog at a time, even if the fault repeats
            return
        self._showing = True
        try:
            self.dialogs.show_error(
                QCoreApplication.translate("FaultHandler", "Something went wrong"),
                QCoreApplication.translate(
                    "FaultHandler",
                    "Something went wrong, but your work is saved and n3desk keeps "
                    "running.\n\nDetails are in {log}.",
                ).format(log=self.log_path),
                blocking=False,
            )
        finally:
            self._showing = False
