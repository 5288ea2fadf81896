"""The fair bare board the board benchmarks compare n3desk with, and their shared steps.

What a Qt programmer writes in a few lines for a wall of sticky notes, with the
ordinary optimisations and none of n3desk's code: per note a filled rectangle with
no outline and a word-wrapped ``QGraphicsTextItem`` (the same font and padding as a
note), the text cached in device coordinates, in a ``QGraphicsView`` with the same
render hints as n3desk's board view. Its notes are read from the same SQLite file
with one plain SELECT, and "open" lasts until the view's first paint, as n3desk's does.

The frame helpers drive either side the same way: a step (a pan or a zoom), then
the events it caused until the view has painted.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsTextItem,
    QGraphicsView,
)

FONT_FAMILY = "DejaVu Sans"
TEXT_PX = 16  # n3desk fits each note's text between 13 and 22 px
PADDING = 10.0  # as n3desk's notes
EXTENT = 50_000.0  # as n3desk's boards
COLOURS = {  # n3desk's palette, copied: the bare side imports nothing of n3desk
    "yellow": "#fff176",
    "orange": "#ffcc80",
    "pink": "#f8bbd0",
    "green": "#c5e1a5",
    "blue": "#b3e5fc",
    "purple": "#d1c4e9",
}

Row = tuple[str, str, str, float, float, float, float]  # id, text, colour, x, y, w, h


def read_notes(path: Path, board_id: str) -> list[Row]:
    """The board's notes from the library file: one SELECT, as a bare app would."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(
            conn.execute(
                "SELECT id, text, colour, x, y, width, height FROM notes "
                "WHERE board_id = ? ORDER BY z",
                (board_id,),
            )
        )
    finally:
        conn.close()


def note_item(row: Row, font: QFont) -> tuple[QGraphicsRectItem, QGraphicsTextItem]:
    """One bare note: a filled rectangle and its word-wrapped text."""
    _id, text, colour, x, y, width, height = row
    rect = QGraphicsRectItem(0, 0, width, height)
    rect.setPen(QPen(Qt.PenStyle.NoPen))
    rect.setBrush(QBrush(QColor(COLOURS.get(colour, "#fff176"))))
    rect.setPos(x, y)
    label = QGraphicsTextItem(text, rect)
    label.setFont(font)
    label.setTextWidth(width - 2 * PADDING)
    label.setPos(PADDING, PADDING)
    label.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    return rect, label


def bare_font() -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(TEXT_PX)
    return font


def build_scene(rows: Sequence[Row]) -> tuple[QGraphicsScene, dict[str, QGraphicsTextItem]]:
    """The bare scene of ``rows`` and each note's text item by id."""
    scene = QGraphicsScene()
    # A board without edges, as n3desk's: a view can always be panned.
    scene.setSceneRect(-EXTENT, -EXTENT, 2 * EXTENT, 2 * EXTENT)
    font = bare_font()
    texts: dict[str, QGraphicsTextItem] = {}
    for row in rows:
        rect, label = note_item(row, font)
        scene.addItem(rect)
        texts[row[0]] = label
    return scene, texts


def bare_view() -> QGraphicsView:
    view = QGraphicsView()
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    return view


def fit(view: QGraphicsView) -> None:
    """The whole scene in view with a small margin, as n3desk's fit does."""
    scene = view.scene()
    rect = scene.itemsBoundingRect()
    margin = max(rect.width(), rect.height()) * 0.04 + 20
    view.fitInView(
        rect.adjusted(-margin, -margin, margin, margin), Qt.AspectRatioMode.KeepAspectRatio
    )
    if view.transform().m11() > 1.6:
        set_zoom(view, 1.6, rect.center().x(), rect.center().y())


def set_zoom(view: QGraphicsView, zoom: float, cx: float, cy: float) -> None:
    view.resetTransform()
    view.scale(zoom, zoom)
    view.centerOn(cx, cy)


class PaintCounter(QObject):
    """Counts the paint events of a widget (a view's viewport)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def settle(app: QApplication, rounds: int = 3) -> None:
    """Deliver whatever is waiting: posted events, zero timers, paints."""
    for _ in range(rounds):
        app.processEvents()


def until_painted(
    app: QApplication, counter: PaintCounter, before: int, limit: float = 120
) -> None:
    """Process events until the counted widget has painted once more."""
    deadline = time.perf_counter() + limit
    while counter.count == before and time.perf_counter() < deadline:
        app.processEvents()


def frame_ms(app: QApplication, counter: PaintCounter, step: Callable[[], None]) -> float:
    """Milliseconds from a step to the end of the paint it causes and the events after it."""
    before = counter.count
    started = time.perf_counter()
    step()
    until_painted(app, counter, before, limit=2)
    settle(app, 1)
    return (time.perf_counter() - started) * 1000


def pan_frames(
    app: QApplication, view: QGraphicsView, counter: PaintCounter, pan: Callable[[int, int], None]
) -> float:
    """Median frame of a pan: 12 steps of 32 px right, 12 down, 12 left, 12 up."""
    samples = []
    for dx, dy in ((32, 0), (0, 32), (-32, 0), (0, -32)):
        for _ in range(12):
            samples.append(frame_ms(app, counter, partial(pan, dx, dy)))
    return statistics.median(samples)


def zoom_frames(
    app: QApplication, counter: PaintCounter, zoom_by: Callable[[float], None], steps: int = 12
) -> float:
    """Median frame of a zoom step, in and out in turn around where the view is."""
    samples = []
    for i in range(steps):
        factor = 1.15 if i % 2 == 0 else 1 / 1.15
        samples.append(frame_ms(app, counter, partial(zoom_by, factor)))
    return statistics.median(samples)


def scroll_by(view: QGraphicsView, dx: int, dy: int) -> None:
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + dx)
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() + dy)


def content_centre(rows: Sequence[Row]) -> tuple[float, float]:
    left = min(r[3] for r in rows)
    top = min(r[4] for r in rows)
    right = max(r[3] + r[5] for r in rows)
    bottom = max(r[4] + r[6] for r in rows)
    return (left + right) / 2, (top + bottom) / 2
