"""A board on the projector: always its notes, never empty space, never a letter too small.

A real board (three frames, sixteen notes in a row in one of them, a 600-character
note, a note rated on every criterion) and seeded boards of many shapes, at
1024×768 and 1920×1080. Set N3DESK_GENERATED_SEEDS to run more seeds than the few
of the normal run; a failing picture is kept in the test's temporary folder, and
with N3DESK_RENDER_DIR set every picture is kept there to look at.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from n3desk.app.projector.look import MIN_TEXT_PX, text_px
from n3desk.app.projector.state import BOARD, Target
from n3desk.app.session_window import SessionWindow
from n3desk.app.shot import render_shot
from n3desk.domain.changes import Op, Put, Remove
from n3desk.domain.entities import Criterion, Frame, Note, Rating, new_id
from n3desk.domain.palette import NOTE_COLOURS
from n3desk.domain.templates import BLANK, instantiate
from n3desk.domain.workshop import Workshop
from n3desk.store import Library

from ..generated_boards import board_ops  # noqa: TID252 - shared by the app tests
from .conftest import DrawnText

SIZES = [(1024, 768), (1920, 1080)]
LONG = (
    "Brukaren vill träna hemma men hemtjänsten hinner inte stötta, och anhöriga vet inte hur. " * 8
)[:600]
PALETTE = {QColor(value).rgb() for value in NOTE_COLOURS.values()}
SEEDS = int(os.environ.get("N3DESK_GENERATED_SEEDS", "4"))
RENDER_DIR = os.environ.get("N3DESK_RENDER_DIR", "")


def real_board_ops(board_id: str, criteria: list[Criterion]) -> tuple[list[Op], list[Note]]:
    """The board that showed an empty grey rectangle: three frames, 16 notes in a row."""
    row = Frame(new_id(), board_id, "Hinder för träning hemma", 0, 0, 16 * 180 + 40, 208, 1)
    ideas = Frame(new_id(), board_id, "Idéer från personalen", 0, 320, 600, 400, 2)
    other = Frame(new_id(), board_id, "Övrigt", 700, 320, 500, 400, 3)
    notes = [
        Note(new_id(), board_id, f"Idé nummer {i + 1}: mer tid hemma", x=20 + i * 180, y=48,
             z=i, frame_id=row.id, created_at=i)
        for i in range(16)
    ]  # fmt: skip
    notes.append(Note(new_id(), board_id, LONG, x=20, y=370, z=20, frame_id=ideas.id))
    rated = Note(new_id(), board_id, "Betygsatt på alla", x=200, y=370, z=21, frame_id=ideas.id)
    notes.append(rated)
    ops: list[Op] = [Put(row), Put(ideas), Put(other), *(Put(n) for n in notes)]
    ops += [Put(Rating(new_id(), rated.id, c.id, 2)) for c in criteria]
    return ops, notes


def note_ink(image: QImage) -> float:
    """The share of the picture painted in a note colour (sampled)."""
    step = 3
    hits = total = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            total += 1
            hits += (image.pixel(x, y) & 0xFFFFFF | 0xFF000000) in PALETTE
    return hits / max(1, total)


def words_of(notes: list[Note]) -> set[str]:
    return {word.strip("…") for note in notes for word in note.text.split()}


def show_board(session: SessionWindow, size: tuple[int, int]) -> QImage:
    projector = session.presenter.window
    session.presenter.state.fix(Target(BOARD, session.document.workshop.boards[0].id))
    projector.place_on(QRect(0, 0, *size))
    projector.content.board.refit()
    return projector.grab().toImage()


def check_wall(
    image: QImage, drawn: list[DrawnText], notes: list[Note], size: tuple[int, int], where: Path
) -> None:
    """Note ink and note words on the wall whenever notes are visible; no text too small."""
    if RENDER_DIR:
        Path(RENDER_DIR).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(RENDER_DIR) / where.name))
    smallest = text_px(MIN_TEXT_PX, size[1])
    too_small = [(t.text[:20], round(t.pixels, 1)) for t in drawn if t.text.strip()]
    too_small = [t for t in too_small if t[1] < smallest - 0.5]
    problems = []
    if too_small:
        problems.append(f"text under {smallest} px: {too_small[:5]}")
    if notes:
        ink = note_ink(image)
        seen = words_of(notes) & {w.strip("…") for t in drawn for w in t.text.split()}
        if ink < 0.005:
            problems.append(f"only {ink:.1%} of the wall is notes")
        if not seen:
            problems.append("no word of any note was drawn")
    if problems:
        image.save(str(where))
        pytest.fail(f"{'; '.join(problems)} (picture: {where})")


@pytest.mark.parametrize("size", SIZES)
def test_a_real_board_shows_its_notes_never_empty_space(
    session: SessionWindow, drawn_texts: list[DrawnText], size: tuple[int, int], tmp_path: Path
) -> None:
    """The board that showed an empty grey rectangle shows notes with readable words."""
    document = session.document
    ops, notes = real_board_ops(document.workshop.boards[0].id, document.workshop.criteria)
    document.apply(ops)
    drawn_texts.clear()
    image = show_board(session, size)
    check_wall(image, drawn_texts, notes, size, tmp_path / "wall.png")
    pane = session.presenter.window.content.board
    assert len(pane.parts) > 1  # too big to read whole: shown part by part
    assert pane.title.text().endswith("Hinder för träning hemma")  # the first frame, whole title
    assert pane.counter.text() == f"1 / {len(pane.parts)}"


@pytest.mark.parametrize("seed", range(SEEDS))
def test_generated_boards_show_notes_and_no_small_text(
    session: SessionWindow, drawn_texts: list[DrawnText], seed: int, tmp_path: Path
) -> None:
    """Seeded boards (0–60 notes, frames, 1–10,000 characters, emoji, RTL) read on the wall."""
    document = session.document
    made = board_ops(seed, document.workshop.boards[0].id, document.workshop.criteria)
    document.apply(made.ops)
    for size in SIZES:
        drawn_texts.clear()
        image = show_board(session, size)
        check_wall(image, drawn_texts, made.visible, size, tmp_path / f"seed{seed}-{size[0]}.png")


def test_pgdown_and_pgup_step_through_the_parts(session: SessionWindow, qtbot: QtBot) -> None:
    """PgDown shows the next part of a board too big for the wall, PgUp the one before."""
    document = session.document
    ops, _notes = real_board_ops(document.workshop.boards[0].id, document.workshop.criteria)
    document.apply(ops)
    show_board(session, (1024, 768))
    pane = session.presenter.window.content.board
    count = len(pane.parts)
    first = QRectF(pane.shown_rect)
    window = session.presenter.window
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert pane.index == 1
    assert pane.shown_rect != first
    assert pane.counter.text() == f"2 / {count}"
    for _ in range(count + 2):  # past the last part it stays on the last
        session.presenter.actions["projector.next_part"].trigger()
    assert pane.index == count - 1
    assert "Idéer från personalen" in pane.title.text()
    session.presenter.actions["projector.previous_part"].trigger()
    assert pane.index == count - 2


def test_the_part_the_facilitator_looks_at_is_shown(session: SessionWindow) -> None:
    """Following, the projector shows the frame the facilitator zoomed to, not the first."""
    document = session.document
    ops, notes = real_board_ops(document.workshop.boards[0].id, document.workshop.criteria)
    document.apply(ops)
    session.show_view("board")
    session.presenter.state.set_follow(True)
    session.presenter.window.place_on(QRect(0, 0, 1024, 768))
    view = session.boards.current_view()
    assert view is not None
    long_note = view.board_scene.notes[notes[16].id].sceneBoundingRect()
    view.zoom_to(long_note.adjusted(-100, -100, 300, 100))
    session.presenter.window.content.board.refit()
    pane = session.presenter.window.content.board
    assert pane.shown_rect.intersects(long_note)
    assert "Idéer från personalen" in pane.title.text()


def test_a_projector_that_is_off_builds_and_fits_nothing(session: SessionWindow) -> None:
    """With the projector off, following the boards tab builds no audience scene at all."""
    presenter = session.presenter
    presenter.leave()
    session.show_view("board")
    pane = presenter.window.content.board
    document = session.document
    ops, _notes = real_board_ops(document.workshop.boards[0].id, document.workshop.criteria)
    document.apply(ops)
    assert pane.scenes == {}
    presenter.window.place_on(QRect(0, 0, 1024, 768))
    assert pane.board_id in pane.scenes
    assert len(pane.parts) > 1


@pytest.fixture
def real_session(library: Library) -> Workshop:
    """A stored session whose one board is the real board."""
    made = instantiate(BLANK, "Riktig tavla", language="sv", now=time.time())
    ops, _notes = real_board_ops(made.boards[0].id, made.criteria)
    made.apply(ops)
    library.add(made)
    return made


def test_the_projector_shot_shows_the_same(
    qtbot: QtBot, library: Library, real_session: Workshop, tmp_path: Path
) -> None:
    """`n3desk shot ID OUT.png --view projector --board NAME` shows notes, not empty space."""
    out = tmp_path / "projector.png"
    render_shot(
        library.data_dir, real_session.session.id, out, view="projector", size=(1024, 768),
        language="sv", options={"board": real_session.boards[0].title},
    )  # fmt: skip
    assert note_ink(QImage(str(out))) > 0.05


def test_frozen_is_said_on_the_facilitator_s_side_never_on_the_wall(
    session: SessionWindow,
) -> None:
    """Freezing shows a notice in the presenter panel; the wall keeps its picture, unmarked."""
    presenter = session.presenter
    panel = session.presenter_panel
    panel.show()
    before = presenter.window.picture().toImage()
    presenter.actions["projector.freeze"].trigger()
    assert panel.held.isVisibleTo(panel)
    assert "Frozen" in panel.held.text()
    assert presenter.window.picture().toImage() == before  # nothing added on the wall
    presenter.actions["projector.blackout"].trigger()
    assert "Blacked out" in panel.held.text()
    presenter.actions["projector.blackout"].trigger()
    presenter.actions["projector.freeze"].trigger()
    assert not panel.held.isVisibleTo(panel)


@pytest.mark.parametrize("size", SIZES)
def test_frame_titles_on_the_wall_are_whole(
    session: SessionWindow, drawn_texts: list[DrawnText], size: tuple[int, int]
) -> None:
    """Part by part, frame titles on the wall start in view; the header names the part's frame."""
    document = session.document
    ops, _notes = real_board_ops(document.workshop.boards[0].id, document.workshop.criteria)
    document.apply(ops)
    show_board(session, size)
    pane = session.presenter.window.content.board
    scene = pane.scene()
    assert scene is not None
    for index in range(len(pane.parts)):
        if index:
            assert pane.step(1)
        seen = pane.view.mapToScene(pane.view.viewport().rect()).boundingRect()
        seen = seen.intersected(pane.view.only) if not pane.view.only.isEmpty() else seen
        part = pane.parts[index]
        assert pane.title.shown_text().endswith(part.title)  # whole, not elided
        for item in scene.frames.values():
            bar = QRectF(item.x(), item.y(), item.frame.width, 48.0)
            if bar.intersects(seen):
                assert seen.contains(QPointF(bar.left() + 12, bar.center().y())), item.frame.title
        drawn_texts.clear()
        session.presenter.window.grab()
        titles = {t.text for t in drawn_texts} & {f.frame.title for f in scene.frames.values()}
        assert all(any(t.text == title for t in drawn_texts) for title in titles)


def test_four_ratings_read_on_the_wall(
    session: SessionWindow, drawn_texts: list[DrawnText]
) -> None:
    """A note rated on four criteria shows all four badges on the wall, none under 20 px."""
    document = session.document
    sid = document.session.id
    names = ["Værdi for borgeren", "Gennemførlighed", "Nyhedsværdi", "Vej til drift"]
    criteria = [Criterion(new_id(), sid, name, 0, 3, i) for i, name in enumerate(names)]
    document.apply([Remove(c) for c in document.workshop.criteria])
    document.apply([Put(c) for c in criteria])
    ops, notes = real_board_ops(document.workshop.boards[0].id, criteria)
    document.apply(ops)
    rated = notes[-1]
    session.presenter.state.fix(Target(BOARD, rated.board_id, (rated.id,)))
    session.presenter.window.place_on(QRect(0, 0, 1024, 768))
    drawn_texts.clear()
    session.presenter.window.grab()
    wanted = {"Væ 2", "Ge 2", "Ny 2", "Ve 2"}
    badges = [(t.text, t.pixels) for t in drawn_texts if t.text in wanted]
    assert {t for t, _ in badges} == wanted
    assert min(px for _, px in badges) >= text_px(MIN_TEXT_PX, 768) - 0.5
    assert any(t.text.startswith("Betygsatt") for t in drawn_texts)
