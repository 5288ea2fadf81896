"""Far out one item draws every note as a plain block; the notes are whole again once
the zoom settles, a few per frame."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPixmapCache
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsItem
from pytestqt.qtbot import QtBot

from n3desk.app.board import scene as board_scene
from n3desk.app.board.note_item import FAR, NOTHING_READABLE, greyed, note_colour
from n3desk.app.board.page import BoardsPage
from n3desk.app.board.scene import BACKGROUND, WHOLE_PER_FRAME
from n3desk.app.board.view import PIXMAP_CACHE_KB, SETTLE_MS
from n3desk.app.commands import push_edit
from n3desk.app.document import SessionDocument
from n3desk.domain.changes import Put
from n3desk.domain.entities import Note, new_id

from .conftest import add_notes, scene_of, view_of

CACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache
NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


def test_far_zoom_steps_draw_blocks_until_the_zoom_settles(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """A zoom step far out leaves the notes' drawing to the board's one block item;
    once the zoom settles every note draws itself whole and cached again."""
    notes = add_notes(document, ["Fler mötesplatser", "Öppet bibliotek", "<b>inte fet</b>"])
    view, scene = view_of(page), scene_of(page)
    view.set_zoom(1.0)
    items = [scene.notes[n.id] for n in notes]
    assert all(i.cacheMode() == CACHED and not i.coarse for i in items)
    assert not scene.blocks.isVisible()
    view.set_zoom(FAR / 2)
    assert all(i.coarse and i.flags() & NO_CONTENTS for i in items)
    assert scene.blocks.isVisible()
    page.grab()  # blocks draw without text
    qtbot.waitUntil(lambda: not any(i.coarse for i in items))
    assert all(i.cacheMode() == CACHED and not i.flags() & NO_CONTENTS for i in items)
    assert not scene.blocks.isVisible()
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


def colour_at(page: BoardsPage, note: Note) -> QColor:
    """The colour the board shows in the middle of ``note`` on the screen."""
    view = view_of(page)
    centre = view.mapFromScene(QPointF(note.x + note.width / 2, note.y + note.height / 2))
    return view.viewport().grab().toImage().pixelColor(centre)


def big_notes(document: SessionDocument) -> list[Note]:
    """Three large notes (yellow, blue, hidden pink) in a row."""
    board = document.workshop.boards[0]
    notes = [
        Note(new_id(), board.id, "", colour, x=i * 700.0, width=600.0, height=500.0, hidden=hidden)
        for i, (colour, hidden) in enumerate((("yellow", False), ("blue", False), ("pink", True)))
    ]
    document.apply([Put(n) for n in notes])
    document.undo_stack.clear()
    return notes


def test_far_out_the_blocks_show_each_note_in_its_colour(
    page: BoardsPage, document: SessionDocument
) -> None:
    """While the notes draw nothing, the one block item shows each at its place in its
    colour (a hidden note greyed), and a moved note's block follows it."""
    yellow, blue, hidden = big_notes(document)
    view = view_of(page)
    view.set_zoom(FAR / 2)
    view.centerOn(1000, 250)
    assert colour_at(page, yellow) == note_colour("yellow")
    assert colour_at(page, blue) == note_colour("blue")
    assert colour_at(page, hidden) == greyed(note_colour("pink"))
    moved = replace(blue, y=900.0)
    push_edit(document, "Move", [Put(moved)])
    assert colour_at(page, moved) == note_colour("blue")
    assert colour_at(page, blue) == BACKGROUND
    document.undo_stack.undo()
    assert colour_at(page, blue) == note_colour("blue")
    document.undo_stack.redo()
    assert colour_at(page, moved) == note_colour("blue")


def test_far_out_a_note_can_be_picked_and_then_draws_itself(
    page: BoardsPage, document: SessionDocument
) -> None:
    """A click far out selects the note under it; the selected note draws itself, with
    its outline, and goes back to its block when the selection moves on."""
    yellow, blue, _hidden = big_notes(document)
    view = view_of(page)
    view.set_zoom(FAR / 2)
    view.centerOn(1000, 250)
    scene = scene_of(page)
    point = view.mapFromScene(QPointF(yellow.x + 300, yellow.y + 250))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert [n.id for n in scene.selected_notes()] == [yellow.id]
    assert not scene.notes[yellow.id].flags() & NO_CONTENTS
    assert scene.notes[blue.id].flags() & NO_CONTENTS
    scene.select([blue.id])
    assert scene.notes[yellow.id].flags() & NO_CONTENTS
    assert not scene.notes[blue.id].flags() & NO_CONTENTS


def test_where_no_word_can_be_read_the_notes_stay_blocks(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """Below the last readable zoom the blocks stay after the zoom settles; zoomed in
    again, the notes are whole once it settles."""
    notes = add_notes(document, ["Långt borta", "Ännu längre"])
    view, scene = view_of(page), scene_of(page)
    view.set_zoom(NOTHING_READABLE / 2)
    qtbot.wait(SETTLE_MS * 2)
    assert scene.coarse
    assert all(scene.notes[n.id].coarse for n in notes)
    view.set_zoom(1.0)
    qtbot.waitUntil(lambda: not scene.coarse)
    assert not any(scene.notes[n.id].coarse for n in notes)


def test_after_a_far_zoom_the_words_come_back_nearest_first_over_a_few_frames(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """Hundreds of notes are made whole a few per frame, those nearest the middle of
    the view first, until all are whole and the blocks are gone."""
    texts = [f"Idé {i}" for i in range(400)]
    board = document.workshop.boards[0]
    notes = [
        Note(new_id(), board.id, t, x=(i % 20) * 180.0, y=(i // 20) * 140.0, z=float(i))
        for i, t in enumerate(texts)
    ]
    document.apply([Put(n) for n in notes])
    view, scene = view_of(page), scene_of(page)
    view.set_zoom(FAR / 3)
    view.centerOn(10 * 180.0, 10 * 140.0)
    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    scene.become_whole(seen)
    QApplication.processEvents()  # one step
    whole = [i for i in scene.notes.values() if not i.coarse]
    assert 0 < len(whole) < len(notes)
    middle = seen.center()
    nearest = min(
        scene.notes.values(),
        key=lambda i: (i.sceneBoundingRect().center() - middle).manhattanLength(),
    )
    assert not nearest.coarse
    qtbot.waitUntil(lambda: not scene.coarse)
    assert not any(i.coarse for i in scene.notes.values())
    assert not scene.blocks.isVisible()


def test_a_picture_of_a_far_board_has_its_words_at_once(
    page: BoardsPage, document: SessionDocument
) -> None:
    """Prepared for a picture (n3desk shot), a board fitted far out is drawn whole at
    once, without waiting for the pause after a zoom."""
    board = document.workshop.boards[0]
    notes = [
        Note(new_id(), board.id, f"Idé {i}", x=(i % 40) * 180.0, y=(i // 40) * 140.0)
        for i in range(400)
    ]
    document.apply([Put(n) for n in notes])
    page.show_for_shot({})
    assert view_of(page).zoom() < FAR
    assert not scene_of(page).coarse
    page.resize(900, 700)
    QApplication.processEvents()
    assert not scene_of(page).coarse


def test_after_a_far_zoom_slow_frames_bring_fewer_words_back_per_step(
    page: BoardsPage, document: SessionDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The words come back fewer per step while each step's frame takes longer than
    a 60th of a second (a busy machine stays fluid), more again when frames are quick,
    until every note is whole."""
    board = document.workshop.boards[0]
    notes = [
        Note(new_id(), board.id, f"Idé {i}", x=(i % 20) * 180.0, y=(i // 20) * 140.0)
        for i in range(400)
    ]
    document.apply([Put(n) for n in notes])
    view, scene = view_of(page), scene_of(page)
    view.set_zoom(FAR / 3)
    view.centerOn(10 * 180.0, 10 * 140.0)
    clock = [1000.0]
    monkeypatch.setattr(board_scene, "perf_counter", lambda: clock[0])
    scene.become_whole(view.mapToScene(view.viewport().rect()).boundingRect())
    scene._whole_timer.stop()  # the steps are taken by hand, each after a frame of a length

    def step_after(seconds: float) -> int:
        before = sum(1 for i in scene.notes.values() if not i.coarse)
        clock[0] += seconds
        scene._whole_step()
        return sum(1 for i in scene.notes.values() if not i.coarse) - before

    made = [step_after(0.0), step_after(0.05), step_after(0.05), step_after(0.001)]
    assert made == [
        WHOLE_PER_FRAME,
        WHOLE_PER_FRAME // 2,
        WHOLE_PER_FRAME // 4,
        WHOLE_PER_FRAME // 2,
    ]
    while scene.coarse:
        step_after(0.001)
    assert not any(i.coarse for i in scene.notes.values())
