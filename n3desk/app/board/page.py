"""The Boards tab of the session window: board tabs, the board in view, its panels.

Boards are built when first shown (a session's other boards cost nothing until
then). Two rows offer with the mouse what the keys do on the board, so that every
action is in reach on a 1024-wide laptop: the top row acts on notes (new, frame,
arrange, colours, hide, carry forward), the row of board tabs ends with what
changes the view (find, fit, the voting and ratings panels, shown at the right).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from n3desk.app.board.board_tabs import BoardTabs
from n3desk.app.board.carry_forward import CarryForwardDialog
from n3desk.app.board.controller import BoardController
from n3desk.app.board.ratings_panel import RatingsPanel
from n3desk.app.board.scene import BoardScene
from n3desk.app.board.search import SearchBar
from n3desk.app.board.view import BoardView
from n3desk.app.board.voting_panel import VotingPanel
from n3desk.app.dialogs import Dialogs, QtDialogs
from n3desk.app.document import SessionDocument
from n3desk.domain.change_set import ChangeSet
from n3desk.domain.entities import Board
from n3desk.domain.palette import NOTE_COLOURS

# qt-material pads every tool button by 12 px of border on each side: too roomy for
# a row that must fit 1024 px. Only the widths change, so each theme keeps its colours.
TOOLBAR_STYLE = """
QToolBar#boardTools QToolButton, QToolBar#boardViewTools QToolButton {
    border-left-width: 6px; border-right-width: 6px; margin: 2px 1px; }
QToolBar#boardTools QToolButton[swatch="true"] {
    border-left-width: 1px; border-right-width: 1px; margin: 2px 0px; }
QToolBar#boardViewTools { border: none; }
QToolBar#boardTools QToolButton#qt_toolbar_ext_button {
    border-left-width: 2px; border-right-width: 2px; min-width: 22px; }
"""


class BoardsPage(QWidget):
    """The Boards tab of the session window.

    Signals:
        view_moved(): the board on screen scrolled, zoomed or was resized.
    """

    view_moved = Signal()

    def __init__(self, document: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.dialogs: Dialogs = QtDialogs(self)
        self.controller = BoardController(document, self.dialogs, self)
        self.views: dict[str, BoardView] = {}
        self.tabs = BoardTabs(document, self.dialogs, self)
        self.stack = QStackedWidget(self)
        self.empty = QLabel(self.tr("This session has no boards yet."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setProperty("role", "empty")
        self.stack.addWidget(self.empty)
        self.search = SearchBar(self)
        self.search.hide()
        self.voting_panel = VotingPanel(self.controller, self)
        self.ratings_panel = RatingsPanel(self.controller, self)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.voting_panel, 3)
        side_layout.addWidget(self.ratings_panel, 2)
        self.voting_panel.hide()
        self.ratings_panel.hide()
        # The panels scroll on their own: taller than the window, they used to scroll
        # the whole page, the board's toolbar out of sight with it.
        self.side = QScrollArea(self)
        self.side.setWidgetResizable(True)
        self.side.setFrameShape(QFrame.Shape.NoFrame)
        self.side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side.setWidget(side)
        self.side_panels = side
        splitter = QSplitter(self)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 1)
        splitter.setCollapsible(0, False)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.toolbar = self._make_toolbar()
        self.view_toolbar = self._make_view_toolbar()
        tab_row = QHBoxLayout()
        tab_row.setContentsMargins(0, 0, 0, 0)
        tab_row.setSpacing(8)
        tab_row.addWidget(self.tabs, 1)
        tab_row.addWidget(self.view_toolbar)
        self.setStyleSheet(TOOLBAR_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addLayout(tab_row)
        layout.addWidget(self.search)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self._update_side()
        self.tabs.current_changed.connect(self.show_board)
        self.controller.status.connect(self.status.setText)
        self.controller.search_requested.connect(self.open_search)
        self.controller.modes_changed.connect(self._sync_modes)
        self.search.closed.connect(self._focus_board)
        document.boards_changed.connect(self._on_boards_changed)
        self.show_board(self.tabs.current_board())

    def set_dialogs(self, dialogs: Dialogs) -> None:
        """Use other dialogs (tests answer them at once)."""
        self.dialogs = dialogs
        self.controller.dialogs = dialogs
        self.tabs.dialogs = dialogs

    # -- boards ---------------------------------------------------------------------------

    def view_for(self, board_id: str) -> BoardView:
        """The board's view, built the first time it is asked for."""
        view = self.views.get(board_id)
        if view is None:
            scene = BoardScene(self.document, board_id)
            view = BoardView(scene, self.stack, keys=self.controller.keys)
            self.views[board_id] = view
            for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
                bar.valueChanged.connect(lambda _v, v=view: self._on_view_moved(v))
                bar.rangeChanged.connect(lambda _a, _b, v=view: self._on_view_moved(v))
            self.stack.addWidget(view)
            view.fit_all()
        return view

    def current_view(self) -> BoardView | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, BoardView) else None

    def seen(self) -> tuple[str, QRectF] | None:
        """The board on screen and the part of it in view; None when no board is seen."""
        view = self.current_view()
        if view is None or not view.isVisible():
            return None
        return view.board_scene.board_id, view.mapToScene(view.viewport().rect()).boundingRect()

    def selection(self) -> tuple[str, tuple[str, ...]] | None:
        """The board on screen and its selected notes that are not hidden; None without one."""
        view = self.current_view()
        if view is None:
            return None
        scene = view.board_scene
        return scene.board_id, tuple(n.id for n in scene.selected_notes() if not n.hidden)

    def _on_view_moved(self, view: BoardView) -> None:
        if view is self.current_view():
            self.view_moved.emit()

    def show_board(self, board_id: str) -> None:
        self.status.clear()  # what was said about the last board is not about this one
        if not board_id or self.document.workshop.get(Board, board_id) is None:
            self.stack.setCurrentWidget(self.empty)
            self.controller.attach(None)
            return
        view = self.view_for(board_id)
        self.stack.setCurrentWidget(view)
        self.controller.attach(view)
        self.voting_panel.set_scene(view.board_scene)
        self.ratings_panel.set_scene(view.board_scene)
        if self.search.isVisible():
            self.search.open_on(view.board_scene)
        view.setFocus()

    def show_notes(self, note_ids: Sequence[str]) -> None:
        """Bring these notes of the current board into view (notes just imported)."""
        view = self.current_view()
        if view is None:
            return
        items = [view.board_scene.notes.get(i) for i in note_ids]
        rect = QRectF()
        for item in items:
            if item is not None:
                rect = rect.united(item.sceneBoundingRect())
        if not rect.isEmpty():
            view.show_rect(rect)

    def _on_boards_changed(self, changes: ChangeSet) -> None:
        for board in changes.removed(Board):
            view = self.views.pop(board.id, None)
            if view is not None:
                if view is self.current_view():
                    self.controller.attach(None)
                self.stack.removeWidget(view)
                view.board_scene.deleteLater()
                view.deleteLater()

    def _focus_board(self) -> None:
        view = self.current_view()
        if view is not None:
            view.setFocus()

    def open_search(self) -> None:
        view = self.current_view()
        self.search.open_on(view.board_scene if view is not None else None)

    # -- toolbar --------------------------------------------------------------------------

    def _action(
        self, toolbar: QToolBar, text: str, key: str, slot: Callable[..., object]
    ) -> QAction:
        action = toolbar.addAction(text)
        action.setToolTip(f"{text} ({key})" if key else text)
        action.triggered.connect(slot)
        action.triggered.connect(self._focus_board)
        return action

    def _make_toolbar(self) -> QToolBar:
        """The row of what acts on notes; its » menu holds what a narrow window cannot show."""
        c = self.controller
        bar = QToolBar(self)
        bar.setObjectName("boardTools")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._action(bar, self.tr("New note"), "N", lambda: c.new_note())
        self._action(bar, self.tr("Frame"), "Ctrl+G", c.group)
        self._action(bar, self.tr("Arrange"), "A", c.arrange)
        self._action(bar, self.tr("To front"), "F", c.bring_to_front)
        bar.addSeparator()
        names = [
            self.tr("Yellow"),
            self.tr("Orange"),
            self.tr("Pink"),
            self.tr("Green"),
            self.tr("Blue"),
            self.tr("Purple"),
        ]
        for number, (key, name) in enumerate(zip(NOTE_COLOURS, names, strict=True), start=1):
            pixmap = QPixmap(20, 20)
            pixmap.fill(QColor(NOTE_COLOURS[key]))
            action = self._action(bar, name, str(number), lambda _=False, k=key: c.set_colour(k))
            action.setIcon(QIcon(pixmap))
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
                button.setProperty("swatch", True)
        bar.addSeparator()
        # Hide/reveal opens a menu at once, like Carry forward: a split button's arrow
        # part draws as a thin tall box under qt-material. H still toggles at a key.
        self.hide_menu = QMenu(self.tr("Hide/reveal"), self)
        self.hide_action = self.hide_menu.addAction(self.tr("Hide or reveal selected") + "\tH")
        self.hide_action.triggered.connect(c.toggle_hidden)
        self.reveal_all_action = self.hide_menu.addAction(self.tr("Reveal all"))
        self.reveal_all_action.triggered.connect(c.reveal_all)
        for action in (self.hide_action, self.reveal_all_action):
            action.triggered.connect(self._focus_board)
        hide = self.hide_menu.menuAction()
        hide.setToolTip(self.tr("Hide/reveal") + " (H)")
        bar.addAction(hide)
        hide_button = bar.widgetForAction(hide)
        if isinstance(hide_button, QToolButton):
            hide_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.private_action = self._action(
            bar, self.tr("Private writing"), "P", lambda on: c.set_private(bool(on))
        )
        self.private_action.setCheckable(True)
        bar.addSeparator()
        self.carry_menu = QMenu(self.tr("Carry forward"), self)
        self.carry_menu.aboutToShow.connect(self._fill_carry_menu)
        self.carry_action = self.carry_menu.menuAction()
        bar.addAction(self.carry_action)
        carry = bar.widgetForAction(self.carry_action)
        if isinstance(carry, QToolButton):
            carry.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._no_focus(bar)
        return bar

    def _make_view_toolbar(self) -> QToolBar:
        """What changes the view, at the end of the row of board tabs."""
        c = self.controller
        bar = QToolBar(self)
        bar.setObjectName("boardViewTools")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._action(bar, self.tr("Find"), "Ctrl+F", self.open_search)
        self._action(bar, self.tr("Fit all"), "0", c.fit_all)
        bar.addSeparator()
        self.voting_action = self._action(bar, self.tr("Voting"), "", self._update_side)
        self.voting_action.setCheckable(True)
        self.ratings_action = self._action(bar, self.tr("Ratings"), "R", self._update_side)
        self.ratings_action.setCheckable(True)
        self._no_focus(bar)
        return bar

    @staticmethod
    def _no_focus(bar: QToolBar) -> None:
        # The keyboard stays on the board (its single keys) after a click on a tool.
        for button in bar.findChildren(QToolButton):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _update_side(self) -> None:
        self.voting_panel.setVisible(self.voting_action.isChecked())
        self.ratings_panel.setVisible(self.ratings_action.isChecked())
        self.side.setVisible(self.voting_action.isChecked() or self.ratings_action.isChecked())
        self.voting_panel.refresh()
        self.ratings_panel.refresh()
        # As wide as the panels want, room for the scroll bar: a scroll area asks for little.
        panels = self.side_panels
        panels.adjustSize()
        scroll_bar = self.side.verticalScrollBar().sizeHint().width()
        self.side.setMinimumWidth(panels.minimumSizeHint().width() + scroll_bar)

    def _sync_modes(self) -> None:
        self.private_action.setChecked(self.controller.private)

    def _fill_carry_menu(self) -> None:
        self.carry_menu.clear()
        current = self.tabs.current_board()
        others = [b for b in self.document.workshop.boards if b.id != current]
        if not others:
            self.carry_menu.addAction(self.tr("(no other board)")).setEnabled(False)
            return
        view = self.current_view()
        picked = len(view.board_scene.selected_notes()) if view is not None else 0
        for board in others:
            title = " ".join(board.title.split())[:60].replace("&", "&&")  # & is a mnemonic
            action = self.carry_menu.addAction(
                self.tr("Selected notes (%n) to “%1”", "", picked).replace("%1", title),
                partial(self._carry, board.id, None),
            )
            action.setEnabled(picked > 0)
        self.carry_menu.addSeparator()
        self.carry_menu.addAction(self.tr("Top notes by dots, or choose…"), self.choose_carry)

    def choose_carry(self) -> CarryForwardDialog:
        """The dialog for any number of top-voted notes, or the selection (not blocking)."""
        dialog = CarryForwardDialog(self.controller, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.carried.connect(self._say_carried)
        dialog.finished.connect(lambda _r: self._focus_board())
        dialog.open()
        return dialog

    def _carry(self, board_id: str, top_voted: int | None) -> None:
        self._say_carried(self.controller.carry_forward(board_id, top_voted=top_voted))

    def _say_carried(self, count: int) -> None:
        self.status.setText(self.tr("%n note(s) carried forward", "", count))

    # -- pictures -----------------------------------------------------------------------

    def show_for_shot(self, options: dict[str, str]) -> None:
        """Prepare the page for an off-screen picture (n3desk shot).

        ``options["board"]`` picks a board by title (or id); the board is fitted
        into whatever size the picture has.
        """
        wanted = options.get("board", "")
        boards = self.document.workshop.boards
        chosen = next((b for b in boards if b.title == wanted or b.id == wanted), None)
        if chosen is None and wanted:
            folded = wanted.casefold()
            chosen = next((b for b in boards if b.title.casefold() == folded), None)
        if chosen is not None:
            self.tabs.set_current(chosen.id)
        view = self.current_view()
        if view is not None:
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.fit_on_resize = True
            view.fit_all()
            view.settle_now()
