"""Starting the app: the QApplication, its look and language, the library, the window."""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QApplication, QWidget

from n3desk.app import settings, wheel_guard
from n3desk.app.dialogs import QtDialogs
from n3desk.app.faults import FaultHandler
from n3desk.app.library_opening import EXIT_LIBRARY_PROBLEM, open_for_app, watch_integrity
from n3desk.app.theme import apply_theme, register_fonts
from n3desk.app.translation import install_translator
from n3desk.store import LibraryError

log = logging.getLogger(__name__)

#: The window's size where the screen has room for it.
DEFAULT_SIZE = QSize(1280, 800)
#: Room a window manager's title bar and borders take around the window.
FRAME_ROOM = QSize(40, 80)
JOB_WAIT_AT_EXIT_MS = 15_000  # a team job's connect timeout (10 s) and some


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
    wheel_guard.install(app)
    apply_theme(app, settings.get(settings.THEME), settings.get(settings.FONT_SCALE))
    install_translator(language or settings.get(settings.LANGUAGE) or None)
    return app


def run_app(data_dir: Path, *, language: str | None, demo_session_id: str | None) -> int:
    """Run the app on the library in ``data_dir``; the exit code (4: library problem)."""
    with collection_paused() as resume_collection:
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
            from n3desk.app import last_place
            from n3desk.app.main_window import MainWindow

            window = MainWindow(library)
            faults.dialogs = window.dialogs
            watch_integrity(library, window.dialogs, window)  # the full check, in the background
            previous = last_place.read(data_dir)
            if demo_session_id is not None:
                window.open_session(demo_session_id)
            else:
                last_place.restore(window, previous)  # after a crash: where the facilitator was
            keeper = last_place.PlaceKeeper(window, data_dir)
            show_main_window(window)
            resume_collection()  # the app itself runs with Python's usual collector
            try:
                code = app.exec()
                keeper.closed_cleanly()
                return code
            finally:
                window.close_session()
                # A team job still waiting on the network (at most its connect timeout):
                # let its thread end before Python does. A publish it was making lands or
                # rolls back on the server; this laptop notes it at the next fetch.
                from n3desk.app.team_jobs import wait_for_team_jobs

                wait_for_team_jobs(JOB_WAIT_AT_EXIT_MS)
                library.close()
        finally:
            faults.uninstall()


@contextmanager
def collection_paused() -> Iterator[Callable[[], None]]:
    """Python's cyclic garbage collector paused while the start page is built.

    Start-up makes many short-lived objects (PySide builds a Python enum class for
    each Qt enum the app first touches), so the collector ran ~80 times before the
    window showed, ~9 ms of CPU, finding almost nothing. Yields the function that
    resumes it (called once the window is shown); leaving the block resumes it too.
    """
    was_enabled = gc.isenabled()
    gc.disable()

    def resume() -> None:
        if was_enabled:
            gc.enable()

    try:
        yield resume
    finally:
        resume()


def show_main_window(window: QWidget, available: QSize | None = None) -> None:
    """Show the window at :data:`DEFAULT_SIZE`, or maximised where that does not fit.

    A fixed 1280×800 on a 1024×768 laptop or projector put the timer strip below the
    bottom of the screen. ``available`` is the screen's free area (the window's
    screen when None).
    """
    if available is None:
        screen = window.screen()
        available = screen.availableGeometry().size() if screen is not None else DEFAULT_SIZE
    if fits(available):
        window.resize(DEFAULT_SIZE)
        window.show()
    else:
        # Sized to the screen first: where nothing maximises it (no window manager, as on
        # a kiosk or under Xvfb) the window still fits instead of keeping its 1280×800.
        window.resize(available)
        window.showMaximized()


def fits(available: QSize) -> bool:
    """True when a window of :data:`DEFAULT_SIZE` and its frame fit in ``available``."""
    needed = DEFAULT_SIZE + FRAME_ROOM
    return available.width() >= needed.width() and available.height() >= needed.height()
