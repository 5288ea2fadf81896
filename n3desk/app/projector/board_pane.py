"""A board as the room sees it: always notes, never empty space, never letters too small.

The board's audience scene is a separate scene on the same document: hidden notes
are not drawn at all, nothing is selectable, and no text on it is drawn smaller on
the wall than the projector's minimum (:attr:`BoardScene.readable_px`): far out a
note shows fewer words, larger, ending in "…".

What is shown: the notes sent to the room, or else the whole board, as large as
fits. When its words would then have to be drawn larger than FLOOR_TEXT board pixels
to read on the wall, the board is shown one part at a time, alone, like a slide
(:mod:`n3desk.app.projector.board_parts`): the part the facilitator looks at while
the projector follows them, else the first; PgDown / PgUp step through the parts.

Nothing is worked out while the pane is not on a screen (the projector is off, or
shows the stage), and the parts are worked out again only when notes or frames
moved, came or went, not on every edit.

Signals:
    part_changed(): another part is on the wall, or the board has more or fewer parts.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetrics, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from n3desk.app.board import badges, text_layout
from n3desk.app.board.frame_item import TITLE_INSET
from n3desk.app.board.scene import BoardScene
from n3desk.app.document import SessionDocument
from n3desk.app.projector import board_parts
from n3desk.app.projector.audience_view import AudienceView
from n3desk.app.projector.board_parts import Box, FrameBox, NoteBox, Part
from n3desk.app.projector.look import MIN_TEXT_PX, ProjectorLook, text_px
from n3desk.app.projector.text_block import TextBlock
from n3desk.domain.arrangement import FRAME_TITLE_HEIGHT
from n3desk.domain.entities import Board

BOARD_MAX_ZOOM = 2.0
# A note's words are never shown larger than this many board pixels (about twelve
# letters a line): larger, a note holds too few to read, so the board is cut into parts.
FLOOR_TEXT = 20.0
EMPTY_BOARD = QRectF(-400, -300, 800, 600)


def _qrect(box: Box) -> QRectF:
    return QRectF(*box)


class BoardPane(QWidget):
    """One board as the audience sees it: its title and its visible notes, fitted."""

    part_changed = Signal()

    def __init__(self, document: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.scenes: dict[str, BoardScene] = {}
        self.board_id = ""
        self.note_ids: tuple[str, ...] = ()
        self.follows = False  # the projector follows the facilitator's view
        self.look_scale = 1.0  # the projector font scale
        self.look_height = 768  # the projector's height, which the type sizes follow
        self.focus_board = ""  # the board the facilitator looks at, and the part of it:
        self.focus_rect = QRectF()
        self.chosen: int | None = None  # the part stepped to with PgDown/PgUp
        self.parts: list[Part] = []  # the parts of the board now (one: all of it)
        self.index = 0  # the part on the wall
        self.shown_rect = QRectF()  # what was fitted, in board coordinates
        self._parts_key: tuple[object, ...] = ()
        self._cuts: board_parts.CutCache = {}
        self._floor_key: tuple[object, ...] = ()
        self._floor_value = 1.0
        self._board_title = ""
        self._told = (0, 0)  # the part and count last announced
        self._dirty = True
        self.title = TextBlock(self, bold=True, wrap=False)
        self.counter = TextBlock(self, wrap=False, align=Qt.AlignmentFlag.AlignRight)
        self.view = AudienceView(self)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.title, 1)
        header.addWidget(self.counter)
        self._header = header
        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(0)
        self._layout.addLayout(header)
        self._layout.addWidget(self.view, 1)
        # Many ops arrive together (a drag, an undo): refit once, after them.
        self._refit_timer = QTimer(self)
        self._refit_timer.setSingleShot(True)
        self._refit_timer.setInterval(0)
        self._refit_timer.timeout.connect(self.refit)
        # A view resized while hidden knows its final size only later: refit then too.
        self.view.resized.connect(self._refit_timer.start)
        self.view.unfitted_paint.connect(self._refit_before_paint)

    def scene(self) -> BoardScene | None:
        return self.scenes.get(self.board_id)

    # -- what to show -------------------------------------------------------------------

    def show_board(
        self, board_id: str, note_ids: tuple[str, ...] = (), *, follows: bool = False
    ) -> None:
        """Show ``board_id`` (narrowed to ``note_ids`` when given)."""
        if (board_id, note_ids) != (self.board_id, self.note_ids):
            self.chosen = None
        self.board_id, self.note_ids, self.follows = board_id, note_ids, follows
        board = self.document.workshop.get(Board, board_id)
        self._board_title = board.title if board is not None else ""
        self._dirty = True
        if self.isVisible():
            self.refit()

    def drop_board(self, board_id: str) -> None:
        """Forget the audience scene of a deleted board."""
        scene = self.scenes.pop(board_id, None)
        if scene is not None:
            if self.view.scene() is scene:
                self.view.setScene(None)
            scene.deleteLater()

    def retitle(self) -> None:
        """The board may have been renamed."""
        board = self.document.workshop.get(Board, self.board_id)
        self._board_title = board.title if board is not None else ""
        self._show_title()

    def step(self, delta: int) -> bool:
        """PgDown (+1) / PgUp (−1): the next or previous part; False when there is none."""
        if len(self.parts) <= 1:
            return False
        wanted = max(0, min(len(self.parts) - 1, self.index + delta))
        if wanted == self.index:
            return False
        self.chosen = wanted
        self.refit()
        return True

    def set_focus_rect(self, board_id: str, rect: QRectF) -> None:
        """The part of ``board_id`` the facilitator looks at now (board coordinates)."""
        if (board_id, rect) != (self.focus_board, self.focus_rect):
            self.focus_board, self.focus_rect = board_id, QRectF(rect)
            if board_id == self.board_id and self.follows:
                self.chosen = None  # the facilitator moved on: follow them again
                self._refit_timer.start()

    # -- fitting --------------------------------------------------------------------------

    def _scene(self) -> BoardScene:
        scene = self.scenes.get(self.board_id)
        if scene is None:
            scene = BoardScene(self.document, self.board_id, audience=True)
            scene.board_changed.connect(self._refit_timer.start)
            scene.setBackgroundBrush(self.view.backgroundBrush())
            self.scenes[self.board_id] = scene
        if self.view.scene() is not scene:
            self.view.setScene(scene)
        return scene

    def _refit_before_paint(self) -> None:
        # A scene must never be set on the view while it paints: only refit its own.
        if self.view.scene() is not None and self.view.scene() is self.scenes.get(self.board_id):
            self.refit()
        else:
            self._refit_timer.start()

    def readable_px(self) -> int:
        """The smallest text on this projector, in pixels."""
        return text_px(MIN_TEXT_PX, self.look_height, self.look_scale)

    def refit(self) -> None:
        """Fit the notes asked for, the whole board, or the part to show (see the module)."""
        if not self.isVisible() or not self.board_id:
            self._dirty = True  # no work for a projector nobody sees
            return
        self._dirty = False
        scene = self._scene()
        readable = float(self.readable_px())
        scene.set_readable_px(readable)
        self.view.fitted_size = self.view.viewport().size()
        floor = self._floor(scene, readable)
        margin = 16.0
        size = self.view.viewport().size()
        limit = (
            max(1.0, size.width() / floor - 2 * margin),
            max(1.0, size.height() / floor - 2 * margin),
        )
        self.parts = self._parts(scene, limit)
        self.index = self._choose(limit)
        rect = _qrect(self.parts[self.index].box) if self.parts else QRectF(EMPTY_BOARD)
        self.shown_rect = rect
        pad = max(margin, max(rect.width(), rect.height()) * 0.03)
        zoom = min(
            size.width() / (rect.width() + 2 * pad),
            size.height() / (rect.height() + 2 * pad),
            BOARD_MAX_ZOOM,
        )
        if abs(self.view.transform().m11() - zoom) > 1e-9:
            # Only when it changes: a new scale throws away every note's cached picture.
            self.view.resetTransform()
            self.view.scale(zoom, zoom)
        self.view.centerOn(rect.center())
        # A part is shown alone, like a slide: no halves of the notes and titles beyond it.
        around = rect.adjusted(-pad / 2, -pad / 2, pad / 2, pad / 2)
        if len(self.parts) > 1:
            self.view.set_mask(self._without_cut_titles(scene, around, rect))
        else:
            self.view.set_mask(QRectF())
        self._show_title()

    @staticmethod
    def _without_cut_titles(scene: BoardScene, around: QRectF, rect: QRectF) -> QRectF:
        """``around`` trimmed below a frame's title bar whose title starts out of it.

        A later screen of a wide frame would show the lower edge of the bar and the
        end of its title ("t C"); the header names the frame instead.
        """
        shown = QRectF(around)
        for item in scene.frames.values():
            bar = QRectF(item.x(), item.y(), item.size()[0], FRAME_TITLE_HEIGHT)
            start = QPointF(bar.left() + TITLE_INSET, bar.center().y())
            if (
                bar.intersects(shown)
                and not shown.contains(start)
                and bar.bottom() <= rect.top() + 1
            ):
                shown.setTop(bar.bottom())
        return shown

    def _floor(self, scene: BoardScene, readable: float) -> float:
        """The smallest zoom at which every note shows words: FLOOR_TEXT, or more for badges.

        A note's badges are as large as its words on the wall; the note with the most
        of them must keep room for a line of text above them.
        """
        floor = readable / FLOOR_TEXT
        key = (scene.decor_version, len(scene.notes), id(scene), readable)
        if key == self._floor_key:
            return self._floor_value
        rated = [i for i in scene.notes.values() if (i.badges or i.dots) and i.isVisible()]
        if rated:
            most = max(rated, key=lambda i: (len(i.badges) + bool(i.dots), -i.note.width))
            items = badges.texts(most.badges, most.dots)
            while floor < BOARD_MAX_ZOOM:
                size = readable / floor
                room = badges.room(items, most.note.width, size)
                if room + text_layout.PADDING + 1.2 * size <= most.height():
                    break
                floor *= 1.05
        self._floor_key, self._floor_value = key, floor
        return floor

    def _parts(self, scene: BoardScene, limit: tuple[float, float]) -> list[Part]:
        """The board's parts, worked out again only when something moved or the wall changed."""
        key = (id(scene), scene.layout_version, limit, self.note_ids)
        if key == self._parts_key:
            return self.parts
        self._parts_key = key
        wanted = set(self.note_ids)
        notes = [
            NoteBox((item.x(), item.y(), item.note.width, item.height()), item.note.frame_id)
            for note_id, item in scene.notes.items()
            if item.isVisible() and (not wanted or note_id in wanted)
        ]
        if wanted and not notes:  # the notes sent went away: the whole board again
            return self._parts_of_all(scene, limit)
        frames = [FrameBox(f.frame.id, f.box(), f.frame.title) for f in scene.frames.values()]
        if wanted:
            around = board_parts.bounds([n.box for n in notes])
            if around is not None and board_parts.fits(around, limit):
                return [Part(around)]
            return board_parts.parts(notes, frames, limit)
        return self._whole_or_parts(notes, frames, limit, self._cuts)

    def _parts_of_all(self, scene: BoardScene, limit: tuple[float, float]) -> list[Part]:
        notes = [
            NoteBox((item.x(), item.y(), item.note.width, item.height()), item.note.frame_id)
            for item in scene.notes.values()
            if item.isVisible()
        ]
        frames = [FrameBox(f.frame.id, f.box(), f.frame.title) for f in scene.frames.values()]
        return self._whole_or_parts(notes, frames, limit)

    @staticmethod
    def _whole_or_parts(
        notes: list[NoteBox],
        frames: list[FrameBox],
        limit: tuple[float, float],
        cuts: board_parts.CutCache | None = None,
    ) -> list[Part]:
        around = board_parts.whole(notes, frames)
        if around is None:
            return []
        if board_parts.fits(around, limit) or not notes:
            return [Part(around)]
        return board_parts.parts(notes, frames, limit, cuts)

    def _choose(self, limit: tuple[float, float]) -> int:
        """The part to show: the one stepped to, the one looked at, or the first."""
        if len(self.parts) <= 1:
            return 0
        if self.chosen is not None:
            return max(0, min(len(self.parts) - 1, self.chosen))
        if self.follows and self.focus_board == self.board_id and not self.focus_rect.isEmpty():
            r = self.focus_rect
            return board_parts.nearest(self.parts, (r.x(), r.y(), r.width(), r.height()))
        return 0

    # -- the header ------------------------------------------------------------------------

    def _show_title(self) -> None:
        title = self._board_title
        count = len(self.parts)
        part = self.parts[self.index] if 0 <= self.index < count else None
        if count > 1 and part is not None and part.title.strip():
            title = f"{title} — {' '.join(part.title.split())}"
        self.title.set_text(title)
        self.counter.set_text(f"{self.index + 1} / {count}" if count > 1 else "")
        self.counter.setVisible(count > 1)
        if (self.index, count) != self._told:
            self._told = (self.index, count)
            self.part_changed.emit()

    def set_right_room(self, pixels: int) -> None:
        """Keep the header clear of what lies over the top right corner (the timer)."""
        self._header.setContentsMargins(0, 0, pixels, 0)

    def set_look(self, look: ProjectorLook, scale: float, height: int) -> None:
        self.look_scale, self.look_height = scale, max(1, height)
        least = text_px(MIN_TEXT_PX, height, scale)
        self.title.set_style(text_px(30, height, scale), look.text, least)
        self.counter.set_style(text_px(26, height, scale), look.muted, least)
        counter_width = QFontMetrics(self.counter.drawn_font()).horizontalAdvance("88 / 88")
        self.counter.setFixedWidth(counter_width + 8)
        pad = round(height * 0.02)
        self._layout.setContentsMargins(pad, pad, pad, 0)
        line = round(QFontMetrics(self.title.drawn_font()).height() * 1.4)
        self.title.setFixedHeight(line)
        self.counter.setFixedHeight(line)
        self.view.setBackgroundBrush(QColor(look.board_background))
        for scene in self.scenes.values():
            scene.setBackgroundBrush(QColor(look.board_background))
        self._refit_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refit()
