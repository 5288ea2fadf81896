"""The citizen's name in the centre of the facilitator's map is whole, never cut."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from n3desk.app.map.persona_item import PersonaItem


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text QPainter.drawText is given while the test runs."""
    texts: list[str] = []
    original = QPainter.drawText

    def recording(painter: QPainter, *args: Any) -> Any:
        texts.extend(a for a in args if isinstance(a, str))
        return original(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", recording)
    return texts


@pytest.mark.parametrize("outer", [240.0, 420.0])  # the map at 1024×768 and 1920×1080
@pytest.mark.parametrize(
    "name",
    ["Digital Forebyggelse", "Sensorleverandørens kontaktperson", "Maj-Britt Andersson, 81 år"],
)
def test_the_citizens_name_is_whole_on_the_facilitators_map(
    qapp: QApplication, drawn: list[str], outer: float, name: str
) -> None:
    """Long words are set smaller, on up to three lines, before any is cut with "…"."""
    item = PersonaItem("The citizen")
    item.set_outer(outer)
    item.set_persona(name, "frivillige", None)
    image = QImage(int(outer), int(outer), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    painter.translate(outer / 2, outer / 2)
    item.paint(painter, None, None)  # type: ignore[arg-type]
    painter.end()
    names = [t for t in drawn if t.strip() and t != "frivillige"]  # the description aside
    written = " ".join(names)
    assert "…" not in written
    for word in name.split():
        assert word in written


@pytest.mark.parametrize("outer", [150.0, 240.0, 420.0])  # a small map with a key each side
@pytest.mark.parametrize(
    "name", ["Digital Forebyggelse", "Sensorleverandørens kontaktperson", "Maj-Britt A."]
)
def test_the_citizens_name_lies_inside_the_item(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, outer: float, name: str
) -> None:
    """Every text of the disc is inside the item's rectangle (its cached picture is cut
    there): the name reaching past the disc is not clipped."""
    inked: list[QRectF] = []
    original = QPainter.drawText

    def recording(painter: QPainter, *args: Any) -> Any:
        if len(args) == 3 and isinstance(args[0], QRectF) and isinstance(args[2], str):
            inked.append(painter.boundingRect(args[0], args[1], args[2]))
        return original(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", recording)
    item = PersonaItem("The citizen")
    item.set_outer(outer)
    item.set_persona(name, "frivillige i lokalsamfundet og naboer", None)
    image = QImage(int(outer) * 2, int(outer) * 2, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    painter.translate(outer, outer)
    item.paint(painter, None, None)  # type: ignore[arg-type]
    painter.end()
    bounds = item.boundingRect()
    assert inked
    for rect in inked:
        assert bounds.contains(rect), (rect, bounds)
