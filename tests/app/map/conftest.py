"""Fixtures for the stakeholder-map tests: a page on a small, realistic map."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from n3desk.app.document import SessionDocument
from n3desk.app.map.page import MapPage
from n3desk.domain.changes import Op, Put
from n3desk.domain.entities import Relation, Stakeholder, new_id
from n3desk.domain.mapgeometry import cell_centre


@dataclass
class FakeDialogs:
    """Answers the page's questions at once: the picture to choose, errors seen."""

    picture: Path | None = None
    errors: list[str] = field(default_factory=list)

    def choose_file(self, title: str, pattern: str, *, save: bool = False) -> Path | None:
        return self.picture

    def show_error(self, title: str, message: str, *, blocking: bool = True) -> None:
        self.errors.append(message)


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def seeded(document: SessionDocument) -> SessionDocument:
    """The test session with three stakeholders (family, municipality, region) and two relations.

    Seeded straight into the library and the workshop, before any page exists, so the
    undo stack starts empty.
    """
    sid = document.session.id
    people = [
        Stakeholder(new_id(), sid, "Dottern", angle=cell_centre(0, 0, 7, 3)[0], radius=0.3),
        Stakeholder(new_id(), sid, "Hemtjänsten", angle=cell_centre(2, 1, 7, 3)[0], radius=0.6),
        Stakeholder(new_id(), sid, "Vårdcentralen", angle=cell_centre(3, 1, 7, 3)[0], radius=0.6),
    ]
    relations = [
        Relation(new_id(), sid, people[0].id, people[1].id, "information"),
        Relation(new_id(), sid, people[1].id, people[2].id, "conflict"),
    ]
    ops: list[Op] = [*(Put(r) for r in people), *(Put(r) for r in relations)]
    document.workshop.apply(ops)
    document.library.commit(ops)
    return document


@pytest.fixture
def page(seeded: SessionDocument, dialogs: FakeDialogs, qtbot) -> MapPage:  # type: ignore[no-untyped-def]
    """The map page at 1024×768, shown off-screen."""
    made = MapPage(seeded, dialogs=dialogs)
    qtbot.addWidget(made)
    made.resize(1024, 768)
    made.show()
    qtbot.waitExposed(made)
    made.view.fit()
    return made


@pytest.fixture
def kit() -> type[MapKit]:
    """The map-test helpers."""
    return MapKit


class MapKit:
    """Helpers for the map tests: finding records, checking storage, dragging the mouse."""

    @staticmethod
    def by_name(document: SessionDocument, name: str) -> Stakeholder:
        (found,) = [s for s in document.workshop.stakeholders if s.name == name]
        return found

    @staticmethod
    def assert_stored(document: SessionDocument) -> None:
        """Reopening the library gives exactly what the document holds."""
        assert document.library.load(document.session.id) == document.workshop

    @staticmethod
    def send(
        widget: QWidget,
        kind: QEvent.Type,
        pos: QPoint,
        buttons: Qt.MouseButton,
        modifiers: Qt.KeyboardModifier,
    ) -> None:
        global_pos = QPointF(widget.mapToGlobal(pos))
        event = QMouseEvent(
            kind, QPointF(pos), global_pos, Qt.MouseButton.LeftButton, buttons, modifiers
        )
        QApplication.sendEvent(widget, event)

    @staticmethod
    def drag(
        page: MapPage,
        start: QPointF,
        end: QPointF,
        modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        """Press at ``start``, move in steps, release at ``end`` (scene coordinates)."""
        viewport = page.view.viewport()
        a = page.view.mapFromScene(start)
        b = page.view.mapFromScene(end)
        held = Qt.MouseButton.LeftButton
        MapKit.send(viewport, QEvent.Type.MouseButtonPress, a, held, modifiers)
        for i in range(1, 11):
            p = a + (b - a) * (i / 10)
            MapKit.send(viewport, QEvent.Type.MouseMove, p, held, modifiers)
        MapKit.send(viewport, QEvent.Type.MouseButtonRelease, b, Qt.MouseButton.NoButton, modifiers)
