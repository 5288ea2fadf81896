"""AudienceView: a view the room only looks at, for the projector's board and map.

Signals:
    resized(): the viewport took a new size (fit again soon).
    unfitted_paint(): about to paint at a size it was not fitted to; a slot connected
        directly (the default, same thread) fits it before the paint.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget


class AudienceView(QGraphicsView):
    """A view the room only looks at: no scroll bars, no clicks, refitted on every resize."""

    resized = Signal()
    unfitted_paint = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fitted_size = QSize()
        self.only = QRectF()  # when set, only this part of the scene is shown
        self.setInteractive(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("QGraphicsView { border: none; }")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def viewportEvent(self, event: QEvent) -> bool:
        # The scroll area takes the viewport's resize without calling resizeEvent.
        if event.type() == QEvent.Type.Resize:
            self.resized.emit()
        elif event.type() == QEvent.Type.Paint and self.viewport().size() != self.fitted_size:
            # A view resized while hidden may get no resize event at all: fit before painting.
            self.unfitted_paint.emit()
        return super().viewportEvent(event)

    def set_mask(self, rect: QRectF) -> None:
        """Show only ``rect`` of the scene (an empty rect: all of it)."""
        if rect != self.only:
            self.only = QRectF(rect)
            self.viewport().update()

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        if self.only.isEmpty():
            return
        outside = QPainterPath()
        outside.addRect(QRectF(rect))
        inside = QPainterPath()
        inside.addRect(self.only)
        painter.fillPath(outside.subtracted(inside), self.backgroundBrush())
