"""NoteBlocks: every note of a board as a plain coloured block, drawn by one item.

Far out, and while a view zooms far out, a note is only a coloured block. Drawn
note by note that is still one Python ``paint`` call per note, and at 10,000
notes those calls alone took longer than a frame. This one item draws the blocks
of all of them instead: the rectangles are grouped by how they look (six colours,
greyed when hidden) and each group is filled by one ``drawRects`` call, a loop in
C++ (3 ms for 10,000 notes; a recorded ``QPicture`` replayed ten times slower).
The groups are gathered again only when the notes changed, and only when they
are next drawn. They are kept per square of the board (CELL): a pan step far out
repaints a strip of the screen, and handing Qt the 10,000 rectangles of the whole
board for it cost more than drawing the strip.

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

CELL = 2000.0  # the side of a square of the board whose blocks are drawn together
Groups = list[tuple[QColor, list[QRectF]]]


class NoteBlocks(QGraphicsItem):
    """The blocks of the notes in ``notes`` (the scene's own, live mapping)."""

    def __init__(self, notes: Mapping[str, NoteItem]) -> None:
        super().__init__()
        self._notes = notes
        self._cells: dict[tuple[int, int], Groups] | None = None
        self._reach = (0.0, 0.0)  # the widest and the tallest block
        self._bounds = QRectF()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # exposedRect
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
        self._cells = None
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

    def _gather(self) -> dict[tuple[int, int], Groups]:
        cells: dict[tuple[int, int], dict[tuple[str, bool], list[QRectF]]] = {}
        widest = tallest = 0.0
        for item in self._notes.values():
            if not item.isVisible() or item.draws_itself_when_coarse():
                continue
            note = item.note
            x, y = item.x(), item.y()
            # A note lies in the cell of its top left corner; the cells are drawn with
            # a note's size of overlap (see paint), so one across two is still drawn.
            cell = cells.setdefault((int(x // CELL), int(y // CELL)), {})
            rect = QRectF(x, y, note.width, item.height())
            widest, tallest = max(widest, rect.width()), max(tallest, rect.height())
            cell.setdefault((note.colour, note.hidden), []).append(rect)
        self._reach = (widest, tallest)
        fills: dict[tuple[str, bool], QColor] = {}
        gathered: dict[tuple[int, int], Groups] = {}
        for key, groups in cells.items():
            gathered[key] = []
            for look, rects in groups.items():
                if look not in fills:
                    fill = note_colour(look[0])
                    fills[look] = greyed(fill) if look[1] else fill
                gathered[key].append((fills[look], rects))
        return gathered

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._cells is None:
            self._cells = self._gather()
        painter.setPen(Qt.PenStyle.NoPen)
        # Far out an edge is a fraction of a pixel: smoothing it only costs time.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        exposed = option.exposedRect
        # A note reaches into the cells right of and below its own: look that far back.
        first_x = int((exposed.left() - self._reach[0]) // CELL)
        first_y = int((exposed.top() - self._reach[1]) // CELL)
        last_x, last_y = int(exposed.right() // CELL), int(exposed.bottom() // CELL)
        for (cell_x, cell_y), groups in self._cells.items():
            if first_x <= cell_x <= last_x and first_y <= cell_y <= last_y:
                for fill, rects in groups:
                    painter.setBrush(fill)
                    painter.drawRects(rects)
