"""The Overview's session fields: title, question, date, start time, place, facilitator, notes."""

from __future__ import annotations

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QTimeEdit, QWidget

from n3desk.app.commands import push_edit
from n3desk.app.document import SessionDocument
from n3desk.app.text_fields import CommitLineEdit, CommitTextEdit
from n3desk.domain.changes import edited
from n3desk.domain.entities import Session

NO_DATE = QDate(2000, 1, 1)  # the date field's "not planned yet" value
MAX_TEXT = 1_000_000  # QLineEdit cuts at 32,767 characters by default: never cut user text


class SessionDetailsForm(QWidget):
    """Editable fields of the Session record; each edit is one undoable command."""

    def __init__(self, document: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.title_edit = CommitLineEdit(self)
        self.question_edit = CommitTextEdit(self)
        self.question_edit.setFixedHeight(84)
        self.question_edit.setPlaceholderText(self.tr("How might we …?"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMinimumDate(NO_DATE)
        self.date_edit.setSpecialValueText(self.tr("not planned"))
        self.time_edit = QTimeEdit(self)
        self.time_edit.setDisplayFormat("HH:mm")
        self.place_edit = CommitLineEdit(self)
        self.facilitator_edit = CommitLineEdit(self)
        self.notes_edit = CommitTextEdit(self)
        self.notes_edit.setFixedHeight(110)
        self.notes_edit.setPlaceholderText(self.tr("Only you see these notes."))
        for line in (self.title_edit, self.place_edit, self.facilitator_edit):
            line.setMaxLength(MAX_TEXT)
        self.date_edit.setMinimumWidth(170)
        self.time_edit.setMinimumWidth(170)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(16)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        rows: tuple[tuple[str, QWidget], ...] = (
            (self.tr("Title"), self.title_edit),
            (self.tr("Innovation question"), self.question_edit),
            (self.tr("Date"), self.date_edit),
            (self.tr("Start time"), self.time_edit),
            (self.tr("Place"), self.place_edit),
            (self.tr("Facilitator"), self.facilitator_edit),
            (self.tr("Facilitator notes"), self.notes_edit),
        )
        for text, row_widget in rows:
            label = QLabel(text, self)
            label.setBuddy(row_widget)
            form.addRow(label, row_widget)

        text_fields: tuple[tuple[CommitLineEdit | CommitTextEdit, str, str], ...] = (
            (self.title_edit, "title", self.tr("Edit title")),
            (self.question_edit, "question", self.tr("Edit innovation question")),
            (self.place_edit, "place", self.tr("Edit place")),
            (self.facilitator_edit, "facilitator", self.tr("Edit facilitator")),
            (self.notes_edit, "facilitator_notes", self.tr("Edit facilitator notes")),
        )
        for text_field, name, undo_text in text_fields:
            text_field.committed.connect(lambda text, n=name, u=undo_text: self._set(n, text, u))
        self.date_edit.setKeyboardTracking(False)
        self.time_edit.setKeyboardTracking(False)
        self.date_edit.dateChanged.connect(self._on_date_changed)
        self.time_edit.timeChanged.connect(self._on_time_changed)
        self._showing = False
        self.show_session(document.session)

    def show_session(self, session: Session) -> None:
        """Show the record as the document holds it (after an edit, undo or redo)."""
        self._showing = True
        try:
            self.title_edit.show_value(session.title)
            self.question_edit.show_value(session.question)
            self.place_edit.show_value(session.place)
            self.facilitator_edit.show_value(session.facilitator)
            self.notes_edit.show_value(session.facilitator_notes)
            date = QDate.fromString(session.date, "yyyy-MM-dd") if session.date else NO_DATE
            self.date_edit.setDate(date if date.isValid() else NO_DATE)
            time = QTime.fromString(session.start_time, "HH:mm")
            self.time_edit.setTime(time if time.isValid() else QTime(9, 0))
        finally:
            self._showing = False

    def _set(self, name: str, value: str, undo_text: str) -> None:
        session = self.document.session
        if getattr(session, name) == value:
            return
        if name == "title" and not value.strip():
            self.title_edit.show_value(session.title)  # a session always has a title
            return
        push_edit(self.document, undo_text, [edited(session, **{name: value})])

    def _on_date_changed(self, date: QDate) -> None:
        if not self._showing:
            text = "" if date == NO_DATE else date.toString("yyyy-MM-dd")
            self._set("date", text, self.tr("Change date"))

    def _on_time_changed(self, time: QTime) -> None:
        if not self._showing:
            self._set("start_time", time.toString("HH:mm"), self.tr("Change start time"))
