"""The programme overview: its fields, a timeline of its sessions, its ideas, its decisions.

Redrawn from ``document.changed`` (so undo shows up where it happened); every
button asks the :class:`ProgrammeController`, which pushes one undoable edit.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from n3desk.app.dialogs import Dialogs
from n3desk.app.n3card_editor import plain_label
from n3desk.app.overview_page import Section
from n3desk.app.programmes.controller import ProgrammeController, one_line
from n3desk.app.programmes.document import ProgrammeDocument
from n3desk.app.text_fields import CommitLineEdit
from n3desk.domain.entities import Decision, Note
from n3desk.domain.programmes import PUT_TO_USE, IdeaCarry

SESSION_ID_ROLE = Qt.ItemDataRole.UserRole


class SessionCard(QFrame):
    """One session on the timeline: its number, date, title and what it holds.

    Signals:
        clicked(str): the card was clicked; the session's id.
    """

    clicked = Signal(str)

    def __init__(
        self, session_id: str, number: int, date: str, title: str, facts: str, current: bool
    ) -> None:
        super().__init__()
        self.session_id = session_id
        self.setObjectName("sessionCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("current", current)
        self.setMinimumWidth(200)
        self.setMaximumWidth(260)
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        layout.addWidget(plain_label(f"{number}  ·  {date or '–'}", self, "hint"))
        name = plain_label(one_line(title, 60), self, "heading")
        name.setWordWrap(True)
        layout.addWidget(name)
        layout.addWidget(plain_label(facts, self, "hint"))
        if current:
            self.setStyleSheet("#sessionCard { border: 2px solid palette(highlight); }")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit(self.session_id)
        super().mousePressEvent(event)


class ProgrammeOverview(QScrollArea):
    """One programme: fields, timeline, ideas and decisions.

    Signals:
        open_requested(str): the person wants to open this session.
    """

    open_requested = Signal(str)

    def __init__(
        self, document: ProgrammeDocument, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.controller = ProgrammeController(document, dialogs)
        self.selected_session: str | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.layout_ = QVBoxLayout(body)
        self.layout_.setContentsMargins(24, 16, 24, 24)
        self.layout_.setSpacing(18)
        self.layout_.addWidget(Section(self.tr("Programme"), self._fields()))
        self.layout_.addWidget(
            Section(
                self.tr("Sessions"),
                self._timeline(),
                self.tr("The programme's workshops in order. Click one to choose it."),
            )
        )
        self.layout_.addWidget(
            Section(
                self.tr("Ideas"),
                self._ideas(),
                self.tr(
                    "Ideas followed from session to session, and where each one is on its way "
                    "from idea to operation."
                ),
            )
        )
        self.layout_.addWidget(Section(self.tr("Decisions in every session"), self._decisions()))
        self.layout_.addStretch(1)
        self.setWidget(body)
        document.changed.connect(self.refresh)
        self.refresh()

    # -- building ------------------------------------------------------------------------

    def _fields(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        self.title_edit = CommitLineEdit()
        self.goal_edit = CommitLineEdit()
        self.start_edit = CommitLineEdit()
        self.end_edit = CommitLineEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
            edit.setMaximumWidth(160)
        period = QWidget()
        row = QHBoxLayout(period)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start_edit)
        row.addWidget(QLabel("–"))
        row.addWidget(self.end_edit)
        row.addStretch(1)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Goal"), self.goal_edit)
        form.addRow(self.tr("Period"), period)
        self.title_edit.committed.connect(lambda t: self.controller.edit_fields(title=t))
        self.goal_edit.committed.connect(lambda t: self.controller.edit_fields(goal=t))
        self.start_edit.committed.connect(lambda t: self._edit_date("period_start", t))
        self.end_edit.committed.connect(lambda t: self._edit_date("period_end", t))
        return box

    def _timeline(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        strip = QScrollArea()
        strip.setWidgetResizable(True)
        strip.setFrameShape(QScrollArea.Shape.NoFrame)
        strip.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        strip.setMinimumHeight(150)
        self.cards_host = QWidget()
        self.cards = QHBoxLayout(self.cards_host)
        self.cards.setContentsMargins(0, 0, 0, 0)
        strip.setWidget(self.cards_host)
        column.addWidget(strip)
        # Two short rows, so the page fits a 1024-pixel-wide projector laptop.
        sessions_row, ideas_row = QHBoxLayout(), QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add session…"))
        self.remove_button = QPushButton(self.tr("Remove from programme"))
        self.open_button = QPushButton(self.tr("Open session"))
        self.follow_button = QPushButton(self.tr("Follow ideas…"))
        self.carry_button = QPushButton(self.tr("Carry ideas forward…"))
        for button in (self.add_button, self.remove_button, self.open_button):
            sessions_row.addWidget(button)
        for button in (self.follow_button, self.carry_button):
            ideas_row.addWidget(button)
        sessions_row.addStretch(1)
        ideas_row.addStretch(1)
        column.addLayout(sessions_row)
        column.addLayout(ideas_row)
        self.add_button.clicked.connect(self._add_session)
        self.remove_button.clicked.connect(self._remove_session)
        self.open_button.clicked.connect(self._open_session)
        self.follow_button.clicked.connect(self._follow)
        self.carry_button.clicked.connect(self._carry)
        return box

    def _ideas(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.ideas_table = QTableWidget(0, 4)
        self.ideas_table.setHorizontalHeaderLabels(
            [self.tr("Idea"), self.tr("Now"), self.tr("Its way"), self.tr("Latest decision")]
        )
        self._table_look(self.ideas_table, stretch=(0, 2, 3))
        column.addWidget(self.ideas_table)
        row = QHBoxLayout()
        self.move_button = QPushButton(self.tr("Move idea to…"))
        self.move_button.clicked.connect(self._move_idea)
        row.addWidget(self.move_button)
        self.ideas_summary = plain_label("", box, "hint")
        row.addWidget(self.ideas_summary, 1)
        column.addLayout(row)
        return box

    def _decisions(self) -> QWidget:
        self.decisions_table = QTableWidget(0, 3)
        self.decisions_table.setHorizontalHeaderLabels(
            [self.tr("Session"), self.tr("When"), self.tr("Decision")]
        )
        self._table_look(self.decisions_table, stretch=(2,))
        return self.decisions_table

    @staticmethod
    def _table_look(table: QTableWidget, stretch: tuple[int, ...]) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        # One line a row (the full text is in the tooltip); the overview scrolls as a
        # whole, so each table is as tall as its rows.
        table.setWordWrap(False)
        header = table.horizontalHeader()
        for column in range(table.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column in stretch
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)

    # -- showing -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the programme as the document holds it now."""
        programme = self.document.content.programme
        self.title_edit.show_value(programme.title)
        self.goal_edit.show_value(programme.goal)
        self.start_edit.show_value(programme.period_start)
        self.end_edit.show_value(programme.period_end)
        self._show_timeline()
        self._show_ideas()
        self._show_decisions()

    def _titles(self) -> dict[str, str]:
        return {w.session.id: w.session.title for w in self.document.sessions()}

    def _show_timeline(self) -> None:
        while self.cards.count():
            item = self.cards.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        sessions = self.document.sessions()
        ids = [w.session.id for w in sessions]
        if self.selected_session not in ids:
            self.selected_session = ids[-1] if ids else None
        content = self.document.content
        for number, workshop in enumerate(sessions, start=1):
            sid = workshop.session.id
            born = sum(1 for i in content.ideas if i.session_id == sid)
            carried = sum(1 for c in content.all(IdeaCarry) if c.session_id == sid)
            facts = self.tr("{notes} notes · {ideas} ideas · {decisions} decisions").format(
                notes=len(workshop.all(Note)),
                ideas=born + carried,
                decisions=len(workshop.decisions),
            )
            card = SessionCard(
                sid, number, workshop.session.date, workshop.session.title, facts,
                sid == self.selected_session,
            )  # fmt: skip
            card.clicked.connect(self.select_session)
            self.cards.addWidget(card)
        if not sessions:
            self.cards.addWidget(
                plain_label(self.tr("No sessions yet: add one below."), self.cards_host, "hint")
            )
        self.cards.addStretch(1)
        has = self.selected_session is not None
        for button in (self.remove_button, self.open_button, self.follow_button):
            button.setEnabled(has)
        self.carry_button.setEnabled(has and self.selected_session != (ids[-1] if ids else None))

    def select_session(self, session_id: str) -> None:
        """Choose the session the buttons act on."""
        self.selected_session = session_id
        self._show_timeline()

    def _show_ideas(self) -> None:
        content = self.document.content
        titles = self._titles()
        ideas = content.ideas
        self.ideas_table.setRowCount(len(ideas))
        for row, idea in enumerate(ideas):
            way = [titles.get(idea.session_id, "–")]
            way += [titles.get(c.session_id, "–") for c in content.carries_of(idea.id)]
            steps = content.steps_of(idea.id)
            latest = ""
            if steps:
                step = steps[-1]
                decision = self._decision(step.session_id, step.decision_id)
                latest = " — ".join(
                    x for x in ((decision.text if decision else ""), step.why) if x.strip()
                )
            cells = [
                one_line(idea.title, 120),
                self.controller.state_name(content.state_of(idea.id)),
                " → ".join(one_line(w, 40) for w in way),
                one_line(latest, 160),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(SESSION_ID_ROLE, idea.id)
                self.ideas_table.setItem(row, column, item)
        _fit(self.ideas_table)
        in_use = sum(1 for i in ideas if content.state_of(i.id) == PUT_TO_USE)
        self.ideas_summary.setText(
            self.tr("{ideas} ideas followed, {in_use} put to use.").format(
                ideas=len(ideas), in_use=in_use
            )
        )
        self.move_button.setEnabled(bool(ideas))

    def _decision(self, session_id: str | None, decision_id: str | None) -> Decision | None:
        workshop = self.document.workshops.get(session_id or "")
        return None if workshop is None else workshop.get(Decision, decision_id)

    def _show_decisions(self) -> None:
        rows = [(w.session.title, d) for w in self.document.sessions() for d in w.decisions]
        self.decisions_table.setRowCount(len(rows))
        for row, (title, decision) in enumerate(rows):
            when = (
                time.strftime("%Y-%m-%d %H:%M", time.localtime(decision.decided_at))
                if decision.decided_at
                else "–"
            )
            for column, text in enumerate(
                (one_line(title, 60), when, one_line(decision.text, 200))
            ):
                self.decisions_table.setItem(row, column, QTableWidgetItem(text))
        _fit(self.decisions_table)

    # -- acting --------------------------------------------------------------------------

    def _edit_date(self, field: str, text: str) -> None:
        value = text.strip()
        if value and not _is_date(value):
            self.controller.dialogs.show_error(
                self.tr("Not changed"), self.tr("Write the date as YYYY-MM-DD, e.g. 2027-01-15.")
            )
            self.refresh()
            return
        self.controller.edit_fields(**{field: value})

    def _add_session(self) -> None:
        added = self.controller.add_session()
        if added is not None:
            self.select_session(added)

    def _remove_session(self) -> None:
        if self.selected_session is not None:
            self.controller.remove_session(self.selected_session)

    def _open_session(self) -> None:
        if self.selected_session is not None:
            self.open_requested.emit(self.selected_session)

    def _follow(self) -> None:
        if self.selected_session is not None:
            self.controller.follow_notes(self.selected_session)

    def _carry(self) -> None:
        if self.selected_session is not None:
            self.controller.carry_forward(self.selected_session)

    def selected_idea(self) -> str | None:
        row = self.ideas_table.currentRow()
        item = self.ideas_table.item(row, 0) if row >= 0 else None
        if item is None and self.ideas_table.rowCount():
            item = self.ideas_table.item(0, 0)
        return None if item is None else str(item.data(SESSION_ID_ROLE))

    def _move_idea(self) -> None:
        idea = self.selected_idea()
        if idea is not None:
            self.controller.move_idea(idea)


def _fit(table: QTableWidget, least: int = 2, most: int = 12) -> None:
    """As tall as its rows (the overview scrolls as a whole, not each table in it)."""
    rows = max(least, min(most, table.rowCount()))
    header = table.horizontalHeader().sizeHint().height()
    row = table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(header + rows * row + 2 * table.frameWidth() + 4)


def _is_date(text: str) -> bool:
    try:
        time.strptime(text, "%Y-%m-%d")
    except ValueError:
        return False
    return True
