"""The relation legend drawn on the map, and the display names of relation kinds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from n3desk.app.map.painting import (
    INK,
    Sizes,
    darker,
    draw_relation_line,
    map_font,
    plain,
    translucent,
)
from n3desk.app.translation import translate_for
from n3desk.domain.mapgeometry import relation_style

# The built-in kinds' English names, for :func:`translate_for` (the same as below).
_KIND_SOURCES = {
    "collaboration": "Collaboration",
    "information": "Information",
    "money": "Money",
    "conflict": "Conflict",
    "trust": "Trust",
}


def kind_title(kind: str, language: str = "") -> str:
    """The display name of a relation kind: built-ins translated, the user's own as typed.

    ``language``: the session's (the room's map speaks the session's language, not
    the facilitator's window's); empty: the window's.
    """
    if language and kind in _KIND_SOURCES:
        return translate_for(language, "RelationKinds", _KIND_SOURCES[kind])
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
    so that it fits beside the map's circle instead of over it; and it speaks
    ``language`` (the session's) when one is set.
    """

    def __init__(self, *, audience: bool = False) -> None:
        super().__init__()
        self.audience = audience
        self.language = ""  # the window's language; the room's map sets the session's
        self._kinds: list[str] = []
        # The sector titles (title, colour) when the rim has no room for them: listed
        # first, each beside a swatch of its slice's colour, whole.
        self._sectors: list[tuple[str, str]] = []
        self._outer = 300.0
        self._rect = QRectF()
        self._columns: list[float] = []  # where each column starts (sectors, then kinds)
        self._condensed = False
        self.setZValue(50)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_kinds(
        self,
        kinds: list[str],
        outer: float,
        language: str = "",
        sectors: list[tuple[str, str]] | None = None,
        *,
        condensed: bool = False,
    ) -> None:
        """Show ``kinds`` (those drawn on the map) in ``language`` (empty: the window's),
        after ``sectors`` (title, colour) when given; hidden when there is neither.
        ``condensed``: in the room's condensed face (as its crowded key is)."""
        self.prepareGeometryChange()
        self._condensed = condensed
        self._kinds = kinds
        self._sectors = [(" ".join(plain(t).split()), c) for t, c in sectors or []]
        self._outer = outer
        self.language = language
        metrics = QFontMetricsF(self._font())
        sample, row, pad = self._spacing(metrics)
        # Two columns when the sectors are listed (the kinds beside them): a legend as
        # low as it can be, under the circle or beside the key.
        columns = [[t for t, _c in self._sectors], [self._title(k) for k in kinds]]
        columns = [c for c in columns if c]
        self._columns = []
        x = 0.0
        for texts in columns:
            self._columns.append(x)
            widest = max(metrics.horizontalAdvance(t) for t in texts)
            x += sample + widest + pad * 2
        rows = max((len(c) for c in columns), default=0)
        self._rect = QRectF(0, 0, x + pad, row * rows + 12)
        self.setVisible(bool(columns))
        self.update()

    def sector_titles(self) -> list[str]:
        """The sector titles the legend lists (none while the rim shows them)."""
        return [title for title, _colour in self._sectors]

    def kinds(self) -> list[str]:
        return list(self._kinds)

    def titles(self) -> list[str]:
        """The kinds' names as the legend writes them."""
        return [self._title(kind) for kind in self._kinds]

    def _font(self) -> QFont:
        size = Sizes(self._outer, audience=self.audience).legend
        return map_font(size, condensed=self._condensed)

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
        title = plain(kind_title(kind, self.language))
        return metrics.elidedText(title, Qt.TextElideMode.ElideRight, limit)

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
        left = pad
        for i, (title, colour) in enumerate(self._sectors):
            y = 6 + i * row + row / 2
            swatch = QRectF(left, y - row * 0.3, sample, row * 0.6)
            painter.setPen(QPen(darker(colour, 130), 1.5))
            painter.setBrush(QBrush(translucent(colour, 150)))
            painter.drawRoundedRect(swatch, 3, 3)
            painter.setPen(INK)
            text_rect = QRectF(left + pad + sample, y - row / 2, self._rect.width() - left, row)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             title)  # fmt: skip
        left = pad + (self._columns[-1] if self._sectors else 0.0)
        for i, kind in enumerate(self._kinds):
            y = 6 + i * row + row / 2
            draw_relation_line(
                painter, QPointF(left, y), QPointF(left + sample, y), relation_style(kind), scale
            )
            painter.setPen(INK)
            text_rect = QRectF(left + pad + sample, y - row / 2, self._rect.width() - left, row)
            painter.drawText(
                text_rect,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                self._title(kind),
            )
