"""One stakeholder on the map: a marker at its place and its whole name beside it.

The item stands at the marker; the name's label is drawn where the scene's label
placement (:mod:`n3desk.domain.map_labels`) put it, joined to the marker by a thin
leader line when it had to stand further off. Both move together while dragged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from n3desk.app.map.painting import GRID, INK, SELECTION, Sizes, darker, map_font, plain
from n3desk.domain.entities import Stakeholder
from n3desk.domain.map_key import KEY_PAD
from n3desk.domain.map_labels import PAD_X, PAD_Y, LabelShape, LabelSpot, label_shapes
from n3desk.domain.mapgeometry import clamp, polar_to_xy, xy_to_polar


@lru_cache(maxsize=64)
def _metrics(pixels: float, bold: bool = True, condensed: bool = False) -> QFontMetricsF:
    return QFontMetricsF(map_font(pixels, bold=bold, condensed=condensed))


@lru_cache(maxsize=20_000)
def _advance(text: str, pixels: float) -> float:
    return _metrics(pixels).horizontalAdvance(text)


@lru_cache(maxsize=20_000)
def _regular_advance(text: str, pixels: float) -> float:
    return _metrics(pixels, False).horizontalAdvance(text)


@lru_cache(maxsize=20_000)
def _condensed_advance(text: str, pixels: float) -> float:
    return _metrics(pixels, False, True).horizontalAdvance(text)


def _measure(bold: bool, condensed: bool) -> Callable[[str, float], float]:
    """How wide a text is in the names' bold type, the key's regular or its condensed."""
    if condensed:
        return _condensed_advance
    return _advance if bold else _regular_advance


def _line_height(pixels: float) -> float:
    return _metrics(pixels).height()


@lru_cache(maxsize=4096)
def name_shapes(
    name: str,
    sizes: tuple[float, ...],
    width: float | None = None,
    pad: tuple[float, float] = (PAD_X, PAD_Y),
    bold: bool = True,
    condensed: bool = False,
) -> tuple[LabelShape, ...]:
    """The ways to set ``name`` at ``sizes`` (pixels), as the label placement tries them
    (``bold``: in the names' bold type; else regular, as the room's key sets them;
    ``condensed``: in the room's condensed face)."""
    # Plain spaces only: the no-break space after a key's number must hold.
    text = " ".join(word for word in plain(name).split(" ") if word) or "…"
    measure = _measure(bold, condensed)
    return tuple(label_shapes(text, sizes, measure, _line_height, width, pad))


@lru_cache(maxsize=64)
def _tabular(sizes: tuple[float, ...], bold: bool, condensed: bool = False) -> bool:
    """Whether every digit is as wide as every other at ``sizes`` (DejaVu Sans: yes)."""
    measure = _measure(bold, condensed)
    return all(len({measure(d, size) for d in "0123456789"}) == 1 for size in sizes)


@lru_cache(maxsize=8192)
def _numbered_shapes(
    name: str, digits: str, sizes: tuple[float, ...], width: float, bold: bool,
    condensed: bool = False,
) -> tuple[LabelShape, ...]:  # fmt: skip
    """A key's entry "12 Name" set as "88 Name" (the same widths), its number written in."""
    stand_in = "8" * len(digits)
    shapes = name_shapes(f"{stand_in}\u00a0{name}", sizes, width, KEY_PAD, bold, condensed)
    if digits == stand_in:
        return shapes
    return tuple(
        replace(shape, lines=(digits + shape.lines[0][len(stand_in) :], *shape.lines[1:]))
        for shape in shapes
    )


def number_radius(count: int, pixels: float) -> float:
    """The radius of a marker that holds any number up to ``count`` at ``pixels``."""
    widest = _advance("8" * len(str(max(count, 1))), pixels)
    return max(widest, _line_height(pixels)) / 2 + pixels * 0.15


class StakeholderItem(QGraphicsItem):
    """A stakeholder drawn at its polar position; movable, selectable, never editing itself.

    The scene reads :meth:`polar` after a drag and pushes the move as one command
    (``on_moved`` tells it of every step of the drag, to redraw the relations),
    and gives the item its label's place with :meth:`set_label`. On the audience
    map (``audience``) sizes follow the projector's floor.
    """

    def __init__(
        self,
        stakeholder: Stakeholder,
        colour: str,
        outer: float,
        *,
        audience: bool = False,
        on_moved: Callable[[StakeholderItem], None] | None = None,
    ) -> None:
        super().__init__()
        self.audience = audience
        self.stakeholder = stakeholder
        self._colour = colour
        self._outer = outer
        self._shapes: tuple[LabelShape, ...] | None = None
        self._spot: LabelSpot | None = None
        self._label = QRectF()  # item coordinates; empty while the name has no room
        self._bounds: QRectF | None = None
        # With no room for the name: the number of its entry in the map's key, which
        # the label then shows instead.
        self.key_number: int | None = None
        # The room's crowded map: the marker is a disc of this radius with the key's
        # number in it (None: a dot sized by influence).
        self._numbered: float | None = None
        self._plain: tuple[str, str] | None = None
        self._sizes: Sizes | None = None
        # Told of every move (the scene redraws the relations): a plain item has no signals.
        self._on_moved = on_moved
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(10)
        self.setToolTip(plain(stakeholder.name))
        self._place()

    @property
    def stakeholder_id(self) -> str:
        return self.stakeholder.id

    @property
    def outer_radius(self) -> float:
        return self._outer

    def set_record(self, stakeholder: Stakeholder, colour: str) -> None:
        """Follow a changed record (name, influence, position, sector colour)."""
        old = self.stakeholder
        self.stakeholder = stakeholder
        if (stakeholder.name, stakeholder.influence, colour) != (old.name, old.influence,
                                                                 self._colour):  # fmt: skip
            self._geometry_changes()
            self._colour = colour
            self._shapes = None
            self.setToolTip(plain(stakeholder.name))
            self.update()
        if (stakeholder.angle, stakeholder.radius) != (old.angle, old.radius):
            self._place()

    def set_outer(self, outer: float) -> None:
        """Follow a new map size: same polar position, new pixels."""
        self._geometry_changes()
        self._outer = outer
        self._shapes = None
        self._place()

    def polar(self) -> tuple[float, float]:
        """Where the item stands now, in polar form (clamped to the map)."""
        return clamp(*xy_to_polar(self.pos().x(), self.pos().y(), self._outer))

    def polar_anchor(self) -> tuple[float, float]:
        """The stakeholder's stored place (the marker may be nudged off it when crowded)."""
        return (self.stakeholder.angle, self.stakeholder.radius)

    def anchor(self) -> QPointF:
        """The stored place in scene pixels."""
        return QPointF(*polar_to_xy(self.stakeholder.angle, self.stakeholder.radius, self._outer))

    def _place(self) -> None:
        self.setPos(self.anchor())

    # -- the name's label ---------------------------------------------------------------

    def colour(self) -> str:
        return self._colour

    def sizes(self) -> Sizes:
        # Asked for on every bounding box: made once per map size.
        if self._sizes is None or self._sizes.outer != self._outer:
            self._sizes = Sizes(self._outer, audience=self.audience)
        return self._sizes

    def label_shapes(self) -> tuple[LabelShape, ...]:
        """The ways the name can be set, in order of preference (cached)."""
        if self._shapes is None:
            self._shapes = name_shapes(self.stakeholder.name, self.sizes().name_sizes())
        return self._shapes

    def tag_shapes(self, number: int) -> tuple[LabelShape, ...]:
        """The number shown beside the marker when the name is in the key."""
        sizes = self.sizes().name_sizes()
        return name_shapes(str(number), tuple(dict.fromkeys((sizes[0], sizes[-1]))))

    def key_shapes(
        self, number: int, width: float, *, condensed: bool = False
    ) -> tuple[LabelShape, ...]:
        """The key's entry, "12 Name", for a column ``width`` wide (``condensed``: in
        the room's condensed face)."""
        # Widths rounded to whole pixels: the shapes are cached, a resize need not miss.
        sizes = self.sizes().name_sizes()
        bold = not self.audience  # the room's key is a long list: in regular type, fewer lines
        condensed = condensed and self.audience
        digits = str(number)
        if not _tabular(sizes, bold, condensed):
            text = f"{digits}\u00a0{self._plain_name()}"
            return name_shapes(text, sizes, float(int(width)), KEY_PAD, bold, condensed)
        # Every digit as wide as any other: the entry is set as for "88 Name" (worked
        # out once however the key is renumbered), then its number written in.
        return _numbered_shapes(
            self._plain_name(), digits, sizes, float(int(width)), bold, condensed
        )

    def _plain_name(self) -> str:
        """The name as laid out (made plain once per name: the key asks often)."""
        if self._plain is None or self._plain[0] != self.stakeholder.name:
            self._plain = (self.stakeholder.name, " ".join(plain(self.stakeholder.name).split()))
        return self._plain[1]

    def set_label(self, spot: LabelSpot | None) -> None:
        """Draw the name where the placement put it (scene coordinates); None: no room."""
        self._geometry_changes()
        self._spot = spot
        if spot is None:
            self._label = QRectF()
        else:
            left, top, right, bottom = spot.box
            self._label = QRectF(left, top, right - left, bottom - top).translated(-self.pos())
        self.update()

    def label_spot(self) -> LabelSpot | None:
        return self._spot

    def label_rect(self) -> QRectF:
        """The name's box in item coordinates (empty when the map had no room for it)."""
        return QRectF(self._label)

    def name_lines(self) -> list[str]:
        """The name as drawn beside the marker, line by line (in the key, or with no
        room at all: as it would be drawn)."""
        if self._spot is not None and self.key_number is None:
            return list(self._spot.shape.lines)
        return list(self.label_shapes()[0].lines)

    def name_size(self) -> float:
        """The pixel size the name is drawn at beside the marker (0 when it is not)."""
        if self._spot is None or self.key_number is not None:
            return 0.0
        return self._spot.shape.size

    # -- the marker -----------------------------------------------------------------------

    def set_numbered(self, radius: float | None) -> None:
        """Draw the marker as a numbered disc of ``radius`` (None: a dot, as usual)."""
        if radius != self._numbered:
            self._geometry_changes()
            self._numbered = radius
            self.update()

    def is_numbered(self) -> bool:
        """Whether the marker is a disc showing the key's number."""
        return self._numbered is not None

    def marker_radius(self) -> float:
        if self._numbered is not None:
            return self._numbered
        influence = max(1, min(5, self.stakeholder.influence))
        return self.sizes().name * (0.24 + 0.05 * influence)

    def chip_rect(self) -> QRectF:
        """The marker's box in item coordinates (what relation lines end on)."""
        r = self.marker_radius()
        return QRectF(-r, -r, 2 * r, 2 * r)

    def is_badge(self) -> bool:
        """Whether the key's number is drawn in the marker itself (no room beside it)."""
        return (
            self.key_number is not None
            and not self._label.isEmpty()
            and self._label.contains(QPointF(0, 0))
        )

    def shows_number(self) -> bool:
        """Whether the key's number is drawn at the marker (beside it or in it)."""
        if self.key_number is None:
            return False
        return self._numbered is not None or not self._label.isEmpty()

    def _paint_numbered(self, painter: QPainter) -> None:
        """The room's numbered marker: a disc in its sector's colour, its number in it."""
        marker = self.chip_rect()
        painter.setPen(QPen(QColor("#ffffff"), 3))  # a halo parts the disc from lines
        painter.setBrush(QBrush(QColor(self._colour)))
        painter.drawEllipse(marker)
        painter.setPen(QPen(darker(self._colour, 170), 1.5))
        painter.drawEllipse(marker)
        if self.key_number is None:
            return
        painter.setFont(map_font(self.sizes().name_sizes()[-1], bold=True))
        painter.setPen(INK)
        painter.drawText(marker, Qt.AlignmentFlag.AlignCenter, str(self.key_number))

    def _paint_badge(self, painter: QPainter) -> None:
        assert self._spot is not None
        shape = self._spot.shape
        edge = QPen(SELECTION, 3) if self.isSelected() else QPen(darker(self._colour, 170), 1.5)
        painter.setPen(edge)
        painter.setBrush(QBrush(QColor(255, 255, 255, 245)))
        radius = self._label.height() / 2
        painter.drawRoundedRect(self._label, radius, radius)
        painter.setFont(map_font(shape.size, bold=True))
        painter.setPen(INK)
        painter.drawText(self._label, Qt.AlignmentFlag.AlignCenter, shape.lines[0])

    def _geometry_changes(self) -> None:
        """Before the marker's or the label's size changes (the bounds are kept: Qt
        asks for them thousands of times per edit on a map of hundreds)."""
        self.prepareGeometryChange()
        self._bounds = None

    def boundingRect(self) -> QRectF:
        if self._bounds is None:
            self._bounds = self.chip_rect().united(self._label).adjusted(-4, -4, 4, 4)
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(self.chip_rect().adjusted(-3, -3, 3, 3))
        if not self._label.isEmpty():
            path.addRect(self._label)
        return path

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
            and self._on_moved is not None
        ):
            self._on_moved(self)
        return super().itemChange(change, value)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._numbered is not None:
            self._paint_numbered(painter)
            return
        if self.is_badge():
            self._paint_badge(painter)
            return
        selected = self.isSelected()
        edge = QPen(SELECTION, 3) if selected else QPen(darker(self._colour, 160), 1.5)
        marker = self.chip_rect()
        label = self._label
        if self._spot is not None and self._spot.leader:
            painter.setPen(QPen(GRID, 1.2))
            painter.drawLine(_leader(marker, label))
        painter.setPen(QPen(QColor("#ffffff"), 3))  # a halo parts the marker from lines
        painter.setBrush(QBrush(darker(self._colour, 115)))
        painter.drawEllipse(marker)
        painter.setPen(QPen(SELECTION, 3) if selected else QPen(darker(self._colour, 170), 1.5))
        painter.drawEllipse(marker)
        if self._spot is None:
            return
        shape = self._spot.shape
        painter.setPen(edge)
        painter.setBrush(QBrush(QColor(255, 255, 255, 240)))
        corner = min(label.height() / 2, shape.size * 0.6)
        painter.drawRoundedRect(label, corner, corner)
        painter.setFont(map_font(shape.size, bold=True))
        painter.setPen(INK)
        text = label.adjusted(shape.size * PAD_X * 0.5, shape.size * PAD_Y, 0, 0)
        text.setRight(label.right() - shape.size * PAD_X * 0.5)
        painter.drawText(text, Qt.AlignmentFlag.AlignCenter, "\n".join(shape.lines))


def _leader(marker: QRectF, label: QRectF) -> QLineF:
    """From the marker's edge to the nearest point of the label's box."""
    centre = marker.center()
    x = min(max(centre.x(), label.left()), label.right())
    y = min(max(centre.y(), label.top()), label.bottom())
    line = QLineF(centre, QPointF(x, y))
    length = line.length()
    if length > marker.width() / 2:
        line.setP1(line.pointAt(marker.width() / 2 / length))
    return line
