"""A long note stays inside its note, ending in "…", its whole text one action away;
a note rated on four criteria shows four readable badges."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from pytestqt.qtbot import QtBot

from n3desk.app.board.badges import BADGE_FONT_PX
from n3desk.app.board.page import BoardsPage
from n3desk.app.document import SessionDocument
from n3desk.domain.changes import Put, Remove
from n3desk.domain.entities import Criterion, Note, Rating, new_id

from .conftest import add_notes, scene_of, view_of

SENTENCE = (
    "Brukaren vill träna hemma men hemtjänsten hinner inte stötta, och anhöriga vet inte hur. "
)
LONG = (SENTENCE * 8)[:600]
ROSKILDE = ["Værdi for borgeren", "Gennemførlighed", "Nyhedsværdi", "Vej til drift"]


@pytest.fixture
def drawn() -> Iterator[list[tuple[str, float]]]:
    """Every text drawn while the test runs, with its size in pixels on the screen."""
    calls: list[tuple[str, float]] = []
    original = QPainter.drawText

    def recording(painter: QPainter, *args: Any) -> Any:
        scale = math.sqrt(abs(painter.worldTransform().determinant()))
        text = next((a for a in args if isinstance(a, str)), "")
        calls.append((text, painter.font().pixelSize() * scale))
        return original(painter, *args)

    QPainter.drawText = recording  # type: ignore[method-assign,assignment]
    try:
        yield calls
    finally:
        QPainter.drawText = original  # type: ignore[method-assign]


def at_100(page: BoardsPage, note: Note) -> None:
    view = view_of(page)
    view.fit_until_moved = False
    view.set_zoom(1.0)
    view.centerOn(note.x + note.width / 2, note.y + note.height / 2)


def test_a_600_character_note_ends_in_an_ellipsis(
    page: BoardsPage, document: SessionDocument, drawn: list[tuple[str, float]]
) -> None:
    """The note shows the start of its text in whole lines, the last one ending in "…"."""
    (note,) = add_notes(document, [LONG])
    at_100(page, note)
    drawn.clear()
    view_of(page).viewport().grab()
    lines = [text for text, _ in drawn if text.strip()]
    assert lines, "the note drew no text"
    assert lines[-1].endswith("…")
    shown = " ".join(" ".join(lines)[:-1].split())
    assert " ".join(LONG.split()).startswith(shown.rstrip())
    assert len(shown) < len(LONG)


def test_the_whole_text_is_one_hover_or_f2_away(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """Hover shows the whole text (markup as typed); F2 shows all of it; leaving changes nothing."""
    text = "<b>inte fet</b> " + LONG
    note, _other = add_notes(document, [text, "Kort"])
    item = scene_of(page).notes[note.id]
    assert "&lt;b&gt;inte fet&lt;/b&gt;" in item.toolTip()
    assert LONG[-40:] in item.toolTip()
    scene_of(page).select([note.id])
    qtbot.keyClick(view_of(page), Qt.Key.Key_F2)
    editor = page.controller.editing.editor
    assert editor is not None
    assert editor.toPlainText() == text
    bottom = editor.pos().y() + editor.boundingRect().height()
    assert item.height() >= bottom  # the whole text inside the note while writing
    assert item.zValue() > max(i.zValue() for i in scene_of(page).notes.values() if i is not item)
    qtbot.keyClick(view_of(page), Qt.Key.Key_Escape)
    assert item.height() == note.height
    assert document.workshop.get(Note, note.id) == note
    assert document.undo_stack.count() == 0


def test_a_10000_character_note_is_written_whole_and_kept_at_four_heights(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """10,000 characters show whole while written; stored, the note is at most four heights."""
    text = ("Lång rad med ord " * 700)[:10_000]
    (note,) = add_notes(document, [""])
    scene_of(page).select([note.id])
    qtbot.keyClick(view_of(page), Qt.Key.Key_F2)
    editor = page.controller.editing.editor
    assert editor is not None
    editor.setPlainText(text)
    item = scene_of(page).notes[note.id]
    assert item.height() >= editor.pos().y() + editor.boundingRect().height()
    qtbot.keyClick(view_of(page), Qt.Key.Key_Escape)
    stored = document.workshop.get(Note, note.id)
    assert stored is not None
    assert stored.text == text
    assert stored.height == 4 * note.height
    document.undo_stack.undo()
    assert document.workshop.get(Note, note.id) == note
    document.undo_stack.redo()
    assert document.workshop.get(Note, note.id) == stored


def test_four_criteria_show_four_readable_badges(
    page: BoardsPage, document: SessionDocument, drawn: list[tuple[str, float]]
) -> None:
    """A note rated on the Roskilde template's four criteria shows all four, at note size."""
    sid = document.session.id
    criteria = [Criterion(new_id(), sid, name, 0, 3, i) for i, name in enumerate(ROSKILDE)]
    document.apply([Remove(c) for c in document.workshop.criteria])
    document.apply([Put(c) for c in criteria])
    (note,) = add_notes(document, ["Træningsmakker til alle"])
    values = [3, 1, 2, 0]
    document.apply(
        [Put(Rating(new_id(), note.id, c.id, v)) for c, v in zip(criteria, values, strict=True)]
    )
    at_100(page, note)
    drawn.clear()
    view_of(page).viewport().grab()
    wanted = {"Væ 3", "Ge 1", "Ny 2", "Ve 0"}  # two start with V: two letters each
    badges = {text: px for text, px in drawn if text in wanted}
    assert set(badges) == wanted
    assert min(badges.values()) >= BADGE_FONT_PX - 0.5
    assert any(text.startswith("Træningsmakker") for text, _ in drawn)  # the text still shows
