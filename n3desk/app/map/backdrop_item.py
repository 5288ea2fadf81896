"""The map's paper: sector slices, ring circles and their labels, behind everything."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from n3desk.app.map.label_layout import turned_boxes
from n3desk.app.map.painting import (
    AUDIENCE_FLOOR,
    GRID,
    INK,
    LABEL_BAND,
    MUTED_INK,
    PAPER,
    Sizes,
    darker,
    map_font,
    pill,
    plain,
    translucent,
)
from n3desk.domain.label_index import Box
from n3desk.domain.mapgeometry import CENTRE_RADIUS, polar_to_xy, ring_bounds, sector_bounds

SECTOR_FLOOR = 14.0
"""The smallest a sector's title is set on the facilitator's map to fit its slice; a
title longer than that still is drawn whole, reaching past its slice."""


@dataclass(frozen=True)
class SectorLook:
    label: str
    colour: str


@dataclass(frozen=True)
class SectorLabel:
    """A laid-out sector label: text, centre, rotation (degrees), its own rect and size."""

    text: str
    centre: QPointF
    rotation: float
    rect: QRectF
    size: float = 18.0

    def boxes(self) -> list[Box]:
        """The label's outline in scene coordinates, as boxes chips must keep off."""
        return turned_boxes(self.centre, self.rect, self.rotation)


@dataclass(frozen=True)
class RingLabel:
    """A laid-out ring label: like a sector label, in its ring's band."""

    text: str
    centre: QPointF
    rotation: float
    rect: QRectF

    def boxes(self) -> list[Box]:
        return turned_boxes(self.centre, self.rect, self.rotation)


# Where the audience map tries to put the ring labels: near twelve o'clock first,
# then six, then anywhere, in steps of five degrees.
RING_LABEL_ANGLES: tuple[float, ...] = tuple(
    sorted(
        (a for a in range(0, 360, 5)),
        key=lambda a: min(abs(a - 0), abs(a - 360), abs(a - 180) + 20),
    )
)


class BackdropItem(QGraphicsItem):
    """Sector slices and ring circles with big, calm labels (drawn, never typed into).

    Ring names start on the twelve o'clock spoke; once the chips are placed,
    :meth:`place_ring_labels` turns them along their band to a spot no chip covers.
    A name that finds none stays at twelve o'clock on the facilitator's map and is
    left out of the audience map (``audience``), which must never look cluttered.
    """

    def __init__(self, *, audience: bool = False) -> None:
        super().__init__()
        self.setZValue(-100)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.audience = audience
        self._outer = 300.0
        self._sectors: list[SectorLook] = []
        self._rings: list[str] = []
        self.sector_labels: list[SectorLabel] = []  # where each label went (tests, checks)
        self.ring_labels: list[RingLabel] = []

    def set_map(self, outer: float, sectors: list[SectorLook], rings: list[str]) -> None:
        """Redraw for a new outer radius or new sectors and rings."""
        self.prepareGeometryChange()
        self._outer = outer
        self._sectors = sectors
        self._rings = rings
        self._layout_labels()
        self.ring_labels = [] if self.audience else self._ring_labels_at(0.0, upright=True)
        self.update()

    def titles_collide(self) -> bool:
        """Whether two sector titles cover each other (the circle is too small)."""
        boxes = [label.boxes() for label in self.sector_labels]
        return any(
            a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
            for i, mine in enumerate(boxes)
            for theirs in boxes[i + 1 :]
            for a in mine
            for b in theirs
        )

    def _sizes(self) -> Sizes:
        return Sizes(self._outer, audience=self.audience)

    def place_ring_labels(
        self,
        free: Callable[[list[Box]], bool],
        take: Callable[[list[Box]], None],
        crowd: Callable[[list[Box]], int],
    ) -> None:
        """Put the ring names where ``free`` says their boxes cover nothing, and ``take`` them.

        All on one spoke when one is free (they read as a scale) — of the free spokes
        the one ``crowd`` finds least crowded, leaving room for the names — else each
        on its own free spot; a name with no free spot stays at twelve o'clock on the
        facilitator's map and is left out of the audience map.
        """
        self.update()
        spokes = [(0.0, True), *((float(a), False) for a in RING_LABEL_ANGLES)]
        best: list[RingLabel] | None = None
        best_crowd = 0
        for angle, upright in spokes:
            labels = self._ring_labels_at(angle, upright=upright)
            boxes = [box for label in labels for box in label.boxes()]
            if not free(boxes):
                continue
            crowded = crowd(boxes)
            if best is None or crowded < best_crowd:
                best, best_crowd = labels, crowded
            if crowded == 0:
                break
        if best is not None:
            self.ring_labels = best
            for label in best:
                take(label.boxes())
            return
        self.ring_labels = []
        for i in range(len(self._rings)):
            for angle, upright in spokes:
                label = self._ring_labels_at(angle, upright=upright)[i]
                if free(label.boxes()):
                    break
            else:
                if self.audience:
                    continue
                label = self._ring_labels_at(0.0, upright=True)[i]
            self.ring_labels.append(label)
            take(label.boxes())

    def _ring_labels_at(self, angle: float, *, upright: bool) -> list[RingLabel]:
        """Each ring's name at the outer edge of its band, on the spoke at ``angle``.

        ``upright``: level text (the facilitator's twelve o'clock spoke); otherwise
        turned along the band, never upside down.
        """
        sizes = self._sizes()
        metrics = QFontMetricsF(map_font(sizes.ring_label))
        count = len(self._rings)
        labels = []
        for i, label in enumerate(self._rings):
            inner, ring_outer = ring_bounds(i, count)
            band = (ring_outer - inner) * self._outer
            text = " ".join(plain(label).split())
            width = metrics.horizontalAdvance(text) + sizes.ring_label
            height = min(metrics.height() + 4, band * 0.9)
            middle = ring_outer * self._outer - height / 2 - band * 0.06
            x, y = polar_to_xy(angle, middle)
            rotation = 0.0 if upright else (angle if (angle <= 90 or angle >= 270) else angle - 180)
            rect = QRectF(-width / 2, -height / 2, width, height)
            labels.append(RingLabel(text, QPointF(x, y), rotation, rect))
        return labels

    def boundingRect(self) -> QRectF:
        r = self._outer * (1 + LABEL_BAND) + 2
        return QRectF(-r, -r, 2 * r, 2 * r)

    def _layout_labels(self) -> None:
        """Put each sector label, whole, in the rim band at its slice's middle.

        Upright when it fits the band (near twelve and six o'clock), otherwise turned
        to follow the rim, never over the rings where the stakeholders stand. A long
        title is set smaller to fit its slice, down to a floor.
        """
        sizes = self._sizes()
        floor = AUDIENCE_FLOOR if self.audience else SECTOR_FLOOR
        total = self._outer * (1 + LABEL_BAND)
        middle = (self._outer + total) / 2
        self.sector_labels = []
        count = len(self._sectors)
        for i, sector in enumerate(self._sectors):
            start, end = sector_bounds(i, count)
            arc = math.radians(end - start) * middle
            text = " ".join(plain(sector.label).split())
            size = sizes.sector_label
            metrics = QFontMetricsF(map_font(size, bold=True))
            while size > floor and metrics.horizontalAdvance(text) + size > arc * 0.92:
                size = max(floor, size - 1)
                metrics = QFontMetricsF(map_font(size, bold=True))
            width = metrics.horizontalAdvance(text) + size
            height = metrics.height() + size * 0.2
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
            rect = QRectF(-width / 2, -height / 2, width, height)
            self.sector_labels.append(SectorLabel(text, QPointF(x, y), rotation, rect, size))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outer = self._outer
        total = outer * (1 + LABEL_BAND)
        sizes = self._sizes()
        count = len(self._sectors)
        whole = QRectF(-total, -total, 2 * total, 2 * total)
        painter.setPen(Qt.PenStyle.NoPen)
        # Paper under the tints: the map reads the same on a dark projector background.
        painter.setBrush(QBrush(PAPER))
        painter.drawEllipse(whole)
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
        for sector, label in zip(self._sectors, self.sector_labels, strict=False):
            painter.setFont(map_font(label.size, bold=True))
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
        """Ring names where :meth:`place_ring_labels` (or the twelve o'clock spoke) put them."""
        painter.setFont(map_font(sizes.ring_label))
        for label in self.ring_labels:
            painter.save()
            painter.translate(label.centre)
            painter.rotate(label.rotation)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(translucent("#ffffff", 215)))
            painter.drawPath(pill(label.rect))
            painter.setPen(MUTED_INK)
            painter.drawText(label.rect, Qt.AlignmentFlag.AlignCenter, label.text)
            painter.restore()
