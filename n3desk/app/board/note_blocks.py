"""NoteBlocks: every note of a board as a plain coloured block, drawn by one item.

Far out, and while a view zooms far out, a note is only a coloured block. Drawn
note by note that is still one Python ``paint`` call per note, and at 10,000
notes those calls alone took longer than a frame. This one item draws the blocks
of all of them instead: the rectangles are grouped by how they look (six colours,
greyed when hidden) and each group is filled by one ``drawRects`` call, a loop in
C++ (3 ms for 10,000 notes; a recorded ``QPicture`` replayed ten times slower).
The groups are gathered again only when the notes changed, and only when they
are next drawn.

While the blocks are shown the notes themselves draw nothing (Qt's
ItemHasNoContents); they are still there to be clicked, dragged and selected.
A selected note or a search hit draws itself, with its outline, on top.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from n3desk.app.board.note_item import NoteItem, greyed, note_colour


class NoteBlocks(QGraphicsItem):
    """The blocks of the notes in ``notes`` (the scene's own, live mapping)."""

    def __init__(self, notes: Mapping[str, NoteItem]) -> None:
        super().__init__()
        self._notes = notes
        self._groups: list[tuple[QColor, list[QRectF]]] | None = None
        self._bounds = QRectF()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setVisible(False)

    def show_blocks(self, shown: bool) -> None:
        """Draw the blocks (True) or nothing (False)."""
        if shown == self.isVisible():
            return
        if shown:
            self._measure()
        self.setVisible(shown)

    def stale(self) -> None:
        """The notes changed: gather the blocks again before they are next drawn."""
        self._groups = None
        if self.isVisible():
            self._measure()
            self.update()

    def _measure(self) -> None:
        bounds = QRectF()
        for item in self._notes.values():
            bounds = bounds.united(item.sceneBoundingRect())
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds

    def boundingRect(self) -> QRectF:
        return self._bounds

    def _gather(self) -> list[tuple[QColor, list[QRectF]]]:
        groups: dict[tuple[str, bool], list[QRectF]] = {}
        for item in self._notes.values():
            if not item.isVisible() or item.draws_itself_when_coarse():
                continue
            note = item.note
            rect = QRectF(item.x(), item.y(), note.width, item.height())
            groups.setdefault((note.colour, note.hidden), []).append(rect)
        gathered = []
        for (colour, hidden), rects in groups.items():
            fill = note_colour(colour)
            gathered.append((greyed(fill) if hidden else fill, rects))
        return gathered

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._groups is None:
            self._groups = self._gather()
        painter.setPen(Qt.PenStyle.NoPen)
        # Far out an edge is a fraction of a pixel: smoothing it only costs time.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for fill, rects in self._groups:
            painter.setBrush(fill)
            painter.drawRects(rects)
