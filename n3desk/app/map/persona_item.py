"""The citizen ("brukaren") at the centre of the map: picture, name, short description."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from n3desk.app.map.painting import INK, MUTED_INK, Sizes, map_font, wrapped_lines
from n3desk.domain.mapgeometry import CENTRE_RADIUS


class PersonaItem(QGraphicsItem):
    """The citizen's disc. Shows a placeholder until the persona has a name."""

    def __init__(self, placeholder: str) -> None:
        super().__init__()
        self._placeholder = placeholder
        self._outer = 300.0
        self._name = ""
        self._description = ""
        self._picture: QPixmap | None = None
        self.setZValue(7)  # above relation lines, below stakeholders
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

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

    def boundingRect(self) -> QRectF:
        r = self._radius() * 1.2 + 4
        return QRectF(-r, -r, 2 * r, 2 * r)

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
        painter.setPen(QPen(QColor("#37474f"), max(3.0, self._outer / 110)))
        painter.setBrush(QBrush(QColor("#ffffff")))
        painter.drawEllipse(disc)
        width = r * 2.3  # the name may reach past the disc, on a white ground
        name_font = map_font(sizes.persona_name, bold=True)
        text_font = map_font(sizes.persona_text)
        name_lines = wrapped_lines(self._name or self._placeholder, name_font, width, 2)
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
