"""FrameBlocks: every frame of a board drawn far out by one item.

While the notes are blocks (far out, or while a view zooms far out) the frames are
drawn again at every zoom step: a frame's cached picture is thrown away by a change
of scale. Drawn frame by frame that was one Python ``paint`` per frame, with its
title shaped and elided again each time: at 10,000 notes in 100 frames three
quarters of a zoom frame at fit. This item draws them all instead: the bodies with
one ``drawRects``, the title bars with another, the resize handles as one path,
and each title from a QStaticText laid out once per title size (shaping is the
costly part; drawing the glyphs is not). The bodies are filled with their colour
already blended over the board's background: a translucent fill of most of the
screen went through Qt's fill threads, 5–10 ms a frame on a busy 2-core machine,
and beneath a frame there is only the background (two frames overlapping show
the upper one's colour, not the two blended).

It looks as FrameItem draws itself far out (see ``FrameItem.paint``). A selected
frame draws itself, with its blue border, beneath the others; the frames themselves
stay where they are, to be clicked, dragged and resized.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QStaticText,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from n3desk.app.board import text_layout
from n3desk.app.board.frame_item import (
    BORDER,
    FILL,
    HANDLE,
    TITLE_FILL,
    TITLE_INSET,
    TITLE_TEXT,
    FrameItem,
    title_size,
)
from n3desk.domain.arrangement import FRAME_TITLE_HEIGHT

Title = tuple[str, float, float, QStaticText]  # the title, its size, its width, laid out


def blended(fill: QColor, background: QColor) -> QColor:
    """``fill`` drawn over ``background``, as one opaque colour."""
    alpha = fill.alphaF()
    return QColor(
        round(fill.red() * alpha + background.red() * (1 - alpha)),
        round(fill.green() * alpha + background.green() * (1 - alpha)),
        round(fill.blue() * alpha + background.blue() * (1 - alpha)),
    )


class FrameBlocks(QGraphicsItem):
    """The far-out drawing of the frames in ``frames`` (the scene's own, live mapping)."""

    def __init__(self, frames: Mapping[str, FrameItem], background: QColor) -> None:
        super().__init__()
        self._frames = frames
        self._body = blended(FILL, background)
        self._gathered: list[FrameItem] | None = None
        self._bodies: list[QRectF] = []
        self._bars: list[QRectF] = []
        self._handles = QPainterPath()
        self._readable = 0.0  # the projector's smallest text, in pixels on the wall
        self._titles: dict[str, Title] = {}  # by frame id, kept between zoom steps
        self._bounds = QRectF()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # exposedRect
        self.setVisible(False)

    def show_blocks(self, shown: bool) -> None:
        """Draw the frames (True) or leave them to draw themselves (False)."""
        for item in self._frames.values():
            item.set_drawn_by_blocks(shown)
        if shown == self.isVisible():
            return
        if shown:
            self._measure()
        self.setVisible(shown)

    def stale(self) -> None:
        """The frames changed (or which are selected): gather them again before drawing."""
        self._gathered = None
        if self.isVisible():
            for item in self._frames.values():
                item.set_drawn_by_blocks(True)
            self._measure()
            self.update()

    def _measure(self) -> None:
        bounds = QRectF()
        for item in self._frames.values():
            bounds = bounds.united(item.sceneBoundingRect())
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds

    def boundingRect(self) -> QRectF:
        return self._bounds

    def _gather(self) -> list[FrameItem]:
        drawn = [i for i in self._frames.values() if i.isVisible() and not i.isSelected()]
        self._bodies, self._bars = [], []
        self._handles = QPainterPath()
        for item in drawn:
            x, y, width, height = item.box()
            self._bodies.append(QRectF(x, y, width, height))
            self._bars.append(QRectF(x + 2, y + 2, width - 4, FRAME_TITLE_HEIGHT - 2))
            self._handles.addPolygon(
                QPolygonF(
                    [
                        QPointF(x + width - 4, y + height - HANDLE + 4),
                        QPointF(x + width - 4, y + height - 4),
                        QPointF(x + width - HANDLE + 4, y + height - 4),
                    ]
                )
            )
            self._handles.closeSubpath()
        self._readable = max((i.readable_px for i in drawn), default=0.0)
        return drawn

    def _title(self, item: FrameItem, size: float) -> QStaticText:
        frame = item.frame
        width = item.size()[0] - 2 * TITLE_INSET
        known = self._titles.get(frame.id)
        if known is not None and known[:3] == (frame.title, size, width):
            return known[3]
        title = frame.title.splitlines()[0][:200] if frame.title.strip() else ""
        metrics = QFontMetricsF(text_layout.font(size, bold=True))
        laid = QStaticText(metrics.elidedText(title, Qt.TextElideMode.ElideRight, width))
        laid.setTextFormat(Qt.TextFormat.PlainText)
        self._titles[frame.id] = (frame.title, size, width, laid)
        return laid

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._gathered is None:
            self._gathered = self._gather()
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        # Far out an edge is a fraction of a pixel: smoothing it only costs time.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(BORDER, 2.0))
        painter.setBrush(self._body)
        painter.drawRects(self._bodies)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TITLE_FILL)
        painter.drawRects(self._bars)
        painter.setBrush(BORDER)
        painter.drawPath(self._handles)
        size = title_size(lod, self._readable)
        font = text_layout.font(size, bold=True)
        painter.setFont(font)
        painter.setPen(TITLE_TEXT)
        height = QFontMetricsF(font).height()
        if size <= 22.0:
            top = (FRAME_TITLE_HEIGHT - height) / 2
        else:
            top = FRAME_TITLE_HEIGHT - size * 1.45 + (size * 1.45 - height) / 2
        exposed = option.exposedRect
        rise = size * 1.45  # a far title rises above its frame
        for item in self._gathered:
            x, y, width, _height = item.box()
            if not exposed.intersects(QRectF(x, y - rise, width, rise + FRAME_TITLE_HEIGHT)):
                continue
            painter.drawStaticText(QPointF(x + TITLE_INSET, y + top), self._title(item, size))
