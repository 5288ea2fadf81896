"""Mouse gestures on a board, one small object each (drag, resize).

An interaction moves the items on screen while the mouse moves and pushes ONE
command when the button is released: a drag of forty notes is one undo step. Where
a note lands decides its frame: dropped inside a frame it joins it, dropped
outside every frame it leaves its old one; notes carried along by their frame
stay in it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtWidgets import QApplication

from n3desk.app.board.frame_item import FrameItem
from n3desk.app.board.note_item import NoteItem
from n3desk.app.commands import push_edit
from n3desk.domain.arrangement import Box, centre_inside
from n3desk.domain.changes import Op, Put

if TYPE_CHECKING:
    from n3desk.app.board.scene import BoardScene


class Interaction(Protocol):
    """A gesture in progress."""

    def move(self, pos: QPointF) -> None: ...

    def finish(self, pos: QPointF) -> None: ...


def frame_for(scene: BoardScene, note_box: Box, boxes: dict[str, Box]) -> str | None:
    """The topmost frame whose (current) box holds the note's centre."""
    frames = sorted(scene.frames.values(), key=lambda f: f.zValue(), reverse=True)
    for item in frames:
        if centre_inside(note_box, boxes[item.frame.id]):
            return item.frame.id
    return None


class DragInteraction:
    """Moving the selection (and the notes of selected frames) with the mouse."""

    def __init__(self, scene: BoardScene, start: QPointF) -> None:
        self.scene = scene
        self.start = start
        self.moved = False
        selected = scene.selectedItems()
        self.frames = [i for i in selected if isinstance(i, FrameItem)]
        self.frame_ids = {f.frame.id for f in self.frames}
        notes = [i for i in selected if isinstance(i, NoteItem)]
        chosen = {n.note.id for n in notes}
        notes.extend(
            item
            for item in scene.notes.values()
            if item.note.frame_id in self.frame_ids and item.note.id not in chosen
        )
        self.notes = notes
        moving: list[NoteItem | FrameItem] = [*self.frames, *self.notes]
        self.origins = [(item, item.pos()) for item in moving]

    def move(self, pos: QPointF) -> None:
        delta = pos - self.start
        if not self.moved and delta.manhattanLength() < QApplication.startDragDistance():
            return
        self.moved = True
        for item, origin in self.origins:
            item.setPos(origin + delta)

    def finish(self, pos: QPointF) -> None:
        if not self.moved:
            return
        self.move(pos)
        boxes = {fid: item.box() for fid, item in self.scene.frames.items()}
        ops: list[Op] = []
        for frame_item in self.frames:
            frame = frame_item.frame
            x, y = round(frame_item.x(), 1), round(frame_item.y(), 1)
            if (x, y) != (frame.x, frame.y):
                ops.append(Put(replace(frame, x=x, y=y)))
        for note_item in self.notes:
            note = note_item.note
            x, y = round(note_item.x(), 1), round(note_item.y(), 1)
            frame_id: str | None
            if note.frame_id in self.frame_ids:
                frame_id = note.frame_id
            else:
                frame_id = frame_for(self.scene, (x, y, note.width, note.height), boxes)
            if (x, y, frame_id) != (note.x, note.y, note.frame_id):
                ops.append(Put(replace(note, x=x, y=y, frame_id=frame_id)))
        text = (
            QCoreApplication.translate("BoardInteractions", "Move frame")
            if self.frames
            else QCoreApplication.translate("BoardInteractions", "Move notes")
        )
        push_edit(self.scene.document, text, ops)


class ResizeInteraction:
    """Resizing a frame by its corner; notes inside it join, notes left outside leave."""

    def __init__(self, scene: BoardScene, item: FrameItem, start: QPointF) -> None:
        self.scene = scene
        self.item = item
        self.start = start
        self.size = (item.frame.width, item.frame.height)

    def move(self, pos: QPointF) -> None:
        delta = pos - self.start
        self.item.set_preview_size(self.size[0] + delta.x(), self.size[1] + delta.y())

    def finish(self, pos: QPointF) -> None:
        self.move(pos)
        frame = self.item.frame
        width, height = (round(v, 1) for v in self.item.size())
        if (width, height) == (frame.width, frame.height):
            self.item.set_frame(frame)
            return
        resized = replace(frame, width=width, height=height)
        boxes = {fid: item.box() for fid, item in self.scene.frames.items()}
        ops: list[Op] = [Put(resized)]
        for note_item in self.scene.notes.values():
            note = note_item.note
            if note.frame_id not in (None, frame.id):
                continue
            frame_id = frame_for(self.scene, (note.x, note.y, note.width, note.height), boxes)
            if frame_id != note.frame_id:
                ops.append(Put(replace(note, frame_id=frame_id)))
        push_edit(
            self.scene.document,
            QCoreApplication.translate("BoardInteractions", "Resize frame"),
            ops,
        )
