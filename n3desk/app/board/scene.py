"""BoardScene: one board's notes and frames, following the document incrementally.

The scene never changes the workshop: it draws what the document announces, op by
op (a new note adds one item, a moved note moves one item), and hands gestures to
the interaction objects in :mod:`n3desk.app.board.interactions`, which push
commands. With ``audience=True`` (the projector) hidden notes are not drawn at all,
and no text is drawn smaller on the wall than :attr:`BoardScene.readable_px`.

Signals:
    board_changed(): something on this board changed (panels refresh from it).
    note_activated(str): a note was double-clicked (the controller starts editing).
    frame_activated(str): a frame's title was double-clicked.
    background_activated(QPointF): empty space was double-clicked.
    vote_clicked(Note, int): while dots are entered (:meth:`set_voting`), a note was
        clicked: +1, or −1 with Shift.
    editing_interrupted(bool): the note being written must stop now: True to keep
        the text (a click elsewhere), False when the note itself went away.
"""

from __future__ import annotations

from collections.abc import Sequence
from time import perf_counter

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent

from n3desk.app.board.frame_blocks import FrameBlocks
from n3desk.app.board.frame_item import FRAME_Z_BASE, FrameItem
from n3desk.app.board.interactions import DragInteraction, Interaction, ResizeInteraction
from n3desk.app.board.note_blocks import NoteBlocks
from n3desk.app.board.note_item import NoteItem
from n3desk.app.document import SessionDocument
from n3desk.domain import ratings, voting
from n3desk.domain.change_set import ChangeSet
from n3desk.domain.changes import Op, Put
from n3desk.domain.entities import Criterion, Frame, Note, Rating, Vote, VotingRound

SCENE_EXTENT = 50_000.0  # the board is this far in every direction from its origin
BLOCKS_Z = FRAME_Z_BASE / 2  # the far-out blocks: above every frame, beneath every note
NO_CACHE = QGraphicsItem.CacheMode.NoCache
WHOLE_PER_FRAME = 16  # notes drawn whole per frame after a far zoom, to begin with
MOVING_PAUSE_MS = 120  # words and crisp notes wait this long after the last pan step
CRISP_PER_FRAME = 16  # notes drawn crisp again per frame once a zoom settles
WHOLE_FRAME_S = 1 / 60  # then as many as keep a frame within this (a loaded machine: fewer)
BACKGROUND = QColor("#fafafa")


def _where(note: Note) -> tuple[object, ...]:
    """What of a note decides where the room sees it."""
    return (note.x, note.y, note.width, note.height, note.hidden, note.frame_id)


class BoardScene(QGraphicsScene):
    """The notes and frames of one board."""

    board_changed = Signal()
    note_activated = Signal(str)
    frame_activated = Signal(str)
    background_activated = Signal(QPointF)
    vote_clicked = Signal(object, int)
    editing_interrupted = Signal(bool)

    def __init__(self, document: SessionDocument, board_id: str, *, audience: bool = False) -> None:
        super().__init__()
        self.document = document
        self.board_id = board_id
        self.audience = audience
        self.notes: dict[str, NoteItem] = {}
        self.frames: dict[str, FrameItem] = {}
        self.ratings: dict[str, dict[str, float]] = {}
        self.round_id: str | None = None  # the round whose dots the notes show
        self.voting = False  # clicks give dots (set_voting)
        self.editing_item: NoteItem | None = None  # the note being written (begin_editing)
        self._interaction: Interaction | None = None
        self._labels: dict[str, str] = {}
        self._criteria: list[Criterion] = []
        self.coarse = False  # far out: the notes' blocks are drawn by one item
        self.blocks = NoteBlocks(self.notes)
        self.blocks.setZValue(BLOCKS_Z)
        self.addItem(self.blocks)
        # Far out the frames are drawn by one item too.
        self.frame_blocks = FrameBlocks(self.frames, BACKGROUND)
        self.frame_blocks.setZValue(BLOCKS_Z - 1)
        self.addItem(self.frame_blocks)
        self._picked: set[NoteItem] = set()  # selected notes that draw themselves far out
        self._zooming: set[NoteItem] = set()  # drawn from one scaled picture (begin_zoom)
        self._to_crisp: list[NoteItem] = []  # crisp again, a few each frame, last first
        self._crisp_timer = QTimer(self)
        self._crisp_timer.setInterval(0)
        self._crisp_timer.timeout.connect(self._crisp_step)
        self._to_whole: list[NoteItem] = []  # becoming whole, a few each frame, last first
        self._whole_timer = QTimer(self)
        self._whole_timer.setInterval(0)
        self._whole_timer.timeout.connect(self._whole_step)
        self._moving = QTimer(self)  # the view was panned a moment ago (see view_moved)
        self._moving.setSingleShot(True)
        self._moving.setInterval(MOVING_PAUSE_MS)
        self._moving.timeout.connect(self._resume)
        self._whole_count = WHOLE_PER_FRAME
        self._whole_last = 0.0  # when the last step began
        self.readable_px = 0.0  # the projector's smallest text, in pixels on the wall
        # Counts changes of where things are (not of what they say), so the projector
        # works out the board's parts again only when they can have changed.
        self.layout_version = 0
        self.decor_version = 0  # likewise, changes of the badges and dots notes show
        self.setSceneRect(QRectF(-SCENE_EXTENT, -SCENE_EXTENT, 2 * SCENE_EXTENT, 2 * SCENE_EXTENT))
        self.setBackgroundBrush(BACKGROUND)
        self._build()
        document.applied.connect(self._on_applied)
        self.selectionChanged.connect(self._on_selection)

    # -- building and following ------------------------------------------------------------

    def _build(self) -> None:
        workshop = self.document.workshop
        self._read_criteria()
        notes = workshop.notes_on(self.board_id)
        ids = {n.id for n in notes}
        self.ratings = ratings.ratings_by_note(r for r in workshop.all(Rating) if r.note_id in ids)
        for frame in workshop.frames_on(self.board_id):
            self._put_frame(frame)
        for note in notes:
            item = NoteItem(note, on_block_changed=self.blocks.stale)
            item.badges = self._badges_for(note.id)
            item.readable_px = self.readable_px
            item.setVisible(not (self.audience and note.hidden))
            self.notes[note.id] = item
            self.addItem(item)
        self._refresh_dots()

    def _on_applied(self, changes: ChangeSet) -> None:
        if not changes.touches(Note, Frame, Rating, Criterion, Vote, VotingRound):
            return
        touched = False
        badges: set[str] = set()
        rated: set[str] = set()
        dots = False
        workshop = self.document.workshop
        for op, note in changes.pairs(Note):
            if note.board_id == self.board_id or note.id in self.notes:
                touched = True
                self._note_op(op, note)
        for op, frame in changes.pairs(Frame):
            if frame.board_id == self.board_id:
                touched = True
                if isinstance(op, Put):
                    self._put_frame(frame)
                else:
                    self._remove_frame(frame.id)
        for rating in changes.records(Rating):
            note_of = workshop.get(Note, rating.note_id)
            if rating.note_id in self.ratings or (note_of and note_of.board_id == self.board_id):
                rated.add(rating.note_id)
                badges.add(rating.note_id)
                touched = True
        if changes.touches(Criterion):
            self._read_criteria()
            badges.update(self.notes)
            touched = True
        # Dots of another board's round, or on another board's notes, change nothing here.
        if any(r.board_id == self.board_id for r in changes.records(VotingRound)):
            dots = touched = True
        if any(v.note_id in self.notes for v in changes.records(Vote)):
            dots = touched = True
        if rated:  # several people may rate a note: its shown values are read again
            fresh = ratings.ratings_by_note(r for r in workshop.all(Rating) if r.note_id in rated)
            for note_id in rated & self.notes.keys():
                self.ratings[note_id] = fresh.get(note_id, {})
        for note_id in badges:
            item = self.notes.get(note_id)
            if item is not None:
                item.set_decorations(dots=item.dots, badges=self._badges_for(note_id))
        if badges:
            self.decor_version += 1  # badges take room: the projector may need more
        if dots:
            self._refresh_dots()
        if touched:
            self.blocks.stale()
            self.frame_blocks.stale()
            self.board_changed.emit()

    def _note_op(self, op: Op, note: Note) -> None:
        item = self.notes.get(note.id)
        if isinstance(op, Put) and note.board_id == self.board_id:
            if item is None:
                item = NoteItem(note, on_block_changed=self.blocks.stale)
                item.set_coarse(self.coarse)
                item.badges = self._badges_for(note.id)
                item.readable_px = self.readable_px
                self.notes[note.id] = item
                self.addItem(item)
                self.layout_version += 1
            else:
                if _where(item.note) != _where(note):
                    self.layout_version += 1
                if item.note.hidden != note.hidden:
                    self.decor_version += 1  # a rated note shown or hidden
                item.set_note(note)
            item.setVisible(not (self.audience and note.hidden))
            return
        if item is not None:
            self.layout_version += 1
            if item is self.editing_item:
                self.editing_interrupted.emit(False)
            self.notes.pop(note.id)
            self.ratings.pop(note.id, None)
            self._zooming.discard(item)
            if item in self._to_crisp:
                self._to_crisp.remove(item)
            self.removeItem(item)

    def _put_frame(self, frame: Frame) -> None:
        self.layout_version += 1
        item = self.frames.get(frame.id)
        if item is None:
            item = FrameItem(frame)
            if self.coarse:
                item.setCacheMode(NO_CACHE)
                item.set_drawn_by_blocks(self.frame_blocks.isVisible())
            item.readable_px = self.readable_px
            self.frames[frame.id] = item
            self.addItem(item)
        else:
            item.set_frame(frame)

    def _remove_frame(self, frame_id: str) -> None:
        item = self.frames.pop(frame_id, None)
        if item is not None:
            self.layout_version += 1
            self.removeItem(item)

    def _read_criteria(self) -> None:
        self._criteria = self.document.workshop.criteria
        labels = ratings.short_labels([c.name for c in self._criteria])
        self._labels = {c.id: label for c, label in zip(self._criteria, labels, strict=True)}

    def _badges_for(self, note_id: str) -> list[tuple[str, float]]:
        values = self.ratings.get(note_id)
        if not values:
            return []
        return [(self._labels[c.id], values[c.id]) for c in self._criteria if c.id in values]

    # -- votes ---------------------------------------------------------------------

    def current_round(self) -> VotingRound | None:
        """The round whose dots are shown: the chosen one, else the board's latest."""
        workshop = self.document.workshop
        chosen = workshop.get(VotingRound, self.round_id)
        if chosen is not None and chosen.board_id == self.board_id:
            return chosen
        return voting.latest_round(workshop.rounds_on(self.board_id))

    def dots(self) -> dict[str, int]:
        """Dots per note in the current round (whether shown or not)."""
        round_ = self.current_round()
        if round_ is None:
            return {}
        return voting.tally(self.document.workshop.votes_in(round_.id)).per_note

    def _refresh_dots(self) -> None:
        self.decor_version += 1
        round_ = self.current_round()
        visible = voting.counts_visible(round_)
        counts = self.dots() if visible else {}
        for note_id, item in self.notes.items():
            item.set_decorations(dots=counts.get(note_id, 0) if visible else None)

    def show_round(self, round_id: str | None) -> None:
        """Show the dots of another round of this board."""
        self.round_id = round_id
        self._refresh_dots()
        self.board_changed.emit()

    def set_readable_px(self, pixels: float) -> None:
        """On the projector: no text smaller than ``pixels`` on the wall, whatever the zoom."""
        if pixels == self.readable_px:
            return
        self.readable_px = pixels
        items: list[NoteItem | FrameItem] = [*self.notes.values(), *self.frames.values()]
        for item in items:
            item.readable_px = pixels
            item.update()

    def set_coarse(self, coarse: bool) -> None:
        """Draw the notes as blocks, all at once (far out, or while zooming), or whole."""
        halfway = bool(self._to_whole)  # some were made whole already: all follow now
        self._to_whole.clear()
        self._whole_timer.stop()
        if coarse == self.coarse and not halfway:
            return
        self.coarse = coarse
        for item in self.notes.values():
            item.set_coarse(coarse)
        self._cache_frames(not coarse)
        self.blocks.show_blocks(coarse)
        self.frame_blocks.show_blocks(coarse)
        self._picked = (
            {i for i in self.selectedItems() if isinstance(i, NoteItem)} if coarse else set()
        )

    def begin_zoom(self, reach: QRectF) -> None:
        """A view zooms where words are read: the notes in ``reach`` (what the zoom can
        bring into view) keep the picture they have and are drawn from it, scaled, until
        :meth:`end_zoom`. Drawn again at each step, the ~250 notes of a screen took 25–45 ms
        a step at 10,000 notes (their pictures in device pixels thrown away by every scale);
        one picture each, scaled, is a blit. The picture is at 100 % (item coordinates):
        coarser while zoomed in, for the moment the zoom lasts."""
        self._crisp_timer.stop()  # those still waiting to be crisp keep their picture
        self._to_crisp.clear()
        for item in self.items(reach):
            if isinstance(item, NoteItem) and item not in self._zooming:
                item.set_zooming(True)
                self._zooming.add(item)

    def zooming(self) -> bool:
        """Whether notes are drawn from scaled pictures (between begin_zoom and end_zoom)."""
        return bool(self._zooming)

    def end_zoom(self, seen: QRectF | None = None) -> None:
        """The zoom settled: every note crisp at it again (drawn once more, then cached);
        those in ``seen`` a few a frame, nearest its middle first (all at once, the notes
        of a screen made one 40–70 ms frame at 10,000 notes); None: all at once."""
        self._crisp_timer.stop()
        self._to_crisp.clear()
        if seen is None:
            for item in self._zooming:
                item.set_zooming(False)
            self._zooming.clear()
            return
        centre = seen.center()
        near: list[tuple[float, NoteItem]] = []
        for item in self._zooming:
            where = item.sceneBoundingRect()
            if where.intersects(seen):
                gap = where.center() - centre
                near.append((gap.x() ** 2 + gap.y() ** 2, item))
            else:
                item.set_zooming(False)  # out of sight: nothing to draw yet
        near.sort(key=lambda pair: pair[0], reverse=True)
        self._to_crisp = [item for _, item in near]
        self._zooming = set(self._to_crisp)
        if self._to_crisp:
            self._crisp_timer.start()

    def view_moved(self) -> None:
        """A view was panned: the notes' words (and crispness) wait until it rests a
        moment, so every pan frame is only the strip it uncovers. Drawing notes whole
        in the same frames made a pan at fit 20–30 ms while the words came back."""
        if self._to_whole or self._to_crisp:
            self._whole_timer.stop()
            self._crisp_timer.stop()
            self._moving.start()

    def _resume(self) -> None:
        if self._to_whole:
            self._whole_last = 0.0  # the pause is no frame to go by
            self._whole_timer.start()
        if self._to_crisp:
            self._crisp_timer.start()

    def _crisp_step(self) -> None:
        for _ in range(min(CRISP_PER_FRAME, len(self._to_crisp))):
            item = self._to_crisp.pop()
            item.set_zooming(False)
            self._zooming.discard(item)
        if not self._to_crisp:
            self._crisp_timer.stop()

    def become_whole(self, seen: QRectF) -> None:
        """Draw the notes whole again, those in ``seen`` a few at a time, nearest its
        middle first: 10,000 notes far out take half a second to draw, far longer than
        a frame, so the words appear over a moment while the board stays live."""
        if not self.coarse:
            return
        # Read from the notes, not asked of Qt: 10,000 calls into Qt for their bounds
        # took 30–50 ms, all in the first frame after the zoom settled.
        cx, cy = seen.center().x(), seen.center().y()
        left, top, right, bottom = seen.left(), seen.top(), seen.right(), seen.bottom()
        shown: list[tuple[float, NoteItem]] = []
        for item in self.notes.values():
            note = item.note
            x, y, width, height = note.x, note.y, note.width, item.height()
            if x < right and x + width > left and y < bottom and y + height > top:
                gap_x, gap_y = x + width / 2 - cx, y + height / 2 - cy
                shown.append((gap_x * gap_x + gap_y * gap_y, item))
            else:
                item.set_coarse(False)  # out of sight: nothing to draw yet
        shown.sort(key=lambda pair: pair[0], reverse=True)
        self._to_whole = [item for _, item in shown]
        self._whole_last = 0.0  # the first step has no frame before it to go by
        self._whole_timer.start()

    def _whole_step(self) -> None:
        # The notes made whole are drawn in the frame after the step: the time since the
        # last step is what that frame cost. A pan or zoom meanwhile stays fluid: at
        # 5,000 notes 48 a step made every frame 100 ms on a busy machine.
        now = perf_counter()
        gap = now - self._whole_last
        if gap < 0.5:  # a step of this run (not the first after a pause)
            if gap > WHOLE_FRAME_S:
                self._whole_count = max(4, self._whole_count // 2)
            elif gap < WHOLE_FRAME_S / 2:
                self._whole_count = min(1024, self._whole_count * 2)
        self._whole_last = now
        for _ in range(min(self._whole_count, len(self._to_whole))):
            self._to_whole.pop().set_coarse(False)
        if not self._to_whole:
            self._whole_timer.stop()
            self.coarse = False
            self._cache_frames(True)
            self.blocks.show_blocks(False)
            self.frame_blocks.show_blocks(False)
            self._picked = set()

    def _cache_frames(self, cached: bool) -> None:
        # A zoom step throws every cached picture away; far out a frame is a plain
        # rectangle, cheaper drawn again than cached again (0.5 ms a frame).
        mode = QGraphicsItem.CacheMode.DeviceCoordinateCache if cached else NO_CACHE
        for frame in self.frames.values():
            frame.setCacheMode(mode)

    def _on_selection(self) -> None:
        if not self.coarse:
            return
        self.frame_blocks.stale()  # a selected frame draws itself, with its border
        picked = {i for i in self.selectedItems() if isinstance(i, NoteItem)}
        for item in picked ^ self._picked:
            item.look_changed()
        self._picked = picked

    # -- reading ---------------------------------------------------------------------

    def selected_notes(self) -> list[Note]:
        """The selected notes, back to front."""
        chosen = [i.note for i in self.selectedItems() if isinstance(i, NoteItem)]
        return sorted(chosen, key=lambda n: (n.z, n.created_at, n.id))

    def selected_frames(self) -> list[Frame]:
        return [i.frame for i in self.selectedItems() if isinstance(i, FrameItem)]

    def select(self, ids: Sequence[str]) -> None:
        """Select exactly the notes and frames with these ids."""
        wanted = set(ids)
        self.clearSelection()
        for item_id in wanted:
            item: QGraphicsItem | None = self.notes.get(item_id) or self.frames.get(item_id)
            if item is not None:
                item.setSelected(True)

    def content_rect(self) -> QRectF:
        """The area the board's notes and frames cover."""
        rect = QRectF()
        for note_item in self.notes.values():
            if note_item.isVisible():
                rect = rect.united(note_item.sceneBoundingRect())
        for frame_item in self.frames.values():
            # The frame itself, not its bounding rect: that keeps room above the frame
            # for the large title drawn far out, which would push a fitted board down.
            width, height = frame_item.size()
            rect = rect.united(frame_item.mapRectToScene(QRectF(0, 0, width, height)))
        return rect

    def hit(self, pos: QPointF) -> tuple[QGraphicsItem | None, str | None]:
        """The note or frame part under ``pos``: (item, None|"title"|"handle")."""
        for item in self.items(pos):
            owner = item if isinstance(item, NoteItem | FrameItem) else item.parentItem()
            if isinstance(owner, NoteItem):
                return owner, None
            if isinstance(owner, FrameItem):
                part = owner.part_at(pos)
                if part is not None:
                    return owner, part
        return None, None

    # -- modes the board's controller sets -------------------------------------------------

    def set_voting(self, on: bool) -> None:
        """While ``on``, a click on a note is a dot (``vote_clicked``), not a selection."""
        self.voting = on

    def begin_editing(self, item: NoteItem) -> None:
        """``item``'s text is being written: a click elsewhere or its removal ends that."""
        self.editing_item = item

    def end_editing(self) -> None:
        self.editing_item = None

    # -- the mouse ----------------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        pos = event.scenePos()
        item, part = self.hit(pos)
        if self.editing_item is not None:
            if item is self.editing_item:
                super().mousePressEvent(event)
                return
            self.editing_interrupted.emit(True)
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        if self.voting:
            if isinstance(item, NoteItem):
                shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                self.vote_clicked.emit(item.note, -1 if shift else 1)
            event.accept()
            return
        if item is None:
            super().mousePressEvent(event)
            return
        if isinstance(item, FrameItem) and part == "handle":
            self.clearSelection()
            item.setSelected(True)
            self._interaction = ResizeInteraction(self, item, pos)
            event.accept()
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            item.setSelected(not item.isSelected())
            event.accept()
            return
        if not item.isSelected():
            self.clearSelection()
            item.setSelected(True)
        self._interaction = DragInteraction(self, pos)
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._interaction is not None:
            self._interaction.move(event.scenePos())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._interaction is not None:
            interaction, self._interaction = self._interaction, None
            interaction.finish(event.scenePos())
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.voting:
            event.accept()
            return
        if self.editing_item is not None:
            super().mouseDoubleClickEvent(event)
            return
        item, part = self.hit(event.scenePos())
        if isinstance(item, NoteItem):
            self.note_activated.emit(item.note.id)
        elif isinstance(item, FrameItem) and part == "title":
            self.frame_activated.emit(item.frame.id)
        else:
            self.background_activated.emit(event.scenePos())
        event.accept()
