"""StakeholderTableModel: every stakeholder as a row, editable, in step with the map."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from n3desk.app.document import SessionDocument
from n3desk.app.map import edits
from n3desk.domain.change_set import ChangeSet
from n3desk.domain.entities import Ring, Sector, Stakeholder
from n3desk.domain.mapgeometry import cell_of

Index = QModelIndex | QPersistentModelIndex

NAME, SECTOR, RING, ROLE, INFLUENCE, INTEREST, NOTES = range(7)
EDITABLE = {
    NAME: "name",
    ROLE: "role",
    INFLUENCE: "influence",
    INTEREST: "interest",
    NOTES: "notes",
}

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The stakeholder id of a row (for selecting it on the map)."""


class StakeholderTableModel(QAbstractTableModel):
    """Rows in the order stakeholders were added; sort through a QSortFilterProxyModel.

    Edits go through :mod:`n3desk.app.map.edits` (undoable, committed); the model then
    follows ``document.map_changed`` like every view of the map.
    """

    def __init__(self, document: SessionDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._ids: list[str] = [s.id for s in document.workshop.stakeholders]
        document.map_changed.connect(self._on_map_changed)

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Sector"),
            self.tr("Ring"),
            self.tr("Role"),
            self.tr("Influence"),
            self.tr("Interest"),
            self.tr("Notes"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def row_of(self, stakeholder_id: str) -> int:
        return self._ids.index(stakeholder_id) if stakeholder_id in self._ids else -1

    def stakeholder_at(self, row: int) -> Stakeholder | None:
        if 0 <= row < len(self._ids):
            return self.document.workshop.get(Stakeholder, self._ids[row])
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 7:
            return self.headers()[section]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.stakeholder_at(index.row())
        if record is None:
            return None
        column = index.column()
        if role == ID_ROLE:
            return record.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == SECTOR:
                return self._place(record)[0]
            if column == RING:
                return self._place(record)[1]
            return getattr(record, EDITABLE[column])
        if role == Qt.ItemDataRole.ToolTipRole and column in (NAME, ROLE, NOTES):
            return getattr(record, EDITABLE[column])[:2000]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (INFLUENCE, INTEREST):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _place(self, record: Stakeholder) -> tuple[str, str]:
        workshop = self.document.workshop
        sectors, rings = workshop.sectors, workshop.rings
        cell = cell_of(record.angle, record.radius, len(sectors), len(rings))
        sector = sectors[cell.sector].label if cell.sector is not None else ""
        ring = rings[cell.ring].label if cell.ring is not None else ""
        return (sector, ring)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        field = EDITABLE.get(index.column())
        record = self.stakeholder_at(index.row())
        if field is None or record is None:
            return False
        if field in ("influence", "interest"):
            try:
                number = int(value)
            except (TypeError, ValueError):
                return False
            if not 1 <= number <= 5:
                return False
            value = number
        elif not isinstance(value, str):
            return False
        edits.edit_stakeholder(self.document, record.id, **{field: value})
        return True

    def _on_map_changed(self, changes: ChangeSet) -> None:
        workshop = self.document.workshop
        everything = changes.touches(Sector, Ring)
        for record in changes.records(Stakeholder):
            alive = workshop.get(Stakeholder, record.id) is not None
            row = self.row_of(record.id)
            if alive and row < 0:
                self.beginInsertRows(QModelIndex(), len(self._ids), len(self._ids))
                self._ids.append(record.id)
                self.endInsertRows()
            elif alive:
                self.dataChanged.emit(self.index(row, 0), self.index(row, 6))
            elif row >= 0:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._ids[row]
                self.endRemoveRows()
        if everything and self._ids:
            self.dataChanged.emit(self.index(0, SECTOR), self.index(len(self._ids) - 1, RING))
