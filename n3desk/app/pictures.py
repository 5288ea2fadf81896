"""Pictures of a board or of the stakeholder map, drawn for a file (not screen grabs).

Each picture is drawn by a fresh scene of its own, built from the document as it
is now, so no selection, search highlight, zoom or half-finished edit of the
window ends up in it. The scene is rendered with QPainter into a QImage: the whole
board (whatever part of it the window shows), at about twice screen size when
that fits, on white with a margin and a heading.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QImageWriter, QPainter
from PySide6.QtWidgets import QGraphicsScene

from n3desk.app.document import SessionDocument
from n3desk.domain.entities import Board

MARGIN = 24.0  # white around the content, in board units (scaled with the picture)
HEADING = 24.0  # size of the heading's text, in board units
CONTENT_PAD = 10.0  # room around notes and frames for their shadows and outlines
BEST_SCALE = 2.0  # twice screen size: sharp when printed or zoomed
READABLE_SCALE = 0.5  # notes draw their whole text from about here
MAX_PIXELS = 24_000_000  # about 100 MB of image while it is drawn
MAX_SIDE = 16_000  # QImage and most viewers cope up to here
MAP_SIZE = (1600.0, 1200.0)  # the map is laid out for a view of this size
MAP_SCALE = 1.5
WHITE = QColor("#ffffff")
HEADING_COLOUR = QColor("#263238")


class EmptyBoardError(ValueError):
    """The board holds nothing to draw."""


def picture_scale(width: float, height: float) -> float:
    """The scale to draw ``width`` × ``height`` of content at: sharp, yet of sane size."""
    area = max(width * height, 1.0)
    side = max(width, height, 1.0)
    scale = min(BEST_SCALE, math.sqrt(MAX_PIXELS / area))
    return min(max(scale, READABLE_SCALE), MAX_SIDE / side)


def board_picture(document: SessionDocument, board_id: str, heading: str) -> QImage:
    """The whole board, ``heading`` above it; EmptyBoardError if the board is empty."""
    from n3desk.app.board.scene import BoardScene  # the board's items load with it

    content = board_content(document, board_id)
    scene = BoardScene(document, board_id)
    try:
        scene.setBackgroundBrush(WHITE)
        scale = picture_scale(content.width(), content.height())
        return _render(scene, content, scale, heading)
    finally:
        scene.clear()
        scene.deleteLater()


def board_content(document: SessionDocument, board_id: str) -> QRectF:
    """The area the board's notes and frames cover, with room for their shadows.

    Taken from the records, not from the items' bounding boxes, which reserve
    room for things a picture does not show (a frame's handles, a title editor).
    """
    workshop = document.workshop
    rects = [QRectF(n.x, n.y, n.width, n.height) for n in workshop.notes_on(board_id)]
    rects += [QRectF(f.x, f.y, f.width, f.height) for f in workshop.frames_on(board_id)]
    if not rects:
        title = board.title if (board := workshop.get(Board, board_id)) else board_id
        raise EmptyBoardError(title)
    content = rects[0]
    for rect in rects[1:]:
        content = content.united(rect)
    return content.adjusted(-CONTENT_PAD, -CONTENT_PAD, CONTENT_PAD, CONTENT_PAD)


def map_picture(document: SessionDocument, heading: str) -> QImage:
    """The stakeholder map laid out for a large view, with ``heading`` above it."""
    from n3desk.app.map.scene import StakeholderMapScene

    scene = StakeholderMapScene(document)
    try:
        scene.set_view_size(*MAP_SIZE)
        scene.layout_now()  # render() finds its items before it draws the background
        return _render(scene, scene.sceneRect(), MAP_SCALE, heading)
    finally:
        scene.clear()
        scene.deleteLater()


def _render(scene: QGraphicsScene, content: QRectF, scale: float, heading: str) -> QImage:
    margin = MARGIN * scale
    size = HEADING * scale
    top = margin + (size * 1.8 if heading else 0.0)
    width = math.ceil(content.width() * scale + 2 * margin)
    height = math.ceil(content.height() * scale + top + margin)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(WHITE)
    painter = QPainter(image)
    try:
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        if heading:
            font = QFont()
            font.setPixelSize(max(12, round(size)))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(HEADING_COLOUR)
            room = QRectF(margin, margin, width - 2 * margin, size * 1.5)
            # One line, plain text (drawText never reads markup), cut short if long.
            line = " ".join(heading.split())
            shown = painter.fontMetrics().elidedText(
                line, Qt.TextElideMode.ElideRight, int(room.width())
            )
            painter.drawText(room, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, shown)
        target = QRectF(margin, top, content.width() * scale, content.height() * scale)
        scene.render(painter, target, content, Qt.AspectRatioMode.KeepAspectRatio)
    finally:
        painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG; OSError if Qt cannot encode it."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # QImageWriter takes the format as bytes, as its stubs say (QImage.save's stubs
    # ask for bytes where PySide6 at run time takes only a str).
    ok = QImageWriter(buffer, QByteArray(b"png")).write(image)
    buffer.close()
    if not ok:
        raise OSError("the picture could not be encoded as PNG")
    return bytes(data.data())
