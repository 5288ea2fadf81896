"""The unobtrusive controls when presenting on the laptop itself (F5).

With one screen, the facilitator has no other window to reach for: moving the mouse
shows a small bar at the bottom (blackout, freeze, leave), which fades away again
after a few seconds of stillness. On a real projector (a second screen) the bar is
never shown: the room must not see controls.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from n3desk.app.projector.state import ProjectorState

HIDE_AFTER_MS = 2500
POLL_MS = 250


class PresentingBar(QWidget):
    """Blackout, freeze and leave, shown while the pointer moves.

    Signals:
        leave_clicked(): the facilitator chose to stop presenting.
    """

    leave_clicked = Signal()

    def __init__(self, state: ProjectorState, parent: QWidget) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("presentingBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#presentingBar { background: rgba(38, 50, 56, 245); border-radius: 10px; }"
            "#presentingBar QLabel { color: #eceff1; }"
            "#presentingBar QPushButton { color: #ffffff; background: transparent;"
            " border: 1px solid #b0bec5; border-radius: 6px; padding: 6px 14px; }"
        )
        self.blackout_button = QPushButton(self.tr("Blackout"), self)
        self.freeze_button = QPushButton(self.tr("Freeze"), self)
        self.leave_button = QPushButton(self.tr("Leave (Esc)"), self)
        for button in (self.blackout_button, self.freeze_button):
            button.setCheckable(True)
        self.blackout_button.clicked.connect(lambda on: state.set_blackout(on))
        self.freeze_button.clicked.connect(lambda on: state.set_frozen(on))
        self.leave_button.clicked.connect(self.leave_clicked)
        hint = QLabel(self.tr("Presenting"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(10)
        for widget in (hint, self.blackout_button, self.freeze_button, self.leave_button):
            layout.addWidget(widget)
        self.hide_timer = QTimer(self)
        self.hide_timer.setSingleShot(True)
        self.hide_timer.setInterval(HIDE_AFTER_MS)
        self.hide_timer.timeout.connect(self.rest)
        # Polling the pointer needs no mouse tracking on every child of the window.
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self._check_pointer)
        self._last_pointer = QPoint()
        state.changed.connect(self._show_state)
        self.hide()

    def start(self) -> None:
        """Presenting on one screen began: watch the pointer."""
        self._last_pointer = QCursor.pos()
        self.poll.start()

    def stop(self) -> None:
        """Presenting ended (or moved to a real projector): never show the bar."""
        self.poll.stop()
        self.hide_timer.stop()
        self.rest()

    def wake(self) -> None:
        """Show the bar at the bottom centre, for a few seconds."""
        parent = self.parentWidget()
        if parent is None:
            return
        self._show_state()
        self.adjustSize()
        x = (parent.width() - self.width()) // 2
        y = parent.height() - self.height() - 24
        self.move(max(0, x), max(0, y))
        self.show()
        self.raise_()
        parent.setCursor(Qt.CursorShape.ArrowCursor)
        self.hide_timer.start()

    def rest(self) -> None:
        """Hide the bar and the pointer again."""
        self.hide()
        parent = self.parentWidget()
        if parent is not None:
            parent.setCursor(Qt.CursorShape.BlankCursor)

    def _check_pointer(self) -> None:
        pointer = QCursor.pos()
        if pointer != self._last_pointer:
            self._last_pointer = pointer
            self.wake()

    def _show_state(self) -> None:
        self.blackout_button.setChecked(self.state.blackout)
        self.freeze_button.setChecked(self.state.frozen)
