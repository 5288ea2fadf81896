"""A whole workshop through the app: 5 phones in chromium write 20 notes, then a vote round.

Skipped without Debian's chromium and chromedriver. Runs off-screen in the suite; run
under Xvfb with QT_QPA_PLATFORM=xcb (and N3DESK_SHOTS=DIR for pictures) to watch it
in a real window.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from n3desk.app.commands import push_edit
from n3desk.app.dialogs import ScriptedDialogs
from n3desk.app.main_window import MainWindow
from n3desk.domain import voting
from n3desk.domain.board_edits import set_field_ops
from n3desk.domain.changes import Put
from n3desk.domain.workshop import Workshop
from n3desk.store import Library

from .test_room_in_app import off_gui

pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
if not (shutil.which("/usr/bin/chromium") and shutil.which("/usr/bin/chromedriver")):
    pytest.skip("Debian's chromium and chromium-driver are not installed", allow_module_level=True)

from selenium.webdriver.common.by import By

from ...room.test_phone_page import Browser, _join, _wait, _write  # noqa: TID252
from ...room.test_phone_page import browser as browser  # noqa: TID252

pytestmark = pytest.mark.slow  # a real browser or a whole workshop: 8–30 s each


def _save(widget: object, name: str) -> None:
    folder = os.environ.get("N3DESK_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))  # type: ignore[attr-defined]


def test_twenty_notes_from_five_phones_and_a_vote_round_in_the_app(
    qtbot: QtBot, library: Library, workshop: Workshop, browser: Browser
) -> None:
    """The facilitator opens the room; 5 browsers write 20 notes; reveal; dots; the ranking."""
    window = MainWindow(library, dialogs=ScriptedDialogs())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    session = window.open_session(workshop.session.id)
    assert session is not None
    window.show()
    session.show_view("board")
    assert window.room_presence is not None
    panel = window.room_presence.show_panel()
    panel.address.setEditText("127.0.0.1")
    assert panel.open_room()
    assert window.room is not None
    url = window.room.status().join_url
    document = window.document
    assert document is not None
    names = ["Anna", "Bo", "Cecilia", "Dawit", "Eva"]
    phones = [off_gui(qtbot, browser) for _ in names]
    for phone, name in zip(phones, names, strict=True):
        off_gui(qtbot, lambda p=phone, n=name: _join(p, url, n))
        for n in range(4):
            off_gui(qtbot, lambda p=phone, t=f"{name}s idé {n + 1}": _write(p, t))
    board = document.workshop.boards[0]
    notes = document.workshop.notes_on(board.id)
    assert len(notes) == 20
    assert all(n.hidden for n in notes)
    assert panel.phones.count() == 5
    _save(window, "app-board-private-notes")
    _save(panel, "app-room-panel")
    push_edit(document, "Reveal", set_field_ops(notes, hidden=False))
    made = voting.new_round(
        board.id, "Prickar", votes_per_participant=3, max_dots_per_note=1, existing=[], now=1.0
    )
    push_edit(document, "New round", [Put(made)])
    for phone in phones:
        off_gui(
            qtbot,
            lambda p=phone: _wait(
                p, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#vote-notes li")) == 20
            ),
        )
    favourites = {0: [0, 4, 8], 1: [0, 4, 12], 2: [0, 5, 9], 3: [0, 4, 16], 4: [1, 4, 19]}
    for index, phone in enumerate(phones):
        for count, note_index in enumerate(favourites[index]):

            def give(p: object = phone, i: int = note_index, left: int = 2 - count) -> None:
                item = p.find_elements(By.CSS_SELECTOR, "#vote-notes li")[i]  # type: ignore[attr-defined]
                item.find_elements(By.CSS_SELECTOR, ".dots button")[1].click()
                _wait(p, lambda d: f": {left}" in d.find_element(By.ID, "dots-left").text)  # type: ignore[arg-type]

            off_gui(qtbot, give)
    push_edit(document, "Reveal round", voting.state_ops(made, voting.REVEALED))
    ranked = voting.ranking(
        document.workshop.notes_on(board.id), document.workshop.votes_in(made.id)
    )
    assert [(r.note.text, r.dots) for r in ranked[:2]] == [("Annas idé 1", 4), ("Bos idé 1", 4)]
    assert sum(r.dots for r in ranked) == 15
    assert library.load(workshop.session.id).votes_in(made.id) == document.workshop.votes_in(
        made.id
    )
    off_gui(
        qtbot,
        lambda: _wait(phones[0], lambda d: "Totalt: 4" in d.find_element(By.ID, "vote-notes").text),
    )
    scene = session.boards.current_view().board_scene  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: scene.notes[ranked[0].note.id].dots == 4)
    session.boards.current_view().fit_all()  # type: ignore[union-attr]
    _save(window, "app-board-after-vote")
    window.close_session()
