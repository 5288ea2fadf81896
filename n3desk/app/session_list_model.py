"""The start page's table of sessions: title, date, place, number of notes."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from n3desk.store.library import SessionSummary

Index = QModelIndex | QPersistentModelIndex
SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_SERVED_ROLES = frozenset(
    {
        SESSION_ID_ROLE,
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
    }
)


class SessionListModel(QAbstractTableModel):
    """The library's live sessions, newest first, as the library lists them."""

    TITLE, DATE, PLACE, NOTES = range(4)

    def __init__(self, parent: QSortFilterProxyModel | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SessionSummary] = []

    def set_sessions(self, sessions: list[SessionSummary]) -> None:
        self.beginResetModel()
        self._rows = list(sessions)
        self.endResetModel()

    def session_at(self, row: int) -> SessionSummary:
        return self._rows[row]

    def row_of(self, session_id: str) -> int:
        """The row showing ``session_id``, or -1."""
        return next((i for i, s in enumerate(self._rows) if s.id == session_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Title"), self.tr("Date"), self.tr("Place"), self.tr("Notes"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # The view asks about ten roles per cell while sizing its columns: answer the
        # ones we do not serve before touching the index (a faster start-up).
        if role not in _SERVED_ROLES or not index.isValid():
            return None
        session = self._rows[index.row()]
        column = index.column()
        if role == SESSION_ID_ROLE:
            return session.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.TITLE:
                # One line per row: a title pasted with line breaks stays readable.
                return " ".join(session.title.split()) or self.tr("(untitled)")
            if column == self.DATE:
                return session.date or "—"
            if column == self.PLACE:
                return session.place
            return str(session.note_count)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.NOTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SessionFilter(QSortFilterProxyModel):
    """Keeps the rows whose title, date or place contain every word typed."""

    def __init__(self, source: SessionListModel) -> None:
        super().__init__()
        self.setSourceModel(source)
        self._words: list[str] = []

    def set_search(self, text: str) -> None:
        self._words = text.casefold().split()
        self.invalidate()  # (invalidateFilter is deprecated since Qt 6.10)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, SessionListModel)
        session = model.session_at(source_row)
        haystack = f"{session.title} {session.date} {session.place}".casefold()
        return all(word in haystack for word in self._words)
