"""One note in the boards' list: its text as a paragraph, its facts as small grey lines.

A 2,000-note record must cost about what setting 2,000 paragraphs costs. A second
paragraph per note for its facts (dots, ratings, author, links) would double that,
and styled runs inside one paragraph push ReportLab off its fast single-style path;
keeping the two together with KeepTogether lays every note out twice. So the facts
are plain lines drawn straight on the canvas (no markup at all, only
:func:`pdf_text.clean`), and this flowable keeps them under the note: when the note
breaks over a page, the facts go with its last part.
"""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from n3desk.report.pdf_text import wrap_lines

MAX_FACT_LINES = 6


class NoteEntry(Flowable):  # type: ignore[misc]
    """A note's paragraph with its facts underneath, indented like the paragraph."""

    def __init__(
        self,
        paragraph: Paragraph,
        facts: str,
        *,
        font: str,
        size: float,
        colour: Color,
        label: str = "",
        label_font: str = "",
    ) -> None:
        super().__init__()
        self.paragraph = paragraph
        self.facts = facts
        self.label = label  # the rank, drawn in the indent (cheaper than a bullet)
        self.label_font = label_font or font
        self.font = font
        self.size = size
        self.colour = colour
        self.indent = float(paragraph.style.leftIndent)
        self.leading = size * 1.25
        self.lines: list[str] = []
        self.text_height = 0.0

    def _facts_height(self) -> float:
        return len(self.lines) * self.leading + (2 if self.lines else 0)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _w, self.text_height = self.paragraph.wrap(available_width, available_height)
        self.lines = []
        if self.facts:
            room = available_width - self.indent
            self.lines = wrap_lines(self.facts, self.font, self.size, room, MAX_FACT_LINES)
        self.width = available_width
        self.height = self.text_height + self._facts_height()
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        return float(self.paragraph.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.paragraph.getSpaceAfter())

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts = self.paragraph.split(available_width, available_height)
        if len(parts) < 2:
            return []  # too short to break: the whole note moves to the next page
        head = NoteEntry(parts[0], "", font=self.font, size=self.size, colour=self.colour,
                         label=self.label, label_font=self.label_font)  # fmt: skip
        tail = NoteEntry(parts[1], self.facts, font=self.font, size=self.size,
                         colour=self.colour)  # fmt: skip
        return [head, tail]

    def draw(self) -> None:
        facts = self._facts_height()
        canvas = self.canv
        if self.label:  # first, so that text extraction reads "3. The note's text"
            style = self.paragraph.style
            size = float(style.fontSize)
            room = self.indent - 2  # a rank of 100 or more is set smaller, never over the text
            wide = stringWidth(self.label, self.label_font, size)
            if wide > room > 0:
                size *= room / wide
            canvas.setFont(self.label_font, size)
            canvas.drawString(0, self.height - style.fontSize, self.label)
        self.paragraph.drawOn(canvas, 0, facts)
        if not self.lines:
            return
        canvas.saveState()
        canvas.setFillColor(self.colour)
        canvas.setFont(self.font, self.size)
        y = facts - self.size - 1
        for line in self.lines:
            canvas.drawString(self.indent, y, line)
            y -= self.leading
        canvas.restoreState()
