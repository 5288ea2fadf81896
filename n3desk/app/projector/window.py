"""ProjectorWindow: the audience's screen, frameless and full-screen on a chosen screen.

The window shows :class:`~n3desk.app.projector.content.ProjectorContent` as the
shared :class:`~n3desk.app.projector.state.ProjectorState` says: live, frozen (the
last picture, while the facilitator rearranges) or black. It picks its screen with
:func:`choose_screen` and follows screens that come and go: a projector pulled out
hides the window (it never lands on the laptop's screen by surprise) and one
plugged in while the projector is wanted gets it back.

Signals:
    changed(): what the room sees may have changed (the presenter's preview redraws).
    screen_state_changed(): the screen it is on (or whether it has one) changed.
    leave_requested(): Esc was pressed on the window.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from n3desk.app.document import SessionDocument
from n3desk.app.key_map import matches
from n3desk.app.projector.content import ProjectorContent
from n3desk.app.projector.presenting_bar import PresentingBar
from n3desk.app.projector.state import ProjectorState


def choose_screen(
    names: Sequence[str], laptop: str, remembered: str, *, allow_laptop: bool = False
) -> str | None:
    """The name of the screen the projector should use, or None when there is none.

    The remembered screen if it is connected, else the first that is not the laptop's;
    the laptop's own screen only when ``allow_laptop`` (presenting on one screen).
    """
    if remembered and remembered in names and (allow_laptop or remembered != laptop):
        return remembered
    for name in names:
        if name != laptop:
            return name
    return laptop if allow_laptop and laptop in names else None


class BlackScreen(QWidget):
    """The blackout: paints itself black.

    Not a palette and not a style sheet: the app's qt-material sheet sets every
    widget's background and wins over a palette, which turned the blackout white.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#000000"))
        painter.end()


class ProjectorWindow(QWidget):
    """The projector's window."""

    changed = Signal()
    screen_state_changed = Signal()
    leave_requested = Signal()

    def __init__(
        self, document: SessionDocument, state: ProjectorState, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setWindowTitle(self.tr("n3desk — projector"))
        self.document = document
        self.state = state
        self.content = ProjectorContent(document, self)
        self.frozen_label = QLabel(self)
        self.frozen_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.black = BlackScreen(self)
        self.layers = QStackedLayout(self)
        self.layers.setContentsMargins(0, 0, 0, 0)
        for layer in (self.content, self.frozen_label, self.black):
            self.layers.addWidget(layer)
        self.frozen_picture: QPixmap | None = None
        self.wanted = False  # the facilitator asked for the projector
        self.screen_name = ""  # the screen it is on ("" when none)
        self.laptop_name = ""  # the facilitator's screen, avoided
        self.one_screen = False  # presenting on the laptop itself (F5)
        self.remembered = ""
        self.setCursor(Qt.CursorShape.BlankCursor)
        # Presenting on the laptop itself (F5), a moving pointer shows a small bar.
        self.presenting_bar = PresentingBar(state, self)
        # Widgets laid over the picture for the room (the room's join screen): the
        # presenter's preview shows them too, since the room sees them.
        self.overlays: list[QWidget] = []
        self.presenting_bar.leave_clicked.connect(self.leave_requested)
        state.changed.connect(self.apply_state)
        state.changed.connect(self.changed)
        # A bound method, not a lambda: Qt drops the connection with this window.
        document.applied.connect(self._on_applied)
        self.content.board.part_changed.connect(self.changed)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self.on_screen_added)
            app.screenRemoved.connect(self.on_screen_removed)
        self.apply_state()

    # -- what is shown ----------------------------------------------------------------

    def apply_state(self) -> None:
        """Show the state: black, the frozen picture, or the live content."""
        state = self.state
        if state.frozen and self.frozen_picture is None:
            # The picture of the moment of freezing, before anything moves on.
            self.frozen_picture = self.content.grab()
            self.frozen_label.setPixmap(self.frozen_picture)
        elif not state.frozen:
            self.frozen_picture = None
            self.frozen_label.clear()
            if self.content.target != state.shown or self.content.board.follows != state.follow:
                self.content.show_target(state.shown, follows=state.follow)
        if state.blackout:
            self.layers.setCurrentWidget(self.black)
        elif state.frozen:
            self.layers.setCurrentWidget(self.frozen_label)
        else:
            self.layers.setCurrentWidget(self.content)

    def picture(self, size: QSize | None = None) -> QPixmap:
        """What the room sees now, as a picture (for the presenter's preview).

        With ``size``, a picture that fits in it (the window's shape kept), drawn
        at twice that size and halved smoothly: a full-size grab scaled down cost
        up to 34 ms a time, and text drawn straight at a fifth of its size comes
        out as broken glyphs.
        """
        full = QSize(max(1, self.width()), max(1, self.height()))
        if size is None:
            return self._full_picture()
        wanted = full.scaled(size, Qt.AspectRatioMode.KeepAspectRatio).expandedTo(QSize(1, 1))
        drawn = self._draw(full.boundedTo(wanted * 2))
        if drawn.size() == wanted:
            return drawn
        return drawn.scaled(
            wanted, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
        )

    def _full_picture(self) -> QPixmap:
        """The room's picture at the projector's own size (a grab, as the wall shows it)."""
        if self.state.blackout:
            black = QPixmap(max(1, self.width()), max(1, self.height()))
            black.fill(QColor("#000000"))
            return black
        if self.state.frozen and self.frozen_picture is not None:
            picture = self.frozen_picture.copy()
        else:
            picture = self.content.grab()
        shown = [o for o in self.overlays if o.isVisibleTo(self)]
        if shown and not picture.isNull():
            painter = QPainter(picture)
            for overlay in shown:
                painter.drawPixmap(picture.rect(), overlay.grab())
            painter.end()
        return picture

    def _draw(self, target: QSize) -> QPixmap:
        full = QSize(max(1, self.width()), max(1, self.height()))
        picture = QPixmap(target)
        picture.fill(QColor("#000000"))
        if self.state.blackout:
            return picture
        shown = [o for o in self.overlays if o.isVisibleTo(self)]
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.scale(target.width() / full.width(), target.height() / full.height())
        if self.state.frozen and self.frozen_picture is not None:
            painter.drawPixmap(QRect(QPoint(0, 0), full), self.frozen_picture)
        else:
            self.content.render(painter, QPoint(0, 0))
        for overlay in shown:
            overlay.render(painter, overlay.pos())
        painter.end()
        return picture

    def _on_applied(self, _changes: object) -> None:
        self.changed.emit()

    def mark_changed(self) -> None:
        """Something the room sees changed outside the document (the join screen)."""
        self.changed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.changed.emit()

    # -- screens ----------------------------------------------------------------------

    def place_on(self, geometry: QRect) -> None:
        """Show the window on exactly ``geometry`` (tests and off-screen shots)."""
        self.setGeometry(geometry)
        self.content.resize(geometry.size())
        self.show()
        self.screen_name = "geometry"
        self.screen_state_changed.emit()

    def open(self, *, one_screen: bool = False) -> bool:
        """Show the projector full-screen on its screen; False when there is no screen."""
        self.wanted, self.one_screen = True, one_screen
        if one_screen:
            self.presenting_bar.start()
        else:
            self.presenting_bar.stop()
        return self._place()

    def leave(self) -> None:
        """Hide the projector (its state is kept for the next time)."""
        self.wanted = False
        self.one_screen = False
        self.presenting_bar.stop()
        self.hide()
        self.screen_name = ""
        self.screen_state_changed.emit()

    def _screens(self) -> dict[str, QScreen]:
        return {s.name(): s for s in QGuiApplication.screens()}

    def _place(self) -> bool:
        screens = self._screens()
        name = choose_screen(
            list(screens), self.laptop_name, self.remembered, allow_laptop=self.one_screen
        )
        if name is None:
            self.hide()
            self.screen_name = ""
            self.screen_state_changed.emit()
            return False
        screen = screens[name]
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.screen_name = name
        self.screen_state_changed.emit()
        return True

    def on_screen_added(self, screen: QScreen) -> None:
        """A screen was plugged in: take it if the projector is wanted and has none."""
        if self.wanted and not self.one_screen and not self.isVisible():
            self._place()

    def on_screen_removed(self, screen: QScreen) -> None:
        """A screen was pulled out: if it was ours, hide (never fall onto the laptop)."""
        if screen.name() == self.screen_name:
            self.hide()
            self.screen_name = ""
            self.screen_state_changed.emit()

    # -- keys -------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if matches("projector.leave", event):
            self.leave_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.wanted = False
        self.screen_name = ""
        self.screen_state_changed.emit()
        super().closeEvent(event)
