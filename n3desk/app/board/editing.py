"""Typing in a note: the text cursor, and when the typing becomes an undo step.

Nothing is pushed per keystroke. The text is committed when editing finishes (Esc,
Tab, a click outside) and after one idle second, so a crash loses at most the last
second of typing. Commits of one editing session merge into one undo step, and
into the "Add note" step of a note made just for it: N, typing and Esc undo as one.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor, QUndoCommand
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem

from n3desk.app.board import badges, text_layout
from n3desk.app.board.note_item import TEXT, NoteItem
from n3desk.app.commands import EditCommand, push_command
from n3desk.app.document import SessionDocument
from n3desk.app.key_map import matches, moves_focus
from n3desk.domain import text_fit
from n3desk.domain.board_edits import NOTE_SIZE
from n3desk.domain.changes import Op, Put, Remove
from n3desk.domain.entities import Note

if TYPE_CHECKING:
    from n3desk.app.board.scene import BoardScene

IDLE_COMMIT_MS = 1000
EDITING_Z = 1e12  # the note being written lies above every other while its text is long
TEXT_COMMAND_ID = 0x4E33  # commands with this id may merge (QUndoCommand.id)
_sessions = itertools.count(1)


def new_edit_key(note_id: str) -> tuple[str, int]:
    """A key for one editing session of a note; commands with equal keys merge."""
    return (note_id, next(_sessions))


class NoteEditCommand(EditCommand):
    """An edit of one note that later commits of the same editing session merge into."""

    def __init__(
        self, document: SessionDocument, text: str, ops: list[Op], key: tuple[str, int]
    ) -> None:
        super().__init__(document, text, ops)
        self.key = key

    def id(self) -> int:
        return TEXT_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, NoteEditCommand) or other.key != self.key:
            return False
        created = [op for op in self._inverse if isinstance(op, Remove)]
        removed = [op for op in other.ops if isinstance(op, Remove)]
        merged: list[Op] = list(self.ops)
        for op in other.ops:
            same = [i for i, o in enumerate(merged) if o.record.id == op.record.id]
            if same and isinstance(op, Put):
                merged[same[-1]] = op
            else:
                merged.append(op)
        self.ops = merged
        first_inverse = self._inverse
        self._inverse = [*other._inverse, *self._inverse]
        if created and removed:
            # A note made for typing and left empty: the whole step comes to nothing,
            # and what was changed to make room for it (a frame grown) goes back too.
            gone = {op.record.id for op in removed}
            back = [op for op in first_inverse if op.record.id not in gone]
            if back:
                self.document.apply(back)
            self.setObsolete(True)
        return True


class NoteEditor(QGraphicsTextItem):
    """The plain-text cursor inside a note.

    Signals:
        done(): Esc, Ctrl+Enter or Shift+Tab: stop editing.
        next(): Tab: stop editing and write the next note beside this one.
    """

    done = Signal()
    next = Signal()

    def sceneEvent(self, event: QEvent) -> bool:
        # QGraphicsTextItem hands Tab to its text control before keyPressEvent.
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and moves_focus(event)
        ):
            self.keyPressEvent(event)
            return True
        return super().sceneEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if matches("note.finish", event):
            self.done.emit()
        elif matches("board.next", event):
            self.next.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class TextEditing(QObject):
    """Edits one note's text at a time.

    Signals:
        finished(str, bool): the note id, and True when Tab asked for a next note.
    """

    finished = Signal(str, bool)

    def __init__(self, document: SessionDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.scene: BoardScene | None = None
        self.item: NoteItem | None = None
        self.editor: NoteEditor | None = None
        self.key: tuple[str, int] | None = None
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_COMMIT_MS)
        self._timer.timeout.connect(self.commit)
        self._scenes: set[int] = set()  # scenes whose interruptions reach us already

    @property
    def active(self) -> bool:
        return self.editor is not None

    def start(self, scene: BoardScene, note_id: str, key: tuple[str, int] | None = None) -> None:
        """Put the text cursor at the end of the note's text."""
        self.finish()
        item = scene.notes.get(note_id)
        if item is None:
            return
        self.scene, self.item, self.key = scene, item, key or new_edit_key(note_id)
        self._dirty = False
        editor = NoteEditor(item)
        editor.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        editor.document().setDocumentMargin(0)
        editor.document().setDefaultTextOption(text_layout.TEXT_OPTION)
        editor.setDefaultTextColor(TEXT)
        editor.setPlainText(item.note.text)
        editor.setPos(text_layout.PADDING, text_layout.PADDING)
        editor.setTextWidth(item.note.width - 2 * text_layout.PADDING)
        editor.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.editor = editor
        self._fit()
        cursor = editor.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        editor.setTextCursor(cursor)
        editor.document().contentsChanged.connect(self._on_typed)
        editor.done.connect(lambda: self.finish(want_next=False))
        editor.next.connect(lambda: self.finish(want_next=True))
        item.editing = True
        item.setZValue(EDITING_Z)
        item.update()
        scene.begin_editing(item)
        if id(scene) not in self._scenes:
            self._scenes.add(id(scene))
            scene.editing_interrupted.connect(self.finish_for_scene)
        scene.clearSelection()
        item.setSelected(True)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def text(self) -> str:
        return self.editor.toPlainText() if self.editor is not None else ""

    def _on_typed(self) -> None:
        self._dirty = True
        self._timer.start()
        self._fit()

    def _fit(self) -> None:
        """Shrink the typed text to the readable minimum, then let the note grow.

        The note keeps at most four times its height; while it is being written it
        shows the whole text however long (above the notes below it), so every word
        can be read and changed.
        """
        if self.editor is None or self.item is None:
            return
        note = self.item.note
        bottom = self._bottom()
        height = self._height_for(self.text(), note)
        fit = text_layout.fit(self.text(), note.width, height, bottom=bottom)
        font = text_layout.font(fit.size)
        if self.editor.font() != font:
            self.editor.setFont(font)
        pad = text_layout.PADDING
        needed = self.editor.boundingRect().height() + pad + max(pad, bottom)
        shown = max(height, needed)
        self.item.set_edit_height(shown if shown != note.height else None)

    def _height_for(self, text: str, note: Note) -> float:
        default = NOTE_SIZE[1]
        fit = text_layout.fit(text, note.width, default, bottom=self._bottom())
        # grown_height adds the padding above and below; the badges take the one below.
        needed = fit.needed_height + max(0.0, self._bottom() - text_layout.PADDING)
        return text_fit.grown_height(default, needed, text_layout.PADDING)

    def _bottom(self) -> float:
        """The room the note keeps at its bottom for its badges."""
        if self.item is None:
            return 0.0
        items = badges.texts(self.item.badges, self.item.dots)
        return badges.room(items, self.item.note.width, badges.BADGE_FONT_PX)

    def commit(self) -> None:
        """Push the typed text (one merged undo step per editing session)."""
        self._timer.stop()
        if self.item is None or self.key is None or not self._dirty:
            return
        note = self.item.note
        text = self.text()
        height = self._height_for(text, note)
        if (text, height) == (note.text, note.height):
            return
        ops: list[Op] = [Put(replace(note, text=text, height=height))]
        push_command(NoteEditCommand(self.document, self.tr("Edit note text"), ops, self.key))

    def finish_for_scene(self, commit: bool) -> None:
        """The scene ends editing (a click outside, or the note went away)."""
        self.finish(want_next=False, commit=commit)

    def finish(self, *, want_next: bool = False, commit: bool = True) -> None:
        """Stop editing; commit the text unless the note is going away."""
        if self.editor is None or self.item is None or self.scene is None:
            return
        if commit:
            self.commit()
        self._timer.stop()
        item, editor, scene = self.item, self.editor, self.scene
        self.editor = None
        self.item = None
        note_id = item.note.id
        if commit and not item.note.text and item.scene() is scene and self.key is not None:
            # An empty note is not kept: the removal merges into its "Add note" step.
            remove = scene.document.workshop.removal_ops(item.note)
            push_command(NoteEditCommand(self.document, self.tr("Remove note"), remove, self.key))
        if editor.scene() is not None:
            editor.scene().removeItem(editor)
        item.editing = False
        item.setZValue(item.note.z)
        item.set_edit_height(None)
        item.update()
        scene.end_editing()
        self.key = None
        self.finished.emit(note_id, want_next)
