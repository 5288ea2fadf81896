"""Opening the library for the app, with a clear dialog for each way it can fail.

A locked library (another n3desk has it) and a library from a newer n3desk are
refused with a message, and the app exits with code 4. A damaged library has been
moved aside by the store; the person may restore the newest good backup, or start
with an empty library.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from n3desk.app.dialogs import Dialogs
from n3desk.store import (
    Library,
    LibraryDamagedError,
    LibraryError,
    LibraryLockedError,
    LibraryTooNewError,
    open_library,
)

log = logging.getLogger(__name__)

EXIT_LIBRARY_PROBLEM = 4

Opener = Callable[[Path], Library]


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
            ).format(host=exc.host, pid=exc.pid),
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
    """After damage: restore the newest good backup if the person wants it, then open."""
    log.error("library damaged, moved to %s: %s", damage.moved_to, damage)
    restore = damage.backup is not None and dialogs.confirm(
        QCoreApplication.translate("LibraryOpening", "The library was damaged"),
        QCoreApplication.translate(
            "LibraryOpening",
            "The library file failed its check. It was moved to {moved}; nothing was "
            "deleted.\n\nRestore the newest good backup ({backup})?",
        ).format(moved=damage.moved_to, backup=damage.backup),
        ok=QCoreApplication.translate("LibraryOpening", "Restore the backup"),
        cancel=QCoreApplication.translate("LibraryOpening", "Start with an empty library"),
    )
    if restore and damage.backup is not None:
        from n3desk.store import opening

        try:
            opening.restore_backup(data_dir, damage.backup)
        except LibraryError as exc:
            dialogs.show_error(
                QCoreApplication.translate("LibraryOpening", "The backup could not be restored"),
                str(exc),
            )
    elif damage.backup is None:
        dialogs.show_error(
            QCoreApplication.translate("LibraryOpening", "The library was damaged"),
            QCoreApplication.translate(
                "LibraryOpening",
                "The library file failed its check. It was moved to {moved}; nothing was "
                "deleted. There is no backup to restore, so n3desk starts with an empty "
                "library.",
            ).format(moved=damage.moved_to),
        )
    try:
        return opener(data_dir)
    except LibraryError as exc:
        dialogs.show_error(
            QCoreApplication.translate("LibraryOpening", "The library cannot be opened"), str(exc)
        )
        return None
