"""The map's mouse modes, each a small object: moving stakeholders, connecting two.

A mode starts on a press, follows the mouse and ends on release by pushing exactly
one command (or none, when nothing changed), so one drag is one undo step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsLineItem

from n3desk.app.map import edits
from n3desk.app.map.painting import SELECTION
from n3desk.app.map.stakeholder_item import StakeholderItem

if TYPE_CHECKING:
    from n3desk.app.map.scene import StakeholderMapScene


class Interaction:
    """A mouse mode; the default does nothing."""

    def move(self, pos: QPointF) -> None:
        """The mouse moved to ``pos`` (scene coordinates) with the button held."""

    def finish(self, pos: QPointF) -> None:
        """The button was released at ``pos``."""

    def cancel(self) -> None:
        """The mode ended without a change (Escape, focus lost)."""


class MoveInteraction(Interaction):
    """Dragging the selected stakeholders; one command on release."""

    def __init__(self, scene: StakeholderMapScene) -> None:
        self._scene = scene
        self._start = {
            item.stakeholder_id: item.pos() for item in scene.selected_stakeholder_items()
        }

    def finish(self, pos: QPointF) -> None:
        moves: dict[str, tuple[float, float]] = {}
        for item in self._scene.selected_stakeholder_items():
            start = self._start.get(item.stakeholder_id)
            if start is not None and (item.pos() - start).manhattanLength() >= 1.0:
                moves[item.stakeholder_id] = item.polar()
        if moves:
            edits.move_stakeholders(self._scene.document, moves)


class ConnectInteraction(Interaction):
    """Dragging a line from one stakeholder to another makes a relation."""

    def __init__(self, scene: StakeholderMapScene, source: StakeholderItem, kind: str) -> None:
        self._scene = scene
        self._source = source
        self._kind = kind
        self._line = QGraphicsLineItem(QLineF(source.pos(), source.pos()))
        pen = QPen(QColor(SELECTION), 3, Qt.PenStyle.DashLine)
        self._line.setPen(pen)
        self._line.setZValue(40)
        scene.addItem(self._line)

    def move(self, pos: QPointF) -> None:
        self._line.setLine(QLineF(self._source.pos(), pos))

    def finish(self, pos: QPointF) -> None:
        self.cancel()
        target = self._scene.stakeholder_item_at(pos)
        if target is not None and target is not self._source:
            relation = edits.connect(
                self._scene.document, self._source.stakeholder_id, target.stakeholder_id, self._kind
            )
            if relation is not None:
                self._scene.select_relation(relation.id)

    def cancel(self) -> None:
        if self._line.scene() is not None:
            self._scene.removeItem(self._line)
