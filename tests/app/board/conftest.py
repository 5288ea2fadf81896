"""Fixtures for the board tests: a shown Boards page whose dialogs answer at once."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from n3desk.app.board.page import BoardsPage
from n3desk.app.board.scene import BoardScene
from n3desk.app.board.view import BoardView
from n3desk.app.document import SessionDocument
from n3desk.domain.changes import Put
from n3desk.domain.entities import Note, new_id


@dataclass
class FakeDialogs:
    """Answers every question at once with the next prepared text (None: cancel)."""

    texts: list[str | None] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def show_error(self, title: str, message: str, *, blocking: bool = True) -> None:
        self.errors.append(message)

    def confirm(self, title: str, question: str, *, ok: str, cancel: str) -> bool:
        return True

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        return self.texts.pop(0) if self.texts else text

    def choose_file(self, title: str, pattern: str, *, save: bool = False) -> None:
        return None


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def page(document: SessionDocument, dialogs: FakeDialogs, qtbot: QtBot) -> BoardsPage:
    """The Boards page on the blank test session, shown at 1024×768 with the board focused."""
    shown = BoardsPage(document)
    shown.set_dialogs(dialogs)
    qtbot.addWidget(shown)
    shown.resize(1024, 768)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    view = shown.current_view()
    assert view is not None
    view.setFocus()
    return shown


def view_of(page: BoardsPage) -> BoardView:
    view = page.current_view()
    assert view is not None
    return view


def scene_of(page: BoardsPage) -> BoardScene:
    return view_of(page).board_scene


def add_notes(document: SessionDocument, texts: list[str], *, x0: float = 0.0) -> list[Note]:
    """Notes put straight into the document (one edit), in a row."""
    board = document.workshop.boards[0]
    notes = [
        Note(new_id(), board.id, text, x=x0 + i * 200.0, y=0.0, z=float(i), created_at=float(i))
        for i, text in enumerate(texts)
    ]
    document.apply([Put(n) for n in notes])
    document.undo_stack.clear()
    return notes


def on_screen(view: BoardView, scene_point: QPointF) -> QPoint:
    """Viewport coordinates of a board point."""
    return view.mapFromScene(scene_point)


def reopened_equal(document: SessionDocument) -> bool:
    """True when the library, read afresh, holds exactly what the document holds."""
    return document.library.load(document.session.id) == document.workshop


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` as key presses (any Unicode, unlike QTest.keyClicks)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = ord(char.upper()) if char.isascii() and char.isprintable() else 0
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )
