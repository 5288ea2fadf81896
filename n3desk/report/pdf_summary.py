"""The PDF record of a workshop: :func:`write_pdf`.

One pass of ReportLab's layout. "Page x of y" needs the page count before the first
page is finished, so the canvas keeps each page's state until the end and writes
the running header and footer on all of them then (the usual ReportLab recipe; no
second layout pass). The file is written next to its destination under a temporary
name and moved into place only when complete, so a failure or a crash never leaves
a half-written PDF where the old one was.
"""

from __future__ import annotations

import time
from collections.abc import Collection
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
)

from n3desk.atomic_file import atomic_output
from n3desk.domain.workshop import Workshop
from n3desk.report.glyph_fallback import FallbackCanvas
from n3desk.report.pdf_appendix import Appendix
from n3desk.report.pdf_boards import board_section
from n3desk.report.pdf_decisions import decisions
from n3desk.report.pdf_sections import agenda, cover, n3_card, stakeholder_map
from n3desk.report.pdf_styles import (
    FONT,
    MARGIN,
    MUTED,
    PAGE_SIZES,
    RULE,
    make_styles,
    register_fonts,
)
from n3desk.report.pdf_text import clean, fit
from n3desk.report.pdf_texts import report_texts

SECTIONS: tuple[str, ...] = ("cover", "agenda", "boards", "map", "decisions", "n3card")


def write_pdf(
    workshop: Workshop,
    path: Path | str,
    *,
    language: str | None = None,
    pagesize: str = "A4",
    sections: Collection[str] | None = None,
    made_at: float | None = None,
) -> None:
    """Write the workshop's record to ``path`` (atomically).

    ``language`` defaults to the session's; ``pagesize`` is "A4" or "Letter";
    ``sections`` picks some of :data:`SECTIONS` (all by default), in that order;
    ``made_at`` is the moment the record says it was made (now by default).
    """
    if pagesize not in PAGE_SIZES:
        raise ValueError(f"unknown page size {pagesize!r}; use A4 or Letter")
    chosen = SECTIONS if sections is None else tuple(s for s in SECTIONS if s in sections)
    unknown = set(sections or ()) - set(SECTIONS)
    if unknown:
        raise ValueError(f"unknown sections: {', '.join(sorted(unknown))}")
    with atomic_output(Path(path), suffix=".pdf.part") as out:
        build_pdf(
            workshop, out, language=language, pagesize=pagesize, sections=chosen, made_at=made_at
        )


def build_pdf(
    workshop: Workshop,
    out: Any,
    *,
    language: str | None = None,
    pagesize: str = "A4",
    sections: Collection[str] = SECTIONS,
    made_at: float | None = None,
) -> None:
    """Lay the record out into ``out`` (a binary file object)."""
    made = time.time() if made_at is None else made_at
    register_fonts()
    language = language or workshop.session.language
    texts = report_texts(language)
    styles = make_styles()
    size = PAGE_SIZES[pagesize]
    session = workshop.session
    doc = SimpleDocTemplate(
        out,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 4 * mm,
        bottomMargin=MARGIN,
        title=clean(session.title[:500]),
        author=clean(session.facilitator[:500]),
        subject=texts["record"],
        creator="n3desk",
        initialFontName=FONT,
        initialFontSize=10,
    )
    width = doc.width
    picture = doc.height * 0.55
    # Paragraphs have the frame's width less its padding (6 points a side); tables
    # are as wide as the frame and reach the margins.
    appendix = Appendix(texts, styles, width - 12)
    parts: dict[str, list[Flowable]] = {}
    if "cover" in sections:
        parts["cover"] = cover(workshop, texts, styles, made, appendix)
    if "agenda" in sections:
        parts["agenda"] = agenda(workshop, texts, styles, width, appendix)
    if "boards" in sections and workshop.boards:
        parts["boards"] = [
            Paragraph(texts["boards"], styles.h1),
            *board_section(workshop, texts, styles, (width, picture), appendix),
        ]
    if "map" in sections:
        room = (width, doc.height * 0.62)
        parts["map"] = stakeholder_map(workshop, texts, styles, room, appendix)
    if "decisions" in sections:
        parts["decisions"] = decisions(workshop, texts, styles, width, appendix)
    if "n3card" in sections:
        parts["n3card"] = n3_card(workshop, texts, styles, width, appendix, language)
    parts["appendix"] = appendix.section()
    story: list[Flowable] = []
    for name in (*SECTIONS, "appendix"):
        if parts.get(name):
            if story:
                # Big sections start a page; short ones follow on when there is room.
                big = name in ("agenda", "boards", "map", "appendix")
                story.append(PageBreak() if big else CondPageBreak(doc.height * 0.3))
            story += parts[name]
    footer = _FooterInfo(session.title, texts["page"], made)
    doc.build(story, canvasmaker=lambda *a, **k: NumberedCanvas(*a, footer=footer, **k))


class _FooterInfo:
    def __init__(self, title: str, page_text: str, made_at: float | None = None) -> None:
        self.title = title
        self.page_text = page_text
        self.made_at = time.time() if made_at is None else made_at  # the file's real date


class _MadeAt:
    """The moment in the file's CreationDate and ModDate, in local time with its offset.

    ReportLab stamps the time it is run at, or 2000-01-01 in its "invariant" mode
    (which an archive would read as the record's real date); this gives it ours.
    """

    def __init__(self, when: float) -> None:
        local = time.localtime(when)
        offset = local.tm_gmtoff or 0
        self.t = when
        self.lt = tuple(local)
        self.YMDhms = tuple(local)[:6]
        self.dhh = int(offset / 3600)
        self.dmm = abs(offset) % 3600 // 60
        self.tzname = local.tm_zone


class NumberedCanvas(FallbackCanvas):
    """A canvas that writes "session · page x of y" on every page once all are laid out."""

    def __init__(self, *args: Any, footer: _FooterInfo, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict[str, Any]] = []
        self._doc._timeStamp = _MadeAt(footer.made_at)

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        width, _height = self._pagesize
        y = MARGIN * 0.55
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, y + 10, width - MARGIN, y + 10)
        self.setFillColor(MUTED)
        self.setFont(FONT, 8)
        page = self._footer.page_text.format(page=self._pageNumber, pages=total)
        self.drawRightString(width - MARGIN, y, page)
        room = width - 2 * MARGIN - self.stringWidth(page, FONT, 8) - 20
        self.drawString(MARGIN, y, fit(self._footer.title or "n3desk", FONT, 8, room))
        self.restoreState()
