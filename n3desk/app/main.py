"""Starting the app: the QApplication, its look and language, the library, the window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from n3desk.app import settings
from n3desk.app.dialogs import QtDialogs
from n3desk.app.faults import FaultHandler
from n3desk.app.library_opening import EXIT_LIBRARY_PROBLEM, open_for_app
from n3desk.app.theme import apply_theme, register_fonts
from n3desk.app.translation import install_translator
from n3desk.store import LibraryError

log = logging.getLogger(__name__)


def create_application(language: str | None) -> QApplication:
    """The QApplication with n3desk's fonts, theme and language (reused if one exists).

    ``language`` None follows the saved setting, then the system's language.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        if not QCoreApplication.organizationName():
            QCoreApplication.setOrganizationName("n3desk")
            QCoreApplication.setApplicationName("n3desk")
        app = QApplication(sys.argv[:1])
    register_fonts()
    apply_theme(app, settings.get(settings.THEME), settings.get(settings.FONT_SCALE))
    install_translator(language or settings.get(settings.LANGUAGE) or None)
    return app


def run_app(data_dir: Path, *, language: str | None, demo_session_id: str | None) -> int:
    """Run the app on the library in ``data_dir``; the exit code (4: library problem)."""
    app = create_application(language)
    dialogs = QtDialogs()
    faults = FaultHandler(data_dir, dialogs)
    try:
        faults.install()
    except OSError as exc:  # a read-only data folder: the library says so just below
        log.warning("no log file in %s: %s", data_dir, exc)
    try:
        library = open_for_app(data_dir, dialogs)
        if library is None:
            return EXIT_LIBRARY_PROBLEM
        try:
            purged = library.purge_deleted()
            if purged:
                log.info("removed %d sessions deleted in an earlier run", purged)
        except LibraryError as exc:
            log.warning("deleted sessions not purged: %s", exc)
        from n3desk.app.main_window import MainWindow

        window = MainWindow(library)
        faults.dialogs = window.dialogs
        if demo_session_id is not None:
            window.open_session(demo_session_id)
        window.resize(1280, 800)
        window.show()
        try:
            return app.exec()
        finally:
            window.close_session()
            library.close()
    finally:
        faults.uninstall()
