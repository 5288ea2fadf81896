"""The session window: tabs Overview, Boards, Stakeholder map and Agenda.

A page of the main window's stack (one open session at a time). It shows the
saved state honestly: when the library could not take a change, a warning bar
says why until a retry succeeds. The window owns the session's one stage timer
(:class:`TimerController`): the agenda, the strip in the slot at the bottom
(:meth:`SessionWindow.set_timer_strip`) and the projector are each given it. At the
right, the presenter's panel (a live preview of the projector and its controls)
appears while the projector is wanted.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from n3desk.app.agenda.page import AgendaPage
from n3desk.app.agenda.timer_controller import TimerController
from n3desk.app.agenda.timer_strip import TimerStrip
from n3desk.app.board.page import BoardsPage
from n3desk.app.document import SessionDocument
from n3desk.app.map.page import MapPage
from n3desk.app.overview_page import OverviewPage
from n3desk.app.projector.controls import Presenter, PresenterPanel
from n3desk.app.shortcuts import keys
from n3desk.app.undo_places import show_place
from n3desk.domain.change_set import ChangeSet
from n3desk.domain.changes import Op

VIEWS = ("overview", "board", "map", "agenda")


def _scrolling(page: QWidget) -> QScrollArea:
    """``page`` in a scroll area, so a page that wants more room than the screen has
    scrolls instead of pushing the window past the screen (a 1024×768 projector)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area


class SaveWarningBar(QFrame):
    """A visible bar saying that changes are not saved yet, and why."""

    def __init__(self, document: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveWarning")
        self.document = document
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Try again now"), self)
        self.retry_button.clicked.connect(document.flush)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button)
        self.setVisible(False)

    def show_state(self, saved: bool, reason: str) -> None:
        self.label.setText(
            self.tr(
                "Your latest changes are NOT saved yet. n3desk keeps them and tries "
                "again every few seconds. Reason: {reason}"
            ).format(reason=reason)
        )
        self.setVisible(not saved)


class NoticeBar(QFrame):
    """A calm bar with one message and an OK button (e.g. after an unexpected close)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.ok_button = QPushButton(self.tr("OK"), self)
        self.ok_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.ok_button)
        self.setVisible(False)

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.setVisible(True)


class SessionWindow(QWidget):
    """One open session, with its tabs.

    Signals:
        title_changed(str): the text the window's title bar should show.
    """

    title_changed = Signal(str)

    def __init__(self, document: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.warning = SaveWarningBar(document, self)
        self.notice = NoticeBar(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.timer = TimerController(document, self)
        self.overview = OverviewPage(document, self.tabs)
        self.boards = BoardsPage(document, self.tabs)
        self.map = MapPage(document, self.tabs)
        self.agenda = AgendaPage(document, self.tabs, timer=self.timer)
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(_scrolling(self.boards), self.tr("Boards"))
        self.tabs.addTab(_scrolling(self.map), self.tr("Stakeholder map"))
        self.tabs.addTab(_scrolling(self.agenda), self.tr("Agenda"))
        # The stage-timer strip goes here (set_timer_strip).
        self.timer_slot = QFrame(self)
        self.timer_slot.setObjectName("timerSlot")
        self._timer_layout = QVBoxLayout(self.timer_slot)
        self._timer_layout.setContentsMargins(0, 0, 0, 0)
        self.timer_strip = TimerStrip(document, self.timer_slot, controller=self.timer)
        self.set_timer_strip(self.timer_strip)
        self.presenter = Presenter(document, self.timer, self, self)
        # The projector follows what the facilitator looks at: told here, where the
        # tabs and the board views live, so it never reaches into them.
        self.tabs.currentChanged.connect(lambda _i: self.presenter.follow_view())
        self.boards.tabs.current_changed.connect(lambda _b: self.presenter.follow_view())
        self.boards.view_moved.connect(self.presenter.follow_board_focus)
        self.presenter_panel = PresenterPanel(self.presenter, self)
        self.presenter_panel.setVisible(False)
        self.presenter.presenting_changed.connect(self._on_presenting)
        middle = QHBoxLayout()
        middle.setContentsMargins(0, 0, 0, 0)
        middle.setSpacing(0)
        middle.addWidget(self.tabs, 1)
        middle.addWidget(self.presenter_panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.warning)
        layout.addWidget(self.notice)
        layout.addLayout(middle, 1)
        layout.addWidget(self.timer_slot)
        self.tab_actions: list[QAction] = []
        for view in VIEWS:
            action = QAction(self)
            action.setShortcuts(keys(f"view.{'boards' if view == 'board' else view}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _c=False, v=view: self.show_view(v))
            self.addAction(action)
            self.tab_actions.append(action)
        document.save_state_changed.connect(self._on_save_state_changed)
        document.session_changed.connect(self._on_session_changed)
        document.replayed.connect(self._on_replayed)
        if not document.saved:
            self.warning.show_state(False, document.save_error)

    def page(self, view: str) -> QWidget:
        """The page of ``view`` (overview, board, map, agenda)."""
        pages: dict[str, QWidget] = {
            "overview": self.overview,
            "board": self.boards,
            "map": self.map,
            "agenda": self.agenda,
        }
        if view not in pages:
            raise ValueError(f"unknown view {view!r}; choose one of {', '.join(VIEWS)}")
        return pages[view]

    def show_view(self, view: str) -> QWidget:
        """Switch to the tab of ``view`` and return its page."""
        page = self.page(view)
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if tab is page or (isinstance(tab, QScrollArea) and tab.widget() is page):
                self.tabs.setCurrentIndex(index)
        return page

    def current_view(self) -> str:
        """The view whose tab is shown: overview, board, map or agenda."""
        tab = self.tabs.currentWidget()
        for view in VIEWS:
            page = self.page(view)
            if tab is page or (isinstance(tab, QScrollArea) and tab.widget() is page):
                return view
        return "overview"

    # -- what the facilitator looks at (the projector's FacilitatorView) --------------------

    def current_board(self) -> str:
        """The board whose tab is chosen ("" when there is none)."""
        return self.boards.tabs.current_board()

    def board_in_view(self) -> tuple[str, QRectF] | None:
        """The board on screen and the part of it in view; None when no board is seen."""
        return self.boards.seen()

    def board_selection(self) -> tuple[str, tuple[str, ...]] | None:
        """The board on screen and its selected notes that are not hidden; None without one."""
        return self.boards.selection()

    def map_focus(self) -> str:
        """The stakeholder chosen on the map, else the one the map is centred on."""
        chosen = self.map.scene.selected_stakeholder_items()
        return chosen[0].stakeholder_id if chosen else self.map.scene.focus_id()

    def show_projector_panel(self, on: bool) -> None:
        """Show or hide the presenter's panel (the preview and the projector's controls)."""
        self.presenter_panel.setVisible(on)

    def _on_presenting(self, presenting: bool) -> None:
        self.show_projector_panel(presenting or self.presenter.window.wanted)

    def set_timer_strip(self, widget: QWidget | None) -> None:
        """Put the agenda's stage-timer strip at the bottom (None: remove it)."""
        while self._timer_layout.count():
            item = self._timer_layout.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:  # hidden, not deleted: its owner may still hold it
                old.hide()
        if widget is not None:
            self._timer_layout.addWidget(widget)
            widget.show()
        self.timer_slot.setVisible(widget is not None)

    def window_title(self) -> str:
        """The session title and, honestly, whether everything is saved."""
        title = " ".join(self.document.session.title.split())
        if len(title) > 80:
            title = title[:79] + "…"
        if self.document.saved:
            return self.tr("{title} — n3desk").format(title=title)
        return self.tr("{title} — NOT SAVED — n3desk").format(title=title)

    def _on_save_state_changed(self, saved: bool, reason: str) -> None:
        self.warning.show_state(saved, reason)
        self.title_changed.emit(self.window_title())

    def _on_replayed(self, applied: list[Op], undone: list[Op]) -> None:
        """An undo or redo: show where it acted, so the facilitator sees what changed."""
        show_place(self, applied, undone)

    def _on_session_changed(self, _changes: ChangeSet) -> None:
        self.title_changed.emit(self.window_title())
