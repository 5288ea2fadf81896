"""The map's paper: sector slices, ring circles and their labels, behind everything."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from n3desk.app.map.painting import (
    GRID,
    INK,
    LABEL_BAND,
    MUTED_INK,
    Sizes,
    darker,
    map_font,
    pill,
    plain,
    translucent,
)
from n3desk.domain.mapgeometry import CENTRE_RADIUS, polar_to_xy, ring_bounds, sector_bounds


@dataclass(frozen=True)
class SectorLook:
    label: str
    colour: str


@dataclass(frozen=True)
class SectorLabel:
    """A laid-out sector label: text, centre, rotation (degrees) and its own rect."""

    text: str
    centre: QPointF
    rotation: float
    rect: QRectF


class BackdropItem(QGraphicsItem):
    """Sector slices and ring circles with big, calm labels (drawn, never typed into)."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(-100)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._outer = 300.0
        self._sectors: list[SectorLook] = []
        self._rings: list[str] = []
        self.sector_labels: list[SectorLabel] = []  # where each label went (tests, checks)

    def set_map(self, outer: float, sectors: list[SectorLook], rings: list[str]) -> None:
        """Redraw for a new outer radius or new sectors and rings."""
        self.prepareGeometryChange()
        self._outer = outer
        self._sectors = sectors
        self._rings = rings
        self._layout_labels()
        self.update()

    def boundingRect(self) -> QRectF:
        r = self._outer * (1 + LABEL_BAND) + 2
        return QRectF(-r, -r, 2 * r, 2 * r)

    def _layout_labels(self) -> None:
        """Put each sector label in the rim band at its slice's middle.

        Upright when it fits the band (near twelve and six o'clock), otherwise turned
        to follow the rim, never over the rings where the stakeholders stand.
        """
        sizes = Sizes(self._outer)
        metrics = QFontMetricsF(map_font(sizes.sector_label, bold=True))
        total = self._outer * (1 + LABEL_BAND)
        middle = (self._outer + total) / 2
        self.sector_labels = []
        count = len(self._sectors)
        for i, sector in enumerate(self._sectors):
            start, end = sector_bounds(i, count)
            arc = math.radians(end - start) * middle
            max_width = max(60.0, min(arc * 0.9, self._outer * 1.2) - sizes.sector_label)
            text = metrics.elidedText(plain(sector.label), Qt.TextElideMode.ElideRight, max_width)
            width = metrics.horizontalAdvance(text) + sizes.sector_label
            height = metrics.height() + sizes.sector_label * 0.2
            mid = (start + end) / 2
            x, y = polar_to_xy(mid, middle)
            upright = QRectF(x - width / 2, y - height / 2, width, height)
            corners = (
                upright.topLeft(),
                upright.topRight(),
                upright.bottomLeft(),
                upright.bottomRight(),
            )
            if all(self._outer <= math.hypot(c.x(), c.y()) <= total for c in corners):
                rotation = 0.0
            else:
                # Turned along the rim; in the lower half turned the other way round
                # so that it never reads upside down.
                rotation = mid if (mid <= 90 or mid >= 270) else mid - 180
            self.sector_labels.append(
                SectorLabel(
                    text, QPointF(x, y), rotation, QRectF(-width / 2, -height / 2, width, height)
                )
            )

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outer = self._outer
        total = outer * (1 + LABEL_BAND)
        sizes = Sizes(outer)
        count = len(self._sectors)
        whole = QRectF(-total, -total, 2 * total, 2 * total)
        painter.setPen(Qt.PenStyle.NoPen)
        if count == 0:
            painter.setBrush(translucent("#cfd8dc", 70))
            painter.drawEllipse(whole)
        for i, sector in enumerate(self._sectors):
            start, end = sector_bounds(i, count)
            path = QPainterPath(QPointF(0, 0))
            # Qt counts degrees anticlockwise from three o'clock.
            path.arcTo(whole, 90 - start, -(end - start))
            path.closeSubpath()
            painter.setBrush(translucent(sector.colour, 70))
            painter.drawPath(path)
        # The label band: a stronger tint of each slice outside the last ring.
        for i, sector in enumerate(self._sectors):
            start, end = sector_bounds(i, count)
            band = QPainterPath()
            band.arcMoveTo(whole, 90 - start)
            band.arcTo(whole, 90 - start, -(end - start))
            inner = QRectF(-outer, -outer, 2 * outer, 2 * outer)
            band.arcTo(inner, 90 - end, end - start)
            band.closeSubpath()
            painter.setBrush(translucent(sector.colour, 150))
            painter.drawPath(band)
        # Ring circles and sector spokes.
        painter.setBrush(Qt.BrushStyle.NoBrush)
        grid = QPen(GRID, max(1.5, outer / 250))
        painter.setPen(grid)
        for i in range(len(self._rings)):
            _inner, ring_outer = ring_bounds(i, len(self._rings))
            r = ring_outer * outer
            painter.drawEllipse(QRectF(-r, -r, 2 * r, 2 * r))
        if count > 1:
            for i in range(count):
                x0, y0 = polar_to_xy(sector_bounds(i, count)[0], CENTRE_RADIUS * outer)
                x1, y1 = polar_to_xy(sector_bounds(i, count)[0], total)
                painter.drawLine(QPointF(x0, y0), QPointF(x1, y1))
        painter.setPen(QPen(GRID, max(2.0, outer / 160)))
        painter.drawEllipse(whole)
        self._paint_sector_labels(painter, sizes)
        self._paint_ring_labels(painter, sizes)

    def _paint_sector_labels(self, painter: QPainter, sizes: Sizes) -> None:
        painter.setFont(map_font(sizes.sector_label, bold=True))
        for sector, label in zip(self._sectors, self.sector_labels, strict=False):
            painter.save()
            painter.translate(label.centre)
            painter.rotate(label.rotation)
            painter.setPen(QPen(darker(sector.colour, 130), 1.5))
            painter.setBrush(QBrush(translucent("#ffffff", 225)))
            painter.drawPath(pill(label.rect))
            painter.setPen(INK)
            painter.drawText(label.rect, Qt.AlignmentFlag.AlignCenter, label.text)
            painter.restore()

    def _paint_ring_labels(self, painter: QPainter, sizes: Sizes) -> None:
        """Ring names on the twelve o'clock spoke, each at the top of its band."""
        font = map_font(sizes.ring_label)
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        count = len(self._rings)
        for i, label in enumerate(self._rings):
            inner, ring_outer = ring_bounds(i, count)
            band = (ring_outer - inner) * self._outer
            text = metrics.elidedText(plain(label), Qt.TextElideMode.ElideRight, self._outer * 0.6)
            width = metrics.horizontalAdvance(text) + sizes.ring_label
            height = min(metrics.height() + 4, band * 0.9)
            y = -ring_outer * self._outer + height / 2 + band * 0.06
            rect = QRectF(-width / 2, y - height / 2, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(translucent("#ffffff", 215)))
            painter.drawPath(pill(rect))
            painter.setPen(MUTED_INK)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
