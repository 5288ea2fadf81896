"""The presenter's live preview: a small picture of what the room sees.

It asks the projector window for its picture a few times a second (not on every
change: a busy board would otherwise redraw twice for nothing) and only while it
is on screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QHideEvent, QPixmap, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

PREVIEW_MS = 400  # about 2.5 pictures a second
ASPECT = 9 / 16


class ProjectorPreview(QLabel):
    """A scaled copy of the projector's picture, refreshed while visible."""

    def __init__(self, picture: Callable[[], QPixmap], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._picture = picture
        self.setObjectName("projectorPreview")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(QSize(160, 90))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setStyleSheet("QLabel#projectorPreview { background: #000000; }")
        self.timer = QTimer(self)
        self.timer.setInterval(PREVIEW_MS)
        self.timer.timeout.connect(self.refresh)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(width * ASPECT)

    def sizeHint(self) -> QSize:
        return QSize(280, round(280 * ASPECT))

    def refresh(self) -> None:
        """Take a new picture now."""
        picture = self._picture()
        if picture.isNull():
            self.clear()
            return
        self.setPixmap(
            picture.scaled(
                self.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.timer.stop()
