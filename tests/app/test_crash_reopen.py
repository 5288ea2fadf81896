"""After a crash n3desk reopens the session where the facilitator was, and says so."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from pytestqt.qtbot import QtBot

from n3desk.app import last_place
from n3desk.app.main_window import MainWindow
from n3desk.domain.changes import Put
from n3desk.domain.entities import Board, new_id
from n3desk.domain.workshop import Workshop
from n3desk.store import Library, open_library


def with_second_board(library: Library, workshop: Workshop) -> Board:
    """The test session gets a second board, "Koncept"."""
    board = Board(new_id(), workshop.session.id, "Koncept", 1)
    library.commit([Put(board)])
    return board


def started(library: Library, qtbot: QtBot) -> tuple[MainWindow, last_place.PlaceKeeper]:
    """A main window as run_app makes it: restored from the last place, then kept."""
    window = MainWindow(library)
    qtbot.addWidget(window)
    last_place.restore(window, last_place.read(library.data_dir))
    keeper = last_place.PlaceKeeper(window, library.data_dir)
    window.show()
    return window, keeper


def test_a_crash_reopens_the_session_tab_and_board(
    library: Library, workshop: Workshop, qtbot: QtBot
) -> None:
    """Left without a clean quit on "Koncept": the next start is there, with a word."""
    board = with_second_board(library, workshop)
    window, _keeper = started(library, qtbot)
    assert window.session_window is None
    session = window.open_session(workshop.session.id)
    assert session is not None
    session.show_view("board")
    session.boards.tabs.set_current(board.id)
    noted = last_place.read(library.data_dir)
    assert noted == last_place.LastPlace(True, workshop.session.id, "board", board.id)
    # The crash: no clean quit, no close_session; the next run starts on the same library.
    again, keeper = started(library, qtbot)
    assert again.session_window is not None
    assert again.session_window.document.session.id == workshop.session.id
    assert again.session_window.current_view() == "board"
    assert again.session_window.boards.tabs.current_board() == board.id
    notice = again.session_window.notice
    assert notice.isVisible()
    assert notice.label.text() == (
        "n3desk closed unexpectedly. Your session is open again where you were, "
        "and everything up to your last change is here."
    )
    notice.ok_button.click()
    assert not notice.isVisible()
    again.session_window.show_view("map")
    assert last_place.read(library.data_dir).view == "map"  # type: ignore[union-attr]
    keeper.closed_cleanly()
    again.close_session()  # run_app closes the session after the clean quit
    assert last_place.read(library.data_dir) == last_place.LastPlace(False)
    third, _keeper = started(library, qtbot)
    assert third.session_window is None  # a clean quit: the start page, no message


def test_back_on_the_start_page_reopens_nothing(
    library: Library, workshop: Workshop, qtbot: QtBot
) -> None:
    """A crash on the start page, or with a deleted session, opens the start page."""
    window, _keeper = started(library, qtbot)
    window.open_session(workshop.session.id)
    window.show_start()
    assert last_place.read(library.data_dir) == last_place.LastPlace(True)
    again, _keeper = started(library, qtbot)
    assert again.session_window is None
    last_place.write(library.data_dir, last_place.LastPlace(True, "no-such-session", "map", None))
    third, _keeper = started(library, qtbot)
    assert third.session_window is None


def test_a_damaged_or_foreign_place_file_is_ignored(library: Library) -> None:
    """Garbage, a wrong shape or a huge file in last-place.json: no place, no error."""
    path = library.data_dir / last_place.FILE_NAME
    for text in ("{not json", "[1, 2]", '{"running": "yes", "view": ""}', " " * 20_000):
        path.write_text(text, encoding="utf-8")
        assert last_place.read(library.data_dir) is None


CRASHING_RUN = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from n3desk.app.main import create_application, run_app

    data_dir, session_id, board_id, how = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]

    def leave():
        window = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "session_window"))
        window.session_window.boards.tabs.set_current(board_id)
        window.session_window.show_view("map")
        if how == "kill":
            os.kill(os.getpid(), signal.SIGKILL)
        window.close()

    create_application("en")
    QTimer.singleShot(300, leave)
    sys.exit(run_app(data_dir, language="en", demo_session_id=session_id))
    """
)


def run_and_leave(data_dir: Path, how: str) -> tuple[Workshop, Board, int]:
    """A real n3desk on a new session's second board and map tab, then killed or quit."""
    from n3desk.domain.templates import BLANK, instantiate

    library = open_library(data_dir)
    made = instantiate(BLANK, "Verkstad", language="en", now=1.0)
    library.add(made)
    board = with_second_board(library, made)
    library.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", CRASHING_RUN, str(data_dir), made.session.id, board.id, how],
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert run.returncode in (0, -9), run.stderr.decode(errors="replace")
    return made, board, run.returncode


def test_a_clean_quit_of_a_real_app_says_nothing(data_dir: Path, qtbot: QtBot) -> None:
    """A real n3desk quit from its window: the next start is the start page, silently."""
    _made, _board, code = run_and_leave(data_dir, "quit")
    assert code == 0
    assert last_place.read(data_dir) == last_place.LastPlace(False)
    library = open_library(data_dir)
    try:
        window, _keeper = started(library, qtbot)
        assert window.session_window is None
    finally:
        library.close()


def test_a_killed_app_comes_back_where_it_was(data_dir: Path, qtbot: QtBot) -> None:
    """kill -9 of a real n3desk on the map tab: the next start opens the map, and says so."""
    made, board, code = run_and_leave(data_dir, "kill")
    assert code == -9
    assert last_place.read(data_dir) == last_place.LastPlace(True, made.session.id, "map", board.id)
    library = open_library(data_dir)  # the dead run's lock is stale
    try:
        window, _keeper = started(library, qtbot)
        assert window.session_window is not None
        assert window.session_window.current_view() == "map"
        assert window.session_window.boards.tabs.current_board() == board.id
        assert window.session_window.notice.isVisible()
    finally:
        window.close_session()
        library.close()
