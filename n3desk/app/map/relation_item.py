"""One relation on the map: a styled line between two stakeholders, with label and arrow."""

from __future__ import annotations

import math
from functools import lru_cache

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from n3desk.app.map.painting import INK, SELECTION, Sizes, draw_relation_line, map_font, plain
from n3desk.app.map.stakeholder_item import StakeholderItem
from n3desk.domain.entities import Relation
from n3desk.domain.map_labels import LabelShape, label_shapes
from n3desk.domain.mapgeometry import relation_style


@lru_cache(maxsize=64)
def _metrics(pixels: float) -> QFontMetricsF:
    return QFontMetricsF(map_font(pixels))


def _advance(text: str, pixels: float) -> float:
    return _metrics(pixels).horizontalAdvance(text)


def _height(pixels: float) -> float:
    return _metrics(pixels).height()


@lru_cache(maxsize=2048)
def note_shapes(text: str, pixels: float) -> tuple[LabelShape, ...]:
    """A relation's label set at ``pixels``: one line, or wrapped (plain, regular type)."""
    line = " ".join(plain(text).split())
    return tuple(label_shapes(line, (pixels,), _advance, _height, None, (0.45, 0.1)))


def _clip_to_rect(inside: QPointF, outside: QPointF, rect: QRectF) -> QPointF:
    """Where the segment from ``inside`` (a rect's centre) leaves ``rect``."""
    dx, dy = outside.x() - inside.x(), outside.y() - inside.y()
    if dx == 0 and dy == 0:
        return inside
    half_w, half_h = rect.width() / 2, rect.height() / 2
    t = min(half_w / abs(dx) if dx else math.inf, half_h / abs(dy) if dy else math.inf)
    t = min(t, 1.0)
    return QPointF(inside.x() + dx * t, inside.y() + dy * t)


class RelationItem(QGraphicsItem):
    """A line from one stakeholder item to another, drawn in its kind's style."""

    def __init__(
        self, relation: Relation, source: StakeholderItem, target: StakeholderItem
    ) -> None:
        super().__init__()
        self.relation = relation
        self.source = source
        self.target = target
        self.lane = 0  # which of several parallel lines between the same two stakeholders
        # The audience map draws labels only for the focused stakeholder's relations:
        # a label per line crowds the chips at projector sizes.
        self.label_shown = not source.audience
        # Where the scene's layout put the label: a fraction along the line and a side
        # (0 on the line, ±1 beside it); None while it has no room or is not shown.
        self._label_place: tuple[float, int, int] | None = None
        self._label = QRectF()
        self._line = QLineF()
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(5)
        self.adjust()

    @property
    def relation_id(self) -> str:
        return self.relation.id

    def set_record(
        self, relation: Relation, source: StakeholderItem, target: StakeholderItem
    ) -> None:
        self.relation = relation
        self.source = source
        self.target = target
        self.adjust()
        self.update()

    def adjust(self) -> None:
        """Recompute the ends after a stakeholder moved or the map was resized."""
        self.prepareGeometryChange()
        a, b = self.source.pos(), self.target.pos()
        offset = QPointF()
        if self.lane:
            dx, dy = b.x() - a.x(), b.y() - a.y()
            length = max(math.hypot(dx, dy), 1e-6)
            step = self._sizes().name * 0.6 * self.lane
            offset = QPointF(-dy / length * step, dx / length * step)
        a, b = a + offset, b + offset
        start = _clip_to_rect(a, b, self.source.chip_rect().translated(self.source.pos() + offset))
        end = _clip_to_rect(b, a, self.target.chip_rect().translated(self.target.pos() + offset))
        self._line = QLineF(start, end)
        self._label = self._place_label()

    def line(self) -> QLineF:
        return QLineF(self._line)

    def set_label_shown(self, shown: bool) -> None:
        if shown != self.label_shown:
            self.prepareGeometryChange()
            self.label_shown = shown
            self._label = self._place_label()
            self.update()

    def _sizes(self) -> Sizes:
        return Sizes(self.source.outer_radius, audience=self.source.audience)

    def _label_font_size(self) -> float:
        sizes = self._sizes()
        # On the projector every text keeps the audience floor; on the laptop labels
        # stay smaller than the names they connect.
        return sizes.name if sizes.audience else sizes.name * 0.8

    def label_rect(self) -> QRectF:
        """Where the label is drawn (empty when there is none or it is not shown)."""
        return self._label_rect()

    def _scale(self) -> float:
        return max(1.0, self.source.outer_radius / 350)

    def _label_rect(self) -> QRectF:
        return QRectF(self._label)

    def _place_label(self) -> QRectF:
        if not self.relation.label or not self.label_shown or self._label_place is None:
            return QRectF()
        return self.label_rect_at(*self._label_place)

    def label_shapes(self) -> tuple[LabelShape, ...]:
        """The label on one line, or wrapped on two or three (none when not shown)."""
        if not self.relation.label.strip() or not self.label_shown:
            return ()
        return note_shapes(self.relation.label, self._label_font_size())

    def label_size(self) -> tuple[float, float] | None:
        """The label's width and height on one line (None when there is none to show)."""
        shapes = self.label_shapes()
        return (shapes[0].width, shapes[0].height) if shapes else None

    def label_candidates(self, *, far: bool = False) -> list[tuple[float, int, int]]:
        """Where the label may go, best first: the middle of the line, then either side
        of it, then further towards the ends; on one line, then wrapped. ``far``: only
        spots further off beside the line (for a focus, where the faded names are)."""
        spots = []
        if far:
            sides = (4, -4, 5, -5, 6, -6)
            spots += [(t, side) for side in sides for t in (0.5, 0.35, 0.65, 0.2, 0.8)]
            return [(t, side, n) for n in range(len(self.label_shapes())) for t, side in spots]
        for t in (0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82):
            spots += [(t, 0), (t, 1), (t, -1)]
        # A short line between crowded actors: beside it, a little further off.
        spots += [(t, side) for t in (0.5, 0.35, 0.65) for side in (2, -2, 3, -3)]
        return [(t, side, n) for n in range(len(self.label_shapes())) for t, side in spots]

    def label_rect_at(self, t: float, side: int, shape: int = 0) -> QRectF:
        """The label's box at fraction ``t`` of the line, on it (0) or beside it (±1, or
        ±2 and ±3 steps further off), set in its ``shape``-th wrapping."""
        shapes = self.label_shapes()
        if not shapes:
            return QRectF()
        width, height = shapes[shape].width, shapes[shape].height
        point = self._line.pointAt(t)
        if side:
            length = max(self._line.length(), 1e-6)
            nx, ny = -self._line.dy() / length, self._line.dx() / length
            # Far enough that the box's nearest corner clears the line.
            away = (abs(nx) * width + abs(ny) * height) / 2 + 3 * self._scale()
            away += (abs(side) - 1) * height
            sign = 1 if side > 0 else -1
            point = QPointF(point.x() + nx * away * sign, point.y() + ny * away * sign)
        return QRectF(point.x() - width / 2, point.y() - height / 2, width, height)

    def set_label_place(self, place: tuple[float, int, int] | None) -> None:
        """Draw the label where the layout found room (None: no label on the map)."""
        self.prepareGeometryChange()
        self._label_place = place
        self._label = self._place_label()
        self.update()

    def shape(self) -> QPainterPath:
        path = QPainterPath(self._line.p1())
        path.lineTo(self._line.p2())
        stroker = QPainterPathStroker()
        stroker.setWidth(16 * self._scale())
        shape = stroker.createStroke(path)
        label = self._label_rect()
        if not label.isNull():
            shape.addRect(label)
        return shape

    def boundingRect(self) -> QRectF:
        pad = 20 * self._scale()
        rect = QRectF(self._line.p1(), self._line.p2()).normalized().adjusted(-pad, -pad, pad, pad)
        return rect.united(self._label_rect())

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        style = relation_style(self.relation.kind)
        scale = self._scale()
        if self.isSelected():
            glow = QPen(QColor(SELECTION.red(), SELECTION.green(), SELECTION.blue(), 70))
            glow.setWidthF(style.width * scale + 12)
            painter.setPen(glow)
            painter.drawLine(self._line)
        draw_relation_line(painter, self._line.p1(), self._line.p2(), style, scale)
        if self.relation.directed and self._line.length() > 1:
            self._paint_arrow(painter, QColor(style.colour), scale)
        label = self._label_rect()
        if not label.isNull() and self._label_place is not None:
            shape = self.label_shapes()[self._label_place[2]]
            painter.setFont(map_font(shape.size))
            painter.setPen(QPen(QColor(style.colour), 1.5))
            painter.setBrush(QBrush(QColor("#ffffff")))
            corner = min(label.height() / 2, shape.size * 0.8)
            painter.drawRoundedRect(label, corner, corner)
            painter.setPen(INK)
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, "\n".join(shape.lines))

    def _paint_arrow(self, painter: QPainter, colour: QColor, scale: float) -> None:
        tip = self._line.p2()
        angle = math.atan2(self._line.dy(), self._line.dx())
        size = 16 * scale
        left = QPointF(
            tip.x() - size * math.cos(angle - 0.45), tip.y() - size * math.sin(angle - 0.45)
        )
        right = QPointF(
            tip.x() - size * math.cos(angle + 0.45), tip.y() - size * math.sin(angle + 0.45)
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colour))
        painter.drawPolygon(QPolygonF([tip, left, right]))
