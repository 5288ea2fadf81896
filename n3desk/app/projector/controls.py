"""The presenter's side: the actions that drive the projector, and the panel that holds them.

:class:`Presenter` belongs to one session window. It owns the projector's state
and window, reads the stage timer the session window owns
(:class:`~n3desk.app.agenda.timer_controller.TimerController`, no second clock),
follows what the facilitator looks at through :class:`FacilitatorView` (never
through the window's children: the window calls :meth:`Presenter.follow_view` and
:meth:`Presenter.follow_board_focus` when those change), and offers every control
as a QAction with the keys declared in :mod:`n3desk.app.shortcuts`:
Ctrl+Shift+letter, so that no single letter means one thing on the board and
another on the projector.

Signals:
    presenting_changed(bool): the projector started or stopped showing.
    parts_changed(): another part of a board is on the wall (PgDown / PgUp).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

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
from n3desk.app.agenda.timer_controller import TimerController, TimerView
from n3desk.app.document import SessionDocument
from n3desk.app.projector.content import clock_text, timer_level
from n3desk.app.projector.look import look_named
from n3desk.app.projector.preview import ProjectorPreview
from n3desk.app.projector.state import BOARD, MAP, STAGE, ProjectorState, Target
from n3desk.app.projector.window import ProjectorWindow
from n3desk.app.shortcuts import keys
from n3desk.app.theme import current_theme


class FacilitatorView(Protocol):
    """What the facilitator looks at, as much as the projector needs (the session window)."""

    def current_view(self) -> str:
        """The tab shown: overview, board, map or agenda."""
        ...

    def current_board(self) -> str:
        """The board whose tab is chosen ("" when there is none)."""
        ...

    def board_in_view(self) -> tuple[str, QRectF] | None:
        """The board on screen and the part of it in view; None when no board is seen."""
        ...

    def board_selection(self) -> tuple[str, tuple[str, ...]] | None:
        """The board on screen and its selected notes that are not hidden; None without one."""
        ...

    def map_focus(self) -> str:
        """The stakeholder chosen on the map, else the one the map is centred on."""
        ...


class Presenter(QObject):
    """Drives the projector of one open session.

    ``host`` is the window the projector's keys work in (and the parent of its
    window); ``facilitator`` says what the facilitator looks at.
    """

    presenting_changed = Signal(bool)
    parts_changed = Signal()

    def __init__(
        self,
        document: SessionDocument,
        timer: TimerController,
        facilitator: FacilitatorView,
        host: QWidget,
    ) -> None:
        super().__init__(host)
        self.host = host
        self.facilitator = facilitator
        self.document = document
        self.state = ProjectorState(self)
        self.window = ProjectorWindow(self.document, self.state, host)
        self.timer = timer
        self._timer_shown: object = None  # what the wall's clock last said (the preview)
        self._focus_shown: tuple[str, QRectF] = ("", QRectF())
        self.actions: dict[str, QAction] = {}
        self._make_actions()
        self.refresh_look()
        self.timer.updated.connect(self._on_timer)
        self._on_timer(self.timer.view)
        self.state.changed.connect(self._sync_actions)
        self.window.content.board.part_changed.connect(self.parts_changed)
        self.window.screen_state_changed.connect(self._on_screen_state)
        self.window.leave_requested.connect(self.leave)
        self.follow_view()
        self._sync_actions()

    # -- actions ----------------------------------------------------------------------

    def _action(
        self,
        key: str,
        text: str,
        slot: Callable[..., object],  # () -> …, or (checked: bool) -> … when checkable
        *,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, self.host)
        action.setShortcuts(keys(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setCheckable(checkable)
        if checkable:
            action.toggled.connect(slot)
        else:
            action.triggered.connect(lambda _checked=False: slot())
        self.host.addAction(action)
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
        return self.facilitator.current_view()

    def follow_view(self) -> None:
        """Tell the state what the facilitator looks at now (another tab or board)."""
        view = self.current_view()
        if view == "board":
            board_id = self.facilitator.current_board()
            target = Target(BOARD, board_id) if board_id else Target(STAGE)
        elif view == "map":
            target = Target(MAP)
        else:
            target = Target(STAGE)
        self.state.set_followed(target)
        self.follow_board_focus()

    def follow_board_focus(self) -> None:
        """Tell the projector which part of the board the facilitator looks at (it moved).

        A board too big to show whole at a readable size is shown around that part.
        """
        pane = self.window.content.board
        seen = self.facilitator.board_in_view() if self.current_view() == "board" else None
        if seen is None:
            seen = ("", QRectF())  # not looking at a board: none to follow
        pane.set_focus_rect(*seen)
        if seen != self._focus_shown:
            self._focus_shown = seen
            self.window.mark_changed()

    def show_selection(self) -> None:
        """Send what the facilitator selected (notes, a stakeholder, or the view) to the room."""
        view = self.current_view()
        if view == "board":
            selection = self.facilitator.board_selection()
            if selection is None:
                self.state.fix(Target(STAGE))
                return
            board_id, note_ids = selection
            self.state.fix(Target(BOARD, board_id, note_ids))
        elif view == "map":
            self.state.fix(Target(MAP, stakeholder_id=self.facilitator.map_focus()))
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
        self.window.mark_changed()

    def _on_timer(self, view: TimerView) -> None:
        self.window.content.show_timer(view)
        # The reading comes several times a second; the wall changes when its words do.
        reading = view.reading
        shown = (
            clock_text(view),
            timer_level(view),
            view.stage,
            view.next_stage,
            view.number,
            view.count,
            None if reading is None else (reading.state, reading.segment, reading.allotted),
        )
        if shown != self._timer_shown:
            self._timer_shown = shown
            self.window.mark_changed()

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
        self.host.activateWindow()

    def _laptop_screen(self) -> str:
        screen = self.host.window().screen()
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


PANEL_WIDTH = 300  # beside the tabs, even on a 1024-wide window


class PresenterPanel(QFrame):
    """The preview of the projector and its controls, beside the facilitator's tabs."""

    def __init__(self, presenter: Presenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterPanel")
        self.presenter = presenter
        heading = QLabel(self.tr("Projector"), self)
        heading.setProperty("role", "subheading")
        self.preview = ProjectorPreview(presenter.window.picture, self)
        presenter.window.changed.connect(self.preview.mark_changed)
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
        row, column = first_button_row, 0
        half = (PANEL_WIDTH - 20 - grid.horizontalSpacing()) // 2
        widest = 0
        for key in order:
            button = QToolButton(self)
            button.setDefaultAction(presenter.actions[key])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            action = presenter.actions[key]
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.text()} ({shortcut})" if shortcut else action.text())
            # Two to a row, but a label longer than half the panel ("Presentera på den
            # här skärmen") takes the whole row rather than being cut.
            if key == "projector.show" or button.sizeHint().width() > half:
                if column:
                    row, column = row + 1, 0
                grid.addWidget(button, row, 0, 1, 2)
                widest = max(widest, button.sizeHint().width())
                row += 1
            else:
                grid.addWidget(button, row, column)
                row, column = (row, 1) if column == 0 else (row + 1, 0)
        grid.setRowStretch(grid.rowCount(), 1)
        # Wider only when a whole-row label needs it (a larger font, a long language).
        # (the grid's margins, the frame and a style's button padding around the label).
        self.setFixedWidth(max(PANEL_WIDTH, widest + 20 + 2 * self.frameWidth() + 12))
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
