"""Measuring and drawing a note's text as plain text (never rich text).

Fonts are shared per pixel size; the text of a note is measured with QTextLayout
wrapping at word boundaries (or anywhere, for a word longer than the note), which
is what :func:`n3desk.domain.text_fit.fit_text` needs to choose the size. Text too
long for its note even at the smallest size is cut after the last line that fits,
which ends in "…" (:func:`fitted_lines`): never clipped through a line.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

from n3desk.domain import text_fit

FONT_FAMILY = "DejaVu Sans"
PADDING = 10.0  # between the note's edge and its text
MAX_DISPLAY = 2000  # characters drawn on a note; the rest cannot fit on any note anyway
FAR_WORDS = 12  # words a note shows from afar, at most

TEXT_OPTION = QTextOption()
TEXT_OPTION.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
TEXT_OPTION.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
WORD_OPTION = QTextOption()  # lines broken between words only (a longer word overflows)
WORD_OPTION.setWrapMode(QTextOption.WrapMode.WordWrap)
WORD_OPTION.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
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


def _laid_out(text: str) -> str:
    # QTextLayout, unlike QPainter.drawText, takes "\n" for a space: break the line.
    return display_text(text).replace("\n", "\u2028")


def text_height(text: str, width: float, pixel_size: float) -> float:
    """Height of ``text`` wrapped at ``width`` in the board font at ``pixel_size``."""
    layout = QTextLayout(_laid_out(text), font(pixel_size))
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


def fit(text: str, width: float, height: float, *, bottom: float = 0.0) -> text_fit.Fit:
    """The text size for a note of this size (see text_fit.fit_text).

    ``bottom`` is the room kept below the text for the note's badges (which keep
    their own margin: the text's padding is not added to it).
    """
    inner_w = max(10.0, width - 2 * PADDING)
    inner_h = height - PADDING - max(PADDING, bottom)
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


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a note's text as drawn: its text and its top (from the text's top)."""

    text: str
    top: float


def fitted_lines(
    text: str, width: float, height: float, size: float, *, whole_words: bool = False
) -> tuple[list[Line], bool]:
    """The lines of ``text`` that fit ``width`` × ``height`` at ``size``, and whether it was cut.

    Lines break as on the note (at words, or anywhere in a word too long for a line);
    when text is left over, the last line that fits ends with "…". With
    ``whole_words`` (large letters on the wall) a word is never broken: one too long
    for a line ends in "…", for half a word reads as two words from the back.
    """
    shown = _laid_out(text)
    if not shown or width <= 0:
        return [], False
    layout = QTextLayout(shown, font(size))
    layout.setTextOption(WORD_OPTION if whole_words else TEXT_OPTION)
    layout.beginLayout()
    starts: list[int] = []
    tops: list[float] = []
    y = 0.0
    cut = False
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        if y + line.height() > height + 0.5:
            cut = True
            break
        starts.append(line.textStart())
        tops.append(y)
        y += line.height()
    layout.endLayout()
    if not starts:
        return [], True
    ends = [*starts[1:], len(shown) if not cut else layout.lineAt(len(starts)).textStart()]
    lines = [Line(shown[a:b].rstrip(), top) for a, b, top in zip(starts, ends, tops, strict=True)]
    metrics = QFontMetricsF(font(size))
    if whole_words:
        lines = [
            Line(metrics.elidedText(line.text, Qt.TextElideMode.ElideRight, width), line.top)
            for line in lines
        ]
    truncated = len(shown) < len(text)
    if (cut or truncated) and lines:
        rest = " ".join(shown[starts[-1] :].split()) + ("…" if truncated else "")
        elided = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        lines[-1] = Line(elided, tops[-1])
    return lines, cut or truncated
