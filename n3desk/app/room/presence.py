"""The room in a session window: the Projector menu's action, the panel, the join screen.

Made for every session window (a language switch builds a new one around the same
document and the same :class:`RoomController`, so an open room stays open).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from n3desk.app.room.controller import RoomController
from n3desk.app.room.join_screen import JoinOverlay, JoinScreen
from n3desk.app.room.panel import RoomPanel

if TYPE_CHECKING:
    from n3desk.app.session_window import SessionWindow


class RoomPresence(QObject):
    """Ties one session window to the session's room."""

    def __init__(self, window: SessionWindow, controller: RoomController) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.action = QAction(self.tr("Open the room…"), window)
        self.action.setObjectName("actionOpenRoom")
        self.action.triggered.connect(self.show_panel)
        projector = window.presenter.window
        self.screen = JoinScreen()
        self.overlay = JoinOverlay(projector, self.screen)
        self.panel: RoomPanel | None = None
        controller.changed.connect(self.refresh)
        window.presenter.state.changed.connect(self._follow_look)
        self._follow_look()
        self.refresh()
        # A language switch builds a new window around an open room: the join screen
        # stays on the projector if it was.
        self.overlay.set_wanted(controller.is_open and controller.join_screen_wanted)

    def show_panel(self) -> RoomPanel:
        """The room panel (made on first use), raised."""
        if self.panel is None:
            self.panel = RoomPanel(
                self.controller, self.selected_notes, self.show_join_screen, self.window
            )
        self.panel.show()
        self.panel.raise_()
        self.panel.activateWindow()
        return self.panel

    def show_join_screen(self, on: bool) -> None:
        """Lay the join screen over the projector, or take it off (kept by the room)."""
        self.controller.join_screen_wanted = on
        self.overlay.set_wanted(on)

    def selected_notes(self) -> list[str]:
        """The revealed notes selected on the board in view (or all its revealed notes)."""
        selection = self.window.board_selection()
        if selection is None:
            return []
        board_id, chosen = selection
        if not chosen:
            workshop = self.controller.document.workshop
            chosen = tuple(n.id for n in workshop.notes_on(board_id) if not n.hidden)
        return list(chosen)

    def refresh(self) -> None:
        self._follow_look()
        status = self.controller.status()
        self.action.setText(self.tr("The room…") if status.open else self.tr("Open the room…"))
        if not status.open:
            self.overlay.set_wanted(False)
            return
        self.screen.language = self.controller.document.session.language  # the room's
        self.screen.show_room(status.url, status.join_url, status.code)
        self.screen.show_counts(status.joined, status.notes_in)

    def _follow_look(self) -> None:
        content = self.window.presenter.window.content
        self.screen.set_look(content.look, content.scale)
