"""Every interface string is translated in all four languages, and switching keeps all work."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from n3desk.app.commands import push_edit
from n3desk.app.main_window import MainWindow
from n3desk.app.translation import install_translator
from n3desk.domain.changes import Put
from n3desk.domain.demo import build_demo
from n3desk.domain.entities import Note, new_id
from n3desk.domain.methods import load_methods
from n3desk.store import Library

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "resources" / "translations" / "sources"


@pytest.mark.parametrize("language", ["sv", "en", "nb", "da"])
def test_every_string_is_translated(language: str) -> None:
    """tools/i18n.py --check finds no untranslated string and no stale .qm file."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "i18n.py"), "--check", language],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


@pytest.mark.parametrize("language", ["nb", "da"])
def test_every_area_has_norwegian_and_danish(language: str) -> None:
    """Each area with Swedish translations has its Norwegian and Danish file too."""
    areas = {p.name.removesuffix(".sv.json") for p in SOURCES.glob("*.sv.json")}
    present = {p.name.removesuffix(f".{language}.json") for p in SOURCES.glob(f"*.{language}.json")}
    assert areas - present == set()


def test_english_falls_back_to_source(qapp) -> None:  # type: ignore[no-untyped-def]
    """With the Swedish translator a shell string is Swedish; with English it is the source."""
    from PySide6.QtCore import QCoreApplication

    try:
        assert install_translator("sv") == "sv"
        assert QCoreApplication.translate("SessionWindow", "Overview") == "Översikt"
        assert install_translator("nb") == "nb"
        assert QCoreApplication.translate("SessionWindow", "Stakeholder map") == "Aktørkart"
        assert install_translator("da") == "da"
        assert QCoreApplication.translate("SessionWindow", "Stakeholder map") == "Aktørkort"
        assert install_translator("en") == "en"
        assert QCoreApplication.translate("SessionWindow", "Overview") == "Overview"
    finally:
        install_translator("en")


def test_method_cards_speak_all_four_languages() -> None:
    """Method cards read in Swedish, English, bokmål and Danish, each its own text."""
    methods = load_methods()
    purposes = [{c.id: c.purpose for c in methods.cards(lang)} for lang in ("sv", "en", "nb", "da")]
    for i, one in enumerate(purposes):
        for other in purposes[i + 1 :]:
            assert one.keys() == other.keys()
            assert one != other


def test_switching_language_keeps_the_session_and_its_undo_history(
    qtbot: QtBot, library: Library
) -> None:
    """Changing the language rebuilds the window around the same document: nothing is lost."""
    workshop = build_demo("sv", time.time())
    library.add(workshop)
    window = MainWindow(library)
    qtbot.addWidget(window)
    try:
        session = window.open_session(workshop.session.id)
        assert session is not None
        document = window.document
        assert document is not None
        board = document.workshop.boards[0]
        note = Note(new_id(), board.id, "Skriven före bytet")
        push_edit(document, "Add note", [Put(note)])
        session.show_view("map")
        steps = document.undo_stack.count()

        assert window.change_language("sv") == "sv"
        assert window.document is document
        assert window.session_window is not session
        assert window.session_window is not None
        assert window.session_window.current_view() == "map"
        assert window.session_window.tabs.tabText(0) == "Översikt"
        assert document.undo_stack.count() == steps
        assert document.workshop.get(Note, note.id) is not None
        document.undo_stack.undo()
        assert document.workshop.get(Note, note.id) is None
        document.undo_stack.redo()
        assert library.load(workshop.session.id) == document.workshop

        window.change_language("da")
        assert window.session_window is not None
        assert window.session_window.tabs.tabText(2) == "Aktørkort"
    finally:
        install_translator("en")
