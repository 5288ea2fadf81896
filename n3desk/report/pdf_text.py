"""The one place where text someone typed becomes PDF text.

ReportLab's Paragraph reads a markup language, and that markup has run code before
(CVE-2023-33733: a colour attribute evaluated as Python). A note is data, never
markup, so every user string goes through :func:`markup` (for paragraphs) or
:func:`clean` (for text drawn straight on the canvas) and nowhere else:

- ``&``, ``<`` and ``>`` are escaped, so ``<img src=…>`` or ``<font color=…>`` is
  shown as typed and never parsed;
- control characters are dropped (tabs become spaces, line breaks stay line breaks);
- characters DejaVu Sans cannot draw are set in the bundled Noto Emoji (emoji and
  many symbols, :mod:`n3desk.report.glyph_fallback`); those neither font has (CJK,
  for one) become a visible □ rather than an invisible gap or a broken export;
  invisible format characters DejaVu lacks (variation selectors, bidi marks) and
  skin tone modifiers, which a monochrome font cannot show, are dropped (ReportLab
  does not shape, so a family emoji shows as its people, joiners kept in the text);
- long words wrap: where the width is known, a word wider than the line is cut into
  line-wide pieces here, from a table of character widths (ReportLab's own
  ``splitLongWords``, in every style as a fallback, measures one character at a
  time on every re-wrap: minutes for a 100,000-character word); very long texts are
  cut into several paragraphs so that a 100,000-character note paginates in linear
  time; one-line helpers look only at as much text as can fit.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paragraph import ParagraphStyle

from n3desk.report.glyph_fallback import has_fallback, tag_runs, text_width
from n3desk.report.pdf_styles import emoji_glyphs, glyphs

PLACEHOLDER = "\u25a1"  # WHITE SQUARE: DejaVu has it, and it reads as "a character was here"
ELLIPSIS = "\u2026"

# A paragraph is re-wrapped on every page it spills onto, so one huge paragraph costs
# pages × length; chunks of this many characters keep a huge note linear.
CHUNK = 1500

_LINE_BREAKS = {"\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n", "\t": " "}
_SKIN_TONES = range(0x1F3FB, 0x1F400)
_INVISIBLE = ("Cf", "Mn", "Me")  # format characters and marks: dropped when no font has them
_CHUNK_BREAK = re.compile("[\\s\x00]")
_WIDEST_EM = 2.1  # no glyph of the bundled fonts is wider (DejaVu's widest: 2.02 em)
_CHAR_WIDTHS: dict[tuple[str, str], float] = {}


class _Cleaner(dict[int, str | None]):
    """A str.translate table that decides each code point once, on first sight."""

    def __missing__(self, code: int) -> str | None:
        char = chr(code)
        value: str | None
        if char == "\n":
            value = char
        elif char in _LINE_BREAKS:
            value = _LINE_BREAKS[char]
        else:
            category = unicodedata.category(char)
            if category == "Cc" or code in _SKIN_TONES:
                value = None
            elif code in glyphs() or (code in emoji_glyphs() and category not in _INVISIBLE):
                value = char
            else:
                # Variation selectors, bidi marks and the like: invisible anyway.
                value = None if category in _INVISIBLE else PLACEHOLDER
        self[code] = value
        return value


_CLEANER = _Cleaner()


def clean(text: str) -> str:
    """``text`` as the font can draw it: no control characters, no missing glyphs."""
    return text.replace("\r\n", "\n").translate(_CLEANER)


def markup(text: str) -> str:
    """``text`` as ReportLab paragraph markup that shows exactly these characters."""
    return tag_runs(escape(clean(text))).replace("\n", "<br/>")


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph showing ``text`` literally."""
    return Paragraph(markup(text), style)


def paragraphs(text: str, style: ParagraphStyle, width: float | None = None) -> list[Flowable]:
    """``text`` as one paragraph, or several when it is very long (see CHUNK).

    With ``width`` (the frame's or the column's) words too long for a line are broken
    here, cheaply, rather than by ReportLab.
    """
    cleaned = clean(text)
    if width is not None:
        room = width - style.leftIndent - style.rightIndent - 1  # a point for rounding
        cleaned = break_long_words(cleaned, style.fontName, style.fontSize, room)
    pieces = _chunks(cleaned.replace("\n", "\x00"))  # NUL: cleaned text has none
    styles = [style] if len(pieces) == 1 else _chunk_styles(style, len(pieces))
    return [
        Paragraph(tag_runs(escape(piece)).replace("\x00", "<br/>"), piece_style)
        for piece, piece_style in zip(pieces, styles, strict=True)
    ]


def _chunk_styles(style: ParagraphStyle, count: int) -> list[ParagraphStyle]:
    """The style of each piece of a cut text: no paragraph spacing where it was cut."""
    first = ParagraphStyle(f"{style.name}-first", parent=style, spaceAfter=0)
    middle = ParagraphStyle(f"{style.name}-middle", parent=style, spaceBefore=0, spaceAfter=0)
    last = ParagraphStyle(f"{style.name}-last", parent=style, spaceBefore=0)
    return [first, *[middle] * (count - 2), last]


def break_long_words(text: str, font: str, size: float, width: float) -> str:
    """``text`` with each word wider than ``width`` cut into pieces on lines of their own."""

    def pieces(match: re.Match[str]) -> str:
        word = match.group()
        if text_width(word, font, size) <= width:
            return word
        cut: list[str] = []
        start, used = 0, 0.0
        for i, char in enumerate(word):
            key = (font, char)
            one = _CHAR_WIDTHS.get(key)
            if one is None:
                one = _CHAR_WIDTHS[key] = text_width(char, font, 1.0)
            if used + one * size > width and i > start:
                cut.append(word[start:i])
                start, used = i, 0.0
            used += one * size
        cut.append(word[start:])
        return "\n".join(cut)

    if width <= 0:
        return text
    # Only a word of this many characters can be wider than the line: most texts have none.
    return _long_words(int(width / (size * _WIDEST_EM)) + 1).sub(pieces, text)


@cache
def _long_words(least: int) -> re.Pattern[str]:
    return re.compile(f"\\S{{{max(least, 1)},}}")


def _chunks(text: str) -> list[str]:
    """``text`` cut near every CHUNK characters, at whitespace where there is some."""
    if len(text) <= CHUNK:
        return [text]
    pieces: list[str] = []
    start = 0
    while len(text) - start > CHUNK:
        end = start + CHUNK
        window = text[start + CHUNK // 2 : end]
        breaks = [m.start() for m in _CHUNK_BREAK.finditer(window)]
        if breaks:
            end = start + CHUNK // 2 + breaks[-1] + 1
        # A line break at the cut is the paragraph break itself, not an empty line.
        pieces.append(text[start : end - 1] if text[end - 1] == "\x00" else text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line no wider than ``width``, shortened with … if needed."""
    most = _most_chars(size, width)
    line = " ".join(clean(text[:most]).split())
    measure = _measure(line, font, size)
    if len(text) <= most and measure(line) <= width:
        return line
    # Binary search on the length: a 100,000-character title stays cheap.
    low, high = 0, min(len(line), int(width / (size * 0.2)) + 1)
    while low < high:
        mid = (low + high + 1) // 2
        if measure(line[:mid] + ELLIPSIS) <= width:
            low = mid
        else:
            high = mid - 1
    return line[:low].rstrip() + ELLIPSIS


def wrap_lines(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """``text`` broken into at most ``max_lines`` lines of ``width``; … if cut short.

    Used for the text drawn inside a note on the board picture, where the whole note
    is in the list below and only its start needs to be readable.
    """
    most = _most_chars(size, width) * max_lines
    words = clean(text[:most]).split()
    single = " ".join(words)
    measure = _measure(single, font, size)
    if len(text) <= most and measure(single) <= width:
        return [single] if single else []  # the usual case: it fits on one line
    space = measure(" ")
    lines: list[str] = []
    current, current_width = "", 0.0
    for word in words:
        word_width = measure(word)
        if current and current_width + space + word_width <= width:
            current, current_width = f"{current} {word}", current_width + space + word_width
            continue
        if not current and word_width <= width:
            current, current_width = word, word_width
            continue
        if current:
            lines.append(current)
            current, current_width = "", 0.0
        while word_width > width and len(lines) < max_lines:
            head = fit(word, font, size, width)[:-1] or word[:1]
            lines.append(head)
            word = word[len(head) :]
            word_width = measure(word)
        current, current_width = word, word_width
        if len(lines) >= max_lines:
            break
    if current and len(lines) < max_lines:
        lines.append(current)
    if len(lines) > max_lines or (lines and (len(text) > most or _shortened(words, lines))):
        lines = lines[:max_lines]
        last = lines[-1]
        while last and measure(last + ELLIPSIS) > width:  # a few characters at most
            last = last[:-1]
        lines[-1] = last.rstrip() + ELLIPSIS
    return lines


def _measure(text: str, font: str, size: float) -> Callable[[str], float]:
    """The width function for pieces of ``text``: ReportLab's own when no emoji are in it."""
    if has_fallback(text):
        return lambda piece: text_width(piece, font, size)
    return lambda piece: float(stringWidth(piece, font, size))


def _shortened(words: list[str], lines: list[str]) -> bool:
    return sum(len(w) for w in words) > sum(len(line.replace(" ", "")) for line in lines)


def _most_chars(size: float, width: float) -> int:
    """More characters than can fit in ``width``: all a one-line helper needs to look at.

    No visible character of DejaVu or Noto Emoji is narrower than 0.2 em; a few more
    make up for marks of zero width and characters that cleaning drops.
    """
    return int(width / (size * 0.2)) * 2 + 16
