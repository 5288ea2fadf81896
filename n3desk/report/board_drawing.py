"""A board drawn as a vector picture from its data: frames, notes, their text and dots.

Not a screenshot: the picture is scaled to the page, stays sharp at any zoom and
carries real (searchable) text. The full text of every note is in the list that
follows the picture, so a note's picture shows only as many lines as fit in it.

A board much wider than the page (a long row of notes made with Tab, a wall of
frames) would shrink its notes to colour blocks with no readable text. Such a board
is drawn as several strips, left to right, each at a scale where a note's text is
readable, cut between notes where the board has a gap (:func:`board_pictures`); and
where the notes are still small, their text is drawn larger than the board's own
size, showing the first words, as the board does from afar on screen. A board of
hundreds of notes is drawn once, as a map of the wall (its notes' text, too small to
read, is in the list that follows): strips and first words for each of 2,000 notes
would add pages of pictures and half again to the record's cost.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from n3desk.domain.entities import Frame, Note
from n3desk.domain.palette import NOTE_COLOURS, NOTE_TEXT
from n3desk.report.glyph_fallback import has_fallback
from n3desk.report.pdf_styles import FONT, FONT_BOLD, MUTED, RULE, safe_colour
from n3desk.report.pdf_text import fit, wrap_lines

NOTE_FONT_PX = 14.0  # the note text's size on the board at 100 %
FRAME_TITLE_PX = 22.0
MIN_TEXT_PT = 3.5  # below this the text is noise, not information
FAR_TEXT_PT = 6.0  # text of small notes is drawn at least this large, where it fits
READABLE_SCALE = FAR_TEXT_PT / NOTE_FONT_PX  # a note's own text is readable from here on
FAR_LINES = 2  # lines of a small note's first words
MAX_STRIPS = 6  # a wider board is drawn in at most this many strips
MOST_NOTES_READ = 300  # a board with more is a map of the wall: its text is in the list
PADDING = 8.0
STRIP_GAP = 6.0


NOTE_EDGE = colors.HexColor("#a8a8a0")
NOTE_INK = colors.HexColor(NOTE_TEXT)


@cache
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


def _board_bounds(notes: Sequence[Note], frames: Sequence[Frame]) -> _Box:
    boxes = [_Box(n.x, n.y, n.width, n.height) for n in notes]
    band = FRAME_TITLE_PX * 1.6  # the title's band above the frame, the frame whole below it
    boxes += [_Box(f.x, f.y - band, f.width, f.height + band) for f in frames]
    return _bounds(boxes) if boxes else _Box(0, 0, 1, 1)


def board_pictures(
    notes: Sequence[Note],
    frames: Sequence[Frame],
    dots: Mapping[str, int],
    *,
    width: float,
    max_height: float,
) -> list[BoardPicture]:
    """The board as one picture, or as strips when one picture would be unreadable."""
    bounds = _board_bounds(notes, frames)
    room_w, room_h = width - PADDING * 2, max_height - PADDING * 2
    whole = min(room_w / bounds.width, room_h / bounds.height, 0.6)
    strip_scale = min(READABLE_SCALE, room_h / bounds.height)
    if len(notes) > MOST_NOTES_READ:
        return [BoardPicture(notes, frames, dots, max_height=max_height, far=False)]
    if whole >= READABLE_SCALE or strip_scale <= whole * 1.2:
        return [BoardPicture(notes, frames, dots, max_height=max_height)]
    count = math.ceil(bounds.width * strip_scale / room_w)
    if count > MAX_STRIPS:
        strip_scale = room_w * MAX_STRIPS / bounds.width * 0.97  # room for cuts at gaps
    cuts = _cuts(notes, bounds, room_w / strip_scale)
    return [
        BoardPicture(
            notes,
            frames,
            dots,
            max_height=max_height,
            view=_Box(left, bounds.y, right - left, bounds.height),
            scale=strip_scale,
        )
        for left, right in itertools.pairwise(cuts)
    ]


def _cuts(notes: Sequence[Note], bounds: _Box, most: float) -> list[float]:
    """Edges of strips at most ``most`` wide, cut in the middle of a gap between notes
    where there is one in the last two thirds of the strip, else straight through."""
    spans = sorted((n.x, n.x + n.width) for n in notes)
    cuts = [bounds.x]
    end = bounds.x + bounds.width
    while end - cuts[-1] > most:
        start = cuts[-1]
        limit = start + most
        best: float | None = None
        reach = start
        for left, right in spans:
            if right <= start:
                continue
            if left >= limit:
                break
            if left > reach:
                best = (reach + left) / 2  # a gap between the notes so far and this one
            reach = max(reach, right)
        if reach <= limit:
            best = limit  # nothing crosses the limit
        if best is None or best - start < most / 3:
            best = limit
        cuts.append(best)
    cuts.append(end)
    return cuts


class BoardPicture(Flowable):  # type: ignore[misc]
    """The board (or the part ``view`` of it) fitted into the width and ``max_height``.

    With ``scale`` the picture is drawn at that scale instead (a strip of a wide board);
    ``far=False`` draws a note's text only at its own size (a board of hundreds of notes).
    """

    def __init__(
        self,
        notes: Sequence[Note],
        frames: Sequence[Frame],
        dots: Mapping[str, int],
        *,
        max_height: float,
        view: _Box | None = None,
        scale: float | None = None,
        far: bool = True,
    ) -> None:
        super().__init__()
        self.bounds = view or _board_bounds(notes, frames)
        right, bottom = self.bounds.x + self.bounds.width, self.bounds.y + self.bounds.height
        self.notes = [
            n for n in notes if n.x < right and n.x + n.width > self.bounds.x
        ] if view else list(notes)  # fmt: skip
        self.frames = [
            f for f in frames if f.x < right and f.x + f.width > self.bounds.x and f.y < bottom
        ] if view else list(frames)  # fmt: skip
        self.dots = dots
        self.max_height = max_height
        self.fixed_scale = scale
        self.far = far  # small notes show their first words larger than to scale
        self.clip = view is not None
        self.scale = 1.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        margin = PADDING * 2
        self.scale = self.fixed_scale or min(
            (available_width - margin) / self.bounds.width,
            (self.max_height - margin) / self.bounds.height,
            0.6,  # a board of three notes should not be drawn poster-sized
        )
        self.width = self.bounds.width * self.scale + margin
        self.height = self.bounds.height * self.scale + margin
        return self.width, self.height

    def getSpaceAfter(self) -> float:
        return STRIP_GAP if self.clip else 0.0

    def draw(self) -> None:
        canvas: Canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.setFillColor(colors.HexColor("#fbfbf8"))
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=1)
        if self.clip:  # a strip: what lies past its edges belongs to the next strip
            path = canvas.beginPath()
            path.rect(PADDING / 2, 0, self.width - PADDING, self.height)
            canvas.clipPath(path, stroke=0, fill=0)
        for frame in sorted(self.frames, key=lambda f: f.z):
            self._draw_frame(canvas, frame)
        canvas.setStrokeColor(NOTE_EDGE)  # once: a wide board has thousands of notes
        canvas.setLineWidth(0.3)
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
        room = FRAME_TITLE_PX * 1.6 * self.scale  # the band kept above every frame
        size = max(FRAME_TITLE_PX * self.scale, min(FAR_TEXT_PT, room * 0.6))
        left, right = box.x, box.x + box.width
        if self.clip:  # a strip: the title stays in the part of the frame it shows
            left, right = max(left, PADDING / 2), min(right, self.width - PADDING / 2)
        if size >= MIN_TEXT_PT and frame.title.strip() and right - left > size:
            canvas.setFillColor(MUTED)
            canvas.setFont(FONT_BOLD, size)
            title = fit(frame.title, FONT_BOLD, size, right - left)
            canvas.drawString(left, box.y + box.height + size * 0.4, title)

    def _draw_note(self, canvas: Canvas, note: Note) -> None:
        box = self._place(note.x, note.y, note.width, note.height)
        canvas.setFillColor(note_fill(note.colour))
        canvas.rect(box.x, box.y, box.width, box.height, stroke=1, fill=1)
        inset = max(6 * self.scale, 1.5)
        # Small notes show their first words larger than the board's own text size,
        # as long as two lines of them fit in the note.
        size = NOTE_FONT_PX * self.scale
        if self.far:
            size = max(size, min(FAR_TEXT_PT, (box.height - 2 * inset) / 2.4))
        whole = not self.clip or (box.x >= 0 and box.x + box.width <= self.width)
        dots = self.dots.get(note.id, 0)
        badge = dots > 0 and 11 * self.scale * 1.1 >= MIN_TEXT_PT * 0.8  # only if readable
        # The badge sits in the top-right corner: the text keeps clear of it.
        text_width = box.width - 2 * inset - (self._badge_radius() * 1.6 if badge else 0)
        if size >= MIN_TEXT_PT and note.text.strip() and whole and text_width > size:
            leading = size * 1.2
            room = int((box.height - 2 * inset) // leading)
            if size > NOTE_FONT_PX * self.scale:
                room = min(room, FAR_LINES)  # from afar, the first words are enough
            if room > 0:
                canvas.setFillColor(NOTE_INK)
                lines = wrap_lines(note.text[:2000], FONT, size, text_width, room)
                top = box.y + box.height - inset - size
                if any(has_fallback(line) for line in lines):
                    canvas.setFont(FONT, size)
                    for i, line in enumerate(lines):  # the canvas sets emoji run by run
                        canvas.drawString(box.x + inset, top - i * leading, line)
                else:  # one text object for the whole note: a wide board has thousands
                    text = canvas.beginText(box.x + inset, top)
                    text.setFont(FONT, size, leading)
                    for line in lines:
                        text.textLine(line)
                    canvas.drawText(text)
        if badge:
            self._draw_dots(canvas, box, dots)

    def _badge_radius(self) -> float:
        return 11 * self.scale

    def _draw_dots(self, canvas: Canvas, box: _Box, dots: int) -> None:
        """A dark badge with the note's dots at its top-right corner."""
        radius = self._badge_radius()
        cx, cy = box.x + box.width - radius * 0.6, box.y + box.height - radius * 0.6
        canvas.setFillColor(colors.HexColor("#1f4e79"))
        canvas.circle(cx, cy, radius, stroke=0, fill=1)
        size = radius * 1.1
        canvas.setFillColor(colors.white)
        canvas.setFont(FONT_BOLD, size)
        canvas.drawCentredString(cx, cy - size * 0.36, str(dots))
