"""The generated suite's own measure of overlapping texts, on texts drawn for real.

Texts are drawn with a real QPainter into real pictures and widgets while the
recorder watches; the check must see two texts that lie on each other, and must not
see texts that only share the upright box around a turned one.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from n3desk.app.map.painting import map_font

from .checks import overlapping_texts
from .conftest import DrawnText

WHOLE = QRectF(0, 0, 400, 400)


def _draw(picture: QImage, text: str, x: float, y: float, turn: float = 0.0) -> None:
    painter = QPainter(picture)
    painter.setFont(map_font(20))
    painter.translate(x, y)
    painter.rotate(turn)
    painter.drawText(QRectF(0, 0, 160, 30), Qt.AlignmentFlag.AlignLeft, text)
    painter.end()


def test_texts_on_each_other_are_found(qtbot: QtBot, drawn_texts: list[DrawnText]) -> None:
    """Two level texts drawn over each other, and a turned one across a level one, are
    reported."""
    picture = QImage(400, 400, QImage.Format.Format_ARGB32)
    _draw(picture, "Kommunen", 20, 20)
    _draw(picture, "Regionen", 30, 25)
    _draw(picture, "Staten och", 100, 150, 45.0)
    _draw(picture, "Företag", 90, 200)
    problems = overlapping_texts(drawn_texts, WHOLE)
    assert any("Kommunen" in p and "Regionen" in p for p in problems)
    assert any("Staten och" in p and "Företag" in p for p in problems)


def test_a_turned_text_is_measured_by_its_own_outline(
    qtbot: QtBot, drawn_texts: list[DrawnText]
) -> None:
    """A text turned 45° and one beside it, inside its upright box but clear of the
    turned one, do not overlap."""
    picture = QImage(400, 400, QImage.Format.Format_ARGB32)
    _draw(picture, "Föreningar", 100, 100, 45.0)
    _draw(picture, "5", 160, 100)  # in the upright box's top right-hand corner
    turned = drawn_texts[0]
    assert turned.box.contains(drawn_texts[1].box.center())
    assert overlapping_texts(drawn_texts, WHOLE) == []


class _Badge(QWidget):
    """A small widget that writes its text at its own top left-hand corner."""

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setFont(map_font(20))
        painter.drawText(QRect(0, 0, self.width(), self.height()), 0, "10:00")
        painter.end()


class _Wall(QWidget):
    """A window that writes a text in its top right-hand corner, under its badge."""

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setFont(map_font(20))
        painter.drawText(QRect(300, 10, 100, 30), 0, "1 Kommunen")
        painter.drawText(QRect(0, 10, 100, 30), 0, "2 Regionen")
        painter.end()


def test_a_child_widgets_text_is_where_it_shows(qtbot: QtBot, drawn_texts: list[DrawnText]) -> None:
    """The timer's badge, a child widget, is compared where it stands in its window:
    over the text in the corner, not over the one at the window's own origin."""
    wall = _Wall()
    qtbot.addWidget(wall)
    wall.resize(400, 300)
    badge = _Badge(wall)
    badge.setGeometry(290, 5, 100, 40)
    wall.show()
    qtbot.waitExposed(wall)
    drawn_texts.clear()
    wall.grab()
    clock = next(t for t in drawn_texts if t.text == "10:00")
    assert clock.box.left() >= badge.mapTo(wall, QPoint(0, 0)).x()
    problems = overlapping_texts(drawn_texts, QRectF(0, 0, 400, 300))
    assert problems == ["'1 Kommunen' overlaps '10:00'"]
