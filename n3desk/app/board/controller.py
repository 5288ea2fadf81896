"""BoardController: the facilitator's actions on the board in view, from keys or buttons.

Every action reads the selection, builds operations with
:mod:`n3desk.domain.board_edits` and pushes them as ONE undo step. The controller
works on whichever board view the page attaches, and holds the few modes a
facilitator switches: the colour of new notes, private writing, entering dots.

Signals:
    status(str): a short message for the status line (empty clears it).
    modes_changed(): colour, private writing or dot entry changed.
    search_requested(): Ctrl+F was pressed on the board.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, QPointF, Signal
from PySide6.QtGui import QCursor, QGuiApplication, QUndoCommand
from PySide6.QtWidgets import QGraphicsView

from n3desk.app.board import clipboard
from n3desk.app.board.board_keys import BoardKeys
from n3desk.app.board.editing import NoteEditCommand, TextEditing, new_edit_key
from n3desk.app.board.ratings_keys import RatingKeys
from n3desk.app.board.scene import BoardScene
from n3desk.app.board.scene_boxes import SceneBoxes
from n3desk.app.board.view import BoardView
from n3desk.app.commands import EditCommand, push_command, push_edit
from n3desk.app.dialogs import Dialogs
from n3desk.app.document import SessionDocument
from n3desk.domain import arrangement, board_edits, layout, voting
from n3desk.domain.board_edits import NOTE_SIZE, box
from n3desk.domain.changes import Op, Put
from n3desk.domain.entities import Frame, Note
from n3desk.domain.palette import DEFAULT_NOTE_COLOUR, NOTE_COLOURS

NUDGE_COMMAND_ID = 0x4E34
DUPLICATE_OFFSET = 24.0


class NudgeCommand(EditCommand):
    """Arrow-key moves of the same notes merge into one undo step."""

    def __init__(self, controller: BoardController, ops: list[Op], key: frozenset[str]) -> None:
        text = QCoreApplication.translate("BoardController", "Move notes")
        super().__init__(controller.document, text, ops)
        self.key = key

    def id(self) -> int:
        return NUDGE_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, NudgeCommand) or other.key != self.key:
            return False
        self.ops = list(other.ops)  # the latest positions; our inverse keeps the first ones
        return True


class BoardController(QObject):
    """Actions on the attached board view."""

    status = Signal(str)
    modes_changed = Signal()
    search_requested = Signal()

    def __init__(
        self, document: SessionDocument, dialogs: Dialogs, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.dialogs = dialogs
        self.view: BoardView | None = None
        self.editing = TextEditing(self.document, self)
        self.editing.finished.connect(self._on_editing_finished)
        self.colour = DEFAULT_NOTE_COLOUR
        self.private: bool = False  # private writing: new notes stay hidden until revealed
        self.voter: str | None = None  # participant whose dots are entered; None: the room
        self.voting = False
        self.rating: RatingKeys = RatingKeys(self)
        self.keys = BoardKeys(self)  # what the page's board views hand their keys to
        self._connected: set[int] = set()  # scenes whose signals reach us already

    # -- the board in view ---------------------------------------------------------------

    @property
    def scene(self) -> BoardScene | None:
        return self.view.board_scene if self.view is not None else None

    def attach(self, view: BoardView | None) -> None:
        """Work on ``view`` from now on."""
        self.editing.finish()
        self.rating.stop()
        if self.view is not None:
            self.view.board_scene.set_voting(False)
        self.view = view
        if view is not None:
            scene = view.board_scene
            if id(scene) not in self._connected:
                self._connected.add(id(scene))
                scene.note_activated.connect(self.edit_note)
                scene.background_activated.connect(self._on_background)
                scene.frame_activated.connect(self.rename_frame)
                scene.vote_clicked.connect(self.vote_click)
            self.set_voting(self.voting)

    def _push(self, text: str, ops: list[Op]) -> None:
        push_edit(self.document, text, ops)

    # -- notes ------------------------------------------------------------------------------

    def _view_centre(self) -> QPointF:
        if self.view is None:
            return QPointF(0, 0)
        return self.view.mapToScene(self.view.viewport().rect().center())

    def _where_to_add(self) -> QPointF:
        """Under the mouse when it is over the board (where the facilitator points),
        else the middle of what is in view."""
        view = self.view
        if view is not None and view.underMouse():
            pointer = view.viewport().mapFromGlobal(QCursor.pos())
            if view.viewport().rect().contains(pointer):
                return view.mapToScene(pointer)
        return self._view_centre()

    def _occupied(self) -> list[arrangement.Box]:
        scene = self.scene
        return [] if scene is None else [box(i.note) for i in scene.notes.values()]

    def new_note(self, at: QPointF | None = None, *, beside: Note | None = None) -> None:
        """A new note with the text cursor in it: at ``at``, beside a note, or in view."""
        scene = self.scene
        if scene is None:
            return
        selected = scene.selected_notes()
        if at is None and beside is None and len(selected) == 1:
            beside = selected[0]
        colour = beside.colour if beside is not None else self.colour
        grown: Frame | None = None
        frame_id: str | None = None
        if beside is not None:
            spot, frame, grown = self._next_spot(beside)
            frame_id = frame.id if frame is not None else None
        elif at is not None:
            spot = (at.x() - NOTE_SIZE[0] / 2, at.y() - NOTE_SIZE[1] / 2)
        else:
            centre = self._where_to_add()
            spot = arrangement.free_spot((centre.x(), centre.y()), NOTE_SIZE, SceneBoxes(scene))
        workshop = self.document.workshop
        note = board_edits.new_note(
            scene.board_id,
            spot,
            colour=colour,
            hidden=self.private,
            now=self.document.clock(),
            z=board_edits.top_z(workshop, scene.board_id) + 1,
            frame_id=frame_id
            or board_edits.frame_at(workshop, scene.board_id, (*spot, *NOTE_SIZE)),
        )
        key = new_edit_key(note.id)
        ops: list[Op] = [Put(grown)] if grown is not None else []
        ops.append(Put(note))
        push_command(NoteEditCommand(self.document, self.tr("Add note"), ops, key))
        if self.view is not None:
            self.view.ensureVisible(scene.notes[note.id], 40, 40)
        self.editing.start(scene, note.id, key)

    def _next_spot(self, beside: Note) -> tuple[arrangement.Point, Frame | None, Frame | None]:
        """Where the note after ``beside`` goes, in reading order: its spot, its frame,
        and that frame grown to hold it (None when it has room).

        Rows wrap inside the frame ``beside`` is in; outside frames, at the right edge
        of the view (and after at most MAX_COLUMNS notes), so the notes stay in view.
        """
        workshop = self.document.workshop
        notes = self._occupied()
        frame = workshop.get(Frame, beside.frame_id)
        if frame is not None and not arrangement.centre_inside(box(beside), box(frame)):
            frame = None
        start = arrangement.row_start(box(beside), notes)
        columns = start + layout.MAX_COLUMNS * (NOTE_SIZE[0] + arrangement.GAP)
        if frame is not None:
            right = frame.x + frame.width - layout.FRAME_PADDING
            obstacles = notes
        else:
            right = columns - arrangement.GAP
            if self.view is not None:
                seen = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
                right = min(right, seen.right() - arrangement.GAP)
            others = workshop.frames_on(beside.board_id)
            obstacles = notes + [box(f) for f in others]
        spot = arrangement.next_in_rows(box(beside), NOTE_SIZE, obstacles, start=start, right=right)
        grown = None
        if frame is not None:
            bottom = spot[1] + NOTE_SIZE[1] + layout.FRAME_PADDING
            if bottom > frame.y + frame.height:
                grown = replace(frame, height=bottom - frame.y)
        return spot, frame, grown

    def edit_note(self, note_id: str) -> None:
        if self.scene is not None:
            self.editing.start(self.scene, note_id)

    def edit_selected(self) -> None:
        """Enter: edit the one selected note, or rename the one selected frame."""
        scene = self.scene
        if scene is None:
            return
        notes, frames = scene.selected_notes(), scene.selected_frames()
        if len(notes) == 1:
            self.editing.start(scene, notes[0].id)
        elif not notes and len(frames) == 1:
            self.rename_frame(frames[0].id)

    def next_to_selected(self) -> None:
        scene = self.scene
        if scene is not None and len(scene.selected_notes()) == 1:
            self.new_note(beside=scene.selected_notes()[0])
        else:
            self.new_note()

    def _on_editing_finished(self, note_id: str, want_next: bool) -> None:
        if not want_next:
            return
        note = self.document.workshop.get(Note, note_id)
        if note is not None:
            self.new_note(beside=note)
        else:
            self.new_note()

    def _on_background(self, pos: QPointF) -> None:
        self.new_note(at=pos)

    def find(self) -> None:
        """Ctrl+F: ask the page for its search bar."""
        self.search_requested.emit()

    def escape(self) -> None:
        if self.voting:
            self.set_voting(False)
        elif self.scene is not None:
            self.scene.clearSelection()

    def set_colour(self, colour: str) -> None:
        """Colour the selected notes; with none selected, the colour of new notes."""
        if colour not in NOTE_COLOURS:
            return
        self.colour = colour
        self.modes_changed.emit()
        if self.scene is not None:
            ops = board_edits.set_field_ops(self.scene.selected_notes(), colour=colour)
            self._push(self.tr("Colour notes"), ops)

    def delete_selected(self) -> None:
        scene = self.scene
        if scene is None:
            return
        records: list[Note | Frame] = [*scene.selected_notes(), *scene.selected_frames()]
        ops = board_edits.removal_ops(self.document.workshop, records)
        self._push(self.tr("Delete"), ops)

    def duplicate(self) -> None:
        scene = self.scene
        if scene is None:
            return
        ops, copies = board_edits.duplicate_ops(
            self.document.workshop,
            scene.selected_notes(),
            offset=DUPLICATE_OFFSET,
            now=self.document.clock(),
        )
        self._push(self.tr("Duplicate notes"), ops)
        scene.select([c.id for c in copies])

    def select_all(self) -> None:
        if self.scene is not None:
            for item in self.scene.notes.values():
                item.setSelected(item.isVisible())

    def nudge(self, dx: float, dy: float) -> None:
        """Move the selection with the arrow keys (or pan when nothing is selected)."""
        scene = self.scene
        if scene is None or self.view is None:
            return
        notes = {n.id: n for n in scene.selected_notes()}
        frames = scene.selected_frames()
        frame_ids = {f.id for f in frames}
        for item in scene.notes.values():
            if item.note.frame_id in frame_ids:
                notes.setdefault(item.note.id, item.note)
        if not notes and not frames:
            self.view.pan(round(dx * 4), round(dy * 4))
            return
        ops: list[Op] = [Put(replace(f, x=f.x + dx, y=f.y + dy)) for f in frames]
        ops += [Put(replace(n, x=n.x + dx, y=n.y + dy)) for n in notes.values()]
        push_command(NudgeCommand(self, ops, frozenset(notes) | frozenset(frame_ids)))

    def toggle_hidden(self) -> None:
        """Hide the selected notes from the projector, or reveal them if all are hidden."""
        if self.scene is None:
            return
        notes = self.scene.selected_notes()
        hide = not all(n.hidden for n in notes)
        text = self.tr("Hide notes") if hide else self.tr("Reveal notes")
        self._push(text, board_edits.set_field_ops(notes, hidden=hide))

    def reveal_all(self) -> None:
        if self.scene is None:
            return
        notes = self.document.workshop.notes_on(self.scene.board_id)
        self._push(self.tr("Reveal all notes"), board_edits.set_field_ops(notes, hidden=False))

    def set_private(self, private: bool) -> None:
        self.private = private
        self.modes_changed.emit()
        self.status.emit(
            self.tr("Private writing: new notes stay hidden from the projector.") if private else ""
        )

    def arrange(self) -> None:
        """Tidy the selection into grids, frame by frame (a selected frame: its notes)."""
        scene = self.scene
        if scene is None:
            return
        notes, frames = scene.selected_notes(), scene.selected_frames()
        workshop = self.document.workshop
        if frames and not notes:
            ops: list[Op] = []
            for frame in frames:
                ops += board_edits.tidy_frame_ops(workshop, frame)
            self._push(self.tr("Tidy frame"), ops)
        elif notes:
            self._push(self.tr("Arrange in grid"), board_edits.arrange_ops(workshop, notes))

    def bring_to_front(self) -> None:
        if self.scene is not None:
            ops = board_edits.front_ops(self.document.workshop, self.scene.selected_notes())
            self._push(self.tr("Bring to front"), ops)

    # -- frames ---------------------------------------------------------------------------

    def group(self) -> None:
        """Ctrl+G: a frame around the selected notes, holding them."""
        scene = self.scene
        if scene is None:
            return
        count = len(self.document.workshop.frames_on(scene.board_id)) + 1
        ops, frame = board_edits.group_ops(
            self.document.workshop,
            scene.selected_notes(),
            self.tr("Group %1").replace("%1", str(count)),
        )
        self._push(self.tr("Make frame"), ops)
        if frame is not None:
            scene.select([frame.id])

    def rename_frame(self, frame_id: str) -> None:
        frame = self.document.workshop.get(Frame, frame_id)
        if frame is None:
            return
        title = self.dialogs.ask_text(self.tr("Frame title"), self.tr("Title:"), frame.title)
        if title is not None and title != frame.title:
            self._push(self.tr("Rename frame"), [Put(replace(frame, title=title))])

    # -- clipboard --------------------------------------------------------------------------

    def copy(self) -> None:
        if self.scene is not None and self.scene.selected_notes():
            QGuiApplication.clipboard().setMimeData(clipboard.to_mime(self.scene.selected_notes()))

    def cut(self) -> None:
        self.copy()
        if self.scene is not None:
            ops = board_edits.removal_ops(self.document.workshop, self.scene.selected_notes())
            self._push(self.tr("Cut notes"), ops)

    def paste(self) -> None:
        scene = self.scene
        data = QGuiApplication.clipboard().mimeData()
        if scene is None or data is None:
            return
        centre = self._view_centre()
        notes = clipboard.pasted_notes(
            self.document.workshop,
            scene.board_id,
            data,
            (round(centre.x() - NOTE_SIZE[0]), round(centre.y() - NOTE_SIZE[1])),
            colour=self.colour,
            hidden=self.private,
            now=self.document.clock(),
        )
        self._push(self.tr("Paste notes"), [Put(n) for n in notes])
        scene.select([n.id for n in notes])

    # -- carrying forward and voting -----------------------------------------------------

    def carry_forward(self, target_board_id: str, *, top_voted: int | None = None) -> int:
        """Copy the selected (or the top-voted) notes to another board; how many went."""
        scene = self.scene
        if scene is None or target_board_id == scene.board_id:
            return 0
        workshop = self.document.workshop
        notes = scene.selected_notes()
        if top_voted is not None:
            round_ = scene.current_round()
            votes = workshop.votes_in(round_.id) if round_ is not None else []
            notes = voting.top_voted(workshop.notes_on(scene.board_id), votes, top_voted)
        ops, copies = board_edits.carry_forward_ops(
            workshop, notes, target_board_id, now=self.document.clock()
        )
        self._push(self.tr("Carry notes forward"), ops)
        return len(copies)

    def set_voting(self, on: bool) -> None:
        """Clicks on notes give dots (Shift+click takes one back) while ``on``."""
        self.voting = on
        if self.scene is not None:
            self.scene.set_voting(on)
        if self.view is not None:
            mode = QGraphicsView.DragMode.NoDrag if on else QGraphicsView.DragMode.RubberBandDrag
            self.view.setDragMode(mode)
        self.modes_changed.emit()

    def vote_click(self, note: Note, delta: int) -> None:
        scene = self.scene
        if scene is None or note.board_id != scene.board_id:
            return
        round_ = scene.current_round()
        if round_ is None:
            self.status.emit(self.tr("Start a voting round first."))
            return
        workshop = self.document.workshop
        result = voting.dot_ops(
            round_,
            workshop.votes_in(round_.id),
            note.id,
            self.voter,
            delta,
            len(workshop.participants),
        )
        if result.refused is not None:
            self.status.emit(self._refusal(result.refused))
            return
        self._push(self.tr("Add a dot") if delta > 0 else self.tr("Take back a dot"), result.ops)

    def _refusal(self, reason: str) -> str:
        return {
            voting.REFUSED_CLOSED: self.tr("The round is not open."),
            voting.REFUSED_NO_DOTS_LEFT: self.tr("The round's dots are all used."),
            voting.REFUSED_VOTER_DONE: self.tr("This participant has no dots left."),
            voting.REFUSED_NOTE_FULL: self.tr("This note has as many dots as allowed."),
            voting.REFUSED_NOTHING_TO_TAKE: self.tr("There is no dot to take back."),
        }.get(reason, "")

    # -- looking ----------------------------------------------------------------------------

    def fit_all(self) -> None:
        if self.view is not None:
            self.view.fit_all()

    def zoom_by(self, factor: float) -> None:
        if self.view is not None:
            self.view.zoom_by(factor)

    def zoom_to_selection(self) -> None:
        """Z: zoom to the selected notes and frames (a frame with its notes)."""
        scene, view = self.scene, self.view
        if scene is None or view is None:
            return
        items = scene.selectedItems()
        if not items:
            view.fit_all()
            return
        bounds = items[0].sceneBoundingRect()
        for item in items[1:]:
            bounds = bounds.united(item.sceneBoundingRect())
        view.zoom_to(bounds, max_zoom=2.0)
