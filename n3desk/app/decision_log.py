"""The Overview's decision log: what was decided, and when."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from n3desk.app.commands import push_edit
from n3desk.app.document import SessionDocument
from n3desk.app.record_table import RecordTableModel, fit_rows
from n3desk.domain.changes import Op, Put, edited
from n3desk.domain.entities import Decision, Entity, new_id


def clock_text(when: float) -> str:
    """ "14:05" for a time of day (local time)."""
    return datetime.fromtimestamp(when).strftime("%H:%M") if when else ""


def with_clock(when: float, text: str) -> float | None:
    """``when`` moved to the time of day "HH:MM" on the same date; None if not a time."""
    try:
        parsed = datetime.strptime(text.strip().replace(".", ":"), "%H:%M")
    except ValueError:
        return None
    base = datetime.fromtimestamp(when) if when else datetime.now()
    return base.replace(hour=parsed.hour, minute=parsed.minute, second=0).timestamp()


class DecisionModel(RecordTableModel):
    """The session's decisions in order: time and text, both editable."""

    kind = Decision
    TIME, TEXT = range(2)

    def records(self) -> list[Entity]:
        return list(self.document.workshop.decisions)

    def headers(self) -> Sequence[str]:
        return (self.tr("Time"), self.tr("Decision"))

    def display(self, record: Entity, column: int, role: int) -> object:
        assert isinstance(record, Decision)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        return clock_text(record.decided_at) if column == self.TIME else record.text

    def edited(self, record: Entity, column: int, value: object) -> tuple[str, Op] | None:
        assert isinstance(record, Decision)
        text = str(value)
        if column == self.TEXT and text.strip() and text != record.text:
            return self.tr("Edit decision"), edited(record, text=text)
        if column == self.TIME:
            when = with_clock(record.decided_at, text)
            if when is not None and when != record.decided_at:
                return self.tr("Change time of decision"), edited(record, decided_at=when)
        return None


class DecisionPanel(QWidget):
    """A field to log a decision now, the table of decisions, and a remove button."""

    def __init__(
        self,
        document: SessionDocument,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.clock = clock
        self.model = DecisionModel(document)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(36)
        self.table.setWordWrap(True)
        fit_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DecisionModel.TIME, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(DecisionModel.TIME, 90)
        header.setSectionResizeMode(DecisionModel.TEXT, QHeaderView.ResizeMode.Stretch)

        self.text_edit = QLineEdit(self)
        self.text_edit.setMaxLength(100_000)
        self.text_edit.setPlaceholderText(self.tr("What was decided? Then Enter"))
        self.add_button = QPushButton(self.tr("Log decision"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        adding = QHBoxLayout()
        adding.addWidget(self.text_edit, 1)
        adding.addWidget(self.add_button)
        below = QHBoxLayout()
        below.addStretch(1)
        below.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(adding)
        layout.addWidget(self.table)
        layout.addLayout(below)

        self.text_edit.returnPressed.connect(self.add_from_field)
        self.add_button.clicked.connect(self.add_from_field)
        self.remove_button.clicked.connect(self.remove_selected)

    def add(self, text: str) -> Decision | None:
        """Log a decision taken now, at the end of the log."""
        if not text.strip():
            return None
        existing = self.document.workshop.decisions
        decision = Decision(
            id=new_id(),
            session_id=self.document.session.id,
            text=text.strip(),
            decided_at=self.clock(),
            position=max((d.position for d in existing), default=-1) + 1,
        )
        push_edit(self.document, self.tr("Log decision"), [Put(decision)])
        return decision

    def add_from_field(self) -> None:
        if self.add(self.text_edit.text()) is not None:
            self.text_edit.clear()

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            record = self.model.record_at(rows[0].row())
            push_edit(
                self.document,
                self.tr("Remove decision"),
                self.document.workshop.removal_ops(record),
            )
