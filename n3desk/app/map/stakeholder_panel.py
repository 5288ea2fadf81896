"""The editor of the selected stakeholder: name, role, influence, interest, notes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from n3desk.app.document import SessionDocument
from n3desk.app.map import edits
from n3desk.app.map.painting import LONGEST_FIELD
from n3desk.domain.change_set import ChangeSet
from n3desk.domain.entities import Stakeholder


class StakeholderEditor(QWidget):
    """Edits one stakeholder; each field is one undo step when editing finishes.

    Signals:
        focus_requested(str): the person asked to focus the map on this stakeholder.
        connect_requested(str, str): connect this stakeholder (first) to another.
    """

    focus_requested = Signal(str)
    connect_requested = Signal(str, str)

    def __init__(self, document: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._id = ""
        self.empty = QLabel(self.tr("Select a stakeholder on the map or in the table."), self)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "hint")
        self.name = QLineEdit(self)
        self.name.setMaxLength(LONGEST_FIELD)
        self.role = QLineEdit(self)
        self.role.setMaxLength(LONGEST_FIELD)
        self.role.setPlaceholderText(self.tr("What can they contribute?"))
        self.influence = QSpinBox(self)
        self.interest = QSpinBox(self)
        for box in (self.influence, self.interest):
            box.setRange(1, 5)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.notes.installEventFilter(self)
        self.focus_button = QPushButton(self.tr("Focus"), self)
        self.focus_button.setToolTip(
            self.tr("Fade all but this stakeholder and its neighbours (F)")
        )
        self.connect_button = QToolButton(self)
        self.connect_button.setText(self.tr("Connect to…"))
        self.connect_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.connect_menu = QMenu(self.connect_button)
        self.connect_button.setMenu(self.connect_menu)
        self.connect_menu.aboutToShow.connect(self._fill_connect_menu)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Influence (1–5)"), self.influence)
        form.addRow(self.tr("Interest (1–5)"), self.interest)
        form.addRow(self.tr("Notes"), self.notes)
        buttons = QHBoxLayout()
        for button in (self.focus_button, self.connect_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        self.fields = QWidget(self)
        inner = QVBoxLayout(self.fields)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(form)
        inner.addLayout(buttons)
        layout.addWidget(self.fields)
        self.name.editingFinished.connect(lambda: self._commit(name=self.name.text()))
        self.role.editingFinished.connect(lambda: self._commit(role=self.role.text()))
        self.influence.editingFinished.connect(
            lambda: self._commit(influence=self.influence.value())
        )
        self.interest.editingFinished.connect(lambda: self._commit(interest=self.interest.value()))
        self.focus_button.clicked.connect(lambda: self.focus_requested.emit(self._id))
        self.delete_button.clicked.connect(self._delete)
        document.map_changed.connect(self._on_map_changed)
        self.show_stakeholder("")

    def stakeholder_id(self) -> str:
        return self._id

    def show_stakeholder(self, stakeholder_id: str) -> None:
        """Edit ``stakeholder_id`` ("" or an unknown id: nothing to edit)."""
        if self._id and self.notes.hasFocus():
            self._commit_notes()
        record = self.document.workshop.get(Stakeholder, stakeholder_id or None)
        self._id = record.id if record is not None else ""
        self.empty.setVisible(record is None)
        self.fields.setVisible(record is not None)
        if record is not None:
            self._fill(record, force=True)

    def _fill(self, record: Stakeholder, *, force: bool = False) -> None:
        """Show the record; a field being typed into keeps what is typed."""
        for widget, value in (
            (self.name, record.name),
            (self.role, record.role),
        ):
            if force or not widget.hasFocus():
                widget.setText(value)
                widget.setCursorPosition(0)
        for box, number in ((self.influence, record.influence), (self.interest, record.interest)):
            if force or not box.hasFocus():
                box.blockSignals(True)
                box.setValue(number)
                box.blockSignals(False)
        if force or not self.notes.hasFocus():
            self.notes.setPlainText(record.notes)

    def _commit(self, **fields: object) -> None:
        if self._id:
            edits.edit_stakeholder(self.document, self._id, **fields)

    def _commit_notes(self) -> None:
        self._commit(notes=self.notes.toPlainText())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.notes and event.type() == QEvent.Type.FocusOut:
            self._commit_notes()
        return super().eventFilter(watched, event)

    def _delete(self) -> None:
        if self._id:
            edits.delete_stakeholders(self.document, [self._id])

    def _fill_connect_menu(self) -> None:
        self.connect_menu.clear()
        for other in self.document.workshop.stakeholders:
            if other.id == self._id:
                continue
            action = self.connect_menu.addAction(other.name[:80].replace("&", "&&") or "…")
            action.triggered.connect(
                lambda _checked=False, target=other.id: self.connect_requested.emit(
                    self._id, target
                )
            )

    def _on_map_changed(self, changes: ChangeSet) -> None:
        if not self._id:
            return
        if not any(s.id == self._id for s in changes.records(Stakeholder)):
            return
        record = self.document.workshop.get(Stakeholder, self._id)
        if record is None:
            self.show_stakeholder("")
        else:
            self._fill(record)
