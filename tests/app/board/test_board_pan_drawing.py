"""A pan step under the app's style sheet repaints only the strip it uncovers."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from n3desk.app.board.page import BoardsPage
from n3desk.app.document import SessionDocument

from .conftest import add_notes, view_of


class PaintRects(QObject):
    """The rectangles of the paint events a widget gets."""

    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRect] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.rect())  # type: ignore[attr-defined]
        return False


def test_a_pan_step_repaints_the_uncovered_strip_not_the_whole_board(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """With a style sheet giving the view a background (as qt-material's does), a
    32-pixel pan paints a 32-pixel strip (Qt moves the rest), not the whole view."""
    add_notes(document, [f"idé {i}" for i in range(12)])
    page.setStyleSheet("QGraphicsView { background-color: #fafafa; border: 0px; }")
    view = view_of(page)
    view.set_zoom(1.0)
    QApplication.processEvents()
    paints = PaintRects()
    view.viewport().installEventFilter(paints)
    view.pan(32, 0)
    qtbot.waitUntil(lambda: bool(paints.rects))
    QApplication.processEvents()
    assert max(r.width() for r in paints.rects) <= 40
    assert view.viewport().width() > 200
