"""The one main window (form ``ui/main_window.ui``): the start page or one open session.

Undo and redo follow what is on screen: a QUndoGroup holds the library-level stack
(the start page) and the open session's stack, and the Edit menu's actions show
the text of the command they would undo or redo.

The settings dialog (Ctrl+,) applies a new theme at once; a new language is
applied by building the start page and the session window again around the same
open :class:`SessionDocument`, so the session, its undo history and the tab in
view all survive the switch.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QCloseEvent, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QStackedWidget, QToolBar, QWidget

from n3desk.app import settings
from n3desk.app.dialogs import Dialogs, QtDialogs
from n3desk.app.document import SessionDocument
from n3desk.app.forms import child, load_form
from n3desk.app.library_controller import LibraryController
from n3desk.app.shortcuts import ShortcutSheet, keys
from n3desk.app.start_page import StartPage
from n3desk.app.theme import apply_theme
from n3desk.app.translation import install_translator, ui_language
from n3desk.store.library import Library

if TYPE_CHECKING:
    from n3desk.app.exporting import ExportController
    from n3desk.app.programmes.page import ProgrammesPage
    from n3desk.app.room.controller import RoomController
    from n3desk.app.room.presence import RoomPresence

    # The session window pulls in boards, map and agenda: imported when a session
    # opens, so the start page is up sooner.
    from n3desk.app.session_window import SessionWindow
    from n3desk.app.team_page import TeamPage

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
        self.start_page = self._make_start_page()
        self.document: SessionDocument | None = None
        self.session_window: SessionWindow | None = None
        self.exporter: ExportController | None = None
        self.programmes_page: ProgrammesPage | None = None
        self.team_page: TeamPage | None = None
        self.room: RoomController | None = None  # the open session's room (closed or open)
        self.room_presence: RoomPresence | None = None  # its menu action, panel, join screen
        self.undo_group = QUndoGroup(self)
        self.undo_group.addStack(self.controller.undo_stack)
        self.undo_group.setActiveStack(self.controller.undo_stack)
        self._setup_actions()
        self.show_start()

    def _make_start_page(self) -> StartPage:
        # Made inside the stack it shows in: made in the window and then moved there, its
        # widgets took the style sheet twice (~10 ms of start-up, issue 16).
        page = StartPage(self.controller, self.dialogs, self.library.data_dir, self.pages)
        self.pages.addWidget(page)
        page.open_requested.connect(self.open_session)
        page.demo_requested.connect(self.open_demo)
        return page

    # -- pages -----------------------------------------------------------------------

    def _on_refused(self, error: object) -> None:
        """A change past a field's limit was not made: say so, without stopping the work."""
        length, longest = getattr(error, "length", None), getattr(error, "longest", None)
        if length is not None and longest is not None:
            locale = QLocale(ui_language())  # "100 001" in Swedish, "100,001" in English
            message = self.tr(
                "The text is too long to save: {length} characters, and a text holds at "
                "most {longest}. Nothing was changed."
            ).format(length=locale.toString(length), longest=locale.toString(longest))
        else:
            message = self.tr("This change was not made: {reason}.").format(reason=error)
        self.dialogs.show_error(self.tr("Not changed"), message, blocking=False)

    def open_session(self, session_id: str) -> SessionWindow | None:
        """Open a session in place of whatever is open; None if it cannot be loaded."""
        if not self.close_session():
            return None
        workshop = self.controller.load(session_id)
        if workshop is None:
            return None

        self.document = SessionDocument(self.library, workshop, self)
        self.document.refused.connect(self._on_refused)
        from n3desk.app.room.controller import RoomController

        self.room = RoomController(self.document, self)
        self.session_window = self._make_session_window(self.document)
        self.undo_group.addStack(self.document.undo_stack)
        self.undo_group.setActiveStack(self.document.undo_stack)
        self.back_action.setEnabled(True)
        self.back_action.setVisible(True)
        self.setWindowTitle(self.session_window.window_title())
        return self.session_window

    def _make_session_window(self, document: SessionDocument) -> SessionWindow:
        from n3desk.app.session_window import SessionWindow

        window = SessionWindow(document, self)
        window.title_changed.connect(self.setWindowTitle)
        self.pages.addWidget(window)
        self.pages.setCurrentWidget(window)
        self.projector_menu.clear()
        for action in window.presenter.actions.values():
            self.projector_menu.addAction(action)
        if self.room is not None:
            from n3desk.app.room.presence import RoomPresence

            self.room_presence = RoomPresence(window, self.room)
            self.projector_menu.addSeparator()
            self.projector_menu.addAction(self.room_presence.action)
        self.projector_menu.setEnabled(True)
        self.exporter = self._make_exporter(document, window)
        self._enable_session_file_actions(True)
        return window

    def _make_exporter(self, document: SessionDocument, window: SessionWindow) -> ExportController:
        from n3desk.app.exporting import ExportController

        def show_board(board_id: str, note_ids: list[str]) -> None:
            window.boards.tabs.set_current(board_id)
            window.show_view("board")
            window.boards.show_notes(note_ids)

        return ExportController(
            document,
            self.dialogs,
            current_board=window.boards.tabs.current_board,
            current_view=window.current_view,
            show_board=show_board,
            parent=window,
        )

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
        if self.room is not None:  # every phone's connection and token ends with the session
            self.room.close()
            self.room.deleteLater()
            self.room, self.room_presence = None, None
        self.undo_group.removeStack(document.undo_stack)
        self.pages.removeWidget(window)
        window.presenter.leave()
        window.deleteLater()
        document.deleteLater()
        self.document = None
        self.session_window = None
        self.projector_menu.clear()
        self.projector_menu.setEnabled(False)
        self.exporter = None
        self._enable_session_file_actions(False)
        return True

    def show_start(self) -> None:
        """Back to the list of sessions."""
        if not self.close_session():
            return
        self.pages.setCurrentWidget(self.start_page)
        self.undo_group.setActiveStack(self.controller.undo_stack)
        self.back_action.setEnabled(False)
        self.back_action.setVisible(False)  # already where it leads
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
        self.undo_action.setShortcuts(keys("edit.undo"))
        self.redo_action.setShortcuts(keys("edit.redo"))
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
        self.settings_action = QAction(self.tr("Settings…"), self)
        self.settings_action.setShortcuts(keys("app.settings"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        session_menu = child(self, QMenu, "menuSession")
        session_menu.insertAction(child(self, QAction, "actionQuit"), self.settings_action)
        self._setup_file_actions(session_menu)
        self._setup_shared_actions(session_menu, toolbar)
        self.projector_menu = self.menuBar().addMenu(self.tr("&Projector"))
        self.projector_menu.setObjectName("menuProjector")
        self.projector_menu.setEnabled(False)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.setObjectName("menuHelp")
        self.shortcuts_action = help_menu.addAction(self.tr("Keyboard shortcuts"))
        self.shortcuts_action.setShortcuts(keys("app.shortcuts"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = help_menu.addAction(self.tr("About n3desk"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    def _setup_file_actions(self, session_menu: QMenu) -> None:
        """Session → Export ▸ (PDF, CSV, portable file, PNG), Import notes, Import session file."""
        before = child(self, QAction, "actionBackToStart")
        self.export_menu = QMenu(self.tr("&Export"), self)
        self.export_menu.setObjectName("menuExport")
        self.export_actions: dict[str, QAction] = {}
        for kind, text in self._export_texts().items():
            action = self.export_menu.addAction(text)
            action.setObjectName(f"actionExport_{kind}")
            action.triggered.connect(lambda _c=False, k=kind: self.export(k))
            self.export_actions[kind] = action
        self.import_notes_action = QAction(self.tr("Import no&tes…"), self)
        self.import_notes_action.triggered.connect(self.import_notes)
        self.import_session_action = QAction(self.tr("&Import session file…"), self)
        self.import_session_action.triggered.connect(self.import_session_file)
        session_menu.insertAction(before, self.import_session_action)
        session_menu.insertSeparator(before)
        session_menu.insertMenu(before, self.export_menu)
        session_menu.insertAction(before, self.import_notes_action)
        session_menu.insertSeparator(before)
        self._enable_session_file_actions(False)

    def _setup_shared_actions(self, session_menu: QMenu, toolbar: QToolBar) -> None:
        """Session → Programmes and Team library, also on the toolbar."""
        before = child(self, QAction, "actionBackToStart")
        self.programmes_action = QAction(self.tr("P&rogrammes"), self)
        self.programmes_action.setObjectName("actionProgrammes")
        self.programmes_action.triggered.connect(self.show_programmes)
        self.team_action = QAction(self.tr("&Team library"), self)
        self.team_action.setObjectName("actionTeam")
        self.team_action.triggered.connect(self.show_team)
        session_menu.insertAction(before, self.programmes_action)
        session_menu.insertAction(before, self.team_action)
        session_menu.insertSeparator(before)
        toolbar.addAction(self.programmes_action)
        toolbar.addAction(self.team_action)

    def show_programmes(self) -> ProgrammesPage | None:
        """The programmes and the overview of one (after closing any open session)."""
        from n3desk.app.programmes.page import ProgrammesPage

        if not self.close_session():
            return None
        if self.programmes_page is None:
            page = ProgrammesPage(self.library, self.dialogs, self)
            page.open_requested.connect(self.open_session)
            page.active_stack_changed.connect(self._use_stack)
            self.undo_group.addStack(page.undo_stack)
            self.pages.addWidget(page)
            self.programmes_page = page
        self.programmes_page.refresh()
        self._show_shared(self.programmes_page, self.tr("Programmes"))
        stack = self.programmes_page.undo_stack
        if self.programmes_page.document is not None:
            stack = self.programmes_page.document.undo_stack
        self._use_stack(stack)
        return self.programmes_page

    def show_team(self) -> TeamPage | None:
        """The Team page (after closing any open session)."""
        from n3desk.app.team_page import TeamPage

        if not self.close_session():
            return None
        if self.team_page is None:
            self.team_page = TeamPage(
                self.library, self.dialogs, self, open_sessions=self._open_session_ids
            )
            self.team_page.library_changed.connect(self.start_page.refresh)
            self.team_page.replaced.connect(self._fetched_over)
            self.pages.addWidget(self.team_page)
        self._show_shared(self.team_page, self.tr("Team library"))
        self.undo_group.setActiveStack(self.controller.undo_stack)
        return self.team_page

    def _fetched_over(self, ids: list[str]) -> None:
        """A fetch replaced these programmes and sessions: the Programmes page rereads them."""
        if self.programmes_page is not None:
            self.programmes_page.forget_replaced(ids)

    def _open_session_ids(self) -> set[str]:
        """The session open in this window, if any (a fetch must not replace it)."""
        return set() if self.document is None else {self.document.session.id}

    def _show_shared(self, page: QWidget, title: str) -> None:
        self.pages.setCurrentWidget(page)
        self.back_action.setEnabled(True)
        self.back_action.setVisible(True)
        self.setWindowTitle(f"{title} — n3desk")

    def _use_stack(self, stack: object) -> None:
        from PySide6.QtGui import QUndoStack

        if isinstance(stack, QUndoStack):
            if stack not in self.undo_group.stacks():
                self.undo_group.addStack(stack)
            self.undo_group.setActiveStack(stack)

    def _drop_shared_pages(self) -> None:
        """Forget the Programmes and Team pages; they are built again when next shown."""
        for page in (self.programmes_page, self.team_page):
            if page is not None:
                self.pages.removeWidget(page)
                page.deleteLater()
        self.programmes_page = None
        self.team_page = None

    def _export_texts(self) -> dict[str, str]:
        return {
            "pdf": self.tr("Record as &PDF…"),
            "csv": self.tr("Notes for Excel (&CSV)…"),
            "portable": self.tr("Portable session &file…"),
            "png": self.tr("Picture of this board or map (P&NG)…"),
        }

    def _enable_session_file_actions(self, on: bool) -> None:
        self.export_menu.setEnabled(on)
        self.import_notes_action.setEnabled(on)

    def export(self, kind: str) -> Path | None:
        """Export the open session as ``kind`` (pdf, csv, portable, png); the file written."""
        if self.exporter is None:
            return None
        exports = {
            "pdf": self.exporter.export_pdf,
            "csv": self.exporter.export_csv,
            "portable": self.exporter.export_portable,
            "png": self.exporter.export_picture,
        }
        return exports[kind]()

    def import_notes(self) -> list[str]:
        """Put the notes of a .csv or .txt file on the current board (one undo step)."""
        return self.exporter.import_notes() if self.exporter is not None else []

    def import_session_file(self) -> str | None:
        """Import a portable file as a new session and select it on the start page."""
        if not self.close_session():
            return None
        self.show_start()
        return self.start_page.import_file()

    def show_about(self) -> None:
        """The About dialog (version, licence, third-party notices), not blocking."""
        from n3desk.app.about import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_shortcuts(self) -> ShortcutSheet:
        """The sheet of every shortcut, in the current language (not blocking)."""
        sheet = ShortcutSheet(self)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.open()
        return sheet

    # -- settings and language -------------------------------------------------------------

    def open_settings(self) -> None:
        """The settings dialog; what changed is applied at once."""
        from n3desk.app.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.save()))
        dialog.open()

    def apply_settings(self, changed: dict[str, settings.Value]) -> None:
        """Re-apply the look, the projector and the language after settings changed."""
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, settings.get(settings.THEME), settings.get(settings.FONT_SCALE))
        if self.session_window is not None:
            self.session_window.presenter.refresh_look()
        if settings.LANGUAGE.key in changed:
            self.change_language(settings.get(settings.LANGUAGE) or None)

    def change_language(self, language: str | None) -> str:
        """Speak ``language`` (None: the system's) from now on, keeping all work.

        The open session's document (and so its undo history) is kept; only the
        widgets around it are built again in the new language.
        """
        used = install_translator(language)
        self._retranslate()
        self._drop_shared_pages()
        old_start = self.start_page
        self.start_page = self._make_start_page()
        self.pages.removeWidget(old_start)
        old_start.deleteLater()
        window, document = self.session_window, self.document
        if window is not None and document is not None:
            view = window.current_view()
            board = window.boards.tabs.current_board()
            projecting, one_screen = (
                window.presenter.window.wanted,
                window.presenter.window.one_screen,
            )
            window.presenter.leave()
            self.pages.removeWidget(window)
            window.deleteLater()
            self.session_window = self._make_session_window(document)
            self.session_window.boards.tabs.set_current(board)
            self.session_window.show_view(view)
            if projecting:
                presenter = self.session_window.presenter
                if one_screen:
                    presenter.present_here()
                else:
                    presenter.open_projector()
            self.setWindowTitle(self.session_window.window_title())
        else:
            self.pages.setCurrentWidget(self.start_page)
            self.start_page.refresh()
        return used

    def _retranslate(self) -> None:
        """The menu and action texts of the form and of this class, in the new language."""
        for name, text in (
            ("menuSession", self.tr("&Session")),
            ("menuEdit", self.tr("&Edit")),
        ):
            child(self, QMenu, name).setTitle(text)
        for name, text in (
            ("actionNewSession", self.tr("&New session…")),
            ("actionBackToStart", self.tr("← &All sessions")),
            ("actionQuit", self.tr("&Quit")),
        ):
            child(self, QAction, name).setText(text)
        child(self, QAction, "actionBackToStart").setToolTip(
            self.tr("Back to the list of sessions")
        )
        child(self, QToolBar, "toolbar").setWindowTitle(self.tr("Toolbar"))
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        self.settings_action.setText(self.tr("Settings…"))
        self.projector_menu.setTitle(self.tr("&Projector"))
        self.shortcuts_action.setText(self.tr("Keyboard shortcuts"))
        self.about_action.setText(self.tr("About n3desk"))
        self.export_menu.setTitle(self.tr("&Export"))
        for kind, text in self._export_texts().items():
            self.export_actions[kind].setText(text)
        self.import_notes_action.setText(self.tr("Import no&tes…"))
        self.programmes_action.setText(self.tr("P&rogrammes"))
        self.team_action.setText(self.tr("&Team library"))
        self.import_session_action.setText(self.tr("&Import session file…"))
        for menu in self.menuBar().findChildren(QMenu):
            if menu.objectName() == "menuHelp":
                menu.setTitle(self.tr("&Help"))

    def _new_session(self) -> None:
        if self.close_session():
            self.show_start()
            self.start_page.new_session()

    @property
    def data_dir(self) -> Path:
        return self.library.data_dir
