"""Texts too long for their place: shortened there with a visible mark, kept whole at the end.

A place, a name or a stage instruction can hold any text an import or a paste
brought, 100,000 characters of one word included. A table cell with that much text
is taller than a page (ReportLab gives up with a LayoutError), and every attempt to
split the table re-measures it (minutes per record). So a text longer than its place
allows is cut there, at a space where one is near, with "… (continued in the
appendix, no. 3)"; the appendix at the end of the record prints it whole, as body
paragraphs that paginate in linear time (:func:`n3desk.report.pdf_text.paragraphs`).

The limits are about the page, not about what a field may hold: a name's place is a
heading or a narrow column, a long field's place is a table cell; notes, the
innovation question and the persona's description are body text and always printed
whole where they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from reportlab.platypus import Flowable, KeepTogether, Paragraph
from reportlab.platypus.paragraph import ParagraphStyle

from n3desk.report.pdf_styles import Styles
from n3desk.report.pdf_text import ELLIPSIS, break_long_words, clean, fit, markup, paragraphs

NAME_LIMIT = 300  # titles, names, labels: a heading, a line or a narrow column
CELL_PADDING = 6 + 6  # ReportLab's left and right padding of a table cell
CELL_LIMIT = 1500  # a long field in a table cell: at most about half a page
OWNER_WIDTH = 200.0  # points of a record's name in an appendix heading


@dataclass(frozen=True, slots=True)
class _Entry:
    number: int
    label: str
    owner: str
    text: str


class Appendix:
    """The texts shortened so far in one record, and the section that prints them whole."""

    def __init__(self, texts: Mapping[str, str], styles: Styles, width: float) -> None:
        self.texts = texts
        self.styles = styles
        self.width = width  # of a paragraph on the page, for breaking long words
        self.entries: list[_Entry] = []

    def _keep(self, text: str, label: str, owner: str) -> int:
        for entry in self.entries:  # the same text printed in two places: one entry
            if (entry.text, entry.label, entry.owner) == (text, label, owner):
                return entry.number
        number = len(self.entries) + 1
        self.entries.append(_Entry(number, label, owner, text))
        return number

    def _mark(self, number: int) -> str:
        return f" <i>{markup(self.texts['continued'].format(n=number))}</i>"

    def inline(self, text: str, label: str, *, owner: str = "", limit: int = NAME_LIMIT) -> str:
        """``text`` as markup for a heading or a line, shortened with a mark if too long."""
        if len(text) <= limit:
            return markup(text)
        number = self._keep(text, label, owner)
        return markup(_cut(text, limit)) + self._mark(number)

    def cell(
        self,
        text: str,
        style: ParagraphStyle,
        label: str,
        *,
        column: float,
        owner: str = "",
        limit: int = CELL_LIMIT,
    ) -> list[Flowable]:
        """``text`` as paragraphs for a table cell ``column`` wide, shortened if too long."""
        room = column - CELL_PADDING
        if len(text) <= limit:
            return paragraphs(text, style, room)
        number = self._keep(text, label, owner)
        shown = break_long_words(_cut(text, limit), style.fontName, style.fontSize, room - 1)
        return [Paragraph(markup(shown) + self._mark(number), style)]

    def section(self) -> list[Flowable]:
        """The appendix, or nothing when no text was shortened."""
        if not self.entries:
            return []
        styles = self.styles
        story: list[Flowable] = [
            Paragraph(markup(self.texts["appendix"]), styles.h1),
            Paragraph(markup(self.texts["appendix_intro"]), styles.muted),
        ]
        for entry in self.entries:
            heading = f"{entry.number}. {entry.label}"
            if entry.owner.strip():
                heading += " – " + fit(entry.owner, styles.h3.fontName, 10.5, OWNER_WIDTH)
            body = paragraphs(entry.text, styles.body, self.width)
            story += [KeepTogether([Paragraph(markup(heading), styles.h3), body[0]]), *body[1:]]
        return story


def _cut(text: str, limit: int) -> str:
    """The start of ``text``, at most ``limit`` characters, at a space if one is near."""
    head = clean(text[:limit])
    space = head.rfind(" ", int(limit * 0.8))
    return (head[:space] if space > 0 else head).rstrip() + ELLIPSIS
