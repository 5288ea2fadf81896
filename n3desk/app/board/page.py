"""Placeholder page until its issue lands: a session window tab with a calm message."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from n3desk.app.document import SessionDocument


class BoardsPage(QWidget):
    """The Boards tab of the session window."""

    def __init__(self, document: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        label = QLabel(self.tr("Coming soon"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)

    def show_for_shot(self, options: dict[str, str]) -> None:
        """Prepare the page for an off-screen picture (n3desk shot)."""
