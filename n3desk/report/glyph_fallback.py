"""Glyph fallback: text DejaVu Sans cannot draw is set in Noto Emoji, run by run.

ReportLab sets a string in one font and draws a missing glyph as an empty box; it
has no font fallback of its own. So text is split into runs by which font has the
glyph: paragraph text wraps the emoji runs in ``<font name=…>`` (:func:`tag_runs`),
and text drawn straight on the canvas goes through :class:`FallbackCanvas`, whose
``drawString`` and friends switch font between runs. Widths are measured the same
way (:func:`text_width`), so fitting and wrapping stay right.

Text reaches this module already cleaned (:func:`n3desk.report.pdf_text.clean`):
every character is in one of the two fonts. Plain text with no emoji, nearly all of
it, costs one regular-expression search.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from n3desk.report.pdf_styles import EMOJI_FONT, emoji_glyphs


def _ranges(codes: Iterable[int]) -> str:
    """A regular-expression character class body for ``codes``, as ranges."""
    parts: list[str] = []
    ordered = sorted(codes)
    start = previous = ordered[0]
    for code in [*ordered[1:], -1]:
        if code == previous + 1:
            previous = code
            continue
        first, last = re.escape(chr(start)), re.escape(chr(previous))
        parts.append(first if start == previous else f"{first}-{last}")
        start = previous = code
    return "".join(parts)


@cache
def _fallback_run() -> re.Pattern[str]:
    # One class of ~700 ranges would be tested range by range for every character
    # outside the Basic Multilingual Plane's bitmap: seconds for a long text. So the
    # ranges above U+FFFF are only tried after a cheap test that the character is.
    codes = emoji_glyphs()
    bmp = _ranges(c for c in codes if c <= 0xFFFF)
    astral = _ranges(c for c in codes if c > 0xFFFF)
    return re.compile(f"(?:[{bmp}]|(?=[\U00010000-\U0010ffff])[{astral}])+")


def has_fallback(text: str) -> bool:
    """Whether ``text`` holds any character only the fallback font can draw."""
    if not text or max(text) < _lowest():
        return False  # Nordic text, dashes and quotes included, stops here
    return _fallback_run().search(text) is not None


@cache
def _lowest() -> str:
    return chr(min(emoji_glyphs()))


def runs(text: str) -> Iterator[tuple[bool, str]]:
    """``text`` as (in the fallback font?, piece) pairs, in order, none empty."""
    at = 0
    for match in _fallback_run().finditer(text):
        if match.start() > at:
            yield False, text[at : match.start()]
        yield True, match.group()
        at = match.end()
    if at < len(text):
        yield False, text[at:]


def tag_runs(escaped: str) -> str:
    """Paragraph markup with every fallback run wrapped in a ``<font>`` tag.

    ``escaped`` is already escaped markup: ``&``, ``<`` and ``>`` are DejaVu
    characters, so no run contains an entity or a tag.
    """
    return _fallback_run().sub(lambda m: f'<font name="{EMOJI_FONT}">{m.group()}</font>', escaped)


def text_width(text: str, font: str, size: float) -> float:
    """The width of ``text`` set in ``font`` with the fallback font where needed."""
    if not has_fallback(text):
        return float(stringWidth(text, font, size))
    return sum(
        float(stringWidth(piece, EMOJI_FONT if fallback else font, size))
        for fallback, piece in runs(text)
    )


class FallbackCanvas(Canvas):  # type: ignore[misc]
    """A canvas whose one-line strings take the fallback font where DejaVu has no glyph."""

    def drawString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        if has_fallback(text):
            self._draw_runs(x, y, text)
        else:
            super().drawString(x, y, text, *args, **kwargs)

    def drawRightString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        if has_fallback(text):
            self._draw_runs(x - text_width(text, self._fontname, self._fontsize), y, text)
        else:
            super().drawRightString(x, y, text, *args, **kwargs)

    def drawCentredString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        if has_fallback(text):
            self._draw_runs(x - text_width(text, self._fontname, self._fontsize) / 2, y, text)
        else:
            super().drawCentredString(x, y, text, *args, **kwargs)

    def stringWidth(
        self,
        text: str,
        fontName: str | None = None,  # noqa: N803 (ReportLab's names)
        fontSize: float | None = None,  # noqa: N803
    ) -> float:
        return text_width(
            text, fontName or self._fontname, self._fontsize if fontSize is None else fontSize
        )

    def _draw_runs(self, x: float, y: float, text: str) -> None:
        font, size = self._fontname, self._fontsize
        line = self.beginText(x, y)
        for fallback, piece in runs(text):
            line.setFont(EMOJI_FONT if fallback else font, size)
            line.textOut(piece)
        self.drawText(line)
