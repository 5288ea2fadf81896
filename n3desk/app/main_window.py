"""The one main window (form ``ui/main_window.ui``): the start page or one open session.

Undo and redo follow what is on screen: a QUndoGroup holds the library-level stack
(the start page) and the open session's stack, and the Edit menu's actions show
the text of the command they would undo or redo.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QStackedWidget, QToolBar, QWidget

from n3desk.app.dialogs import Dialogs, QtDialogs
from n3desk.app.document import SessionDocument
from n3desk.app.forms import child, load_form
from n3desk.app.library_controller import LibraryController
from n3desk.app.start_page import StartPage
from n3desk.app.translation import ui_language
from n3desk.store.library import Library

if TYPE_CHECKING:
    # The session window pulls in boards, map and agenda: imported when a session
    # opens, so the start page is up sooner.
    from n3desk.app.session_window import SessionWindow

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """The start page and, when a session is open, its session window."""

    def __init__(
        self,
        library: Library,
        parent: QWidget | None = None,
        *,
        dialogs: Dialogs | None = None,
    ) -> None:
        super().__init__(parent)
        load_form("main_window.ui", self)
        self.library = library
        self.dialogs: Dialogs = dialogs if dialogs is not None else QtDialogs(self)
        self.controller = LibraryController(library, self.dialogs, self)
        self.pages = child(self, QStackedWidget, "pages")
        self.start_page = StartPage(self.controller, self.dialogs, library.data_dir, self)
        self.pages.addWidget(self.start_page)
        self.document: SessionDocument | None = None
        self.session_window: SessionWindow | None = None
        self.undo_group = QUndoGroup(self)
        self.undo_group.addStack(self.controller.undo_stack)
        self.undo_group.setActiveStack(self.controller.undo_stack)
        self._setup_actions()
        self.start_page.open_requested.connect(self.open_session)
        self.start_page.demo_requested.connect(self.open_demo)
        self.show_start()

    # -- pages -----------------------------------------------------------------------

    def open_session(self, session_id: str) -> SessionWindow | None:
        """Open a session in place of whatever is open; None if it cannot be loaded."""
        if not self.close_session():
            return None
        workshop = self.controller.load(session_id)
        if workshop is None:
            return None
        from n3desk.app.session_window import SessionWindow

        self.document = SessionDocument(self.library, workshop, self)
        self.session_window = SessionWindow(self.document, self)
        self.session_window.title_changed.connect(self.setWindowTitle)
        self.pages.addWidget(self.session_window)
        self.pages.setCurrentWidget(self.session_window)
        self.undo_group.addStack(self.document.undo_stack)
        self.undo_group.setActiveStack(self.document.undo_stack)
        self.back_action.setEnabled(True)
        self.setWindowTitle(self.session_window.window_title())
        return self.session_window

    def close_session(self) -> bool:
        """Close the open session; False (and a message) while changes are not saved."""
        document, window = self.document, self.session_window
        if document is None or window is None:
            return True
        window.setFocus()  # lets a field being edited commit its text first
        if not document.flush():
            self.dialogs.show_error(
                self.tr("Not saved yet"),
                self.tr(
                    "Your latest changes could not be saved yet: {reason}\n\n"
                    "n3desk keeps trying. Stay in this session until they are saved."
                ).format(reason=document.save_error),
            )
            return False
        self.undo_group.removeStack(document.undo_stack)
        self.pages.removeWidget(window)
        window.deleteLater()
        document.deleteLater()
        self.document = None
        self.session_window = None
        return True

    def show_start(self) -> None:
        """Back to the list of sessions."""
        if not self.close_session():
            return
        self.pages.setCurrentWidget(self.start_page)
        self.undo_group.setActiveStack(self.controller.undo_stack)
        self.back_action.setEnabled(False)
        self.setWindowTitle("n3desk")
        self.start_page.refresh()
        self.start_page.table.setFocus()

    def open_demo(self) -> None:
        """Make the demo session and open it."""
        session_id = self.controller.create_demo(ui_language())
        if session_id is not None:
            self.open_session(session_id)

    # -- window ----------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.document is not None and not self.document.flush():
            leave = self.dialogs.confirm(
                self.tr("Quit without saving?"),
                self.tr(
                    "Your latest changes could not be saved: {reason}\n\n"
                    "If you quit now they are lost."
                ).format(reason=self.document.save_error),
                ok=self.tr("Quit and lose them"),
                cancel=self.tr("Stay"),
            )
            if not leave:
                event.ignore()
                return
        event.accept()

    def _setup_actions(self) -> None:
        self.undo_action: QAction = self.undo_group.createUndoAction(self, self.tr("Undo"))
        self.redo_action: QAction = self.undo_group.createRedoAction(self, self.tr("Redo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        redo_keys = [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")]
        self.redo_action.setShortcuts(list(dict.fromkeys(redo_keys)))
        edit_menu = child(self, QMenu, "menuEdit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        toolbar = child(self, QToolBar, "toolbar")
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        self.back_action = child(self, QAction, "actionBackToStart")
        self.back_action.triggered.connect(self.show_start)
        child(self, QAction, "actionNewSession").triggered.connect(self._new_session)
        child(self, QAction, "actionQuit").triggered.connect(self.close)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.setObjectName("menuHelp")
        self.about_action = help_menu.addAction(self.tr("About n3desk"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    def show_about(self) -> None:
        """The About dialog (version, licence, third-party notices), not blocking."""
        from n3desk.app.about import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _new_session(self) -> None:
        if self.close_session():
            self.show_start()
            self.start_page.new_session()

    @property
    def data_dir(self) -> Path:
        return self.library.data_dir
