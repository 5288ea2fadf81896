"""Measuring and drawing a note's text as plain text (never rich text).

Fonts are shared per pixel size; the text of a note is measured with QTextLayout
wrapping at word boundaries (or anywhere, for a word longer than the note), which
is what :func:`n3desk.domain.text_fit.fit_text` needs to choose the size.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

from n3desk.domain import text_fit

FONT_FAMILY = "DejaVu Sans"
PADDING = 10.0  # between the note's edge and its text
BADGE_ROW = 24.0  # room kept at the bottom for rating badges
MAX_DISPLAY = 2000  # characters drawn on a note; the rest cannot fit on any note anyway
FAR_WORDS = 12  # words a note shows from afar, at most

TEXT_OPTION = QTextOption()
TEXT_OPTION.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
TEXT_OPTION.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
LINE_OPTION = QTextOption()  # one line already broken by first_lines: never wrapped again
LINE_OPTION.setWrapMode(QTextOption.WrapMode.NoWrap)
LINE_OPTION.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)


@lru_cache(maxsize=128)
def font(pixel_size: float, *, bold: bool = False) -> QFont:
    """The board's font at a pixel size (scene units, so it zooms with the board)."""
    made = QFont(FONT_FAMILY)
    made.setPixelSize(max(1, round(pixel_size)))
    made.setBold(bold)
    made.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return made


def display_text(text: str) -> str:
    """What is drawn on the note: the start of the text, line breaks kept."""
    return text[:MAX_DISPLAY]


def text_height(text: str, width: float, pixel_size: float) -> float:
    """Height of ``text`` wrapped at ``width`` in the board font at ``pixel_size``."""
    layout = QTextLayout(display_text(text), font(pixel_size))
    layout.setTextOption(TEXT_OPTION)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0.0, y))
        y += line.height()
        if y > 4000:  # far beyond any note; stop measuring a huge text
            break
    layout.endLayout()
    return y


def fit(text: str, width: float, height: float, *, badges: bool) -> text_fit.Fit:
    """The text size for a note of this size (see text_fit.fit_text)."""
    inner_w = max(10.0, width - 2 * PADDING)
    inner_h = height - 2 * PADDING - (BADGE_ROW if badges else 0.0)
    if not text:
        return text_fit.Fit(text_fit.LARGEST, 0.0)
    longest = max(display_text(text).split() or [""], key=len)

    def measure(size: float) -> float:
        # A size at which a word must be broken does not fit (unless nothing else does).
        if QFontMetricsF(font(size)).horizontalAdvance(longest) > inner_w:
            return float("inf")
        return text_height(text, inner_w, size)

    chosen = text_fit.fit_text(measure, inner_h)
    if chosen.needed_height == float("inf"):
        return text_fit.Fit(chosen.size, text_height(text, inner_w, chosen.size))
    return chosen


def first_lines(text: str, width: float, height: float, size: float) -> list[str]:
    """The first words of ``text`` in whole-word lines, for a note seen from afar.

    Words are never broken across lines (a word cut in two reads as two words
    from the back of the room): a word wider than ``width`` is cut with "…",
    and so is the last line that fits when words are left over.
    """
    words = display_text(text).split()[:FAR_WORDS]
    if not words or width <= 0:
        return []
    metrics = QFontMetricsF(font(size))
    room = max(1, int(height // metrics.height()))
    lines: list[str] = []
    start = 0
    while start < len(words) and len(lines) < room:
        end = start + 1
        while (
            end < len(words)
            and metrics.horizontalAdvance(" ".join(words[start : end + 1])) <= width
        ):
            end += 1
        if len(lines) == room - 1 and end < len(words):
            end = len(words)  # the last line that fits: the rest, cut with "…"
        line = " ".join(words[start:end])
        lines.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
        start = end
    return lines
