"""The map on a 1024×768 laptop: the table makes room, crowded chips part, nothing is stored."""

from __future__ import annotations

import time

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath, QPolygonF, QTransform
from pytestqt.qtbot import QtBot

from n3desk.app.document import SessionDocument
from n3desk.app.map.label_layout import MARKER_REACH
from n3desk.app.map.page import MapPage
from n3desk.domain.changes import Put
from n3desk.domain.demo import build_demo
from n3desk.domain.entities import Stakeholder, new_id
from n3desk.domain.mapgeometry import polar_to_xy
from n3desk.store import Library


def _page(document: SessionDocument, qtbot: QtBot, width: int) -> MapPage:
    page = MapPage(document)
    qtbot.addWidget(page)
    page.resize(width, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_table_is_beside_the_map_only_on_a_wide_screen(
    seeded: SessionDocument, qtbot: QtBot
) -> None:
    """Below 1200 px the table is hidden (the map gets the width); wider, it is shown."""
    page = _page(seeded, qtbot, 1000)
    assert not page.panel_toggle.isChecked()
    assert not page.tabs.isVisible()
    page.resize(1400, 600)
    qtbot.waitUntil(lambda: page.tabs.isVisible())
    assert page.panel_toggle.isChecked()


def test_a_table_shown_by_hand_stays_on_a_small_screen(
    seeded: SessionDocument, qtbot: QtBot
) -> None:
    """Once the facilitator clicks "Table", the page no longer decides for them."""
    page = _page(seeded, qtbot, 1000)
    page.panel_toggle.click()
    assert page.tabs.isVisible()
    page.resize(1010, 600)
    qtbot.waitUntil(lambda: page.width() == 1010)
    assert page.panel_toggle.isChecked()
    assert page.tabs.isVisible()


def test_crowded_chips_are_nudged_apart_but_not_moved_in_the_session(
    seeded: SessionDocument, qtbot: QtBot
) -> None:
    """Three stakeholders at one spot: their markers and names are drawn apart, their
    stored places do not change."""
    sid = seeded.session.id
    crowd = [Stakeholder(new_id(), sid, f"Grannen {i}", angle=100.0, radius=0.7) for i in range(3)]
    page = _page(seeded, qtbot, 1000)
    seeded.apply([Put(s) for s in crowd])
    items = [page.scene.stakeholder_item(s.id) for s in crowd]
    rects = [i.chip_rect().translated(i.pos()) for i in items if i is not None]
    rects += [i.label_rect().translated(i.pos()) for i in items if i is not None]
    assert len(rects) == 6
    for n, a in enumerate(rects):
        for b in rects[n + 1 :]:
            assert not a.intersects(b)
    outer = page.scene.outer_radius
    for item in items:
        assert item is not None
        anchor = QPointF(*polar_to_xy(100.0, 0.7, outer))
        moved = item.pos() - anchor
        limit = page.scene.sizes().name * MARKER_REACH + 0.01
        assert (moved.x() ** 2 + moved.y() ** 2) ** 0.5 <= limit
    assert [seeded.workshop.get(Stakeholder, s.id) for s in crowd] == crowd
    assert seeded.library.load(sid) == seeded.workshop


def test_the_crowded_demo_map_keeps_chips_and_sector_labels_apart(
    library: Library, qtbot: QtBot
) -> None:
    """On a 1024×768 laptop the demo's 14 chips neither overlap nor hide a sector label ("Fack")."""
    workshop = build_demo("sv", time.time())
    library.add(workshop)
    document = SessionDocument(library, library.load(workshop.session.id))
    page = _page(document, qtbot, 1024)  # the map's part of a 1024×768 window
    # The map's own viewport in a 1024×768 window (menus, tabs, the page's tool row
    # and the compact timer strip take the rest): about 506 px high. Fonts decide how
    # tall the tool row is, so size the page to give the viewport exactly that.

    def viewport_is_506_high() -> bool:
        overhead = page.height() - page.view.viewport().height()
        page.resize(1024, 506 + overhead)
        return page.view.viewport().height() == 506

    qtbot.waitUntil(viewport_is_506_high)
    page.view.fit()
    scene = page.scene
    chips = {
        i.stakeholder.name: i.chip_rect().translated(i.pos()) for i in scene.stakeholder_items()
    }
    names = sorted(chips)
    assert [
        (a, b) for n, a in enumerate(names) for b in names[n + 1 :] if chips[a].intersects(chips[b])
    ] == []
    covered = []
    for label in scene.backdrop.sector_labels:
        turn = QTransform().translate(label.centre.x(), label.centre.y()).rotate(label.rotation)
        outline = QPainterPath()
        outline.addPolygon(turn.map(QPolygonF(label.rect)))
        covered += [(label.text, name) for name, rect in chips.items() if outline.intersects(rect)]
    assert covered == []
    assert library.load(document.session.id) == document.workshop
