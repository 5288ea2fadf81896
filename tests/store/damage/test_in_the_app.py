"""The app's side of the damage scenarios (issue 12.1, 12.2, 12.3, 12.7).

Kept apart from the store's scenarios so that those run with PySide6 absent.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from n3desk.app.commands import push_edit
from n3desk.app.dialogs import ScriptedDialogs
from n3desk.app.document import SessionDocument
from n3desk.app.library_opening import open_for_app, watch_integrity
from n3desk.domain.changes import Put
from n3desk.domain.entities import Note, new_id
from n3desk.store import Library, LibraryDamagedError, open_library
from n3desk.store.backups import list_backups, sessions_in
from n3desk.store.library import LIBRARY_FILE
from tests.store.conftest import workshop_with_notes

from .conftest import flip_an_index_name, library_with_sessions, unplug_an_index


def _empty(data_dir: Path) -> None:
    (data_dir / LIBRARY_FILE).write_bytes(b"")
    for companion in data_dir.glob(LIBRARY_FILE + "-*"):
        companion.unlink()


@pytest.mark.parametrize("answer", [True, False])
def test_the_app_offers_the_backup_and_starting_empty_keeps_it(
    data_dir: Path, answer: bool
) -> None:
    """The app asks; restoring brings the sessions back, declining opens an empty library."""
    ids = library_with_sessions(data_dir)
    _empty(data_dir)
    dialogs = ScriptedDialogs(confirm_answer=answer)
    library = open_for_app(data_dir, dialogs)
    assert library is not None
    try:
        assert "backup" in dialogs.questions[0]
        found = sorted(s.id for s in library.list_sessions())
        assert found == (sorted(ids) if answer else [])
    finally:
        library.close()
    assert any((sessions_in(b.path) or 0) == 2 for b in list_backups(data_dir / "backups"))


def test_a_damaged_library_the_app_moved_aside_never_costs_the_older_backups(
    data_dir: Path,
) -> None:
    """After damage and 'start empty', every backup taken before the damage is kept."""
    library_with_sessions(data_dir)
    with open_library(data_dir) as library:  # a second, different backup
        workshop_with_notes(library, 2)
    before = {b.path for b in list_backups(data_dir / "backups")}
    assert len(before) == 2
    (data_dir / LIBRARY_FILE).write_bytes(b"garbage" * 1000)
    dialogs = ScriptedDialogs(confirm_answer=False)  # start with an empty library
    library = open_for_app(data_dir, dialogs)
    assert library is not None
    library.close()
    for _ in range(10):
        with open_library(data_dir) as library:
            workshop_with_notes(library, 1)
    assert before <= {b.path for b in list_backups(data_dir / "backups")}


def test_the_app_moves_it_aside_and_restores_the_backup(data_dir: Path) -> None:
    """The app is offered the backup; accepting it opens the sessions as they were."""
    ids = library_with_sessions(data_dir)
    flip_an_index_name(data_dir / LIBRARY_FILE)
    with pytest.raises(LibraryDamagedError):
        open_library(data_dir, lock=False)
    dialogs = ScriptedDialogs(confirm_answer=True)
    library = open_for_app(data_dir, dialogs)
    assert library is not None
    try:
        assert "failed its check" in dialogs.questions[0]
        assert sorted(s.id for s in library.list_sessions()) == sorted(ids)
    finally:
        library.close()
    assert list((data_dir / "damaged").glob("library-*.sqlite3"))


def test_the_window_is_told(data_dir: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The app's watcher shows the fault in a message as soon as the check is done."""
    library_with_sessions(data_dir)
    unplug_an_index(data_dir / LIBRARY_FILE)
    library = open_library(data_dir)
    dialogs = ScriptedDialogs()
    try:
        watch_integrity(library, dialogs)
        qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=60_000)
        ((title, message),) = dialogs.errors
        assert "fault" in title
        assert "check --restore" in message
    finally:
        library.close()


def test_a_sound_library_passes_quietly(data_dir: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """No fault: the check comes back empty and nothing is shown."""
    library_with_sessions(data_dir)
    library = open_library(data_dir)
    dialogs = ScriptedDialogs()
    try:
        timer = watch_integrity(library, dialogs)
        qtbot.waitUntil(lambda: not timer.isActive(), timeout=60_000)
        assert library.integrity_problems == []
        assert dialogs.errors == []
    finally:
        library.close()


def test_a_lone_surrogate_never_poisons_later_saves(library: Library, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Issue 12.7: "x\\ud800y" is stored cleaned; every later edit, undo and redo is saved."""
    made = workshop_with_notes(library, 1)
    document = SessionDocument(library, library.load(made.session.id))
    board = made.boards[0].id
    note = Note(new_id(), board, text="x\ud800y")
    push_edit(document, "Add note", [Put(note)])
    assert document.saved
    stored = library.load(made.session.id).get(Note, note.id)
    assert stored is not None
    assert stored.text == "x\ufffdy"
    for i in range(3):
        push_edit(document, "Edit note", [Put(replace(stored, text=f"vidare {i}\ud83d"))])
        assert document.saved
    document.undo_stack.undo()
    document.undo_stack.redo()
    assert document.saved
    assert library.load(made.session.id) == document.workshop
    assert document.workshop.get(Note, note.id).text == "vidare 2\ufffd"  # type: ignore[union-attr]


def test_any_write_error_reaches_the_not_saved_bar(library: Library, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A write failing with an error the library never words still tells the window."""
    made = workshop_with_notes(library, 1)
    document = SessionDocument(library, library.load(made.session.id))
    real_commit = library.commit

    def failing(_ops: object) -> None:
        raise RuntimeError("the disk controller said no")

    monkeypatch.setattr(library, "commit", failing)
    note = Note(new_id(), made.boards[0].id, text="sparas senare")
    with qtbot.waitSignal(document.save_state_changed) as told:
        push_edit(document, "Add note", [Put(note)])
    saved, reason = told.args
    assert saved is False
    assert "RuntimeError" in reason
    assert not document.saved
    monkeypatch.setattr(library, "commit", real_commit)
    with qtbot.waitSignal(document.save_state_changed) as told:
        assert document.flush()
    assert told.args == [True, ""]
    assert library.load(made.session.id).get(Note, note.id) == note


def test_a_change_past_a_limit_is_refused_and_said(library: Library, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A note one character past 100,000 is not made; the document says why; nothing waits."""
    made = workshop_with_notes(library, 1)
    document = SessionDocument(library, library.load(made.session.id))
    note = Note(new_id(), made.boards[0].id, text="x" * 100_001)
    with qtbot.waitSignal(document.refused) as told:
        assert push_edit(document, "Add note", [Put(note)]) is None
    (error,) = told.args
    assert "100,000" in str(error)
    assert (error.length, error.longest) == (100_001, 100_000)
    assert document.workshop.get(Note, note.id) is None
    assert document.saved
    assert document.undo_stack.count() == 0


@pytest.mark.parametrize(
    ("language", "words"), [("sv", "Texten är för lång"), ("en", "The text is too long")]
)
def test_the_window_says_in_its_language_why_a_change_was_not_made(
    library: Library, qtbot, language: str, words: str
) -> None:  # type: ignore[no-untyped-def]
    """A note past the limit, typed in the window: a message in the window's language."""
    from n3desk.app.main_window import MainWindow
    from n3desk.app.translation import install_translator

    made = workshop_with_notes(library, 1)
    install_translator(language)
    dialogs = ScriptedDialogs()
    window = MainWindow(library, dialogs=dialogs)
    qtbot.addWidget(window)
    try:
        window.open_session(made.session.id)
        assert window.document is not None
        note = Note(new_id(), made.boards[0].id, text="x" * 100_001)
        assert push_edit(window.document, "Add note", [Put(note)]) is None
        ((_title, message),) = dialogs.errors
        assert words in message
        assert "100" in message
    finally:
        window.close_session()
        install_translator("en")


def test_enter_on_the_real_question_restores_the_backup(data_dir: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A nervous press of Enter on the real dialog restores the sessions, never empties."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from n3desk.app.dialogs import QtDialogs

    ids = library_with_sessions(data_dir)
    _empty(data_dir)
    defaults: list[str] = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press_enter)
            return
        defaults.append(box.defaultButton().text())
        box.defaultButton().click()

    QTimer.singleShot(20, press_enter)
    library = open_for_app(data_dir, QtDialogs())
    assert library is not None
    try:
        assert sorted(s.id for s in library.list_sessions()) == sorted(ids)
    finally:
        library.close()
    assert defaults == ["Restore the backup"]
