"""A board drawn as a vector picture from its data: frames, notes, their text and dots.

Not a screenshot: the picture is scaled to the page, stays sharp at any zoom and
carries real (searchable) text. Text inside a note is only drawn where it would be
large enough to read; the full text of every note is in the list that follows the
picture, so a note's picture shows only as many lines as fit in it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from n3desk.domain.entities import Frame, Note
from n3desk.domain.palette import NOTE_COLOURS, NOTE_TEXT
from n3desk.report.pdf_styles import FONT, FONT_BOLD, MUTED, RULE, safe_colour
from n3desk.report.pdf_text import fit, wrap_lines

NOTE_FONT_PX = 14.0  # the note text's size on the board at 100 %
FRAME_TITLE_PX = 22.0
MIN_TEXT_PT = 3.5  # below this the text is noise, not information
PADDING = 8.0


def note_fill(colour: str) -> colors.Color:
    """The note's palette colour (or its own #rrggbb); yellow when unknown."""
    return safe_colour(NOTE_COLOURS.get(colour, colour), NOTE_COLOURS["yellow"])


@dataclass(frozen=True, slots=True)
class _Box:
    x: float
    y: float
    width: float
    height: float


def _bounds(boxes: Sequence[_Box]) -> _Box:
    left = min(b.x for b in boxes)
    top = min(b.y for b in boxes)
    right = max(b.x + b.width for b in boxes)
    bottom = max(b.y + b.height for b in boxes)
    return _Box(left, top, max(right - left, 1.0), max(bottom - top, 1.0))


class BoardPicture(Flowable):  # type: ignore[misc]
    """The whole board, fitted into the frame's width and at most ``max_height``."""

    def __init__(
        self,
        notes: Sequence[Note],
        frames: Sequence[Frame],
        dots: Mapping[str, int],
        *,
        max_height: float,
    ) -> None:
        super().__init__()
        self.notes = list(notes)
        self.frames = list(frames)
        self.dots = dots
        self.max_height = max_height
        boxes = [_Box(n.x, n.y, n.width, n.height) for n in notes]
        boxes += [_Box(f.x, f.y - FRAME_TITLE_PX * 1.6, f.width, f.height) for f in frames]
        self.bounds = _bounds(boxes) if boxes else _Box(0, 0, 1, 1)
        self.scale = 1.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        margin = PADDING * 2
        self.scale = min(
            (available_width - margin) / self.bounds.width,
            (self.max_height - margin) / self.bounds.height,
            0.6,  # a board of three notes should not be drawn poster-sized
        )
        self.width = self.bounds.width * self.scale + margin
        self.height = self.bounds.height * self.scale + margin
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.setFillColor(colors.HexColor("#fbfbf8"))
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=1)
        for frame in sorted(self.frames, key=lambda f: f.z):
            self._draw_frame(canvas, frame)
        for note in self.notes:
            self._draw_note(canvas, note)
        canvas.restoreState()

    def _place(self, x: float, y: float, width: float, height: float) -> _Box:
        """Board coordinates (y down) to PDF coordinates (y up) inside the picture."""
        s = self.scale
        left = PADDING + (x - self.bounds.x) * s
        top = self.height - PADDING - (y - self.bounds.y) * s
        return _Box(left, top - height * s, width * s, height * s)

    def _draw_frame(self, canvas: Canvas, frame: Frame) -> None:
        box = self._place(frame.x, frame.y, frame.width, frame.height)
        canvas.setFillColor(colors.HexColor("#eef1f4"))
        canvas.setStrokeColor(colors.HexColor("#9aa5b1"))
        canvas.setLineWidth(0.6)
        canvas.roundRect(box.x, box.y, box.width, box.height, 3 * self.scale, stroke=1, fill=1)
        size = FRAME_TITLE_PX * self.scale
        if size >= MIN_TEXT_PT and frame.title.strip():
            canvas.setFillColor(MUTED)
            canvas.setFont(FONT_BOLD, size)
            title = fit(frame.title, FONT_BOLD, size, box.width)
            canvas.drawString(box.x, box.y + box.height + size * 0.4, title)

    def _draw_note(self, canvas: Canvas, note: Note) -> None:
        box = self._place(note.x, note.y, note.width, note.height)
        canvas.setFillColor(note_fill(note.colour))
        canvas.setStrokeColor(colors.HexColor("#a8a8a0"))
        canvas.setLineWidth(0.3)
        canvas.rect(box.x, box.y, box.width, box.height, stroke=1, fill=1)
        size = NOTE_FONT_PX * self.scale
        inset = 6 * self.scale
        if size >= MIN_TEXT_PT and note.text.strip():
            leading = size * 1.2
            room = int((box.height - 2 * inset) // leading)
            if room > 0:
                canvas.setFillColor(colors.HexColor(NOTE_TEXT))
                canvas.setFont(FONT, size)
                lines = wrap_lines(note.text[:2000], FONT, size, box.width - 2 * inset, room)
                y = box.y + box.height - inset - size
                for line in lines:
                    canvas.drawString(box.x + inset, y, line)
                    y -= leading
        dots = self.dots.get(note.id, 0)
        if dots > 0 and 11 * self.scale * 1.1 >= MIN_TEXT_PT * 0.8:
            self._draw_dots(canvas, box, dots)  # only where the number can be read

    def _draw_dots(self, canvas: Canvas, box: _Box, dots: int) -> None:
        """A dark badge with the note's dots at its top-right corner."""
        radius = 11 * self.scale
        cx, cy = box.x + box.width - radius * 0.6, box.y + box.height - radius * 0.6
        canvas.setFillColor(colors.HexColor("#1f4e79"))
        canvas.circle(cx, cy, radius, stroke=0, fill=1)
        size = radius * 1.1
        canvas.setFillColor(colors.white)
        canvas.setFont(FONT_BOLD, size)
        canvas.drawCentredString(cx, cy - size * 0.36, str(dots))
