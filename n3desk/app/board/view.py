"""BoardView: looking at a board: zoom, pan, fit, and the keys a facilitator presses.

Ctrl+wheel and +/- zoom, the wheel scrolls, Space+drag and a middle-button drag
pan, 0 fits the whole board. Keys go to the board's controller unless a note is
being edited, when they go to the text cursor.

Speed: a note's cached picture is in screen pixels, so every change of scale throws
it away. A zoom step far out therefore draws the notes (and frames) as plain blocks,
all in one item; at a working zoom the notes within reach keep one picture each at
100 %, drawn scaled while the zoom lasts (see BoardScene.begin_zoom). A moment after
the last step everything is drawn crisp and whole again. The shared pixmap cache is
made big enough for the notes of a screen at a working zoom, or panning there
redraws every note at every frame.

Signals:
    zoom_changed(float): the scale after a zoom.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPixmapCache,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from n3desk.app.board.note_item import FAR, NOTHING_READABLE
from n3desk.app.board.scene import BoardScene
from n3desk.app.key_map import holds, moves_focus

MIN_ZOOM = 0.03
MAX_ZOOM = 4.0
FIT_MAX_ZOOM = 1.6  # fitting a few notes makes them big, not gigantic
STEP = 1.25
SETTLE_MS = 200  # after the last zoom step, notes drawn as blocks are drawn whole
PIXMAP_CACHE_KB = 64 * 1024  # Qt's default of 10 MB holds the notes of a quarter screen
# While zooming, notes are drawn from one picture at 100 % each from this zoom up; further
# out a screen holds so many notes that their pictures at 100 % would not fit the cache.
ZOOM_PICTURES_FROM = 0.8
REACH = 3.0  # the pictures kept reach this many screens across (a long zoom out: more)


class BoardKeyTarget(Protocol):
    """What a board view hands its keys to (the board's controller keys)."""

    def wants_key(self, view: BoardView, event: QKeyEvent) -> bool:
        """Whether the key is the board's, so window-wide shortcuts must wait."""
        ...

    def handle_key(self, view: BoardView, event: QKeyEvent) -> bool:
        """Do what the key asks on ``view``'s board; False when it is not the board's."""
        ...


class BoardView(QGraphicsView):
    """A view of one BoardScene; its keys go to ``keys`` (none: a view only to look)."""

    zoom_changed = Signal(float)

    def __init__(
        self,
        scene: BoardScene,
        parent: QWidget | None = None,
        *,
        keys: BoardKeyTarget | None = None,
    ) -> None:
        super().__init__(scene, parent)
        self.board_scene = scene
        self._keys = keys
        self.fit_on_resize = False
        # Until the facilitator zooms or scrolls, the board keeps fitting the view:
        # a view is built before it has its real size, so a fit made then is tiny.
        self.fit_until_moved = True
        self._fit_target: QRectF | None = None  # what fitting shows; None: the whole board
        self._pan_from: QPoint | None = None
        self._reach: QRectF | None = None  # where notes are drawn from pictures while zooming
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        # A pan step should repaint only the strip it uncovers, Qt moving the rest. Qt does
        # that only for an opaque viewport, and a style sheet (the app's qt-material look)
        # turns the viewport's background filling off: every 32 px step then repainted the
        # whole board (40 ms at 2,000 notes, not 1). The scene's background brush paints
        # every pixel, so the viewport is opaque.
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB))
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._on_zoom_settled)
        self.centerOn(0, 0)

    # -- zoom ------------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, scale: float) -> None:
        """Zoom to ``scale`` (1.0 = 100 %), within limits."""
        scale = max(MIN_ZOOM, min(MAX_ZOOM, scale))
        factor = scale / self.zoom()
        if abs(factor - 1.0) > 1e-6:
            self.scale(factor, factor)
            self._coarse_until_settled()
            self.zoom_changed.emit(self.zoom())

    def _on_zoom_settled(self) -> None:
        self._end_pictures(self.mapToScene(self.viewport().rect()).boundingRect())
        # So far out that no word can be read, the blocks are all there is to draw.
        if self.zoom() >= NOTHING_READABLE:
            seen = self.mapToScene(self.viewport().rect()).boundingRect()
            self.board_scene.become_whole(seen)

    def settle_now(self) -> None:
        """Draw what a settled zoom draws, at once (a picture taken now must have words)."""
        self._settle.stop()
        self._end_pictures()
        self.board_scene.set_coarse(self.zoom() < NOTHING_READABLE)

    def _end_pictures(self, seen: QRectF | None = None) -> None:
        """Notes drawn crisp again: those in ``seen`` a few a frame, the rest at once."""
        self._reach = None
        self.board_scene.end_zoom(seen)

    def _coarse_until_settled(self) -> None:
        """Far out, the blocks first (a frame for 10,000 notes), the words a moment later;
        nearer, the notes' pictures scaled, crisp again a moment later."""
        zoom = self.zoom()
        scene = self.board_scene
        if zoom < FAR:
            self._end_pictures()
            scene.set_coarse(True)
        elif scene.coarse:
            pass  # back from far out in one step: whole again soon
        elif zoom < ZOOM_PICTURES_FROM:
            self._end_pictures()
        else:
            seen = self.mapToScene(self.viewport().rect()).boundingRect()
            if self._reach is None or not self._reach.contains(seen):
                # Zooming out can bring in the notes around: those get pictures now too.
                across = min(REACH, zoom / ZOOM_PICTURES_FROM)
                grow_x = seen.width() * (across - 1) / 2
                grow_y = seen.height() * (across - 1) / 2
                self._reach = seen.adjusted(-grow_x, -grow_y, grow_x, grow_y)
                scene.begin_zoom(self._reach)
        self._settle.start()

    def zoom_by(self, factor: float) -> None:
        self.fit_until_moved = False
        self.set_zoom(self.zoom() * factor)

    def zoom_to(self, rect: QRectF, *, max_zoom: float = FIT_MAX_ZOOM) -> None:
        """Show ``rect`` as large as fits (but not beyond ``max_zoom``)."""
        self.fit_until_moved = False
        if rect.isEmpty():
            return
        margin = max(rect.width(), rect.height()) * 0.04 + 20
        self.fitInView(
            rect.adjusted(-margin, -margin, margin, margin), Qt.AspectRatioMode.KeepAspectRatio
        )
        if self.zoom() > max_zoom:
            self.set_zoom(max_zoom)
        self._coarse_until_settled()
        self.centerOn(rect.center())
        self.zoom_changed.emit(self.zoom())

    def show_rect(self, rect: QRectF) -> None:
        """Fit ``rect`` (at most 100 %), and keep it fitted while the view settles.

        Notes just imported are shown this way: the board may have been built a
        moment ago, before its view had its real size.
        """
        self.zoom_to(rect, max_zoom=1.0)
        self._fit_target = QRectF(rect)
        self.fit_until_moved = True

    def fit_all(self) -> None:
        """The whole board in view (or 100 % at the origin when it is empty)."""
        self._fit_target = None
        rect = self.board_scene.content_rect()
        if rect.isEmpty():
            self.set_zoom(1.0)
            self.centerOn(0, 0)
        else:
            self.zoom_to(rect)
        self.fit_until_moved = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit_target is not None and self.fit_until_moved and not self.fit_on_resize:
            self.show_rect(self._fit_target)
        elif self.fit_on_resize or self.fit_until_moved:
            self.fit_all()
            if self.fit_on_resize:  # a picture: words at once, not after a pause
                self.settle_now()

    # -- mouse -------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            self.zoom_by(1.15**steps)
            event.accept()
            return
        self.fit_until_moved = False
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            now = event.position().toPoint()
            delta = now - self._pan_from
            self._pan_from = now
            self.pan(-delta.x(), -delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None and event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if dx or dy:  # every way of panning (keys, wheel, drags, scroll bars) comes here
            self.board_scene.view_moved()

    def pan(self, dx: int, dy: int) -> None:
        """Scroll the board by pixels on the screen."""
        self.fit_until_moved = False
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + dx)
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + dy)

    # -- keys --------------------------------------------------------------------------

    def _editing(self) -> bool:
        return self.board_scene.editing_item is not None

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and self._editing():
            focus = self.board_scene.focusItem()
            if event.type() == QEvent.Type.KeyPress and moves_focus(event) and focus is not None:
                # The scene would move the focus on Tab; the note editor wants the key.
                self.board_scene.sendEvent(focus, event)
                return True
        elif isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.ShortcutOverride:
                # Our single keys and Ctrl+D/G/F win over window-wide shortcuts.
                if self._keys is not None and self._keys.wants_key(self, event):
                    event.accept()
                    return True
            elif event.type() == QEvent.Type.KeyPress and moves_focus(event):
                self.keyPressEvent(event)
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._editing():
            if holds("board.pan", event) and not event.isAutoRepeat():
                self.setInteractive(False)
                self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
                event.accept()
                return
            if self._keys is not None and self._keys.handle_key(self, event):
                event.accept()
                return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if holds("board.pan", event) and not event.isAutoRepeat():
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            self.setInteractive(True)
            event.accept()
            return
        super().keyReleaseEvent(event)
