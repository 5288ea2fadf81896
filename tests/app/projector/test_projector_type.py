"""The projector is readable: no text under 20 px at 1024×768 (boards too), in every look."""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from n3desk.app.projector.look import LOOKS, MIN_TEXT_PX, text_px
from n3desk.app.projector.state import BOARD, MAP, STAGE, Target
from n3desk.app.projector.text_block import TextBlock
from n3desk.app.session_window import SessionWindow
from n3desk.app.shot import render_shot
from n3desk.app.translation import install_translator
from n3desk.domain.changes import Put
from n3desk.domain.demo import build_demo
from n3desk.domain.entities import Frame, Note, Rating, Stakeholder, new_id
from n3desk.store import Library

from .conftest import DrawnText


def widget_text_pixels(root: QWidget) -> list[tuple[str, float]]:
    """The pixel size of the font of every visible widget under ``root`` that shows text."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or not isinstance(widget, TextBlock):
            continue
        if not widget.shown_text():
            continue
        font = widget.drawn_font()
        pixels = font.pixelSize()
        if pixels <= 0:
            pixels = round(font.pointSizeF() * widget.logicalDpiY() / 72)
        found.append((widget.shown_text(), float(pixels)))
    return found


@pytest.mark.parametrize("look", sorted(LOOKS))
@pytest.mark.parametrize("kind", [STAGE, MAP])
def test_no_text_under_20_px_at_1024x768(
    session: SessionWindow, drawn_texts: list[DrawnText], look: str, kind: str
) -> None:
    """Every text of the stage card and the map, measured as drawn, is at least 20 px."""
    document = session.document
    stage = document.workshop.stages[0]
    long_text = "Skriv en lapp per behov och sätt upp den på tavlan. " * 40
    document.apply([Put(dataclasses.replace(stage, instructions=long_text))])
    document.apply(
        [Put(Stakeholder(new_id(), document.session.id, "Hemtjänsten", angle=30, radius=0.5))]
    )
    session.presenter.timer.toggle()
    projector = session.presenter.window
    projector.content.set_look(LOOKS[look], 1.0)
    session.presenter.state.fix(Target(kind))
    projector.place_on(QRect(0, 0, 1024, 768))
    projector.grab()
    drawn = [(t.text, t.pixels) for t in drawn_texts if t.text.strip()]
    widgets = widget_text_pixels(projector.content)
    assert drawn, "nothing was drawn"
    too_small = [
        (text[:30], round(px, 1)) for text, px in drawn + widgets if px < MIN_TEXT_PX - 0.5
    ]
    assert too_small == []
    if kind == STAGE:
        assert projector.content.card.instructions.shown_text().endswith("…")


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_the_stage_card_shrinks_no_text_under_the_walls_minimum(
    session: SessionWindow, drawn_texts: list[DrawnText], size: tuple[int, int]
) -> None:
    """A crowded stage card shrinks its texts to the minimum of its picture (28 px at 1080)."""
    document = session.document
    stage = document.workshop.stages[0]
    document.apply([Put(dataclasses.replace(stage, instructions="Skriv en lapp. " * 200))])
    projector = session.presenter.window
    session.presenter.state.fix(Target(STAGE))
    projector.place_on(QRect(0, 0, *size))
    drawn_texts.clear()  # what was painted while the window took its size
    projector.grab()
    least = text_px(MIN_TEXT_PX, size[1])
    drawn = [(t.text, t.pixels) for t in drawn_texts if t.text.strip()]
    shown = drawn + widget_text_pixels(projector.content)
    assert any(text.startswith("Moment 1") for text, _ in shown)  # the Swedish session's
    assert [(text[:30], px) for text, px in shown if px < least - 0.5] == []


@pytest.fixture
def demo_id(library: Library) -> str:
    workshop = build_demo("sv", time.time())
    library.add(workshop)
    return workshop.session.id


def test_projector_shot_speaks_the_sessions_language(
    qtbot: QtBot, library: Library, demo_id: str, tmp_path: Path
) -> None:
    """The wall of a Swedish session is the same picture whatever the window speaks, and
    a different picture from the same demo made in English."""
    english = build_demo("en", time.time())
    library.add(english)
    shots = {}
    try:
        for name, session_id, language in (
            ("sv-sv", demo_id, "sv"), ("sv-en", demo_id, "en"), ("en-sv", english.session.id, "sv")
        ):  # fmt: skip
            out = tmp_path / f"{name}.png"
            render_shot(
                library.data_dir, session_id, out, view="projector", size=(1024, 768),
                language=language, options={},
            )  # fmt: skip
            shots[name] = QImage(str(out))
    finally:
        install_translator("en")
    assert shots["sv-sv"].size().width() == 1024
    assert shots["sv-sv"] == shots["sv-en"]  # "Moment 1 av …" on both
    assert shots["sv-sv"] != shots["en-sv"]


def _wide_board(session: SessionWindow) -> list[Note]:
    """Twelve long notes in a row, in a frame: far too wide to fit readably at 1024 px."""
    document = session.document
    board = document.workshop.boards[0]
    text = "Hemtjänsten har varken tid eller uppdrag att stötta träning hemma"
    notes = [
        Note(new_id(), board.id, f"{text} {i}", x=i * 200.0, y=80.0, z=float(i), created_at=i)
        for i in range(12)
    ]
    frame = Frame(new_id(), board.id, "Hinder", x=-20.0, y=0.0, width=2440.0, height=260.0)
    document.apply([Put(frame), *(Put(n) for n in notes)])
    return notes


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_board_note_text_is_never_under_20_px(
    session: SessionWindow, drawn_texts: list[DrawnText], size: tuple[int, int]
) -> None:
    """A board too wide to read whole shows its first part: no text under 20 px (28 at 1080)."""
    notes = _wide_board(session)
    projector = session.presenter.window
    session.presenter.state.fix(Target(BOARD, session.document.workshop.boards[0].id))
    projector.place_on(QRect(0, 0, *size))
    projector.content.board.refit()
    drawn_texts.clear()  # what the stage card drew before
    projector.grab()
    pane = projector.content.board
    smallest = text_px(MIN_TEXT_PX, size[1])
    drawn = [(t.text, t.pixels) for t in drawn_texts if t.text.strip()]
    assert any(text.startswith("Hemtjänsten") for text, _ in drawn), drawn
    widgets = widget_text_pixels(projector.content)
    assert [(t[:20], round(px, 1)) for t, px in drawn + widgets if px < smallest - 0.5] == []
    shown = pane.view.mapToScene(pane.view.viewport().rect()).boundingRect()
    assert not shown.contains(pane.scene().content_rect())  # a part, not the whole board
    assert shown.intersects(pane.scene().notes[notes[0].id].sceneBoundingRect())  # the first


def test_a_board_too_wide_follows_the_part_the_facilitator_looks_at(
    session: SessionWindow,
) -> None:
    """When the facilitator zooms to the last notes, the projector shows those notes."""
    notes = _wide_board(session)
    session.show_view("board")
    view = session.boards.current_view()
    assert view is not None
    projector = session.presenter.window
    session.presenter.state.set_follow(True)
    session.presenter.follow_view()
    projector.place_on(QRect(0, 0, 1024, 768))
    last = view.board_scene.notes[notes[-1].id].sceneBoundingRect()
    view.fitInView(last, Qt.AspectRatioMode.KeepAspectRatio)
    projector.content.board.refit()
    pane = projector.content.board
    shown = pane.view.mapToScene(pane.view.viewport().rect()).boundingRect()
    assert shown.contains(last.center())
    assert not shown.contains(pane.scene().notes[notes[0].id].sceneBoundingRect().center())


def test_rating_badges_on_the_projector_are_never_under_20_px(
    session: SessionWindow, drawn_texts: list[DrawnText]
) -> None:
    """Rated notes' badges ("N1 2") read from the back of the room as well as their text."""
    notes = _wide_board(session)
    document = session.document
    criteria = document.workshop.criteria
    document.apply([Put(Rating(new_id(), n.id, c.id, 2)) for n in notes[:3] for c in criteria])
    projector = session.presenter.window
    session.presenter.state.fix(Target(BOARD, document.workshop.boards[0].id))
    projector.place_on(QRect(0, 0, 1024, 768))
    projector.content.board.refit()
    drawn_texts.clear()
    projector.grab()
    smallest = text_px(MIN_TEXT_PX, 768)
    badges = [(t.text, t.pixels) for t in drawn_texts if t.text.startswith(("N1 ", "N2 ", "N3 "))]
    assert {t for t, _ in badges} == {"N1 2", "N2 2", "N3 2"}, "a rating badge is missing"
    assert [(t, round(px, 1)) for t, px in badges if px < smallest - 0.5] == []
