"""Off-screen pictures of the app (``n3desk shot``): for docs, tests and looking.

The window is built at exactly the size asked for on the off-screen platform,
switched to the view, prepared by the page's ``show_for_shot(options)`` and
grabbed to a PNG. The library is opened without the lock when the store allows
it, so a shot can be taken while the app is running.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from n3desk.app.main import create_application
from n3desk.app.session_window import SessionWindow
from n3desk.store import Library, open_library

VIEWS = ("overview", "board", "map", "agenda", "projector", "start")


def render_shot(
    data_dir: Path,
    session_id: str | None,
    out: Path,
    *,
    view: str,
    size: tuple[int, int],
    language: str | None,
    options: dict[str, str],
) -> None:
    """Render ``view`` of ``session_id`` (None or view "start": the start page) to ``out``."""
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}; choose one of {', '.join(VIEWS)}")
    width, height = size
    if width < 200 or height < 150:
        raise ValueError(f"the size {width}x{height} is too small; use at least 200x150")
    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = create_application(language)
    library = _open(data_dir)
    try:
        widget, owner = _build(library, session_id, view, options)
        try:
            widget.resize(width, height)
            widget.show()
            for _ in range(3):  # layouts settle over a few passes
                app.processEvents()
            widget.resize(width, height)
            app.processEvents()
            picture = widget.grab()
            out.parent.mkdir(parents=True, exist_ok=True)
            if not picture.save(str(out), "PNG"):
                raise OSError(f"the picture could not be written to {out}")
        finally:
            widget.close()
            owner.close()
            owner.deleteLater()
            QCoreApplication.sendPostedEvents()
    finally:
        library.close()


def _open(data_dir: Path) -> Library:
    try:
        return open_library(data_dir, lock=False, read_only=True)
    except TypeError:  # a store without read-only opening
        return open_library(data_dir)


def _build(
    library: Library, session_id: str | None, view: str, options: dict[str, str]
) -> tuple[QWidget, QWidget]:
    """The widget to photograph (a page of the main window, or the projector) and the
    main window that owns it, closed once the picture is taken."""
    from n3desk.app.main_window import MainWindow

    window = MainWindow(library)
    if session_id is None or view == "start":
        return window, window
    session = window.open_session(session_id)
    if session is None:
        window.deleteLater()
        raise LookupError(f"there is no session {session_id!r} in {library.data_dir}")
    if view == "projector":
        projector = _projector(session, options)
        if projector is not None:
            return projector, window
        view = "board"
    page = session.show_view(view)
    show_for_shot = getattr(page, "show_for_shot", None)
    if callable(show_for_shot):
        show_for_shot(options)
    return window, window


def _projector(session: SessionWindow, options: dict[str, str]) -> QWidget | None:
    """The projector view (``n3desk.app.projector.shot.build``); None without one."""
    try:
        module = importlib.import_module("n3desk.app.projector.shot")
    except ImportError:
        return None
    widget = module.build(session, options)
    return widget if isinstance(widget, QWidget) else None
