"""The Overview's decision log: what was decided and when, who carries it out by when,
and which notes (ideas, concepts) it chose.

Every edit is one undoable command: a cell edited in the table, or the notes ticked
in the chooser (:mod:`n3desk.app.note_chooser`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
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
from n3desk.app.note_chooser import NoteChooser, choose_notes, note_options, short_text
from n3desk.app.record_table import RecordTableModel, fit_rows
from n3desk.domain.change_set import ChangeSet
from n3desk.domain.changes import Op, Put, Remove, edited
from n3desk.domain.entities import ChosenNote, Decision, Entity, Note, new_id

DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%y")


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


def due_date(text: str) -> str | None:
    """``text`` as an ISO date ("" for none); None when it is not a date.

    Accepts 2027-03-01 and the Nordic 1.3.2027, 01-03-2027 and 1/3/2027.
    """
    cleaned = text.strip()
    if not cleaned:
        return ""
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, pattern).date().isoformat()
        except ValueError:
            continue
    return None


class DecisionModel(RecordTableModel):
    """The session's decisions in order: time, text, owner and due date editable."""

    kind = Decision
    TIME, TEXT, OWNER, DUE, CHOSEN = range(5)

    def __init__(self, document: SessionDocument) -> None:
        super().__init__(document)
        # The chosen notes' column follows the links (announced with the decisions)
        # and the notes' own text.
        document.decisions_changed.connect(self._on_choices_changed)
        document.notes_changed.connect(self._on_choices_changed)

    def records(self) -> list[Entity]:
        return list(self.document.workshop.decisions)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Time"),
            self.tr("Decision"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Chose"),
        )

    def chosen_notes(self, decision: Decision) -> list[Note]:
        """The notes ``decision`` chose, in its order."""
        workshop = self.document.workshop
        found = (workshop.get(Note, c.note_id) for c in workshop.chosen_by(decision.id))
        return [n for n in found if n is not None]

    def display(self, record: Entity, column: int, role: int) -> object:
        assert isinstance(record, Decision)
        if column == self.CHOSEN:
            notes = self.chosen_notes(record)
            if role == Qt.ItemDataRole.DisplayRole:
                return "; ".join(short_text(n.text, 40) for n in notes)
            if role == Qt.ItemDataRole.ToolTipRole and notes:
                return "\n".join(f"• {short_text(n.text, 200)}" for n in notes)
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        values = {
            self.TIME: clock_text(record.decided_at),
            self.TEXT: record.text,
            self.OWNER: record.owner,
            self.DUE: record.due_date,
        }
        return values[column]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        found = super().flags(index)
        if index.isValid() and index.column() == self.CHOSEN:
            return found & ~Qt.ItemFlag.ItemIsEditable  # chosen in the chooser
        return found

    def edited(self, record: Entity, column: int, value: object) -> tuple[str, Op] | None:
        assert isinstance(record, Decision)
        text = str(value)
        if column == self.TEXT and text.strip() and text != record.text:
            return self.tr("Edit decision"), edited(record, text=text)
        if column == self.TIME:
            when = with_clock(record.decided_at, text)
            if when is not None and when != record.decided_at:
                return self.tr("Change time of decision"), edited(record, decided_at=when)
        if column == self.OWNER and text.strip() != record.owner:
            return self.tr("Change owner of decision"), edited(record, owner=text.strip())
        if column == self.DUE:
            due = due_date(text)
            if due is not None and due != record.due_date:
                return self.tr("Change due date of decision"), edited(record, due_date=due)
        return None

    def _on_choices_changed(self, changes: ChangeSet) -> None:
        if changes.touches(ChosenNote, Note) and self.rowCount():
            last = self.index(self.rowCount() - 1, self.CHOSEN)
            self.dataChanged.emit(self.index(0, self.CHOSEN), last)


class DecisionPanel(QWidget):
    """A field to log a decision now, the table of decisions, and a remove button."""

    def __init__(
        self,
        document: SessionDocument,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.time,
        chooser: NoteChooser = choose_notes,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.clock = clock
        self.chooser = chooser
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
        # Time and due date as wide as their heading in the language shown ("Klart senast").
        for column in (DecisionModel.TIME, DecisionModel.DUE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DecisionModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((DecisionModel.OWNER, 170), (DecisionModel.CHOSEN, 220)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)

        self.text_edit = QLineEdit(self)
        self.text_edit.setMaxLength(100_000)
        self.text_edit.setPlaceholderText(self.tr("What was decided? Then Enter"))
        self.add_button = QPushButton(self.tr("Log decision"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.choose_button = QPushButton(self.tr("Choose notes…"), self)
        self.choose_button.setToolTip(
            self.tr("Tick the ideas or concepts this decision chose; they go into the record.")
        )
        adding = QHBoxLayout()
        adding.addWidget(self.text_edit, 1)
        adding.addWidget(self.add_button)
        below = QHBoxLayout()
        below.addWidget(self.choose_button)
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
        self.choose_button.clicked.connect(self.choose_for_selected)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

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

    def selected(self) -> Decision | None:
        """The decision selected in the table, if any."""
        rows = self.table.selectionModel().selectedRows()
        record = self.model.record_at(rows[0].row()) if rows else None
        return record if isinstance(record, Decision) else None

    def choose_for_selected(self) -> None:
        decision = self.selected()
        if decision is not None:
            self.choose_for(decision)

    def choose_for(self, decision: Decision) -> bool:
        """Ask which notes ``decision`` chose and record the answer as one undoable step."""
        workshop = self.document.workshop
        links = workshop.chosen_by(decision.id)
        before = [link.note_id for link in links]
        answer = self.chooser(self, decision.text, note_options(workshop), before)
        if answer is None or answer == before:
            return False
        by_note = {link.note_id: link for link in links}
        ops: list[Op] = [Remove(link) for link in links if link.note_id not in answer]
        for position, note_id in enumerate(dict.fromkeys(answer)):
            link = by_note.get(note_id)
            if link is None:
                ops.append(Put(ChosenNote(new_id(), decision.id, note_id, position)))
            elif link.position != position:
                ops.append(Put(replace(link, position=position)))
        push_edit(self.document, self.tr("Choose notes for decision"), ops)
        return True

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.column() == DecisionModel.CHOSEN:
            record = self.model.record_at(index.row())
            if isinstance(record, Decision):
                self.choose_for(record)

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected() is not None
        self.choose_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
