"""Fonts, sizes, pens and colours of the stakeholder map, in one place.

Sizes follow the map's outer radius in pixels so that the map keeps its shape from
a 1024×768 laptop to a 4K projector, with floors that keep labels readable from the
back of a room (sector labels never below 18 px).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QPainter, QPainterPath, QPen

from n3desk.app.theme import FONT_FAMILY, register_fonts
from n3desk.domain.mapgeometry import RelationStyle

INK = QColor("#1a1a1a")
MUTED_INK = QColor("#4a4a4a")
PAPER = QColor("#fbfaf7")
GRID = QColor("#9e9e9e")
SELECTION = QColor("#0d47a1")
FADED_OPACITY = 0.12

LABEL_BAND = 0.14
"""Width of the band outside the outermost ring that holds the sector labels."""

LONGEST_FIELD = 1_000_000
"""QLineEdit's default limit (32,767) would silently cut a long pasted name when it is
shown and committed again; the map's text fields take up to this many characters."""

MAX_TEXT = 300
"""Characters of a user text laid out on the map; the rest is elided (the table has all)."""

_fonts_ready = False

# Calm sector colours a facilitator can pick from (recolour menu).
SECTOR_SWATCHES: tuple[str, ...] = (
    "#f48fb1",
    "#a5d6a7",
    "#90caf9",
    "#80deea",
    "#b39ddb",
    "#ffcc80",
    "#fff59d",
    "#bcaaa4",
    "#cfd8dc",
    "#ef9a9a",
)


def ensure_fonts() -> None:
    """Register the bundled DejaVu Sans once (the shell does it too; shots may not)."""
    global _fonts_ready
    if _fonts_ready:
        return
    if FONT_FAMILY not in QFontDatabase.families():
        register_fonts()
    _fonts_ready = True


CONDENSED = 84
"""The stretch (per cent of the normal width) of the room's condensed face: a crowded
wall's key and its long sector titles set narrower rather than smaller than the
wall's minimum (the letters keep their height)."""


def map_font(pixels: float, *, bold: bool = False, condensed: bool = False) -> QFont:
    """DejaVu Sans at ``pixels`` pixels (``condensed``: at :data:`CONDENSED` width)."""
    ensure_fonts()
    font = QFont(FONT_FAMILY)
    font.setPixelSize(max(1, round(pixels)))
    font.setBold(bold)
    if condensed:
        font.setStretch(CONDENSED)
    return font


AUDIENCE_FLOOR = 14.0
"""The smallest text of the audience map, in scene pixels: the projector magnifies the
map until this is its smallest readable size, so every text shares one floor."""

NAME_FLOOR = 11.0
"""The smallest a name is set on the facilitator's map, read from the laptop, when the
map is too crowded for its full size (the projector keeps :data:`AUDIENCE_FLOOR`)."""


class Sizes:
    """Pixel sizes of the map's texts and marks for one outer radius.

    The audience map (the projector) draws fewer texts, every one of them at least
    :data:`AUDIENCE_FLOOR`, with headings a little larger; the facilitator's map has
    smaller floors, since it is read from the laptop.
    """

    def __init__(self, outer: float, *, audience: bool = False) -> None:
        self.outer = outer
        self.audience = audience
        if audience:
            floor = AUDIENCE_FLOOR
            self.sector_label = max(floor * 1.2, outer * 0.066)
            self.ring_label = max(floor, outer * 0.04)
            self.name = max(floor, outer * 0.044)
            self.persona_name = max(floor * 1.15, outer * 0.056)
            self.persona_text = max(floor, outer * 0.040)
            self.legend = max(floor, outer * 0.04)
            self.chip_width = max(120.0, outer * 0.85)
            return
        self.sector_label = max(18.0, outer * 0.072)
        self.ring_label = max(14.0, outer * 0.046)
        self.name = max(14.0, outer * 0.046)
        self.persona_name = max(16.0, outer * 0.06)
        self.persona_text = max(12.0, outer * 0.040)
        self.legend = max(13.0, outer * 0.04)
        self.chip_width = max(120.0, outer * 0.52)

    def name_sizes(self) -> tuple[float, ...]:
        """The sizes a name may be set at, full size first, shrinking to the floor."""
        floor = AUDIENCE_FLOOR if self.audience else NAME_FLOOR
        sizes = [float(round(self.name))]
        while sizes[-1] > floor:
            sizes.append(float(max(floor, round(sizes[-1] * 0.88))))
        return tuple(sizes)

    def smallest_text(self) -> float:
        """The smallest text this map draws (the projector magnifies until it reads)."""
        texts = [self.sector_label, self.ring_label, self.name, self.persona_name, self.legend]
        if not self.audience:
            texts.append(self.persona_text)  # the audience map leaves the description out
        return min(texts)


def darker(colour: str, factor: int = 170) -> QColor:
    """A darker shade of ``colour`` for marks that must stand out on paper."""
    return QColor(colour).darker(factor)


def translucent(colour: str, alpha: int) -> QColor:
    """``colour`` with ``alpha`` (0–255)."""
    result = QColor(colour)
    result.setAlpha(alpha)
    return result


_PATTERNS = {
    "solid": Qt.PenStyle.SolidLine,
    "dash": Qt.PenStyle.DashLine,
    "dot": Qt.PenStyle.DotLine,
    "dashdot": Qt.PenStyle.DashDotLine,
}


def relation_pen(style: RelationStyle, scale: float = 1.0) -> QPen:
    """The pen of a relation kind; ``scale`` grows it on big maps."""
    pen = QPen(QColor(style.colour), style.width * scale)
    pen.setStyle(_PATTERNS.get(style.pattern, Qt.PenStyle.SolidLine))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap if style.pattern == "dot" else Qt.PenCapStyle.FlatCap)
    return pen


def draw_relation_line(
    painter: QPainter, a: QPointF, b: QPointF, style: RelationStyle, scale: float
) -> None:
    """Draw one relation line (two thin parallel lines for a double style)."""
    pen = relation_pen(style, scale)
    if not style.double:
        painter.setPen(pen)
        painter.drawLine(a, b)
        return
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length = max((dx * dx + dy * dy) ** 0.5, 1e-6)
    gap = style.width * scale * 1.4
    nx, ny = -dy / length * gap, dx / length * gap
    painter.setPen(pen)
    painter.drawLine(QPointF(a.x() + nx, a.y() + ny), QPointF(b.x() + nx, b.y() + ny))
    painter.drawLine(QPointF(a.x() - nx, a.y() - ny), QPointF(b.x() - nx, b.y() - ny))


@lru_cache(maxsize=8192)
def plain(text: str) -> str:
    """A user text made safe to lay out: capped in length, control characters shown as spaces."""
    head = text[:MAX_TEXT]
    cleaned = "".join(" " if (ord(c) < 32 or 0x7F <= ord(c) < 0xA0) else c for c in head)
    return cleaned + ("…" if len(text) > MAX_TEXT else "")


def wrapped_lines(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """``text`` broken into at most ``max_lines`` lines of ``width``; the last one elided."""
    metrics = QFontMetricsF(font)
    words = plain(text).split()
    lines: list[str] = []
    current = ""
    for i, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if metrics.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines - 1:
            current = " ".join(words[i:])
            break
    if current or not lines:
        lines.append(current)
    last = lines[-1]
    lines[-1] = metrics.elidedText(last, Qt.TextElideMode.ElideRight, width)
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


def pill(rect: QRectF, radius: float | None = None) -> QPainterPath:
    """A rounded rectangle path (label backgrounds, stakeholder chips)."""
    path = QPainterPath()
    r = rect.height() / 2 if radius is None else radius
    path.addRoundedRect(rect, r, r)
    return path
