"""After a crash, n3desk opens where the facilitator was, and says so.

Every change is in the library the moment it is made, so a crash (a kill, a flat
battery, a fault in Qt) loses at most the last second of typing. What it used to
lose was the place: the app came back on the start page without a word, and a
nervous facilitator in front of the room thought the work was gone.

:class:`PlaceKeeper` writes a small file beside the library, ``last-place.json``,
whenever the open session, its tab or its board changes, with ``"running": true``;
a clean quit writes ``"running": false``. At the next start :func:`restore` reads
it: if the last run did not end cleanly and a session was open, that session is
opened on the same tab and board, and a calm bar says that n3desk closed
unexpectedly and that everything up to the last change is there. A clean quit
opens the start page as always, with no message.

The file is a convenience: if it cannot be written (read-only folder) or read
(damaged), n3desk starts as before and the library is untouched.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QObject

from n3desk.atomic_file import atomic_output

if TYPE_CHECKING:
    from n3desk.app.main_window import MainWindow
    from n3desk.app.session_window import SessionWindow

log = logging.getLogger(__name__)

FILE_NAME = "last-place.json"
LARGEST = 10_000  # bytes; anything bigger is not ours


@dataclass(frozen=True, slots=True)
class LastPlace:
    """Where the facilitator was, and whether that run is still (or was left) running."""

    running: bool
    session_id: str | None = None
    view: str = ""
    board_id: str | None = None


def read(data_dir: Path) -> LastPlace | None:
    """The place the last run wrote, or None (no file, or not one of ours)."""
    path = data_dir / FILE_NAME
    try:
        if path.stat().st_size > LARGEST:
            return None
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    session_id, view, board_id = data.get("session_id"), data.get("view"), data.get("board_id")
    if not (
        isinstance(data.get("running"), bool)
        and (session_id is None or isinstance(session_id, str))
        and isinstance(view, str)
        and (board_id is None or isinstance(board_id, str))
    ):
        return None
    return LastPlace(data["running"], session_id, view, board_id)


def write(data_dir: Path, place: LastPlace) -> bool:
    """Write the place (atomically); False, logged, when the folder does not allow it."""
    try:
        with atomic_output(data_dir / FILE_NAME) as out:
            out.write(json.dumps(asdict(place)).encode("utf-8"))
    except OSError as exc:
        log.warning("where the facilitator is could not be noted: %s", exc)
        return False
    return True


class PlaceKeeper(QObject):
    """Notes the main window's open session, tab and board in ``last-place.json``."""

    def __init__(self, window: MainWindow, data_dir: Path) -> None:
        super().__init__(window)
        self.window = window
        self.data_dir = data_dir
        self._watched: set[int] = set()
        self._last: LastPlace | None = None
        self._done = False  # after a clean quit, closing the window is not a new place
        window.pages.currentChanged.connect(lambda _i: self.note())
        self.note()

    def current(self) -> LastPlace:
        """Where the facilitator is now."""
        shown = self.window.pages.currentWidget()
        # The page is current before MainWindow.session_window names it: ask the page.
        if shown is None or shown is self.window.start_page or not hasattr(shown, "boards"):
            return LastPlace(running=True)
        session = cast("SessionWindow", shown)
        self._watch(session)
        return LastPlace(
            running=True,
            session_id=session.document.session.id,
            view=session.current_view(),
            board_id=session.boards.tabs.current_board() or None,
        )

    def note(self) -> None:
        """Write the current place, if it changed."""
        if self._done:
            return
        place = self.current()
        if place != self._last and write(self.data_dir, place):
            self._last = place

    def closed_cleanly(self) -> None:
        """The app quits as it should: the next start opens the start page, silently."""
        self._done = True
        write(self.data_dir, LastPlace(running=False))

    def _watch(self, session: SessionWindow) -> None:
        if id(session) in self._watched:
            return
        self._watched.add(id(session))
        session.tabs.currentChanged.connect(lambda _i: self.note())
        session.boards.tabs.current_changed.connect(lambda _b: self.note())
        session.destroyed.connect(lambda: self._watched.discard(id(session)))


def restore(window: MainWindow, previous: LastPlace | None) -> bool:
    """After a run that did not end cleanly, open its session where it was; True if so."""
    if previous is None or not previous.running or previous.session_id is None:
        return False
    live = {s.id for s in window.controller.sessions()}
    if previous.session_id not in live:
        return False
    session = window.open_session(previous.session_id)
    if session is None:
        return False
    if previous.board_id is not None:
        session.boards.tabs.set_current(previous.board_id)
    try:
        session.show_view(previous.view or "overview")
    except ValueError:  # a view this version does not have
        session.show_view("overview")
    session.notice.show_message(
        QCoreApplication.translate(
            "LastPlace",
            "n3desk closed unexpectedly. Your session is open again where you were, "
            "and everything up to your last change is here.",
        )
    )
    return True
