"""Notes seen from afar: whole words, the same look in every theme, badges kept."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from n3desk.app.board import text_layout
from n3desk.app.board.badges import DOT_FILL
from n3desk.app.board.note_item import FAR
from n3desk.app.board.page import BoardsPage
from n3desk.app.document import SessionDocument
from n3desk.app.theme import apply_theme
from n3desk.domain.changes import Put
from n3desk.domain.entities import Vote, VotingRound, new_id

from .conftest import add_notes, scene_of, view_of

TEXTS = [
    "Trygghetslarm som ringer anhöriga",
    "Fler mötesplatser för äldre",
    "<b>inte fet</b> text",
    "Träningskompis: en frivillig som följer med",
]


@pytest.fixture
def _back_to_light(qapp: QApplication) -> Iterator[None]:
    yield
    apply_theme(qapp, "light_blue.xml", 1.0)


def far_picture(page: BoardsPage, qtbot: QtBot) -> QImage:
    """The board's viewport far out, once the notes are drawn whole again."""
    view = view_of(page)
    view.fit_until_moved = False
    view.set_zoom(FAR * 0.8)
    view.centerOn(scene_of(page).content_rect().center())
    assert view.zoom() < FAR
    qtbot.waitUntil(lambda: not any(i.coarse for i in scene_of(page).notes.values()))
    return view.viewport().grab().toImage()


def has_colour(image: QImage, colour: QColor) -> bool:
    return any(
        image.pixelColor(x, y) == colour
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
    )


@pytest.mark.usefixtures("_back_to_light")
def test_far_notes_look_the_same_in_the_dark_theme(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot, qapp: QApplication
) -> None:
    """The board drawn far out is the same picture in the light and the dark theme."""
    add_notes(document, TEXTS)
    apply_theme(qapp, "light_blue.xml", 1.0)
    light = far_picture(page, qtbot)
    apply_theme(qapp, "dark_blue.xml", 1.0)
    for item in scene_of(page).notes.values():
        item.update()
    dark = far_picture(page, qtbot)
    assert light == dark


def test_far_lines_never_break_a_word() -> None:
    """Far out, each line holds whole words (a long one cut with "…"), never half a word."""
    text = "Trygghetslarm som ringer anhöriga direkt när något händer"
    lines = text_layout.first_lines(text, 60.0, 200.0, 20.0)
    words = text.split()
    assert lines
    shown = " ".join(lines).split()
    for got, want in zip(shown, words, strict=False):
        assert got == want or (got.endswith("…") and want.startswith(got[:-1]))
    assert lines[0] != "Trygghetslarm"  # too wide for 60 px at 20 px: cut, not wrapped
    assert lines[0].endswith("…")


def test_far_notes_keep_their_dots(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """A note's revealed dots are still drawn when the board is seen from afar."""
    (note,) = add_notes(document, ["Trygghetslarm som ringer anhöriga"])
    board = document.workshop.boards[0]
    round_ = VotingRound(new_id(), board.id, "Runda", state="revealed")
    document.apply([Put(round_), Put(Vote(new_id(), round_.id, note.id, None, 3))])
    item = scene_of(page).notes[note.id]
    assert item.dots == 3
    assert has_colour(far_picture(page, qtbot), DOT_FILL)
