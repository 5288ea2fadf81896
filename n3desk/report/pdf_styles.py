"""Fonts, colours and paragraph styles of the PDF record.

Every piece of text in the record is set in the bundled DejaVu Sans, embedded (as a
subset) in the file; characters DejaVu lacks (emoji, many symbols) are set in the
bundled monochrome Noto Emoji, run by run (:mod:`n3desk.report.glyph_fallback`).
ReportLab's own defaults name Helvetica in many places (the canvas's first font,
table cells, sample styles); a standard font is never embedded, which PDF/A forbids,
so every style here names DejaVu explicitly and the canvas and tables are started on
it. Nothing here uses ReportLab's sample stylesheet.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from n3desk.resources import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
EMOJI_FONT = "NotoEmoji"  # the fallback for what DejaVu cannot draw; one face only

PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}
MARGIN = 20 * mm

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5f6368")
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#c8ccd0")
ZEBRA = colors.HexColor("#f3f5f7")
HEADER_FILL = colors.HexColor("#e4e9ef")


def safe_colour(value: str, default: str = "#90a4ae") -> colors.Color:
    """``value`` ("#rrggbb") as a colour; ``default`` for anything else an import brought."""
    if len(value) == 7 and value.startswith("#"):
        try:
            return colors.HexColor(value)
        except ValueError:
            pass
    return colors.HexColor(default)


@cache
def register_fonts() -> str:
    """Register the bundled DejaVu family and Noto Emoji once; the regular face's name."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    faces = {
        FONT: "DejaVuSans.ttf",
        FONT_BOLD: "DejaVuSans-Bold.ttf",
        FONT_ITALIC: "DejaVuSans-Oblique.ttf",
        FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
        EMOJI_FONT: "NotoEmoji-Regular.ttf",
    }
    for name, file in faces.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    # <b> and <i> in our own markup (never in user text) map to the DejaVu faces; an
    # emoji inside bold text stays in the one face Noto Emoji has here.
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )
    pdfmetrics.registerFontFamily(
        EMOJI_FONT, normal=EMOJI_FONT, bold=EMOJI_FONT, italic=EMOJI_FONT, boldItalic=EMOJI_FONT
    )
    return FONT


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap, with characters above U+FFFF written correctly.

    ReportLab writes every character as ``<%04X>``, which gives five hex digits for an
    emoji; PDF wants UTF-16BE there (a surrogate pair), or readers cannot extract, search
    or archive the text. Everything else is as ReportLab writes it.
    """
    entries = []
    for code, char in enumerate(subset):
        target = chr(char).encode("utf-16-be", "surrogatepass").hex().upper()
        entries.append(f"<{code:02X}> <{target}>")
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@cache
def glyphs() -> frozenset[int]:
    """The code points the regular face can draw."""
    register_fonts()
    font = pdfmetrics.getFont(FONT)
    return frozenset(font.face.charToGlyph)


@cache
def emoji_glyphs() -> frozenset[int]:
    """The code points the fallback font can draw and DejaVu cannot (no control characters)."""
    register_fonts()
    font = pdfmetrics.getFont(EMOJI_FONT)
    return frozenset(c for c in font.face.charToGlyph if c >= 0x20) - glyphs()


@dataclass(frozen=True, slots=True)
class Styles:
    """The paragraph styles of the record, all in DejaVu Sans."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_right: ParagraphStyle
    note: ParagraphStyle
    note_meta: ParagraphStyle


def _style(name: str, size: float, **extra: object) -> ParagraphStyle:
    bold = bool(extra.pop("bold", False))
    font = FONT_BOLD if bold else FONT
    base: dict[str, object] = {
        "fontName": font,
        "bulletFontName": font,
        "fontSize": size,
        "leading": round(size * 1.3, 1),
        "textColor": INK,
        "alignment": TA_LEFT,
        "splitLongWords": 1,
        "allowWidows": 0,
        "allowOrphans": 0,
    }
    base.update(extra)
    return ParagraphStyle(name, **base)


@cache
def make_styles() -> Styles:
    """The record's styles (fonts registered on first use)."""
    register_fonts()
    return Styles(
        title=_style("title", 24, bold=True, leading=30, textColor=ACCENT, spaceAfter=6),
        subtitle=_style("subtitle", 11, textColor=MUTED, spaceAfter=18),
        h1=_style("h1", 16, bold=True, textColor=ACCENT, spaceBefore=4, spaceAfter=8),
        h2=_style("h2", 12.5, bold=True, spaceBefore=10, spaceAfter=5, keepWithNext=1),
        h3=_style(
            "h3", 10.5, bold=True, textColor=ACCENT, spaceBefore=8, spaceAfter=3, keepWithNext=1
        ),
        body=_style("body", 10, spaceAfter=4),
        small=_style("small", 8.5),
        muted=_style("muted", 9, textColor=MUTED, spaceAfter=4),
        cell=_style("cell", 8.5),
        cell_head=_style("cell_head", 8.5, bold=True),
        cell_right=_style("cell_right", 8.5, alignment=TA_RIGHT),
        note=_style(
            "note", 9.5, leftIndent=22, bulletIndent=0, spaceBefore=3, bulletFontName=FONT_BOLD
        ),
        note_meta=_style("note_meta", 8, textColor=MUTED, leftIndent=22, spaceAfter=2),
    )
