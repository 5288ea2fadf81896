"""The citizen ("brukaren") at the centre of the map: picture, name, short description."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from n3desk.app.map.painting import INK, MUTED_INK, Sizes, map_font, plain, wrapped_lines
from n3desk.domain.map_labels import wrappings
from n3desk.domain.mapgeometry import CENTRE_RADIUS

PERSON_GREY = QColor("#90a4ae")
DISC_EDGE = QColor("#37474f")


class PersonaItem(QGraphicsItem):
    """The citizen's disc. Shows a placeholder until the persona has a name.

    On the audience map (``audience``) the disc holds a picture or a person's
    outline, with the name on one line across it and no description: a long text
    at projector size would cover the stakeholders around the centre.
    """

    def __init__(self, placeholder: str, *, audience: bool = False) -> None:
        super().__init__()
        self.audience = audience
        self._placeholder = placeholder
        self._outer = 300.0
        self._name = ""
        self._description = ""
        self._picture: QPixmap | None = None
        self.setZValue(7)  # above relation lines, below stakeholders
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_placeholder(self, placeholder: str) -> None:
        """What the disc says while the persona has no name (the room's map: in the
        session's language)."""
        self._placeholder = placeholder
        self.update()

    def set_persona(self, name: str, description: str, picture: Path | None) -> None:
        """Follow the session's persona fields; an unreadable picture is simply not shown."""
        self._name = name
        self._description = description
        self._picture = None
        if picture is not None and picture.is_file():
            pixmap = QPixmap(str(picture))
            self._picture = None if pixmap.isNull() else pixmap
        self.update()

    def set_outer(self, outer: float) -> None:
        self.prepareGeometryChange()
        self._outer = outer
        self.update()

    def has_picture(self) -> bool:
        return self._picture is not None

    def _radius(self) -> float:
        return CENTRE_RADIUS * self._outer

    def disc_radius(self) -> float:
        """The disc's radius in scene pixels (chips keep clear of it)."""
        return self._radius()

    def name_rect(self) -> QRectF:
        """Where the audience map writes the name (item coordinates; empty on the laptop)."""
        if not self.audience:
            return QRectF()
        metrics = QFontMetricsF(self._audience_font())
        lines = self.name_lines()
        width = max(metrics.horizontalAdvance(line) for line in lines) + metrics.height() * 0.8
        height = metrics.height() * (len(lines) + 0.15)
        return QRectF(-width / 2, self._radius() * 0.2, width, height)

    def _audience_font(self) -> QFont:
        return map_font(Sizes(self._outer, audience=True).persona_name, bold=True)

    def name_lines(self) -> tuple[str, ...]:
        """The name as the audience map writes it: whole, on as few balanced lines (up
        to three) as keep it about as wide as the disc; a word longer than that stands
        whole on its own line (a small map's disc is narrower than "Innbyggeren")."""
        name = " ".join(plain(self._name or self._placeholder).split())
        metrics = QFontMetricsF(self._audience_font())
        size = float(self._audience_font().pixelSize())

        def measure(text: str, _size: float) -> float:
            return metrics.horizontalAdvance(text)

        width = self._radius() * 3.6
        options = wrappings(name, measure, size, width)
        for lines in options:
            if max(measure(line, size) for line in lines) <= width:
                return lines
        return options[-1]

    def boundingRect(self) -> QRectF:
        r = self._radius() * 1.2 + 4
        disc = QRectF(-r, -r, 2 * r, 2 * r)
        if not self.audience:
            # The facilitator's name may reach past the disc (up to 1.4 × 2.3 radii on
            # its white ground) and, with the description, stand taller than it on a
            # small map: the item's cached picture is cut at this rectangle, so it
            # must hold all of it ("Digital Forebyggelse" lost its first and last
            # letters at 1024×768).
            sizes = Sizes(self._outer)
            half_width = self._radius() * 2.3 * 1.4 / 2 + sizes.persona_name + 4
            half_height = (3 * sizes.persona_name + 2 * sizes.persona_text) * 0.75 + 4
            disc = disc.united(QRectF(-half_width, -half_height, 2 * half_width, 2 * half_height))
        return disc.united(self.name_rect().adjusted(-2, -2, 2, 2))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        r = self._radius()
        sizes = Sizes(self._outer)
        disc = QRectF(-r, -r, 2 * r, 2 * r)
        painter.setPen(QPen(DISC_EDGE, max(3.0, self._outer / 110)))
        painter.setBrush(QBrush(QColor("#ffffff")))
        painter.drawEllipse(disc)
        if self.audience:
            self._paint_for_audience(painter)
            return
        width = r * 2.3  # the name may reach past the disc, on a white ground
        name_font, name_lines = self._fitted_name(sizes, width)
        text_font = map_font(sizes.persona_text)
        desc_lines = wrapped_lines(self._description, text_font, r * 1.6, 2)
        if not self._description:
            desc_lines = []
        name_h = QFontMetricsF(name_font).height()
        desc_h = QFontMetricsF(text_font).height()
        picture_h = r * 0.62 if self._picture is not None else 0.0
        block = picture_h + name_h * len(name_lines) + desc_h * len(desc_lines)
        top = -block / 2
        if self._picture is not None:
            self._paint_picture(painter, QPointF(0, top + picture_h / 2), picture_h / 2)
            top += picture_h
        painter.setFont(name_font)
        metrics = QFontMetricsF(name_font)
        for line in name_lines:
            line_width = metrics.horizontalAdvance(line) + name_h * 0.6
            if line_width > 1.7 * r:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(QColor(255, 255, 255, 235)))
                painter.drawRoundedRect(QRectF(-line_width / 2, top, line_width, name_h), 6, 6)
            painter.setPen(INK if self._name else MUTED_INK)
            painter.drawText(
                QRectF(-width, top, 2 * width, name_h), Qt.AlignmentFlag.AlignCenter, line
            )
            top += name_h
        painter.setFont(text_font)
        painter.setPen(MUTED_INK)
        for line in desc_lines:
            painter.drawText(QRectF(-r, top, 2 * r, desc_h), Qt.AlignmentFlag.AlignCenter, line)
            top += desc_h

    def _fitted_name(self, sizes: Sizes, width: float) -> tuple[QFont, list[str]]:
        """The name's font and lines on the facilitator's map: whole on up to three
        lines — set smaller (to the map's floor of 11 px), then let reach a little
        further past the disc — before a word is cut ("Digital Forebyggelse" was
        "Digital Forebyg…" on a 1024×768 window)."""
        text = self._name or self._placeholder
        floor = min(float(sizes.persona_name), 11.0)
        for reach in (width, width * 1.4):
            size = float(sizes.persona_name)
            while True:
                font = map_font(size, bold=True)
                lines = wrapped_lines(text, font, reach, 3)
                if not any(line.endswith("…") for line in lines):
                    return font, lines
                if size <= floor:
                    break
                size = max(floor, size * 0.9)
        return font, lines

    def _paint_for_audience(self, painter: QPainter) -> None:
        """A picture (or a person's outline) in the disc, the name on one line below it."""
        r = self._radius()
        figure = QPointF(0, -r * 0.28)
        if self._picture is not None:
            self._paint_picture(painter, figure, r * 0.5)
        else:
            self._paint_person(painter, figure, r * 0.5)
        rect = self.name_rect()
        painter.setFont(self._audience_font())
        painter.setPen(QPen(DISC_EDGE, max(2.0, self._outer / 160)))
        painter.setBrush(QBrush(QColor("#ffffff")))
        corner = min(rect.height(), QFontMetricsF(self._audience_font()).height() * 1.15) / 2
        painter.drawRoundedRect(rect, corner, corner)
        painter.setPen(INK if self._name else MUTED_INK)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "\n".join(self.name_lines()))

    def _paint_person(self, painter: QPainter, centre: QPointF, size: float) -> None:
        """A calm head-and-shoulders outline: the disc reads as "a person" from afar."""
        painter.save()
        clip = QPainterPath()
        clip.addEllipse(QPointF(0, 0), self._radius() - 2, self._radius() - 2)
        painter.setClipPath(clip)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(PERSON_GREY))
        head = size * 0.42
        painter.drawEllipse(QPointF(centre.x(), centre.y() - size * 0.2), head, head)
        shoulders = QRectF(centre.x() - size, centre.y() + size * 0.3, 2 * size, 2 * size)
        painter.drawChord(shoulders, 0, 180 * 16)
        painter.restore()

    def _paint_picture(self, painter: QPainter, centre: QPointF, radius: float) -> None:
        assert self._picture is not None
        clip = QPainterPath()
        clip.addEllipse(centre, radius, radius)
        painter.save()
        painter.setClipPath(clip)
        side = min(self._picture.width(), self._picture.height())
        source = QRectF(
            (self._picture.width() - side) / 2, (self._picture.height() - side) / 2, side, side
        )
        target = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        painter.drawPixmap(target, self._picture, source)
        painter.restore()
