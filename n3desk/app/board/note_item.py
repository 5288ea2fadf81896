"""NoteItem: a sticky note drawn by itself, fast enough for 2,000 on one board.

The item paints its own plain text (QPainter with a QTextOption, never rich text)
and is cached in device coordinates, so a repaint of a still board is a blit (while
a view zooms, one picture at 100 % drawn scaled instead: see set_zooming). Far
out it draws a coloured block with its first words large enough to read. A zoom
step throws every device cache away, so while the view zooms far out the notes are
"coarse": they draw nothing and one item draws all their blocks at once (see
NoteBlocks); the view makes them whole again once the zoom settles (see BoardView).

On the projector (``readable_px`` set by the audience scene) no text is ever drawn
smaller than the room can read: a note whose fitted text would be too small on the
wall is drawn with larger letters and fewer words, ending in "…".
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from n3desk.app.board import badges as badge_rows
from n3desk.app.board import text_layout
from n3desk.app.board.badges import BADGE_FONT_PX
from n3desk.domain import text_fit
from n3desk.domain.entities import Note, Participant
from n3desk.domain.palette import DEFAULT_NOTE_COLOUR, NOTE_COLOURS, NOTE_TEXT

SELECTED = QColor("#0d47a1")
MATCHED = QColor("#e65100")
SHADOW = QColor(0, 0, 0, 40)
HIDDEN_GREY = QColor("#9e9e9e")
TEXT = QColor(NOTE_TEXT)
GREYED_TEXT = QColor("#4a4a4a")
OUTLINE = 6.0  # room outside the note for the selection and search outlines

FAR = 0.45  # below this zoom the note is drawn as a block with its first words
NOTHING_READABLE = 0.06  # below this not even the first words can be read
FAR_TEXT_PX = 13.0  # far out: the first words this high on the screen
FAR_MIN_PX = 9.0  # narrow notes shrink them to this, at most; a longer word is cut with "…"
FAR_CHARS = 10.0  # letters a far note's line is given room for, when it can be
FAR_BADGE_PX = 10.0  # far out: the badges' text this high on the screen
TOOLTIP_CHARS = text_layout.MAX_DISPLAY  # the whole text of any note that can be read


def readable_size(pixels: float, lod: float) -> float:
    """The board size of a text ``pixels`` high on the screen at zoom ``lod`` (whole pixels,
    rounded up: fonts take whole pixel sizes, and rounding down would fall under it)."""
    return float(math.ceil(pixels / max(lod, 0.01) - 1e-6))


def tooltip(text: str) -> str:
    """The note's whole text for hovering: markup shown as typed, lines kept and wrapped."""
    if not text.strip():
        return ""
    shown = html.escape(text[:TOOLTIP_CHARS]) + ("…" if len(text) > TOOLTIP_CHARS else "")
    return f'<p style="white-space:pre-wrap">{shown}</p>'


def note_colour(name: str) -> QColor:
    """The palette colour for a note's colour key (a "#rrggbb" string also works)."""
    value = NOTE_COLOURS.get(name, name)
    colour = QColor(value)
    return colour if colour.isValid() else QColor(NOTE_COLOURS[DEFAULT_NOTE_COLOUR])


def greyed(colour: QColor) -> QColor:
    """A hidden note's colour: washed towards grey, so the facilitator sees it is hidden."""
    return QColor(
        (colour.red() + 2 * HIDDEN_GREY.red()) // 3,
        (colour.green() + 2 * HIDDEN_GREY.green()) // 3,
        (colour.blue() + 2 * HIDDEN_GREY.blue()) // 3,
    )


class NoteItem(QGraphicsRectItem):
    """One note on a board. The scene keeps it in step with the document.

    A QGraphicsRectItem underneath so that its bounds and shape are answered in
    C++: a repaint from the cache then calls no Python at all, which is what
    keeps 2,000 notes in view fast.
    """

    def __init__(self, note: Note, *, on_block_changed: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.note = note
        self.dots: int | None = None  # None: no revealed round, nothing to show
        self.badges: list[tuple[str, float]] = []  # a mean shows as 2,5
        self.matched = False  # a search hit
        self.dimmed = False  # filtered out
        self.editing = False  # the editor draws the text meanwhile
        self.edit_height: float | None = None  # taller while the text being typed needs it
        self.readable_px = 0.0  # on the projector: no text smaller on the screen than this
        self._fit_key: tuple[str, float, float, float] | None = None
        self._fit_size = text_fit.LARGEST
        self._lines_key: tuple[str, float, float, float] | None = None
        self._lines: list[text_layout.Line] = []
        self.coarse = False  # far out: the board's blocks draw it (see NoteBlocks)
        # Told when its far-out block changes (the scene's NoteBlocks): given here, as
        # an item is no QObject and has no signals.
        self._on_block_changed = on_block_changed
        self._far_key: tuple[str, float, float, float] | None = None
        self._far_lines: list[str] = []
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self._set_bounds()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setPos(note.x, note.y)
        self.setZValue(note.z)
        self.setToolTip(tooltip(note.text))

    # -- keeping in step ---------------------------------------------------------------

    def set_note(self, note: Note) -> None:
        """Show a new version of the note."""
        old = self.note
        self.note = note
        if (old.width, old.height) != (note.width, note.height):
            self._set_bounds()
        if (old.x, old.y) != (note.x, note.y):
            self.setPos(note.x, note.y)
        if old.z != note.z:
            self.setZValue(note.z)
        if old.text != note.text:
            self.setToolTip(tooltip(note.text))
        self.update()

    def set_decorations(
        self, *, dots: int | None = None, badges: list[tuple[str, float]] | None = None
    ) -> None:
        """Show the note's dots (None: hidden) and rating badges."""
        badges = badges if badges is not None else self.badges
        if dots != self.dots or badges != self.badges:
            self.dots = dots
            self.badges = badges
            self.update()

    def set_flag_state(self, *, matched: bool | None = None, dimmed: bool | None = None) -> None:
        """Mark the note as a search hit or as filtered out."""
        changed = False
        if matched is not None and matched != self.matched:
            self.matched, changed = matched, True
        if dimmed is not None and dimmed != self.dimmed:
            self.dimmed, changed = dimmed, True
        if changed:
            self.update()
            self.look_changed()

    def set_edit_height(self, height: float | None) -> None:
        """Let the note grow while the text being typed needs it."""
        if height != self.edit_height:
            self.edit_height = height
            self._set_bounds()
            self.update()

    def set_zooming(self, zooming: bool) -> None:
        """While a view zooms (True) keep one picture of the note, drawn scaled, instead of
        drawing it again at every step; settled (False) draw it crisp at the zoom."""
        mode = (
            QGraphicsItem.CacheMode.ItemCoordinateCache
            if zooming
            else QGraphicsItem.CacheMode.DeviceCoordinateCache
        )
        if self.cacheMode() != mode:
            self.setCacheMode(mode)

    def set_coarse(self, coarse: bool) -> None:
        """Leave the drawing to the board's blocks (True: see NoteBlocks), or draw whole."""
        if coarse == self.coarse:
            return
        self.coarse = coarse
        self._sync_contents()
        if not coarse:
            self.update()

    def draws_itself_when_coarse(self) -> bool:
        """Far out too this note draws itself: it is selected, found or filtered out."""
        return self.dimmed or self.matched or self.isSelected()

    def _sync_contents(self) -> None:
        # Drawing nothing keeps the note clickable and selectable: Qt only skips paint().
        self.setFlag(
            QGraphicsItem.GraphicsItemFlag.ItemHasNoContents,
            self.coarse and not self.draws_itself_when_coarse(),
        )

    def look_changed(self) -> None:
        """Whether it draws itself far out may have changed (selection, search, filter)."""
        if self.coarse:
            self._sync_contents()
            if self._on_block_changed is not None:
                self._on_block_changed()

    def box(self) -> tuple[float, float, float, float]:
        """Where the item is now (during a drag this differs from the note)."""
        return (self.x(), self.y(), self.note.width, self.note.height)

    # -- drawing ---------------------------------------------------------------------

    def height(self) -> float:
        return max(self.note.height, self.edit_height or 0.0)

    def _set_bounds(self) -> None:
        self.setRect(
            QRectF(-OUTLINE, -OUTLINE, self.note.width + 2 * OUTLINE, self.height() + 2 * OUTLINE)
        )

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        note = self.note
        rect = QRectF(0.0, 0.0, note.width, self.height())
        if self.coarse and not (self.dimmed or note.hidden or self.matched or self.isSelected()):
            painter.fillRect(rect, note_colour(note.colour))  # the plain block, quickly
            return
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if self.dimmed:
            painter.setOpacity(0.25)
        colour = note_colour(note.colour)
        if note.hidden:
            colour = greyed(colour)
        if lod >= FAR:
            painter.fillRect(rect.translated(3.0, 4.0), SHADOW)
        painter.fillRect(rect, colour)
        if note.hidden:
            pen = QPen(GREYED_TEXT, 2.0, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        if lod >= FAR or self.readable_px > 0.0:
            self._paint_text(painter, rect, lod)
        elif lod >= NOTHING_READABLE and not self.coarse:
            self._paint_far(painter, rect, lod)
        self._paint_outline(painter, rect, lod)

    def badge_size(self, lod: float) -> float:
        """The badges' font size in board units: readable on the board and on the wall."""
        if self.readable_px > 0.0:
            return max(BADGE_FONT_PX, readable_size(self.readable_px, lod))
        return BADGE_FONT_PX

    def text_size(self, lod: float = 1.0) -> float:
        """The size the text is drawn at (board units), after room for the badges."""
        note = self.note
        items = badge_rows.texts(self.badges, self.dots)
        bottom = badge_rows.room(items, note.width, self.badge_size(lod))
        key = (note.text, note.width, self.height(), bottom)
        if key != self._fit_key:
            self._fit_size = text_layout.fit(
                note.text, note.width, self.height(), bottom=bottom
            ).size
            self._fit_key = key
        if self.readable_px > 0.0 and self._fit_size * lod < self.readable_px:
            return readable_size(self.readable_px, lod)
        return self._fit_size

    def _paint_text(self, painter: QPainter, rect: QRectF, lod: float) -> None:
        """The text as large as fits (ending in "…" when it does not), the badges below."""
        note = self.note
        if note.hidden:
            painter.setFont(text_layout.font(12.0))
            painter.setPen(GREYED_TEXT)
            label = QCoreApplication.translate("NoteItem", "Hidden")
            initials = self._author_initials()
            if initials:  # a note from a phone: whose it is, for the facilitator only
                label = f"{initials} · {label}"
            painter.drawText(rect.adjusted(0, 0, -6, -2), Qt.AlignmentFlag.AlignRight, label)
        items = badge_rows.texts(self.badges, self.dots)
        size = self.badge_size(lod)
        bottom = badge_rows.room(items, note.width, size)
        if items:
            placed = badge_rows.layout(items, note.width, self.height(), size)
            badge_rows.paint(painter, placed, size)
        if self.editing or not note.text:
            return
        text_size = self.text_size(lod)
        pad = text_layout.PADDING
        inner = rect.adjusted(pad, pad, -pad, -max(pad, bottom))
        key = (note.text, inner.width(), inner.height(), text_size)
        if key != self._lines_key:
            self._lines_key = key
            self._lines, _cut = text_layout.fitted_lines(
                note.text,
                inner.width(),
                inner.height(),
                text_size,
                whole_words=text_size > self._fit_size,  # enlarged for the wall
            )
        font = text_layout.font(text_size)
        painter.setFont(font)
        painter.setPen(GREYED_TEXT if note.hidden else TEXT)
        line_height = QFontMetricsF(font).height()
        for line in self._lines:
            at = QRectF(inner.left(), inner.top() + line.top, inner.width(), line_height)
            painter.drawText(at, line.text, text_layout.LINE_OPTION)

    def _author_initials(self) -> str:
        """The writer's initials, on the facilitator's board (never the audience's)."""
        scene = self.scene()
        # The item does not import its scene (the scene imports it): ask by name.
        workshop = getattr(getattr(scene, "document", None), "workshop", None)
        if self.note.author_id is None or workshop is None or getattr(scene, "audience", True):
            return ""
        person: Participant | None = workshop.get(Participant, self.note.author_id)
        return " ".join(person.initials.split())[:4] if person is not None else ""

    def _paint_far(self, painter: QPainter, rect: QRectF, lod: float) -> None:
        """Far out: the first words about 13 px high on the screen, and the badges.

        Sizes here are in pixels on the screen divided by ``lod``. The text is the
        near text's weight and colour, in whole words; the badges shrink to a
        compact row at the bottom when the note has room for it and a line.
        """
        pad = min(text_layout.PADDING, 3.0 / lod)
        inner = rect.adjusted(pad, pad, -pad, -pad)
        items = badge_rows.texts(self.badges, self.dots)
        badge_size = FAR_BADGE_PX / lod
        bottom = badge_rows.room(items, rect.width(), badge_size)
        if items and inner.height() >= bottom + FAR_MIN_PX * 1.2 / lod:
            placed = badge_rows.layout(items, rect.width(), rect.height(), badge_size)
            badge_rows.paint(painter, placed, badge_size)
            inner.setBottom(rect.bottom() - bottom)
        # One size for every note at this zoom, whatever its words, so the board reads
        # evenly: about FAR_CHARS letters a line, between FAR_MIN_PX and FAR_TEXT_PX.
        size = min(
            FAR_TEXT_PX / lod,
            rect.height() / 2.4,
            max(FAR_MIN_PX / lod, inner.width() / FAR_CHARS),
        )
        key = (self.note.text, inner.width(), inner.height(), size)
        if key != self._far_key:
            self._far_key = key
            self._far_lines = text_layout.first_lines(
                self.note.text, inner.width(), inner.height(), size
            )
        lines = self._far_lines
        if not lines:
            return
        font = text_layout.font(size)
        painter.setFont(font)
        painter.setPen(GREYED_TEXT if self.note.hidden else TEXT)
        line_height = QFontMetricsF(font).height()
        painter.save()
        painter.setClipRect(inner)
        for row, line in enumerate(lines):
            at = QRectF(inner.left(), inner.top() + row * line_height, inner.width(), line_height)
            painter.drawText(at, line, text_layout.LINE_OPTION)
        painter.restore()

    def _paint_outline(self, painter: QPainter, rect: QRectF, lod: float) -> None:
        # The outlines keep a visible width on the screen at any zoom: outside the
        # note while they fit in the item's margin, inside it when zoomed far out.
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for shown, colour, pixels in (
            (self.matched, MATCHED, 5.0),
            (self.isSelected(), SELECTED, 3.0),
        ):
            if not shown:
                continue
            width = pixels / max(lod, 0.01)
            if width <= OUTLINE:
                outline = rect.adjusted(-width / 2, -width / 2, width / 2, width / 2)
            else:
                width = min(width, rect.height() / 3)
                outline = rect.adjusted(width / 2, width / 2, -width / 2, -width / 2)
            painter.setPen(QPen(colour, width))
            painter.drawRect(outline)
