"""TextBlock: plain text drawn as large as fits, never below the projector's minimum.

A projector has no scroll bars: a title or an instruction must fit its box. The
block tries sizes from its largest down to :data:`~n3desk.app.projector.look.MIN_TEXT_PX`
and, when even that is too tall, ends the text with "…". Text is drawn with
QPainter (never rich text), so markup in a stage title shows as typed. The
font it draws with is kept by the block itself (:meth:`drawn_font`): the app's
style sheet resets a widget's ``font()`` whenever a parent is re-styled.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from n3desk.app.projector.look import MIN_TEXT_PX
from n3desk.app.theme import FONT_FAMILY

MAX_CHARS = 1500  # nobody reads more on a wall; measuring 100,000 characters is slow
STEP = 2


def projector_font(pixels: int, *, bold: bool = False) -> QFont:
    """The bundled family at ``pixels`` (never below the projector's minimum)."""
    font = QFont(FONT_FAMILY)
    font.setPixelSize(max(MIN_TEXT_PX, pixels))
    font.setBold(bold)
    return font


class TextBlock(QWidget):
    """A box of plain text that shrinks to fit, then ends in "…"."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        bold: bool = False,
        wrap: bool = True,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
    ) -> None:
        super().__init__(parent)
        self._text = ""
        self._shown = ""
        self._largest = 40
        self._smallest = MIN_TEXT_PX
        self._bold = bold
        self._wrap = wrap
        self._align = align
        self._colour = QColor("#000000")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._font = projector_font(self._largest, bold=bold)

    def text(self) -> str:
        return self._text

    def drawn_font(self) -> QFont:
        """The font the text is drawn in."""
        return QFont(self._font)

    def shown_text(self) -> str:
        """The text as drawn (ending in "…" when it did not fit)."""
        return self._shown

    def set_text(self, text: str) -> None:
        clean = text[:MAX_CHARS] if self._wrap else " ".join(text[:MAX_CHARS].split())
        if clean != self._text:
            self._text = clean
            self._fit()

    def set_style(self, largest: int, colour: str, smallest: int = MIN_TEXT_PX) -> None:
        """The size to draw at when the text fits, the smallest to shrink to, the colour.

        ``smallest`` is the room's minimum on this picture (``text_px(MIN_TEXT_PX, …)``):
        on a 1080-high wall a text shrunk to 20 px would be smaller than the minimum.
        """
        self._smallest = max(MIN_TEXT_PX, smallest)
        self._largest = max(self._smallest, largest)
        self._colour = QColor(colour)
        self.setMinimumHeight(QFontMetrics(projector_font(self._smallest)).height())
        self._fit()

    def _flags(self) -> int:
        wrap = Qt.TextFlag.TextWordWrap if self._wrap else Qt.TextFlag.TextSingleLine
        return int(self._align) | int(wrap)

    def _needed(self, font: QFont, text: str) -> QRect:
        bounds = QRect(0, 0, max(1, self.width()), 100_000)
        return QFontMetrics(font).boundingRect(bounds, self._flags(), text)

    def _fits(self, font: QFont, text: str) -> bool:
        needed = self._needed(font, text)
        return needed.height() <= self.height() and needed.width() <= self.width()

    def _fit(self) -> None:
        pixels = self._largest
        font = projector_font(pixels, bold=self._bold)
        while pixels > self._smallest and not self._fits(font, self._text):
            pixels = max(self._smallest, pixels - STEP)
            font = projector_font(pixels, bold=self._bold)
        shown = self._text
        if not self._fits(font, shown) and self.width() > 1 and self.height() > 1:
            shown = self._cut(font)
        self._shown = shown
        self._font = font
        self.update()

    def _cut(self, font: QFont) -> str:
        """The longest start of the text that fits with "…" after it."""
        low, high = 0, len(self._text)
        while low < high:
            middle = (low + high + 1) // 2
            if self._fits(font, self._text[:middle].rstrip() + "…"):
                low = middle
            else:
                high = middle - 1
        return self._text[:low].rstrip() + "…" if low else ""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        hint.setHeight(QFontMetrics(projector_font(self._largest, bold=self._bold)).height())
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._shown:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(self._font)
        painter.setPen(self._colour)
        painter.drawText(self.rect(), self._flags(), self._shown)
        painter.end()
