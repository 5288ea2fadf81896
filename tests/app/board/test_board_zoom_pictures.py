"""While a view zooms where words are read the notes are drawn from one picture each,
crisp again a few a frame once the zoom settles; far out the frames are drawn by one
item; the far-out blocks are kept per square of the board."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsItem, QStyleOptionGraphicsItem
from pytestqt.qtbot import QtBot

from n3desk.app.board.frame_item import FILL, TITLE_FILL, FrameItem
from n3desk.app.board.note_blocks import CELL
from n3desk.app.board.note_item import FAR, note_colour
from n3desk.app.board.page import BoardsPage
from n3desk.app.board.scene import CRISP_PER_FRAME
from n3desk.app.board.view import ZOOM_PICTURES_FROM
from n3desk.app.commands import push_edit
from n3desk.app.document import SessionDocument
from n3desk.domain.changes import Put, Remove
from n3desk.domain.entities import Frame, Note, new_id

from .conftest import add_notes, scene_of, view_of

DEVICE = QGraphicsItem.CacheMode.DeviceCoordinateCache
PICTURE = QGraphicsItem.CacheMode.ItemCoordinateCache
NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


def grid_notes(document: SessionDocument, count: int = 60) -> list[Note]:
    """``count`` notes in rows of ten around the origin (one edit)."""
    board = document.workshop.boards[0]
    notes = [
        Note(new_id(), board.id, f"Idé {i} 🙂 <b>x</b>", x=(i % 10) * 200.0 - 1000.0,
             y=(i // 10) * 160.0 - 480.0, z=float(i))
        for i in range(count)
    ]  # fmt: skip
    document.apply([Put(n) for n in notes])
    document.undo_stack.clear()
    return notes


def test_zoom_steps_draw_the_notes_from_pictures_until_the_zoom_settles(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """A zoom step at 100 % gives the notes in reach one picture each (drawn scaled);
    once the zoom settles every note is cached in screen pixels again, crisp."""
    notes = grid_notes(document)
    view, scene = view_of(page), scene_of(page)
    view.set_zoom(1.0)
    view.settle_now()
    view.centerOn(0, 0)
    items = [scene.notes[n.id] for n in notes]
    assert all(i.cacheMode() == DEVICE for i in items)
    view.zoom_by(1.15)
    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    in_view = [i for i in items if i.sceneBoundingRect().intersects(seen)]
    assert in_view
    assert all(i.cacheMode() == PICTURE for i in in_view)
    assert scene.zooming()
    page.grab()  # the pictures drawn scaled
    qtbot.waitUntil(lambda: not scene.zooming())
    assert all(i.cacheMode() == DEVICE for i in items)
    assert not scene.coarse


def test_settling_makes_the_notes_crisp_nearest_the_middle_first(
    page: BoardsPage, document: SessionDocument
) -> None:
    """Once the zoom settles the notes in view become crisp a few a frame, the nearest
    to the middle of the view first; those out of view at once."""
    notes = grid_notes(document)
    view, scene = view_of(page), scene_of(page)
    view.set_zoom(1.3)
    view.centerOn(0, 0)
    scene.begin_zoom(QRectF(-5000, -5000, 10000, 10000))
    seen = QRectF(-500, -400, 1000, 800)
    scene.end_zoom(seen)
    scene._crisp_timer.stop()  # the steps are taken by hand
    items = [scene.notes[n.id] for n in notes]
    out_of_view = [i for i in items if not i.sceneBoundingRect().intersects(seen)]
    assert out_of_view
    assert all(i.cacheMode() == DEVICE for i in out_of_view)
    waiting = [i for i in items if i.cacheMode() == PICTURE]
    assert len(waiting) > CRISP_PER_FRAME

    def distance(item: QGraphicsItem) -> float:
        gap = item.sceneBoundingRect().center() - seen.center()
        return gap.x() ** 2 + gap.y() ** 2

    scene._crisp_step()
    crisp = [i for i in waiting if i.cacheMode() == DEVICE]
    still = [i for i in waiting if i.cacheMode() == PICTURE]
    assert len(crisp) == CRISP_PER_FRAME
    assert max(distance(i) for i in crisp) <= min(distance(i) for i in still)
    while scene.zooming():
        scene._crisp_step()
    assert all(i.cacheMode() == DEVICE for i in items)


def test_a_note_removed_while_it_waits_to_be_crisp_is_forgotten(
    page: BoardsPage, document: SessionDocument
) -> None:
    """A note deleted (and the deletion undone and redone) while the notes become crisp
    again leaves no picture behind and the rest still become crisp."""
    notes = grid_notes(document, 30)
    view, scene = view_of(page), scene_of(page)
    view.set_zoom(1.0)
    scene.begin_zoom(QRectF(-5000, -5000, 10000, 10000))
    scene.end_zoom(QRectF(-5000, -5000, 10000, 10000))
    scene._crisp_timer.stop()
    gone = notes[0]
    push_edit(document, "Delete", [Remove(gone)])
    assert gone.id not in scene.notes
    document.undo_stack.undo()
    assert scene.notes[gone.id].cacheMode() == DEVICE
    document.undo_stack.redo()
    while scene.zooming():
        scene._crisp_step()
    assert all(i.cacheMode() == DEVICE for i in scene.notes.values())


def test_zooming_out_past_the_pictures_zoom_draws_the_notes_again(
    page: BoardsPage, document: SessionDocument
) -> None:
    """Below the zoom where a screen's pictures would not fit the cache, the notes are
    drawn at each step again (and far out as blocks)."""
    notes = grid_notes(document)
    view, scene = view_of(page), scene_of(page)
    view.set_zoom(1.0)
    view.settle_now()
    view.zoom_by(1.15)
    assert scene.zooming()
    view.set_zoom((ZOOM_PICTURES_FROM + FAR) / 2)
    assert not scene.zooming()
    assert all(scene.notes[n.id].cacheMode() == DEVICE for n in notes)
    assert not scene.coarse


def test_far_out_the_frames_are_drawn_by_one_item(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """While the notes are blocks, the frames draw nothing and one item draws them (body,
    title bar, title); a selected frame draws itself; settled, each draws itself."""
    board = document.workshop.boards[0]
    frames = [
        Frame(new_id(), board.id, title, x=i * 2200.0, y=0.0, width=2000.0, height=1400.0)
        for i, title in enumerate(["Hinder", "<i>Idéer</i> " + "ش" * 80])
    ]
    document.apply([Put(f) for f in frames])
    document.undo_stack.clear()
    add_notes(document, ["En lapp"], x0=300.0)
    view, scene = view_of(page), scene_of(page)
    view.set_zoom(FAR / 2)
    view.centerOn(2100, 700)
    items: list[FrameItem] = [scene.frames[f.id] for f in frames]
    assert scene.frame_blocks.isVisible()
    assert all(i.flags() & NO_CONTENTS for i in items)
    image = view.viewport().grab().toImage()

    def colour(x: float, y: float) -> QColor:
        return image.pixelColor(view.mapFromScene(QPointF(x, y)))

    assert colour(1000, 20) == TITLE_FILL  # the title bar, over the title's right end
    body = colour(1000, 1300)
    assert body != QColor("#fafafa")
    assert abs(body.red() - FILL.red()) < 12
    scene.select([frames[0].id])
    assert not items[0].flags() & NO_CONTENTS
    assert items[1].flags() & NO_CONTENTS
    qtbot.waitUntil(lambda: not scene.coarse)
    assert not scene.frame_blocks.isVisible()
    assert not any(i.flags() & NO_CONTENTS for i in items)
    assert all(i.cacheMode() == DEVICE for i in items)


def test_far_out_blocks_show_notes_in_every_square_of_the_board(
    page: BoardsPage, document: SessionDocument
) -> None:
    """The blocks are kept per square of the board: a note across two squares, and notes
    in squares far apart, are each drawn in their colour, after a pan too."""
    board = document.workshop.boards[0]
    notes = [
        Note(new_id(), board.id, "", "blue", x=CELL - 300.0, y=-250.0, width=600.0, height=500.0),
        Note(
            new_id(),
            board.id,
            "",
            "green",
            x=-CELL - 700,
            y=2 * CELL - 600,
            width=600.0,
            height=500.0,
        ),
    ]
    document.apply([Put(n) for n in notes])
    view = view_of(page)
    view.set_zoom(FAR / 4)
    view.centerOn(0, CELL)

    def colour_of(note: Note) -> QColor:
        image = view.viewport().grab().toImage()
        where = QPointF(note.x + note.width - 50, note.y + note.height / 2)
        return image.pixelColor(view.mapFromScene(where))

    assert colour_of(notes[0]) == note_colour("blue")  # its right half lies in the next square
    assert colour_of(notes[1]) == note_colour("green")
    # A repaint of only the next square's part of the blue note (as a pan step exposes).
    image = QImage(100, 100, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(-(CELL + 200.0), -0.0)
    option = QStyleOptionGraphicsItem()
    option.exposedRect = QRectF(CELL + 200.0, 0.0, 100.0, 100.0)
    scene_of(page).blocks.paint(painter, option)
    painter.end()
    assert image.pixelColor(50, 50) == note_colour("blue")


def test_a_pan_while_the_words_come_back_holds_them_until_the_view_rests(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """After a far zoom the words come back a few a frame; a pan step holds them back
    (its frames draw only the strip it uncovers) and they go on once the view rests."""
    grid_notes(document, 200)
    view, scene = view_of(page), scene_of(page)
    view.set_zoom(FAR / 2)
    view.centerOn(0, 0)
    scene.become_whole(view.mapToScene(view.viewport().rect()).boundingRect())
    assert scene._whole_timer.isActive()
    waiting = len(scene._to_whole)
    view.pan(32, 0)
    assert not scene._whole_timer.isActive()
    assert scene._moving.isActive()
    QApplication.processEvents()
    assert len(scene._to_whole) == waiting  # none came back during the pan
    qtbot.waitUntil(lambda: not scene.coarse)
    assert not any(i.coarse for i in scene.notes.values())
