"""Fixtures for the projector tests: a session window on a fake clock, and a text recorder."""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QPainter
from pytestqt.qtbot import QtBot

from n3desk.app.document import SessionDocument
from n3desk.app.session_window import SessionWindow
from n3desk.domain.changes import Put
from n3desk.domain.entities import Stage, new_id
from n3desk.domain.workshop import Workshop
from n3desk.store import Library

from ..conftest import T0, FakeClock  # noqa: F401, TID252 - shared, re-exported


@pytest.fixture
def timed_document(library: Library, workshop: Workshop, clock: FakeClock, qapp) -> SessionDocument:  # type: ignore[no-untyped-def]
    """The blank test session on the fake clock, with two stages."""
    document = SessionDocument(library, library.load(workshop.session.id), clock=clock)
    sid = document.session.id
    document.apply(
        [
            Put(Stage(new_id(), sid, "Behov", 10, instructions="Skriv en lapp per behov.",
                      position=0)),
            Put(Stage(new_id(), sid, "Idéer", 20, instructions="Tänk fritt.", position=1)),
        ]
    )  # fmt: skip
    return document


@pytest.fixture
def session(timed_document: SessionDocument, qtbot: QtBot) -> SessionWindow:
    """A shown session window, its projector placed off-screen at 1024×768."""
    window = SessionWindow(timed_document)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.presenter.window.place_on(QRect(2000, 0, 1024, 768))
    qtbot.waitExposed(window)
    return window


@dataclass(frozen=True)
class DrawnText:
    """One call of QPainter.drawText: the text and its size in device pixels."""

    text: str
    pixels: float


@pytest.fixture
def drawn_texts() -> Iterator[list[DrawnText]]:
    """Every text drawn from Python while the test runs (items and painted widgets)."""
    calls: list[DrawnText] = []
    original = QPainter.drawText

    def recording(painter: QPainter, *args: Any) -> Any:
        font = painter.font()
        if font.pixelSize() > 0:
            pixels = float(font.pixelSize())
        else:
            pixels = font.pointSizeF() * painter.device().logicalDpiY() / 72
        scale = math.sqrt(abs(painter.worldTransform().determinant()))
        text = next((a for a in args if isinstance(a, str)), "")
        calls.append(DrawnText(text, pixels * scale))
        return original(painter, *args)

    QPainter.drawText = recording  # type: ignore[method-assign,assignment]
    try:
        yield calls
    finally:
        QPainter.drawText = original  # type: ignore[method-assign]
