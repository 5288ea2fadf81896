"""The notes of a board scene as a :class:`~n3desk.domain.spatial.BoxQuery`.

Placing a note asks what is in an area many times; the scene's own index of its
items (a BSP tree in C++) answers that without a Python loop over every note.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRectF, Qt

from n3desk.app.board.note_item import NoteItem
from n3desk.app.board.scene import BoardScene
from n3desk.domain.board_edits import box
from n3desk.domain.spatial import Box


class SceneBoxes:
    """Where the notes of ``scene`` are (those the document holds, not a drag's)."""

    def __init__(self, scene: BoardScene) -> None:
        self.scene = scene

    def within(self, area: Box) -> Iterator[Box]:
        mode = Qt.ItemSelectionMode.IntersectsItemBoundingRect
        for item in self.scene.items(QRectF(*area), mode):
            if isinstance(item, NoteItem):
                yield box(item.note)
