"""Opening the library for the app, with a clear dialog for each way it can fail.

A locked library (another n3desk has it), a library from a newer n3desk and one this
user may not read are refused with a message, and the app exits with code 4. A
damaged library has been moved aside by the store; a library that is missing or
empty while backups hold sessions is not started afresh silently. In both cases the
person may restore the backup offered, or start with an empty library on purpose
(the backups and the damaged file are kept).

After opening, the library's full integrity check runs in the background
(:func:`watch_integrity`); if it finds damage the person is told at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from n3desk.app.dialogs import Dialogs
from n3desk.store import (
    Library,
    LibraryDamagedError,
    LibraryError,
    LibraryLockedError,
    LibraryMissingError,
    LibraryTooNewError,
    open_library,
)

log = logging.getLogger(__name__)

EXIT_LIBRARY_PROBLEM = 4
INTEGRITY_POLL_MS = 1000
INTEGRITY_DELAY_MS = 3000

Opener = Callable[..., Library]  # open_library(data_dir, *, allow_empty=False)


def open_for_app(data_dir: Path, dialogs: Dialogs, opener: Opener = open_library) -> Library | None:
    """The opened library, or None after telling the person why it cannot be opened."""
    try:
        return opener(data_dir)
    except LibraryLockedError as exc:
        dialogs.show_error(
            QCoreApplication.translate("LibraryOpening", "The library is already open"),
            QCoreApplication.translate(
                "LibraryOpening",
                "Another n3desk is using this library (computer {host}, process {pid}). "
                "Close it there first, then start n3desk again.",
            ).format(host=exc.host or "?", pid=exc.pid or "?"),
        )
    except LibraryTooNewError as exc:
        dialogs.show_error(
            QCoreApplication.translate("LibraryOpening", "The library is from a newer n3desk"),
            QCoreApplication.translate(
                "LibraryOpening",
                "{reason}\n\nInstall the newer n3desk to open it; nothing was changed.",
            ).format(reason=exc),
        )
    except LibraryDamagedError as exc:
        return _recover(data_dir, dialogs, opener, exc)
    except LibraryError as exc:
        dialogs.show_error(
            QCoreApplication.translate("LibraryOpening", "The library cannot be opened"), str(exc)
        )
    return None


def _recover(
    data_dir: Path, dialogs: Dialogs, opener: Opener, damage: LibraryDamagedError
) -> Library | None:
    """After damage, or a library gone missing: restore the backup offered, or start empty."""
    log.error("library not opened as it was: %s", damage)
    missing = isinstance(damage, LibraryMissingError)
    if damage.backup is not None:
        # Restoring is the default: Enter must never be the way to an empty library.
        restore = dialogs.confirm(
            *_restore_question(damage, missing), **_restore_buttons(), default_ok=True
        )
    elif missing:
        # No backup holds sessions, but damaged/ keeps earlier libraries: starting
        # empty beside them is a choice, not a default.
        if not dialogs.confirm(
            QCoreApplication.translate("LibraryOpening", "The library is missing"),
            QCoreApplication.translate(
                "LibraryOpening",
                "The library file is missing or empty. Earlier library files are kept in "
                "{folder}; n3desk cannot open them, but someone may be able to rescue "
                "them.\n\nStart with an empty library? Nothing is deleted.",
            ).format(folder=data_dir / "damaged"),
            ok=QCoreApplication.translate("LibraryOpening", "Start with an empty library"),
            cancel=QCoreApplication.translate("LibraryOpening", "Quit"),
        ):
            return None
        restore = False
    else:
        dialogs.show_error(
            QCoreApplication.translate("LibraryOpening", "The library was damaged"),
            QCoreApplication.translate(
                "LibraryOpening",
                "The library file failed its check. It was moved to {moved}; nothing was "
                "deleted. There is no backup to restore, so n3desk starts with an empty "
                "library.",
            ).format(moved=damage.moved_to),
        )
        restore = False
    if restore and damage.backup is not None:
        from n3desk.store import opening

        try:
            opening.restore_backup(data_dir, damage.backup)
        except LibraryError as exc:
            dialogs.show_error(
                QCoreApplication.translate("LibraryOpening", "The backup could not be restored"),
                str(exc),
            )
            return None
    try:
        return opener(data_dir) if restore else opener(data_dir, allow_empty=True)
    except LibraryError as exc:
        dialogs.show_error(
            QCoreApplication.translate("LibraryOpening", "The library cannot be opened"), str(exc)
        )
        return None


def _restore_question(damage: LibraryDamagedError, missing: bool) -> tuple[str, str]:
    if missing:
        return (
            QCoreApplication.translate("LibraryOpening", "The library is missing"),
            QCoreApplication.translate(
                "LibraryOpening",
                "The library file is missing or empty, but a backup holds your sessions."
                "\n\nRestore the backup ({backup})? If you start with an empty library "
                "instead, every backup is kept.",
            ).format(backup=damage.backup),
        )
    return (
        QCoreApplication.translate("LibraryOpening", "The library was damaged"),
        QCoreApplication.translate(
            "LibraryOpening",
            "The library file failed its check. It was moved to {moved}; nothing was "
            "deleted.\n\nRestore the newest good backup ({backup})?",
        ).format(moved=damage.moved_to, backup=damage.backup),
    )


def _restore_buttons() -> dict[str, str]:
    return {
        "ok": QCoreApplication.translate("LibraryOpening", "Restore the backup"),
        "cancel": QCoreApplication.translate("LibraryOpening", "Start with an empty library"),
    }


def watch_integrity(library: Library, dialogs: Dialogs, parent: QObject | None = None) -> QTimer:
    """Start the library's full check in the background and tell the person if it fails.

    Returns the timer that waits for the result (it stops itself once told).
    """
    timer = QTimer(parent)
    timer.setInterval(INTEGRITY_POLL_MS)
    # Started once the window is up: the check reads the whole file, and start-up
    # should not share the processor with it.
    QTimer.singleShot(INTEGRITY_DELAY_MS, timer, library.start_integrity_check)

    def poll() -> None:
        problems = library.integrity_problems
        if problems is None and not library.closed:
            return  # not started yet, or still running
        timer.stop()
        if problems:
            dialogs.show_error(
                QCoreApplication.translate("LibraryOpening", "The library has a fault"),
                QCoreApplication.translate(
                    "LibraryOpening",
                    "n3desk's full check found a fault in the library file: {problem}\n\n"
                    "Your work is still being saved, but this library is no longer backed "
                    "up, so that the good backups stay as they are. Export the sessions "
                    "you are working on as files, then close n3desk and run "
                    "'n3desk check --restore' to put the newest good backup back.",
                ).format(problem=problems[0][:300]),
                blocking=False,
            )

    timer.timeout.connect(poll)
    timer.start()
    return timer
