"""The room's stakeholder map is calm: chips part, the citizen and the labels stay in sight."""

from __future__ import annotations

import math
import time

import pytest
from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QPainterPath, QPolygonF, QTransform
from pytestqt.qtbot import QtBot

from n3desk.app.document import SessionDocument
from n3desk.app.map.painting import LABEL_BAND
from n3desk.app.map.stakeholder_item import StakeholderItem
from n3desk.app.projector.content import MapPane
from n3desk.app.projector.look import LOOKS, MIN_TEXT_PX, text_px
from n3desk.app.projector.state import MAP, Target
from n3desk.app.session_window import SessionWindow
from n3desk.domain.changes import Put
from n3desk.domain.demo import build_demo
from n3desk.domain.entities import Stakeholder, new_id
from n3desk.store import Library

from .conftest import DrawnText

SIZES = [(1024, 768), (1920, 1080)]


@pytest.fixture
def demo(library: Library, qtbot: QtBot) -> SessionWindow:
    """The Swedish demo session (14 stakeholders, 7 relations) in a shown window."""
    workshop = build_demo("sv", time.time())
    library.add(workshop)
    document = SessionDocument(library, library.load(workshop.session.id))
    window = SessionWindow(document)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def on_the_wall(session: SessionWindow, size: tuple[int, int], look: str = "light") -> MapPane:
    """The projector at ``size`` showing the map, laid out and painted once."""
    projector = session.presenter.window
    projector.content.set_look(LOOKS[look], 1.0)
    session.presenter.state.fix(Target(MAP))
    projector.place_on(QRect(0, 0, *size))
    projector.content.map.refit()
    projector.grab()
    return projector.content.map


def chip_rects(pane: MapPane) -> dict[str, QRectF]:
    """Every chip's outline in view pixels, by stakeholder name."""
    view = pane.view
    return {
        item.stakeholder.name: view.mapFromScene(item.chip_rect().translated(item.pos()))
        .boundingRect()
        .toRectF()
        for item in pane.scene.stakeholder_items()
    }


def turned_label(pane: MapPane, centre: QPointF, rect: QRectF, rotation: float) -> QPainterPath:
    """A label's outline (turned along the rim) in view pixels."""
    turn = QTransform().translate(centre.x(), centre.y()).rotate(rotation)
    outline = QPainterPath()
    outline.addPolygon(QPolygonF(pane.view.mapFromScene(turn.map(QPolygonF(rect)))))
    return outline


@pytest.mark.parametrize("size", SIZES)
def test_no_two_chips_overlap(demo: SessionWindow, size: tuple[int, int]) -> None:
    """On the wall, no stakeholder's chip covers another's, at 1024×768 and 1920×1080."""
    rects = chip_rects(on_the_wall(demo, size))
    assert len(rects) == 14
    names = sorted(rects)
    overlapping = [
        (a, b) for n, a in enumerate(names) for b in names[n + 1 :] if rects[a].intersects(rects[b])
    ]
    assert overlapping == []
    screen = QRectF(0, 0, *size)
    assert [name for name, rect in rects.items() if not screen.contains(rect)] == []


@pytest.mark.parametrize("size", SIZES)
def test_the_citizen_is_not_covered(demo: SessionWindow, size: tuple[int, int]) -> None:
    """No chip reaches into the citizen's disc or over the citizen's name."""
    pane = on_the_wall(demo, size)
    persona = pane.scene.persona
    centre = QPointF(pane.view.mapFromScene(persona.pos()))
    radius = persona.disc_radius() * pane.view.transform().m11()
    name = pane.view.mapFromScene(persona.name_rect()).boundingRect().toRectF()
    assert name.width() > 0
    for chip, rect in chip_rects(pane).items():
        nearest_x = min(max(centre.x(), rect.left()), rect.right())
        nearest_y = min(max(centre.y(), rect.top()), rect.bottom())
        assert math.hypot(nearest_x - centre.x(), nearest_y - centre.y()) > radius, chip
        assert not rect.intersects(name), chip


@pytest.mark.parametrize("size", SIZES)
def test_sector_and_ring_labels_are_not_covered(demo: SessionWindow, size: tuple[int, int]) -> None:
    """Every sector label ("Fack", "Staten", "Kommun" …) and every ring name drawn is in sight."""
    pane = on_the_wall(demo, size)
    backdrop = pane.scene.backdrop
    labels = [(s.text, s.centre, s.rect, s.rotation) for s in backdrop.sector_labels]
    labels += [(r.text, r.centre, r.rect, r.rotation) for r in backdrop.ring_labels]
    assert {"Fack", "Staten", "Kommun", "Region"} <= {text for text, *_ in labels}
    assert len(backdrop.ring_labels) == 3  # the demo leaves room for every ring's name
    covered = [
        (text, chip)
        for text, centre, rect, rotation in labels
        for chip, chip_rect in chip_rects(pane).items()
        if turned_label(pane, centre, rect, rotation).intersects(chip_rect)
    ]
    assert covered == []


@pytest.mark.parametrize("size", SIZES)
def test_the_legend_sits_beside_the_map(demo: SessionWindow, size: tuple[int, int]) -> None:
    """The relation legend is drawn outside the map's circle, so it hides nothing."""
    pane = on_the_wall(demo, size)
    legend = pane.scene.legend
    assert legend.isVisible()
    rect = legend.sceneBoundingRect()
    # The rect's point nearest the map's centre (the scene's origin).
    nearest = QPointF(
        min(max(0.0, rect.left()), rect.right()), min(max(0.0, rect.top()), rect.bottom())
    )
    rim = pane.scene.outer_radius * (1 + LABEL_BAND)
    assert math.hypot(nearest.x(), nearest.y()) > rim


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("look", sorted(LOOKS))
def test_every_map_text_reads_from_the_back(
    demo: SessionWindow, drawn_texts: list[DrawnText], size: tuple[int, int], look: str
) -> None:
    """The crowded demo map draws no text under 20 px (scaled up on a 1080 px projector)."""
    on_the_wall(demo, size, look)
    drawn_texts.clear()
    demo.presenter.window.grab()
    drawn = [(t.text, t.pixels) for t in drawn_texts if t.text.strip()]
    assert any("Biståndshandläggare" in text for text, _ in drawn)
    smallest = text_px(MIN_TEXT_PX, size[1])
    assert [(t[:20], round(px, 1)) for t, px in drawn if px < smallest - 0.5] == []


def test_relation_labels_show_only_for_the_focused_stakeholder(
    demo: SessionWindow, drawn_texts: list[DrawnText]
) -> None:
    """The room sees relation lines without labels; focusing one stakeholder shows its labels."""
    pane = on_the_wall(demo, (1024, 768))
    relations = pane.scene.relation_items()
    assert all(r.label_rect().isEmpty() for r in relations)
    eva = next(s for s in demo.document.workshop.stakeholders if s.name == "Eva, dotter")
    demo.presenter.state.fix(Target(MAP, stakeholder_id=eva.id))
    assert pane.scene.focus_id() == eva.id
    drawn_texts.clear()
    demo.presenter.window.grab()
    shown = [r for r in relations if not r.label_rect().isEmpty()]
    assert [r.relation.label for r in shown] == ["Eva litar på kvällspersonalen"]
    texts = [t for t in drawn_texts if t.text.replace("\n", " ") == "Eva litar på kvällspersonalen"]
    assert texts
    assert min(t.pixels for t in texts) >= MIN_TEXT_PX - 0.5


def test_drawing_never_moves_a_stored_stakeholder(demo: SessionWindow, library: Library) -> None:
    """Chips drawn aside on the wall leave every stored position as it was (library reopened)."""
    document = demo.document
    before = {s.id: (s.angle, s.radius) for s in document.workshop.stakeholders}
    for size in SIZES:
        pane = on_the_wall(demo, size)
    named = [i for i in pane.scene.stakeholder_items() if not i.label_rect().isEmpty()]
    assert len(named) == 14, "every actor has its name or its key's number beside it"
    stored = library.load(document.session.id)
    assert {s.id: (s.angle, s.radius) for s in stored.stakeholders} == before
    assert stored == document.workshop


def test_a_long_name_on_the_wall_is_whole(demo: SessionWindow) -> None:
    """A long name is wrapped whole on up to three lines; markup stays text; only a
    pasted 100,000 characters is cut short."""
    pane = on_the_wall(demo, (1024, 768))
    sid = demo.document.session.id
    names = {
        "rehab": "Rehab, Skånes universitetssjukhus",
        "long": "Hemtjänsten Norra Fäladen med kvällspersonalen",
        "markup": "<b>Ann</b>",
        "huge": "x" * 100_000,
    }
    records = {
        key: Stakeholder(new_id(), sid, name, angle=200, radius=0.5) for key, name in names.items()
    }
    demo.document.apply([Put(r) for r in records.values()])
    lines = {}
    for key, record in records.items():
        item = pane.scene.stakeholder_item(record.id)
        assert isinstance(item, StakeholderItem)
        lines[key] = item.name_lines()
    assert " ".join(lines["rehab"]) == "Rehab, Skånes universitetssjukhus"
    assert " ".join(lines["long"]) == "Hemtjänsten Norra Fäladen med kvällspersonalen"
    assert all(1 <= len(found) <= 3 for found in lines.values())
    assert lines["markup"] == ["<b>Ann</b>"]
    assert len(lines["huge"]) == 1
    assert lines["huge"][0].endswith("…")
