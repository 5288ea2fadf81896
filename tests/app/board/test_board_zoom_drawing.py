"""Zooming far out draws notes as plain blocks, then whole again once the zoom settles."""

from __future__ import annotations

from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QGraphicsItem
from pytestqt.qtbot import QtBot

from n3desk.app.board.note_item import FAR
from n3desk.app.board.page import BoardsPage
from n3desk.app.board.view import PIXMAP_CACHE_KB
from n3desk.app.document import SessionDocument

from .conftest import add_notes, scene_of, view_of

CACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache


def test_far_zoom_steps_draw_blocks_until_the_zoom_settles(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """A zoom step far out makes every note a plain uncached block, whole and cached after."""
    notes = add_notes(document, ["Fler mötesplatser", "Öppet bibliotek", "<b>inte fet</b>"])
    view, scene = view_of(page), scene_of(page)
    view.set_zoom(1.0)
    items = [scene.notes[n.id] for n in notes]
    assert all(i.cacheMode() == CACHED and not i.coarse for i in items)
    view.set_zoom(FAR / 2)
    assert all(i.coarse and i.cacheMode() == QGraphicsItem.CacheMode.NoCache for i in items)
    page.grab()  # blocks draw without text
    qtbot.waitUntil(lambda: not any(i.coarse for i in items))
    assert all(i.cacheMode() == CACHED for i in items)
    page.grab()  # and whole again


def test_zoom_at_working_distance_keeps_notes_whole(
    page: BoardsPage, document: SessionDocument
) -> None:
    """Zooming where the text is read never turns the notes into blocks."""
    (note,) = add_notes(document, ["Idé"])
    view = view_of(page)
    view.set_zoom(1.0)
    view.zoom_by(0.8)
    assert view.zoom() >= FAR
    assert not scene_of(page).notes[note.id].coarse


def test_pixmap_cache_holds_a_screen_of_notes(page: BoardsPage) -> None:
    """The shared pixmap cache is raised so that a screen of cached notes fits in it."""
    assert QPixmapCache.cacheLimit() >= PIXMAP_CACHE_KB
