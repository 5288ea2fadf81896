"""The start page: the library's sessions, a search field, and what to do with them.

Built from ``ui/start_page.ui``. Every action goes through the
:class:`~n3desk.app.library_controller.LibraryController`; the page only shows
what the controller reports.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QWidget,
)

from n3desk.app.dialogs import Dialogs
from n3desk.app.forms import child, load_form
from n3desk.app.library_controller import LibraryController
from n3desk.app.session_list_model import SESSION_ID_ROLE, SessionFilter, SessionListModel
from n3desk.app.shortcuts import keys
from n3desk.app.translation import ui_language


class StartPage(QWidget):
    """Lists the sessions and offers new, open, rename, duplicate and delete.

    Signals:
        open_requested(str): the person wants to open this session.
        demo_requested(): the person wants the demo session.
    """

    open_requested = Signal(str)
    demo_requested = Signal()

    def __init__(
        self,
        controller: LibraryController,
        dialogs: Dialogs,
        data_dir: Path,
        parent: QWidget | None = None,
        *,
        demo_available: bool = True,
    ) -> None:
        super().__init__(parent)
        load_form("start_page.ui", self)
        self.controller = controller
        self.dialogs = dialogs
        self.data_dir = data_dir
        self.model = SessionListModel()
        self.filter = SessionFilter(self.model)
        self.search = child(self, QLineEdit, "searchEdit")
        self.table = child(self, QTableView, "sessionTable")
        self.stack = child(self, QStackedWidget, "listOrEmpty")
        self.empty_state = child(self, QWidget, "emptyState")
        self._setup_table()
        self._add_import_buttons()
        self._connect(demo_available)
        controller.sessions_changed.connect(self.refresh)
        self.refresh()

    # -- what is shown -----------------------------------------------------------------

    def refresh(self) -> None:
        """Reread the list of sessions, keeping the selection where it can."""
        selected = self.selected_id()
        sessions = self.controller.sessions()
        self.model.set_sessions(sessions)
        self.stack.setCurrentWidget(self.table if sessions else self.empty_state)
        if selected is not None:
            self.select(selected)
        elif sessions:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(SESSION_ID_ROLE)
        return str(value) if value else None

    def select(self, session_id: str) -> None:
        """Select the row of ``session_id`` if it is listed (and not filtered away)."""
        row = self.model.row_of(session_id)
        if row < 0:
            return
        index = self.filter.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    # -- actions ---------------------------------------------------------------------

    def new_session(self) -> str | None:
        # The dialog's module (and the templates) are imported when first asked for.
        from n3desk.app.new_session_dialog import available_templates

        language = ui_language()
        choice = self.dialogs.ask_new_session(
            available_templates(self.data_dir, language), language
        )
        if choice is None or not choice.title:
            return None
        session_id = self.controller.create(
            choice.template, choice.title, language=choice.language or language, date=choice.date
        )
        if session_id is not None:
            self.select(session_id)
        return session_id

    def import_file(self) -> str | None:
        """Ask for a portable .n3desk file and add its session (undoable); its id."""
        path = self.dialogs.choose_file(
            self.tr("Import a session file"), self.tr("n3desk session files (*.n3desk)")
        )
        if path is None:
            return None
        session_id = self.controller.import_file(path)
        if session_id is not None:
            self.search.clear()  # a filter must not hide the session just imported
            self.select(session_id)
        return session_id

    def open_selected(self) -> None:
        session_id = self.selected_id()
        if session_id is not None:
            self.open_requested.emit(session_id)

    def rename_selected(self) -> None:
        session_id = self.selected_id()
        if session_id is None:
            return
        current = self.model.session_at(self.model.row_of(session_id)).title
        title = self.dialogs.ask_text(self.tr("Rename session"), self.tr("New title:"), current)
        if title is not None and title.strip():
            self.controller.rename(session_id, title.strip())

    def duplicate_selected(self) -> None:
        session_id = self.selected_id()
        if session_id is not None:
            copy = self.controller.duplicate(session_id)
            if copy is not None:
                self.select(copy)

    def delete_selected(self) -> None:
        session_id = self.selected_id()
        if session_id is not None:
            self.controller.delete(session_id)

    # -- wiring ----------------------------------------------------------------------

    def _setup_table(self) -> None:
        self.table.setModel(self.filter)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SessionListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (SessionListModel.DATE, SessionListModel.PLACE, SessionListModel.NOTES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Size those columns from the rows in view and a few more, not from every
        # session on every layout pass (~100 ms of start-up with 200 sessions); a
        # longer place further down is elided, its tooltip shows it whole.
        header.setResizeContentsPrecision(20)
        self.table.verticalHeader().setDefaultSectionSize(40)
        self.table.setTabKeyNavigation(False)

    def _add_import_buttons(self) -> None:
        """An import button in the empty state (a new laptop); the Session menu has it too.

        Not in the row above the list: at 1024 pixels it would squeeze the search field.
        """
        self.empty_import_button = QPushButton(self.tr("Import a session file…"), self)
        self.empty_import_button.setObjectName("emptyImportButton")
        self.empty_import_button.setToolTip(
            self.tr("Import a session file (.n3desk) from another laptop")
        )
        row = child(self, QBoxLayout, "emptyButtons")
        row.insertWidget(
            row.indexOf(child(self, QPushButton, "demoButton")) + 1, self.empty_import_button
        )
        self.empty_import_button.clicked.connect(self.import_file)

    def _connect(self, demo_available: bool) -> None:
        child(self, QPushButton, "newButton").clicked.connect(self.new_session)
        child(self, QPushButton, "emptyNewButton").clicked.connect(self.new_session)
        child(self, QPushButton, "openButton").clicked.connect(self.open_selected)
        child(self, QPushButton, "renameButton").clicked.connect(self.rename_selected)
        child(self, QPushButton, "duplicateButton").clicked.connect(self.duplicate_selected)
        child(self, QPushButton, "deleteButton").clicked.connect(self.delete_selected)
        demo = child(self, QPushButton, "demoButton")
        demo.setVisible(demo_available)
        demo.clicked.connect(self.demo_requested)
        self.search.textChanged.connect(self._on_search)
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        actions = (
            ("start.rename", self.rename_selected, self.table),
            ("start.delete", self.delete_selected, self.table),
            ("start.duplicate", self.duplicate_selected, self.table),
            ("start.find", self.search.setFocus, self),
        )
        for shortcut_id, slot, owner in actions:
            for sequence in keys(shortcut_id):
                shortcut = QShortcut(sequence, owner)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
        self.search.returnPressed.connect(self._open_first_match)

    def _on_search(self, text: str) -> None:
        self.filter.set_search(text)
        if self.filter.rowCount() and not self.selected_id():
            self.table.selectRow(0)
        self._update_buttons()

    def _open_first_match(self) -> None:
        if self.filter.rowCount() == 1:
            self.table.selectRow(0)
            self.open_selected()
        else:
            self.table.setFocus()

    def _on_activated(self, index: QModelIndex) -> None:
        value = index.data(SESSION_ID_ROLE)
        if value:
            self.open_requested.emit(str(value))

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        for name in ("openButton", "renameButton", "duplicateButton", "deleteButton"):
            child(self, QPushButton, name).setEnabled(has)
