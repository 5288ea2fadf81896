"""The map's paper: sector slices, ring circles and their labels, behind everything."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

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

RING_FLOOR = 11.0
"""The smallest a ring's name is set on the facilitator's map, to fit between actors."""

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
    condensed: bool = False  # in the room's condensed face (a long title on the wall)

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
    size: float = 14.0

    def boxes(self) -> list[Box]:
        return self._boxes

    @cached_property
    def _boxes(self) -> list[Box]:
        # Tried at many spokes, each layout again: coarser slices, worked out once.
        return turned_boxes(self.centre, self.rect, self.rotation, fine=1.0)


# Where the audience map tries to put the ring labels: near twelve o'clock first,
# then six, then anywhere, in steps of five degrees.
RING_LABEL_ANGLES: tuple[float, ...] = tuple(
    sorted(
        (a for a in range(0, 360, 5)),
        key=lambda a: min(abs(a - 0), abs(a - 360), abs(a - 180) + 20),
    )
)


def _two_lines(text: str, metrics: QFontMetricsF) -> tuple[str, str]:
    """``text`` broken at the space that makes its longer half shortest."""
    words = text.split(" ")
    splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    return min(splits, key=lambda p: max(metrics.horizontalAdvance(p[0]),
                                         metrics.horizontalAdvance(p[1])))  # fmt: skip


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
        # The room's crowded map may list its sector titles in the legend instead of
        # on the rim, when they would touch each other there (:meth:`set_titles_on_rim`).
        self._titles_on_rim = True
        self.sector_labels: list[SectorLabel] = []  # where each label went (tests, checks)
        self.ring_labels: list[RingLabel] = []
        # The ring names on each spoke tried, per map size (the same every layout).
        self._spokes: dict[tuple[float, bool, float | None, bool], list[RingLabel]] = {}
        self._texts: dict[tuple[float, bool], list[tuple[str, float, float, float]]] = {}

    def titles_on_rim(self) -> bool:
        """Whether the sector titles are written on the rim (else the legend lists them)."""
        return self._titles_on_rim

    def set_titles_on_rim(self, on_rim: bool) -> None:
        """Write the sector titles on the rim, or leave the rim's band plain (its
        colours then point to the legend, which lists the titles)."""
        if on_rim == self._titles_on_rim:
            return
        self.prepareGeometryChange()
        self._titles_on_rim = on_rim
        self._layout_labels()
        self.update()

    def sectors(self) -> list[SectorLook]:
        return list(self._sectors)

    def set_map(self, outer: float, sectors: list[SectorLook], rings: list[str]) -> None:
        """Redraw for a new outer radius or new sectors and rings."""
        if (outer, sectors, rings) == (self._outer, self._sectors, self._rings):
            return  # the same map again (an edit's layout at the size it had): no repaint
        self.prepareGeometryChange()
        if (outer, rings) != (self._outer, self._rings):
            self._spokes, self._texts = {}, {}
        self._outer = outer
        self._sectors = list(sectors)
        self._rings = list(rings)
        self._layout_labels()
        self.ring_labels = [] if self.audience else self._ring_labels_at(0.0, upright=True)
        self.update()

    @staticmethod
    def _title_fits(
        metrics: QFontMetricsF, text: str, size: float, arc: float, total: float, middle: float
    ) -> bool:
        """Whether a title fits its slice's arc, and, straight across the band, keeps
        its ends on the paper (a long straight title sticks out at its ends)."""
        width = metrics.horizontalAdvance(text) + size
        height = metrics.height() + size * 0.2
        ends = math.hypot(middle + height / 2, width / 2)
        return width <= arc * 0.92 and ends <= total

    def _two_line_title(
        self, text: str, arc: float, total: float, middle: float, size: float
    ) -> tuple[str, float, bool]:
        """``text`` broken on two lines at the largest size, from the map's own down to
        ``size``, at which it fits its slice — in the regular face, else the condensed
        one (in it at ``size`` when none fits: still the narrowest it can be whole).
        Its text, size and whether condensed; unbroken when it has no space."""
        if " " not in text:
            return text, size, False
        for condensed in (False, True):
            pixels = self._sizes().sector_label
            while True:
                metrics = QFontMetricsF(map_font(pixels, bold=True, condensed=condensed))
                lines = _two_lines(text, metrics)
                width = max(metrics.horizontalAdvance(line) for line in lines) + pixels
                height = metrics.height() * 2 + pixels * 0.2
                ends = math.hypot(middle + height / 2, width / 2)
                if width <= arc * 0.92 and ends <= total:
                    return "\n".join(lines), pixels, condensed
                if pixels <= size:
                    break
                pixels = max(size, pixels - 1)
        return "\n".join(lines), size, True

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
        on its own free spot, set a little smaller if that helps; a name with no free
        spot is left out rather than drawn over an actor.
        """
        before = self.ring_labels
        self._place_ring_labels(free, take, crowd)
        if self.ring_labels != before:
            self.update()

    def _place_ring_labels(
        self,
        free: Callable[[list[Box]], bool],
        take: Callable[[list[Box]], None],
        crowd: Callable[[list[Box]], int],
    ) -> None:
        spokes = [(0.0, True), *((float(a), False) for a in RING_LABEL_ANGLES)]
        best: list[RingLabel] | None = None
        best_crowd = 0
        weighed = 0
        for angle, upright in spokes:
            labels = self._ring_labels_at(angle, upright=upright)
            boxes = [box for label in labels for box in label.boxes()]
            if not free(boxes):
                continue
            crowded = crowd(boxes)
            weighed += 1
            if best is None or crowded < best_crowd:
                best, best_crowd = labels, crowded
            if crowded == 0 or weighed >= 12:  # a dozen free spokes weighed: enough
                break
        if best is not None:
            self.ring_labels = best
            for label in best:
                take(label.boxes())
            return
        self.ring_labels = []
        sizes = self._sizes()
        floor = AUDIENCE_FLOOR if self.audience else RING_FLOOR
        smaller = sorted({max(floor, round(sizes.ring_label * f)) for f in (1.0, 0.85, 0.72)},
                         reverse=True)  # fmt: skip
        laid: dict[tuple[float, float, bool], list[RingLabel]] = {}
        tries = [(size, two) for size in smaller for two in (False, True)]
        spokes = spokes[::2]  # one at every ten degrees is choice enough for one name
        for i in range(len(self._rings)):
            found = None
            for size, two in tries:
                for angle, upright in spokes:
                    if (size, angle, two) not in laid:
                        laid[(size, angle, two)] = self._ring_labels_at(
                            angle, upright=upright, size=size, two=two
                        )
                    label = laid[(size, angle, two)][i]
                    if free(label.boxes()):
                        found = label
                        break
                if found is not None:
                    break
            # A name with no free spot at all is left out (the Map tab lists every
            # ring): on the map it would cover an actor.
            if found is not None:
                self.ring_labels.append(found)
                take(found.boxes())

    def _ring_labels_at(
        self, angle: float, *, upright: bool, size: float | None = None, two: bool = False
    ) -> list[RingLabel]:
        """:meth:`_ring_labels_on` (worked out once per spoke and map size)."""
        key = (angle, upright, size, two)
        labels = self._spokes.get(key)
        if labels is None:
            labels = self._spokes[key] = self._ring_labels_on(
                angle, upright=upright, size=size, two=two
            )
        return labels

    def _ring_labels_on(
        self, angle: float, *, upright: bool, size: float | None = None, two: bool = False
    ) -> list[RingLabel]:
        """Each ring's name at the outer edge of its band, on the spoke at ``angle``.

        ``upright``: level text (the facilitator's twelve o'clock spoke); otherwise
        turned along the band, never upside down. ``size``: the text's size in pixels
        (the map's own by default); ``two``: every name of two words or more on two
        lines (narrower, for a crowded ring).
        """
        pixels = self._sizes().ring_label if size is None else size
        labels = []
        for text, width, height, middle in self._ring_texts(pixels, two):
            x, y = polar_to_xy(angle, middle)
            rotation = 0.0 if upright else (angle if (angle <= 90 or angle >= 270) else angle - 180)
            rect = QRectF(-width / 2, -height / 2, width, height)
            labels.append(RingLabel(text, QPointF(x, y), rotation, rect, pixels))
        return labels

    def _ring_texts(self, pixels: float, two: bool) -> list[tuple[str, float, float, float]]:
        """Each ring's name as set at ``pixels`` (on two lines with ``two``, or when too
        long): its text, width, height and distance from the centre — the same on
        every spoke, so worked out once per map size."""
        known = self._texts.get((pixels, two))
        if known is not None:
            return known
        metrics = QFontMetricsF(map_font(pixels))
        count = len(self._rings)
        texts = []
        for i, label in enumerate(self._rings):
            inner, ring_outer = ring_bounds(i, count)
            band = (ring_outer - inner) * self._outer
            text = " ".join(plain(label).split())
            width = metrics.horizontalAdvance(text) + pixels
            height = min(metrics.height() + 4, band * 0.9)
            edge = ring_outer * self._outer - band * 0.06
            inner_edge = edge - band * 0.9
            too_long = (width / 2) ** 2 > edge * edge - inner_edge * inner_edge
            if (too_long or two) and " " in text:
                # Too long for its ring straight across: on two lines, whole.
                text = "\n".join(_two_lines(text, metrics))
                width = max(metrics.horizontalAdvance(t) for t in text.split("\n"))
                width += pixels
                height = min(metrics.height() * 2 + 4, band * 0.95)
            middle = ring_outer * self._outer - height / 2 - band * 0.06
            # Straight across the band, a long name's ends would reach past its ring.
            middle = min(middle, math.sqrt(max(edge * edge - (width / 2) ** 2, 0.0)) - height / 2)
            texts.append((text, width, height, middle))
        self._texts[(pixels, two)] = texts
        return texts

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
        if not self._titles_on_rim:
            return
        count = len(self._sectors)
        for i, sector in enumerate(self._sectors):
            start, end = sector_bounds(i, count)
            arc = math.radians(end - start) * middle
            text = " ".join(plain(sector.label).split())
            size = sizes.sector_label
            metrics = QFontMetricsF(map_font(size, bold=True))
            while size > floor and not self._title_fits(metrics, text, size, arc, total, middle):
                size = max(floor, size - 1)
                metrics = QFontMetricsF(map_font(size, bold=True))
            condensed = False
            if not self._title_fits(metrics, text, size, arc, total, middle):
                # A title longer than its slice would run into its neighbours' (the
                # floor forbids smaller): on two lines, whole, and in the condensed
                # face when that is what fits.
                text, size, condensed = self._two_line_title(text, arc, total, middle, size)
                metrics = QFontMetricsF(map_font(size, bold=True, condensed=condensed))
            lines = text.split("\n")
            width = max(metrics.horizontalAdvance(line) for line in lines) + size
            height = metrics.height() * len(lines) + size * 0.2
            mid = (start + end) / 2
            # A straight title touching the round rim sticks out at its ends: bring a
            # long one inwards so that its corners stay on the paper (and in view).
            inward = math.sqrt(max(total * total - (width / 2) ** 2, 0.0)) - height / 2 - 1
            x, y = polar_to_xy(mid, min(middle, inward))
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
            self.sector_labels.append(
                SectorLabel(text, QPointF(x, y), rotation, rect, size, condensed)
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
            painter.setFont(map_font(label.size, bold=True, condensed=label.condensed))
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
        for label in self.ring_labels:
            painter.setFont(map_font(label.size))
            painter.save()
            painter.translate(label.centre)
            painter.rotate(label.rotation)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(translucent("#ffffff", 215)))
            painter.drawPath(pill(label.rect))
            painter.setPen(MUTED_INK)
            painter.drawText(label.rect, Qt.AlignmentFlag.AlignCenter, label.text)
            painter.restore()
