"""Hostile note text round-trips unchanged; a 2,000-note board opens, renders and scrolls."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage, QPainter
from pytestqt.qtbot import QtBot

from n3desk.app.board.page import BoardsPage
from n3desk.app.document import SessionDocument
from n3desk.domain.changes import Put
from n3desk.domain.entities import Frame, Note, new_id
from n3desk.store import Library

from .conftest import FakeDialogs, add_notes, reopened_equal, scene_of, type_text, view_of

HOSTILE = [
    "<b>fet</b> <img src=x onerror=alert(1)> &amp; <script>x</script>",
    "kontroll\x00\x01\x07\x1b[31m\ttab\rcr",
    "x" * 100_000,
    "emoji 👩🏽‍🦯🚲🇸🇪 👍🏿",
    "مرحبا بالعالم — שלום עולם — blandat",
    "rad ett\nrad två\n\nrad fyra",
]


def test_hostile_text_displays_and_round_trips(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """Markup, control characters, 100,000 characters, emoji and RTL draw and stay unchanged."""
    made = add_notes(document, HOSTILE)
    view_of(page).fit_all()
    page.grab()  # every note is drawn, far out
    view_of(page).set_zoom(1.0)
    for note in made:
        view_of(page).centerOn(scene_of(page).notes[note.id])
        page.grab()  # and close up
        scene_of(page).select([note.id])
        qtbot.keyClick(view_of(page), Qt.Key.Key_Return)  # open the editor ...
        qtbot.keyClick(view_of(page), Qt.Key.Key_Escape)  # ... and leave without typing
    stored = document.library.load(document.session.id)
    assert [stored.get(Note, n.id).text for n in made] == HOSTILE  # type: ignore[union-attr]
    assert document.undo_stack.count() == 0


def test_typed_markup_stays_text(page: BoardsPage, document: SessionDocument, qtbot: QtBot) -> None:
    """Typed markup and emoji are stored as the characters typed."""
    qtbot.keyClick(view_of(page), Qt.Key.Key_N)
    type_text(view_of(page), "<i>kursiv</i> & 🚲 שלום")
    qtbot.keyClick(view_of(page), Qt.Key.Key_Escape)
    (note,) = document.workshop.notes_on(document.workshop.boards[0].id)
    assert note.text == "<i>kursiv</i> & 🚲 שלום"
    assert reopened_equal(document)


def test_long_text_shrinks_then_grows_the_note(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """A long note keeps a readable size and grows taller instead."""
    qtbot.keyClick(view_of(page), Qt.Key.Key_N)
    type_text(view_of(page), "ord " * 60)
    qtbot.keyClick(view_of(page), Qt.Key.Key_Escape)
    (note,) = document.workshop.notes_on(document.workshop.boards[0].id)
    assert note.height > 120.0
    item = scene_of(page).notes[note.id]
    assert item.boundingRect().height() > 120.0


@pytest.mark.slow
def test_two_thousand_notes_open_render_and_scroll(
    library: Library, document: SessionDocument, qtbot: QtBot
) -> None:
    """A board of 2,000 notes in frames opens, draws far out and close up, and scrolls."""
    board = document.workshop.boards[0]
    frames = [
        Frame(new_id(), board.id, f"Kluster {i}", x=i * 2000.0, y=-60, width=1900, height=5000)
        for i in range(4)
    ]
    notes = [
        Note(
            new_id(),
            board.id,
            f"Idé nummer {i}: fler mötesplatser i kvarteret",
            x=(i % 50) * 180.0,
            y=(i // 50) * 140.0,
            z=float(i),
            created_at=float(i),
            frame_id=frames[min(3, (i % 50) * 180 // 2000)].id,
        )
        for i in range(2000)
    ]
    document.apply([*(Put(f) for f in frames), *(Put(n) for n in notes)])
    reopened = SessionDocument(library, library.load(document.session.id))
    shown = BoardsPage(reopened)
    shown.set_dialogs(FakeDialogs())
    qtbot.addWidget(shown)
    shown.resize(1920, 1080)
    shown.show()
    qtbot.waitExposed(shown)
    view = view_of(shown)
    assert len(view.board_scene.notes) == 2000
    view.fit_all()
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    view.render(painter)
    painter.end()
    assert image.pixelColor(image.width() // 2, image.height() // 2).isValid()
    view.set_zoom(1.0)
    before = view.mapToScene(view.viewport().rect().center())
    for _ in range(10):
        view.pan(0, 120)
        view.viewport().repaint()
    after = view.mapToScene(view.viewport().rect().center())
    assert after.y() > before.y() + 1000
    view.centerOn(QPointF(0, 0))
    view.viewport().repaint()  # close up after scrolling: timings are the benchmark's job
    assert view.board_scene.items(view.mapToScene(view.viewport().rect()))
