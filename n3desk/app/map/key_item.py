"""The map's key: numbered names beside the circle, for actors with no room for theirs."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from n3desk.app.map.painting import INK, darker, map_font
from n3desk.domain.map_key import KEY_PAD, KeyEntry


class MapKeyItem(QGraphicsItem):
    """Every key entry ("12  Praktiserende læge"), each in its own box, where the
    layout stacked it (:func:`n3desk.domain.map_key.place_key`)."""

    def __init__(self, *, bold: bool = True) -> None:
        super().__init__()
        self.bold = bold  # the room's key is set in regular type (a long list)
        self.condensed = False  # a crowded room's key: in the condensed face (set by the scene)
        self.setZValue(45)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._entries: dict[str, tuple[KeyEntry, str]] = {}
        self._bounds = QRectF()

    def set_entry(self, stakeholder_id: str, entry: KeyEntry | None, colour: str = "") -> None:
        """Show ``entry`` for ``stakeholder_id`` (None takes its entry away)."""
        self.prepareGeometryChange()
        if entry is None:
            self._entries.pop(stakeholder_id, None)
        else:
            self._entries[stakeholder_id] = (entry, colour)
        self._bounds = QRectF()
        for found, _colour in self._entries.values():
            self._bounds = self._bounds.united(_rect(found))
        self.update()

    def clear_entries(self) -> None:
        self.prepareGeometryChange()
        self._entries = {}
        self._bounds = QRectF()
        self.update()

    def entries(self) -> dict[str, KeyEntry]:
        """The entries by stakeholder id (tests and the projector's checks read them)."""
        return {sid: entry for sid, (entry, _colour) in self._entries.items()}

    def entry_rect(self, stakeholder_id: str) -> QRectF:
        found = self._entries.get(stakeholder_id)
        return QRectF() if found is None else _rect(found[0])

    def boundingRect(self) -> QRectF:
        return self._bounds.adjusted(-2, -2, 2, 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for entry, colour in self._entries.values():
            rect = _rect(entry)
            size = entry.shape.size
            # One white list: each entry on its own ground, edge to edge, and a mark in
            # its sector's colour at its start.
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor(255, 255, 255, 235)))
            painter.drawRect(rect)
            painter.setBrush(QBrush(darker(colour or "#b0bec5", 115)))
            painter.drawRect(QRectF(rect.left(), rect.top(), size * 0.12, rect.height()))
            painter.setFont(map_font(size, bold=self.bold, condensed=self.condensed))
            painter.setPen(INK)
            text = rect.adjusted(size * KEY_PAD[0], size * KEY_PAD[1], 0, 0)
            painter.drawText(
                text,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                "\n".join(entry.shape.lines),
            )


def _rect(entry: KeyEntry) -> QRectF:
    left, top, right, bottom = entry.box
    return QRectF(left, top, right - left, bottom - top)
