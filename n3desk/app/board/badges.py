"""A note's rating badges and dots: laid out in rows along its bottom, never dropped.

Every rating a note has is shown ("V1 2", "G2 3" ...), wrapping into as many rows
as the note's width needs, with the dots ("● 3") last. The badges are laid out for
a font size, so the same layout serves the facilitator's board (BADGE_FONT_PX, the
note text's own readable minimum) and the projector (the room's minimum, however far
out the board is shown). The text above keeps clear of the rows (:func:`room`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter

from n3desk.app.board import text_layout

BADGE_FONT_PX = 13.0  # the smallest note text: the badges read as well as the notes
BADGE_FILL = QColor("#263238")
BADGE_TEXT = QColor("#ffffff")
DOT_FILL = QColor("#b71c1c")
HEIGHT = 1.4  # a badge's height, in font sizes
PAD = 0.25  # room either side of a badge's text, in font sizes
GAP = 0.2  # between badges and between rows, in font sizes
MARGIN = 0.2  # between the badges and the note's edges, in font sizes


@dataclass(frozen=True, slots=True)
class Badge:
    """One badge placed on a note: its box (note coordinates), its text, and if it is dots."""

    rect: QRectF
    text: str
    dots: bool


def texts(badges: Sequence[tuple[str, float]], dots: int | None) -> list[tuple[str, bool]]:
    """What the badges say, in order: the ratings, then the dots."""
    shown = [(f"{label} {number(value)}", False) for label, value in badges]
    if dots:
        shown.append((f"● {dots}", True))
    return shown


def number(value: float) -> str:
    """A rating as a badge writes it: "3", or a mean of phones' ratings as "2,5" in
    Swedish and "2.5" in English (the language's decimal mark)."""
    return str(value) if isinstance(value, int) else QLocale().toString(value, "f", 1)


@lru_cache(maxsize=4096)
def _width(text: str, size: float) -> float:
    metrics = QFontMetricsF(text_layout.font(size, bold=True))
    return metrics.horizontalAdvance(text) + 2 * PAD * size


def _rows(items: Sequence[tuple[str, bool]], width: float, size: float) -> list[list[int]]:
    """Indexes of ``items`` in rows no wider than ``width`` (a row holds at least one)."""
    usable = width - 2 * MARGIN * size
    rows: list[list[int]] = []
    used = 0.0
    for index, (text, _dots) in enumerate(items):
        wide = _width(text, size)
        if rows and used + GAP * size + wide <= usable:
            rows[-1].append(index)
            used += GAP * size + wide
        else:
            rows.append([index])
            used = wide
    return rows


def room(items: Sequence[tuple[str, bool]], width: float, size: float) -> float:
    """The height the badges take at the bottom of a note ``width`` wide (0 with none)."""
    if not items:
        return 0.0
    count = len(_rows(items, width, size))
    return count * (HEIGHT + GAP) * size + MARGIN * size


def layout(
    items: Sequence[tuple[str, bool]], width: float, height: float, size: float
) -> list[Badge]:
    """The badges placed in rows at the bottom of a ``width`` × ``height`` note."""
    rows = _rows(items, width, size)
    placed: list[Badge] = []
    top = height - room(items, width, size) + GAP * size
    for row in rows:
        x = MARGIN * size
        for index in row:
            text, dots = items[index]
            wide = _width(text, size)
            placed.append(Badge(QRectF(x, top, wide, HEIGHT * size), text, dots))
            x += wide + GAP * size
        top += (HEIGHT + GAP) * size
    return placed


def paint(painter: QPainter, placed: Sequence[Badge], size: float) -> None:
    """Draw placed badges: dark pills with white text, the dots red."""
    painter.save()
    painter.setFont(text_layout.font(size, bold=True))
    radius = HEIGHT * size / 2
    for badge in placed:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(DOT_FILL if badge.dots else BADGE_FILL))
        painter.drawRoundedRect(badge.rect, radius, radius)
        painter.setPen(BADGE_TEXT)
        painter.drawText(badge.rect, Qt.AlignmentFlag.AlignCenter, badge.text)
    painter.restore()
