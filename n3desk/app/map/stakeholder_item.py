"""One stakeholder on the map: a marker at its place and its whole name beside it.

The item stands at the marker; the name's label is drawn where the scene's label
placement (:mod:`n3desk.domain.map_labels`) put it, joined to the marker by a thin
leader line when it had to stand further off. Both move together while dragged.
"""

from __future__ import annotations

from collections.abc import Callable
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
def _metrics(pixels: float) -> QFontMetricsF:
    return QFontMetricsF(map_font(pixels, bold=True))


@lru_cache(maxsize=20_000)
def _advance(text: str, pixels: float) -> float:
    return _metrics(pixels).horizontalAdvance(text)


def _line_height(pixels: float) -> float:
    return _metrics(pixels).height()


@lru_cache(maxsize=4096)
def name_shapes(
    name: str,
    sizes: tuple[float, ...],
    width: float | None = None,
    pad: tuple[float, float] = (PAD_X, PAD_Y),
) -> tuple[LabelShape, ...]:
    """The ways to set ``name`` at ``sizes`` (pixels), as the label placement tries them."""
    # Plain spaces only: the no-break space after a key's number must hold.
    text = " ".join(word for word in plain(name).split(" ") if word) or "…"
    return tuple(label_shapes(text, sizes, _advance, _line_height, width, pad))


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
        # With no room for the name: the number of its entry in the map's key, which
        # the label then shows instead.
        self.key_number: int | None = None
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
            self.prepareGeometryChange()
            self._colour = colour
            self._shapes = None
            self.setToolTip(plain(stakeholder.name))
            self.update()
        if (stakeholder.angle, stakeholder.radius) != (old.angle, old.radius):
            self._place()

    def set_outer(self, outer: float) -> None:
        """Follow a new map size: same polar position, new pixels."""
        self.prepareGeometryChange()
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

    def key_shapes(self, number: int, width: float) -> tuple[LabelShape, ...]:
        """The key's entry, "12 Name", for a column ``width`` wide."""
        # Widths rounded to whole pixels: the shapes are cached, a resize need not miss.
        sizes = self.sizes().name_sizes()
        text = f"{number}\u00a0{self._plain_name()}"
        return name_shapes(text, sizes, float(int(width)), KEY_PAD)

    def _plain_name(self) -> str:
        """The name as laid out (made plain once per name: the key asks often)."""
        if self._plain is None or self._plain[0] != self.stakeholder.name:
            self._plain = (self.stakeholder.name, " ".join(plain(self.stakeholder.name).split()))
        return self._plain[1]

    def set_label(self, spot: LabelSpot | None) -> None:
        """Draw the name where the placement put it (scene coordinates); None: no room."""
        self.prepareGeometryChange()
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

    def marker_radius(self) -> float:
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

    def boundingRect(self) -> QRectF:
        return self.chip_rect().united(self._label).adjusted(-4, -4, 4, 4)

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
