"""Every view of generated workshops renders readably, at 1024×768 and 1920×1080.

For each seed (see conftest): the workshop is stored in a real library, opened in the
real main window, and every page and the projector are rendered. What can be measured
is asserted: the projector shows note ink whenever a board has notes the room may see
and draws no text under 20 px; the map's texts neither overlap nor are cut, on the
facilitator's page and on the projector; no view makes Qt warn.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF
from PySide6.QtWidgets import QApplication, QGraphicsView, QWidget
from pytestqt.qtbot import QtBot

from n3desk.app.main_window import MainWindow
from n3desk.app.projector.look import MIN_TEXT_PX, text_px
from n3desk.app.projector.state import BOARD, MAP, STAGE, Target
from n3desk.app.session_window import SessionWindow
from n3desk.store import open_library

from .checks import elided_texts, missing_names, note_ink, overlapping_texts, small_texts
from .conftest import DrawnText
from .workshops import generate

SIZES = [(1024, 768), (1920, 1080)]
INK_SHARE = 0.01  # at least 1 % of the projector painted in note colours
# The off-screen platform says so for every top-level window; a real screen does not.
OFFSCREEN_ONLY = "This plugin does not support propagateSizeHints"


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _map_view(page: QWidget) -> QGraphicsView:
    views = [v for v in page.findChildren(QGraphicsView) if v.isVisible()]
    assert views, "the map page shows no map"
    return max(views, key=lambda v: v.width() * v.height())


def _visible(view: QGraphicsView) -> QRectF:
    """The map's viewport in its window's coordinates (where texts are recorded)."""
    viewport = view.viewport()
    return QRectF(viewport.rect()).translated(QPointF(viewport.mapTo(view.window(), QPoint())))


@pytest.fixture
def opened(seed: int, tmp_path: Path, qtbot: QtBot) -> tuple[SessionWindow, MainWindow]:
    """The seed's workshop in a real library, open in the real main window."""
    data_dir = tmp_path / "library"
    library = open_library(data_dir)
    workshop = generate(seed, data_dir)
    library.add(workshop)
    window = MainWindow(library)
    qtbot.addWidget(window)
    session = window.open_session(workshop.session.id)
    assert session is not None
    window.show()
    qtbot.waitExposed(window)
    yield session, window
    window.close()
    library.close()


@pytest.mark.qt_log_level_fail("WARNING")
@pytest.mark.qt_log_ignore(OFFSCREEN_ONLY)
@pytest.mark.parametrize("size", SIZES, ids=["1024x768", "1920x1080"])
def test_facilitator_views(
    opened: tuple[SessionWindow, MainWindow],
    size: tuple[int, int],
    drawn_texts: list[DrawnText],
    render_folder: Path,
) -> None:
    """Every page renders without a Qt warning; the map's names are whole and apart."""
    session, window = opened
    window.resize(*size)
    problems: list[str] = []
    for view in ("overview", "agenda", "board", "map"):
        page = session.show_view(view)
        _settle()
        drawn_texts.clear()
        picture = window.grab()
        picture.save(str(render_folder / f"{view}.png"))
        if view == "map":
            texts = list(drawn_texts)
            visible = _visible(_map_view(page))
            problems += [f"map: {p}" for p in overlapping_texts(texts, visible)]
            problems += [f"map: {p}" for p in elided_texts(texts)]
    assert problems == [], "\n".join(problems)


@pytest.mark.qt_log_level_fail("WARNING")
@pytest.mark.qt_log_ignore(OFFSCREEN_ONLY)
@pytest.mark.parametrize("size", SIZES, ids=["1024x768", "1920x1080"])
def test_projector_views(
    opened: tuple[SessionWindow, MainWindow],
    size: tuple[int, int],
    drawn_texts: list[DrawnText],
    render_folder: Path,
) -> None:
    """The projector shows notes on every board the room may see, the stage card and the
    map — every actor's name whole on it —, with no text under the wall's minimum."""
    session, _window = opened
    presenter = session.presenter
    projector = presenter.window
    projector.place_on(QRect(0, 0, *size))
    smallest = float(text_px(MIN_TEXT_PX, size[1]))
    problems: list[str] = []
    workshop = session.document.workshop
    targets = [("stage", Target(STAGE)), ("map", Target(MAP))]
    targets += [(f"board-{i}", Target(BOARD, b.id)) for i, b in enumerate(workshop.boards)]
    for name, target in targets:
        presenter.state.fix(target)
        _settle()
        drawn_texts.clear()
        image = projector.grab().toImage()
        image.save(str(render_folder / f"projector-{name}.png"))
        texts = list(drawn_texts)
        problems += [f"projector {name}: {p}" for p in small_texts(texts, smallest)]
        if target.kind == MAP:
            names = [s.name for s in workshop.stakeholders]
            problems += [f"projector map: {p}" for p in missing_names(texts, names)]
            problems += [f"projector map: {p}" for p in elided_texts(texts)]
        if target.kind == BOARD:
            shown = [n for n in workshop.notes_on(target.board_id) if not n.hidden]
            ink = note_ink(image)
            if shown and ink < INK_SHARE:
                problems.append(
                    f"projector {name}: {len(shown)} notes, but only {ink:.1%} note ink"
                )
    assert problems == [], "\n".join(problems)


@pytest.mark.qt_log_ignore(OFFSCREEN_ONLY)
@pytest.mark.parametrize("size", SIZES, ids=["1024x768", "1920x1080"])
def test_projector_map_texts_stay_apart(
    opened: tuple[SessionWindow, MainWindow],
    size: tuple[int, int],
    drawn_texts: list[DrawnText],
    render_folder: Path,
) -> None:
    """No two texts of the room's map lie on each other (titles, names, key, timer)."""
    session, _window = opened
    projector = session.presenter.window
    projector.place_on(QRect(0, 0, *size))
    session.presenter.state.fix(Target(MAP))
    _settle()
    drawn_texts.clear()
    projector.grab().toImage().save(str(render_folder / "projector-map.png"))
    problems = overlapping_texts(list(drawn_texts), QRectF(0, 0, *size))
    assert problems == [], "\n".join(problems)
