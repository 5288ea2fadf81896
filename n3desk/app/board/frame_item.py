"""FrameItem: a titled area that clusters notes (affinity diagram).

A frame is grabbed by its title bar (to move it with its notes) or by the handle in
its lower right corner (to resize it); clicks on its body reach the board beneath,
so one can rubber-band or double-click to write a new note inside a frame.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from n3desk.app.board import text_layout
from n3desk.app.board.note_item import FAR
from n3desk.domain.arrangement import FRAME_TITLE_HEIGHT
from n3desk.domain.entities import Frame
from n3desk.domain.layout import FAR_TITLE_ROOM

FILL = QColor(236, 239, 241, 200)
BORDER = QColor("#607d8b")
TITLE_FILL = QColor("#cfd8dc")
TITLE_TEXT = QColor("#1a1a1a")
SELECTED = QColor("#0d47a1")
HANDLE = 28.0  # the resize handle's size
TITLE_INSET = 12.0  # the title's distance from the frame's left edge
FRAME_Z_BASE = -1_000_000.0  # frames always lie beneath every note
MIN_SIZE = (200.0, 120.0)


def title_size(lod: float, readable_px: float = 0.0) -> float:
    """The title's size in board units at zoom ``lod``: far out it grows (up to three title
    bars tall, rising above the frame) so the clusters stay readable with the whole board
    in view; on the wall never under ``readable_px``."""
    return min(
        max(22.0, math.ceil(max(14.0, readable_px) / max(lod, 0.01) - 1e-6)),
        FAR_TITLE_ROOM + FRAME_TITLE_HEIGHT * 0.7,
    )


class FrameItem(QGraphicsItem):
    """One frame on a board. The scene keeps it in step with the document."""

    def __init__(self, frame: Frame) -> None:
        super().__init__()
        self.frame = frame
        self.preview_size: tuple[float, float] | None = None  # while resizing
        self.readable_px = 0.0  # on the projector: the title never smaller on the wall
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        # Cached like the notes (Qt keeps only the part on screen for big items).
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setPos(frame.x, frame.y)
        self.setZValue(FRAME_Z_BASE + frame.z)
        self.drawn_by_blocks = False  # far out the board's FrameBlocks draws it

    def set_drawn_by_blocks(self, drawn: bool) -> None:
        """Leave the drawing to the board's FrameBlocks (a selected frame draws itself)."""
        self.drawn_by_blocks = drawn
        # Drawing nothing keeps the frame clickable: Qt only skips paint().
        self.setFlag(
            QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, drawn and not self.isSelected()
        )

    def set_frame(self, frame: Frame) -> None:
        """Show a new version of the frame."""
        self.prepareGeometryChange()
        self.frame = frame
        self.preview_size = None
        self.setPos(frame.x, frame.y)
        self.setZValue(FRAME_Z_BASE + frame.z)
        self.update()

    def size(self) -> tuple[float, float]:
        return self.preview_size or (self.frame.width, self.frame.height)

    def set_preview_size(self, width: float, height: float) -> None:
        """Show the frame at a size that is not yet committed (during a resize)."""
        self.prepareGeometryChange()
        self.preview_size = (max(MIN_SIZE[0], width), max(MIN_SIZE[1], height))
        self.update()

    def box(self) -> tuple[float, float, float, float]:
        width, height = self.size()
        return (self.x(), self.y(), width, height)

    def part_at(self, scene_pos: QPointF) -> str | None:
        """ "title" or "handle" when ``scene_pos`` is on one of them, else None."""
        local = self.mapFromScene(scene_pos)
        width, height = self.size()
        if width - HANDLE <= local.x() <= width and height - HANDLE <= local.y() <= height:
            return "handle"
        if 0 <= local.x() <= width and 0 <= local.y() <= FRAME_TITLE_HEIGHT:
            return "title"
        return None

    def boundingRect(self) -> QRectF:
        width, height = self.size()
        return QRectF(-3, -3 - FAR_TITLE_ROOM, width + 6, height + 6 + FAR_TITLE_ROOM)

    def shape(self) -> QPainterPath:
        # Only the title bar and the handle are the frame's own for the mouse.
        width, height = self.size()
        path = QPainterPath()
        path.addRect(QRectF(0, 0, width, FRAME_TITLE_HEIGHT))
        path.addRect(QRectF(width - HANDLE, height - HANDLE, HANDLE, HANDLE))
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        width, height = self.size()
        rect = QRectF(0, 0, width, height)
        selected = self.isSelected()
        painter.setPen(QPen(SELECTED if selected else BORDER, 4.0 if selected else 2.0))
        painter.setBrush(QBrush(FILL))
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod < FAR:
            # The corners are a fraction of a pixel: a plain, unsmoothed rectangle looks
            # the same and costs a tenth (a hundred frames redrawn at every zoom step).
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.drawRect(rect)
        else:
            painter.drawRoundedRect(rect, 8, 8)
        title_bar = QRectF(0, 0, width, FRAME_TITLE_HEIGHT)
        painter.fillRect(title_bar.adjusted(2, 2, -2, 0), TITLE_FILL)
        title = self.frame.title.splitlines()[0][:200] if self.frame.title.strip() else ""
        size = title_size(lod, self.readable_px)
        font = text_layout.font(size, bold=True)
        title = QFontMetricsF(font).elidedText(
            title, Qt.TextElideMode.ElideRight, width - 2 * TITLE_INSET
        )
        painter.setFont(font)
        painter.setPen(TITLE_TEXT)
        inset = TITLE_INSET
        text_rect = QRectF(inset, FRAME_TITLE_HEIGHT - size * 1.45, width - 2 * inset, size * 1.45)
        if size <= 22.0:
            text_rect = QRectF(inset, 0, width - 2 * inset, FRAME_TITLE_HEIGHT)
        painter.drawText(
            text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title
        )
        if self.readable_px > 0.0:
            return  # the room has nothing to resize
        handle = QPolygonF(
            [
                QPointF(width - 4, height - HANDLE + 4),
                QPointF(width - 4, height - 4),
                QPointF(width - HANDLE + 4, height - 4),
            ]
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(BORDER))
        painter.drawPolygon(handle)
