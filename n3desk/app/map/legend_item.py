"""The relation legend drawn on the map, and the display names of relation kinds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from n3desk.app.map.painting import INK, Sizes, draw_relation_line, map_font, plain
from n3desk.domain.mapgeometry import relation_style


def kind_title(kind: str) -> str:
    """The display name of a relation kind: built-ins translated, the user's own as typed."""
    titles = {
        "collaboration": QCoreApplication.translate("RelationKinds", "Collaboration"),
        "information": QCoreApplication.translate("RelationKinds", "Information"),
        "money": QCoreApplication.translate("RelationKinds", "Money"),
        "conflict": QCoreApplication.translate("RelationKinds", "Conflict"),
        "trust": QCoreApplication.translate("RelationKinds", "Trust"),
    }
    return titles.get(kind, kind)


class LegendItem(QGraphicsItem):
    """A small key of the relation kinds shown on the map, in a corner of the view.

    On the audience map (``audience``) it is compact: shorter samples, tighter rows,
    so that it fits beside the map's circle instead of over it.
    """

    def __init__(self, *, audience: bool = False) -> None:
        super().__init__()
        self.audience = audience
        self._kinds: list[str] = []
        self._outer = 300.0
        self._rect = QRectF()
        self.setZValue(50)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_kinds(self, kinds: list[str], outer: float) -> None:
        """Show ``kinds`` (those drawn on the map); hidden when there are none."""
        self.prepareGeometryChange()
        self._kinds = kinds
        self._outer = outer
        metrics = QFontMetricsF(self._font())
        sample, row, pad = self._spacing(metrics)
        widest = max((metrics.horizontalAdvance(self._title(k)) for k in kinds), default=0.0)
        self._rect = QRectF(0, 0, sample + widest + pad * 3, row * len(kinds) + 12)
        self.setVisible(bool(kinds))
        self.update()

    def kinds(self) -> list[str]:
        return list(self._kinds)

    def _font(self) -> QFont:
        return map_font(Sizes(self._outer, audience=self.audience).legend)

    def _spacing(self, metrics: QFontMetricsF) -> tuple[float, float, float]:
        """Length of a line sample, height of a row and the inner padding."""
        h = metrics.height()
        if self.audience:
            return h * 1.5, h * 1.1, h * 0.4
        return h * 2.2, h * 1.25, h * 0.5

    def _title(self, kind: str) -> str:
        metrics = QFontMetricsF(self._font())
        # Room for any built-in kind's name whole; a typed one is cut only when very long.
        limit = max(self._outer * 0.5, metrics.height() * 12)
        return metrics.elidedText(plain(kind_title(kind)), Qt.TextElideMode.ElideRight, limit)

    def boundingRect(self) -> QRectF:
        return QRectF(self._rect)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = self._font()
        metrics = QFontMetricsF(font)
        painter.setPen(QPen(QColor("#b0bec5"), 1.5))
        painter.setBrush(QBrush(QColor(255, 255, 255, 230)))
        painter.drawRoundedRect(self._rect, 8, 8)
        painter.setFont(font)
        sample, row, pad = self._spacing(metrics)
        scale = max(1.0, self._outer / 350)
        for i, kind in enumerate(self._kinds):
            y = 6 + i * row + row / 2
            draw_relation_line(
                painter, QPointF(pad, y), QPointF(pad + sample, y), relation_style(kind), scale
            )
            painter.setPen(INK)
            text_rect = QRectF(pad * 2 + sample, y - row / 2, self._rect.width(), row)
            painter.drawText(
                text_rect,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                self._title(kind),
            )
