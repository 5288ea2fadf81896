"""A small editable table of one kind of record (participants, decisions).

The model reads its rows from the document and follows the document's signal for
its kind of record (:data:`~n3desk.domain.change_set.KIND_TOPICS`); an
edit in a cell becomes one undoable command through :func:`push_edit`. The model
never changes the workshop itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView

from n3desk.app.commands import push_edit
from n3desk.app.document import SessionDocument
from n3desk.domain.change_set import KIND_TOPICS, ChangeSet
from n3desk.domain.changes import Op, Put
from n3desk.domain.entities import Entity, with_fields

Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    """Rows of records of :attr:`kind`; subclasses say what the columns show and do."""

    kind: type[Entity]

    def __init__(self, document: SessionDocument) -> None:
        super().__init__(document)
        self.document = document
        self._rows: list[Entity] = self.records()
        document.topic_signals[KIND_TOPICS[self.kind]].connect(self._on_changed)

    # -- for subclasses ----------------------------------------------------------------

    def records(self) -> list[Entity]:
        """The rows, in order, as the document holds them now."""
        raise NotImplementedError

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def display(self, record: Entity, column: int, role: int) -> object:
        """What a cell shows for ``role`` (display, edit, decoration...)."""
        raise NotImplementedError

    def edited(self, record: Entity, column: int, value: object) -> tuple[str, Op] | None:
        """The undo text and the operation for an edit, or None if nothing changes."""
        raise NotImplementedError

    # -- Qt model ------------------------------------------------------------------------

    def record_at(self, row: int) -> Entity:
        return self._rows[row]

    def row_of(self, record_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        return self.display(self._rows[index.row()], index.column(), role)

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        change = self.edited(self._rows[index.row()], index.column(), value)
        if change is None:
            return False
        text, op = change
        push_edit(self.document, text, [op])
        return True

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(self.kind):
            self.beginResetModel()
            self._rows = self.records()
            self.endResetModel()


def reorder(records: Sequence[Entity], row: int, step: int) -> list[Op]:
    """Operations moving ``records[row]`` by ``step`` places, renumbering positions."""
    target = row + step
    if not (0 <= row < len(records) and 0 <= target < len(records)):
        return []
    order = list(records)
    order.insert(target, order.pop(row))

    return [
        Put(with_fields(record, position=i))
        for i, record in enumerate(order)
        if getattr(record, "position", None) != i
    ]


def fit_rows(table: QTableView, *, least: int = 3, most: int = 10) -> None:
    """Make ``table`` as tall as its rows (between ``least`` and ``most``), now and later.

    The Overview scrolls as a whole; a table that scrolls inside it as well hides
    participants or decisions for no reason.
    """

    def fit() -> None:
        rows = max(least, min(most, table.model().rowCount()))
        header = table.horizontalHeader().sizeHint().height()
        height = (
            header + rows * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth()
        )
        table.setFixedHeight(height + 4)

    table.model().modelReset.connect(fit)
    table.model().rowsInserted.connect(fit)
    table.model().rowsRemoved.connect(fit)
    fit()
