"""The presenter's live preview: a small picture of what the room sees.

It redraws only when what the room sees may have changed (the projector window's
``changed``: an edit, the projector's state, the timer's text, the join screen), at
most every :data:`PREVIEW_MS`, and never while it is hidden: a burst of forty phones
costs it a few small pictures a second, not one per note. The picture is drawn
straight at the preview's size (``ProjectorWindow.picture(size)``), not grabbed at
the projector's full size and smooth-scaled down, which cost 8–34 ms a time.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QHideEvent, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

PREVIEW_MS = 400  # at most about 2.5 pictures a second, however busy the room
ASPECT = 9 / 16


class ProjectorPreview(QLabel):
    """A small copy of the projector's picture, redrawn when it changed and on screen."""

    def __init__(self, picture: Callable[[QSize], QPixmap], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._picture = picture
        self.stale = True  # the picture shown is older than what the room sees
        self.pictures = 0  # pictures drawn so far (the tests count them)
        self.setObjectName("projectorPreview")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(QSize(160, 90))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setStyleSheet("QLabel#projectorPreview { background: #000000; }")
        # One shot, started by the first change after a picture: changes that come
        # while it runs are folded into the one picture it draws.
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_MS)
        self.timer.timeout.connect(self._redraw_if_stale)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(width * ASPECT)

    def sizeHint(self) -> QSize:
        return QSize(280, round(280 * ASPECT))

    def mark_changed(self) -> None:
        """What the room sees changed: redraw soon if on screen, else when shown."""
        self.stale = True
        if self.isVisible() and not self.timer.isActive():
            self.timer.start()

    def refresh(self) -> None:
        """Take a new picture now."""
        self.stale = False
        picture = self._picture(self.size())
        self.pictures += 1
        if picture.isNull():
            self.clear()
            return
        self.setPixmap(picture)

    def _redraw_if_stale(self) -> None:
        if self.stale and self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.timer.stop()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.mark_changed()
