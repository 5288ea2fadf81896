"""One stakeholder on the map: a chip with its name and a dot sized by influence."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from n3desk.app.map.painting import (
    INK,
    SELECTION,
    Sizes,
    darker,
    map_font,
    pill,
    plain,
    wrapped_lines,
)
from n3desk.domain.entities import Stakeholder
from n3desk.domain.mapgeometry import clamp, polar_to_xy, xy_to_polar


def one_line_name(name: str, metrics: QFontMetricsF, width: float) -> str:
    """``name`` on one line of ``width``: whole if it fits, else its part before a comma
    ("Rehab, Skånes universitetssjukhus" → "Rehab"), else cut after a whole word
    ("Hemtjänsten Norra…"), else cut short anywhere."""
    text = " ".join(plain(name).split()) or "…"
    if metrics.horizontalAdvance(text) <= width:
        return text
    head = text.split(",", 1)[0].strip()
    if head and head != text and metrics.horizontalAdvance(head) <= width:
        return head
    words = text.split(" ")
    for count in range(len(words) - 1, 0, -1):
        shorter = " ".join(words[:count]).rstrip(",;:-–") + "…"
        if metrics.horizontalAdvance(shorter) <= width:
            return shorter
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


class StakeholderItem(QGraphicsItem):
    """A stakeholder drawn at its polar position; movable, selectable, never editing itself.

    The scene reads :meth:`polar` after a drag and pushes the move as one command.
    On the audience map (``audience``) the chip is one line with a small dot.
    """

    def __init__(
        self, stakeholder: Stakeholder, colour: str, outer: float, *, audience: bool = False
    ) -> None:
        super().__init__()
        self.audience = audience
        self.stakeholder = stakeholder
        self._colour = colour
        self._outer = outer
        self._lines: list[str] = []
        self._rect = QRectF()
        self.moved_callback: Callable[[StakeholderItem], None] | None = None
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(10)
        self._relayout()
        self._place()

    @property
    def stakeholder_id(self) -> str:
        return self.stakeholder.id

    @property
    def outer_radius(self) -> float:
        return self._outer

    def set_record(self, stakeholder: Stakeholder, colour: str) -> None:
        """Follow a changed record (name, influence, position, sector colour)."""
        moved = (stakeholder.angle, stakeholder.radius) != (
            self.stakeholder.angle,
            self.stakeholder.radius,
        )
        looks = (stakeholder.name, stakeholder.influence, colour) != (
            self.stakeholder.name,
            self.stakeholder.influence,
            self._colour,
        )
        self.stakeholder = stakeholder
        self._colour = colour
        if looks:
            self.prepareGeometryChange()
            self._relayout()
            self.update()
        if moved:
            self._place()

    def set_outer(self, outer: float) -> None:
        """Follow a new map size: same polar position, new pixels."""
        self.prepareGeometryChange()
        self._outer = outer
        self._relayout()
        self._place()

    def polar(self) -> tuple[float, float]:
        """Where the item stands now, in polar form (clamped to the map)."""
        return clamp(*xy_to_polar(self.pos().x(), self.pos().y(), self._outer))

    def elided_lines(self) -> list[str]:
        """The name as drawn (tests check hostile names are elided, never interpreted)."""
        return list(self._lines)

    def polar_anchor(self) -> tuple[float, float]:
        """The stakeholder's stored place (the chip may be nudged off it when crowded)."""
        return (self.stakeholder.angle, self.stakeholder.radius)

    def _place(self) -> None:
        x, y = polar_to_xy(self.stakeholder.angle, self.stakeholder.radius, self._outer)
        self.setPos(QPointF(x, y))

    def _sizes(self) -> Sizes:
        return Sizes(self._outer, audience=self.audience)

    def _dot_radius(self, sizes: Sizes) -> float:
        influence = max(1, min(5, self.stakeholder.influence))
        if self.audience:  # a mark, not a second headline: the name carries the chip
            return sizes.name * (0.16 + 0.035 * influence)
        return sizes.name * (0.18 + 0.06 * influence)

    def _relayout(self) -> None:
        sizes = self._sizes()
        font = map_font(sizes.name, bold=True)
        dot = self._dot_radius(sizes)
        text_width = sizes.chip_width - 2 * dot - sizes.name
        metrics = QFontMetricsF(font)
        if self.audience:
            self._lines = [one_line_name(self.stakeholder.name, metrics, text_width)]
        else:
            self._lines = wrapped_lines(self.stakeholder.name or "…", font, text_width, 2)
        widest = max(metrics.horizontalAdvance(line) for line in self._lines)
        width = widest + 2 * dot + sizes.name * 1.1
        pad = sizes.name * (0.3 if self.audience else 0.5)
        height = max(metrics.height() * len(self._lines), 2 * dot) + pad
        self._rect = QRectF(-width / 2, -height / 2, width, height)

    def chip_rect(self) -> QRectF:
        return QRectF(self._rect)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-4, -4, 4, 4)

    def shape(self) -> QPainterPath:
        return pill(self._rect, self._rect.height() * 0.35)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and isinstance(
            value, QPointF
        ):
            # Keep a dragged stakeholder on the map and out of the citizen's disc.
            angle, radius = clamp(*xy_to_polar(value.x(), value.y(), self._outer))
            x, y = polar_to_xy(angle, radius, self._outer)
            return QPointF(x, y)
        if (
            change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged
            and self.moved_callback is not None
        ):
            self.moved_callback(self)
        return super().itemChange(change, value)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        sizes = self._sizes()
        selected = self.isSelected()
        border = QPen(SELECTION, 4) if selected else QPen(darker(self._colour, 160), 2)
        painter.setPen(border)
        painter.setBrush(QBrush(Qt.GlobalColor.white))
        painter.drawPath(self.shape())
        dot = self._dot_radius(sizes)
        centre = QPointF(self._rect.left() + sizes.name * 0.45 + dot, 0)
        painter.setPen(QPen(darker(self._colour, 170), 1.5))
        painter.setBrush(QBrush(darker(self._colour, 115)))
        painter.drawEllipse(centre, dot, dot)
        font = map_font(sizes.name, bold=True)
        painter.setFont(font)
        painter.setPen(INK)
        left = centre.x() + dot + sizes.name * 0.35
        text_rect = QRectF(left, self._rect.top(), self._rect.right() - left, self._rect.height())
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            "\n".join(self._lines),
        )
