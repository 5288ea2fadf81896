"""The presenter's side: the actions that drive the projector, and the panel that holds them.

:class:`Presenter` belongs to one session window. It owns the projector's state
and window, reads the stage timer from the agenda's
:class:`~n3desk.app.agenda.timer_controller.TimerController` (no second clock),
follows the facilitator's tab and board, and offers every control as a QAction
with the keys declared in :mod:`n3desk.app.shortcuts`: Ctrl+Shift+letter, so
that no single letter means one thing on the board and another on the projector.

Signals:
    presenting_changed(bool): the projector started or stopped showing.
    parts_changed(): another part of a board is on the wall (PgDown / PgUp).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from n3desk.app import settings
from n3desk.app.agenda.timer_controller import TimerView
from n3desk.app.projector.look import look_named
from n3desk.app.projector.preview import ProjectorPreview
from n3desk.app.projector.state import BOARD, MAP, STAGE, ProjectorState, Target
from n3desk.app.projector.window import ProjectorWindow
from n3desk.app.shortcuts import keys
from n3desk.app.theme import current_theme

if TYPE_CHECKING:
    from n3desk.app.session_window import SessionWindow


class Presenter(QObject):
    """Drives the projector of one open session."""

    presenting_changed = Signal(bool)
    parts_changed = Signal()

    def __init__(self, session_window: SessionWindow) -> None:
        super().__init__(session_window)
        self.session_window = session_window
        self.document = session_window.document
        self.state = ProjectorState(self)
        self.window = ProjectorWindow(self.document, self.state, session_window)
        self.timer = session_window.timer
        self.actions: dict[str, QAction] = {}
        self._make_actions()
        self.refresh_look()
        self.timer.updated.connect(self._on_timer)
        self._on_timer(self.timer.view)
        session_window.tabs.currentChanged.connect(lambda _i: self.follow_view())
        session_window.boards.tabs.current_changed.connect(lambda _b: self.follow_view())
        self.state.changed.connect(self._sync_actions)
        self.window.content.board.part_changed.connect(self.parts_changed)
        self.window.screen_state_changed.connect(self._on_screen_state)
        self.window.leave_requested.connect(self.leave)
        self.follow_view()
        self._sync_actions()

    # -- actions ----------------------------------------------------------------------

    def _action(self, key: str, text: str, slot: object, *, checkable: bool = False) -> QAction:
        action = QAction(text, self.session_window)
        action.setShortcuts(keys(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setCheckable(checkable)
        if checkable:
            action.toggled.connect(slot)
        else:
            action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.session_window.addAction(action)
        self.window.addAction(action)
        self.actions[key] = action
        return action

    def _make_actions(self) -> None:
        self._action("projector.present", self.tr("Present on this screen"), self.present_here)
        self._action("projector.toggle", self.tr("Projector on/off"), self.toggle_projector)
        self._action(
            "projector.blackout", self.tr("Blackout"), self.state.set_blackout, checkable=True
        )
        self._action("projector.freeze", self.tr("Freeze"), self.state.set_frozen, checkable=True)
        self._action(
            "projector.follow", self.tr("Follow my view"), self.state.set_follow, checkable=True
        )
        self._action("projector.show", self.tr("Show selection to the room"), self.show_selection)
        self._action("projector.stage", self.tr("Show the stage"), self.show_stage)
        # PgDown / PgUp, as a presentation clicker sends them; only while a board is on
        # the wall, so that lists and text fields keep the keys otherwise.
        self._action("projector.next_part", self.tr("Next part"), lambda: self.step_part(1))
        self._action(
            "projector.previous_part", self.tr("Previous part"), lambda: self.step_part(-1)
        )
        # On the projector window itself (F5) the timer keys must still work.
        for key, slot in (
            ("timer.toggle", self.timer.toggle),
            ("timer.next", self.timer.next_stage),
        ):
            action = QAction(self.window)
            action.setShortcuts(keys(key))
            action.triggered.connect(lambda _c=False, s=slot: s())
            self.window.addAction(action)

    def step_part(self, delta: int) -> None:
        """Show the next (+1) or previous (−1) part of a board too big for the wall."""
        content = self.window.content
        if content.shown_kind() == BOARD and not self.state.frozen:
            content.board.step(delta)

    def _sync_actions(self) -> None:
        """Checked states follow the state, whoever changed it."""
        on_wall = self.presenting and self.window.content.shown_kind() == BOARD
        for key in ("projector.next_part", "projector.previous_part"):
            self.actions[key].setEnabled(on_wall)
        for key, on in (
            ("projector.blackout", self.state.blackout),
            ("projector.freeze", self.state.frozen),
            ("projector.follow", self.state.follow),
        ):
            action = self.actions[key]
            if action.isChecked() != on:
                action.blockSignals(True)
                action.setChecked(on)
                action.blockSignals(False)

    # -- what is shown ----------------------------------------------------------------

    def current_view(self) -> str:
        """The facilitator's tab: overview, board, map or agenda."""
        return self.session_window.current_view()

    def follow_view(self) -> None:
        """Tell the state what the facilitator looks at now."""
        view = self.current_view()
        if view == "board":
            board_id = self.session_window.boards.tabs.current_board()
            target = Target(BOARD, board_id) if board_id else Target(STAGE)
        elif view == "map":
            target = Target(MAP)
        else:
            target = Target(STAGE)
        self.state.set_followed(target)
        self._watch_board_view()

    def _watch_board_view(self) -> None:
        """Tell the projector which part of the board the facilitator looks at, as it moves.

        A board too big to show whole at a readable size is shown around that part.
        """
        view = self.session_window.boards.current_view()
        if view is None:
            return
        if not view.property("projector_watches"):
            view.setProperty("projector_watches", True)
            for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
                bar.valueChanged.connect(lambda _v: self._send_board_focus())
                bar.rangeChanged.connect(lambda _a, _b: self._send_board_focus())
        self._send_board_focus()

    def _send_board_focus(self) -> None:
        view = self.session_window.boards.current_view()
        pane = self.window.content.board
        if view is None or self.current_view() != "board" or not view.isVisible():
            pane.set_focus_rect("", QRectF())  # not looking at a board: none to follow
            return
        seen = view.mapToScene(view.viewport().rect()).boundingRect()
        pane.set_focus_rect(view.board_scene.board_id, seen)

    def show_selection(self) -> None:
        """Send what the facilitator selected (notes, a stakeholder, or the view) to the room."""
        view = self.current_view()
        sw = self.session_window
        if view == "board":
            board_view = sw.boards.current_view()
            if board_view is None:
                self.state.fix(Target(STAGE))
                return
            scene = board_view.board_scene
            ids = tuple(n.id for n in scene.selected_notes() if not n.hidden)
            self.state.fix(Target(BOARD, scene.board_id, ids))
        elif view == "map":
            chosen = sw.map.scene.selected_stakeholder_items()
            focus = chosen[0].stakeholder_id if chosen else sw.map.scene.focus_id()
            self.state.fix(Target(MAP, stakeholder_id=focus))
        else:
            self.state.fix(Target(STAGE))

    def show_stage(self) -> None:
        self.state.fix(Target(STAGE))

    def refresh_look(self) -> None:
        """Apply the projector theme and font scale from the settings."""
        app = QApplication.instance()
        theme = current_theme(app) if isinstance(app, QApplication) else ""
        look = look_named(theme, settings.get(settings.PROJECTOR_THEME))
        self.window.content.set_look(look, settings.get(settings.PROJECTOR_FONT_SCALE))

    def _on_timer(self, view: TimerView) -> None:
        self.window.content.show_timer(view)

    # -- the projector's screen ---------------------------------------------------------

    @property
    def presenting(self) -> bool:
        return self.window.isVisible()

    def toggle_projector(self) -> None:
        """F6: the projector on a second screen, or off."""
        if self.window.wanted:
            self.leave()
        else:
            self.open_projector()

    def open_projector(self) -> bool:
        """Open on the remembered screen or one that is not the laptop's; False if none."""
        self.window.laptop_name = self._laptop_screen()
        self.window.remembered = settings.get(settings.PROJECTOR_SCREEN)
        opened = self.window.open()
        if opened:
            settings.put(settings.PROJECTOR_SCREEN, self.window.screen_name)
        return opened

    def present_here(self) -> None:
        """F5: present full-screen on the laptop's own screen (Esc leaves)."""
        self.window.laptop_name = self._laptop_screen()
        self.window.remembered = self.window.laptop_name
        self.window.open(one_screen=True)
        self.window.activateWindow()

    def leave(self) -> None:
        """Stop presenting (Esc or F6)."""
        self.window.leave()
        self.session_window.activateWindow()

    def _laptop_screen(self) -> str:
        screen = self.session_window.window().screen()
        return screen.name() if screen is not None else ""

    def _on_screen_state(self) -> None:
        self._sync_actions()
        self.presenting_changed.emit(self.presenting)

    def status_text(self) -> str:
        """One line for the panel: where the projector is, or why it is not."""
        if self.window.isVisible():
            if self.window.one_screen:
                where = self.tr("Presenting on this screen. Esc leaves.")
            else:
                where = self.tr("On the screen {name}").format(name=self.window.screen_name)
            pane = self.window.content.board
            if self.window.content.shown_kind() == BOARD and len(pane.parts) > 1:
                part = self.tr("The room sees part {n} of {count} of the board (PgDown, PgUp).")
                where += "\n" + part.format(n=pane.index + 1, count=len(pane.parts))
            return where
        if self.window.wanted:
            return self.tr("No second screen found. Connect the projector, or press F5.")
        return self.tr("The projector is off.")


class PresenterPanel(QFrame):
    """The preview of the projector and its controls, beside the facilitator's tabs."""

    def __init__(self, presenter: Presenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterPanel")
        self.presenter = presenter
        heading = QLabel(self.tr("Projector"), self)
        heading.setProperty("role", "subheading")
        self.preview = ProjectorPreview(presenter.window.picture, self)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        # Frozen or black, the wall no longer shows what the facilitator does: say so
        # here, loudly, and never on the wall.
        self.held = QLabel(self)
        self.held.setObjectName("projectorHeld")
        self.held.setTextFormat(Qt.TextFormat.PlainText)
        self.held.setWordWrap(True)
        self.held.setStyleSheet(
            "QLabel#projectorHeld { background-color: #ffe082; color: #3e2700;"
            " border: 2px solid #c77700; border-radius: 4px; padding: 6px; font-weight: bold; }"
        )
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 10, 10, 10)
        grid.addWidget(heading, 0, 0, 1, 2)
        grid.addWidget(self.held, 1, 0, 1, 2)
        grid.addWidget(self.preview, 2, 0, 1, 2)
        grid.addWidget(self.status, 3, 0, 1, 2)
        first_button_row = 4
        order = [
            "projector.toggle", "projector.present", "projector.blackout", "projector.freeze",
            "projector.follow", "projector.stage", "projector.show",
        ]  # fmt: skip
        for index, key in enumerate(order):
            button = QToolButton(self)
            button.setDefaultAction(presenter.actions[key])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            action = presenter.actions[key]
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.text()} ({shortcut})" if shortcut else action.text())
            row, column = divmod(index, 2)
            if key == "projector.show":
                grid.addWidget(button, first_button_row + row, 0, 1, 2)
            else:
                grid.addWidget(button, first_button_row + row, column)
        grid.setRowStretch(grid.rowCount(), 1)
        self.setFixedWidth(300)
        presenter.presenting_changed.connect(lambda _on: self.show_status())
        presenter.state.changed.connect(self.show_status)
        presenter.parts_changed.connect(self.show_status)
        self.show_status()

    def show_status(self) -> None:
        self.status.setText(self.presenter.status_text())
        state = self.presenter.state
        if state.blackout:
            held = self.tr("Blacked out: the room sees a black screen. Ctrl+Shift+B lights it.")
        elif state.frozen:
            held = self.tr(
                "Frozen: the room still sees the picture from when you froze it."
                " Ctrl+Shift+F lets it move again."
            )
        else:
            held = ""
        self.held.setText(held)
        self.held.setVisible(bool(held))
