"""The Overview: every edit is one undoable command that reaches the library."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from n3desk.app.document import SessionDocument
from n3desk.app.overview_page import OverviewPage
from n3desk.app.session_window import SessionWindow
from n3desk.domain.entities import Decision, Foundation, Participant
from n3desk.store import LibraryWriteError

HOSTILE = "<b>fet</b> <img src=x> \u202eعربى עברית 🎉\x07"


def stored(document: SessionDocument):  # type: ignore[no-untyped-def]
    """The session as the library holds it now."""
    return document.library.load(document.session.id)


def undo_redo_round_trip(document: SessionDocument) -> None:
    """Undo and redo the last edit, checking the library follows each time."""
    after = stored(document)
    document.undo_stack.undo()
    assert stored(document) == document.workshop
    assert stored(document) != after
    document.undo_stack.redo()
    assert stored(document) == document.workshop == after


@pytest.fixture
def page(qtbot: QtBot, document: SessionDocument) -> OverviewPage:
    overview = OverviewPage(document)
    qtbot.addWidget(overview)
    overview.resize(1024, 768)
    return overview


def test_title_commits_on_editing_finished(page: OverviewPage, document: SessionDocument) -> None:
    """Typing a title and finishing the edit is one undo step, stored; undo shows in the field."""
    field = page.details.title_edit
    field.setText("Hemträning")
    field.editingFinished.emit()
    assert document.undo_stack.count() == 1
    assert stored(document).session.title == "Hemträning"
    document.undo_stack.undo()
    assert field.text() == "Testverkstad"
    assert stored(document).session.title == "Testverkstad"
    document.undo_stack.redo()
    assert field.text() == "Hemträning"
    undo_redo_round_trip(document)


def test_unchanged_text_pushes_nothing(page: OverviewPage, document: SessionDocument) -> None:
    """Finishing an edit without changing the text adds no undo step."""
    page.details.title_edit.editingFinished.emit()
    page.details.question_edit.commit()
    assert document.undo_stack.count() == 0


def test_question_commits_after_idle_second(
    qtbot: QtBot, page: OverviewPage, document: SessionDocument
) -> None:
    """Typing into the question and pausing for a second commits it as one step."""
    qtbot.keyClicks(page.details.question_edit, "Hur kan vi?")
    assert document.undo_stack.count() == 0
    qtbot.waitUntil(lambda: stored(document).session.question == "Hur kan vi?", timeout=3000)
    assert document.undo_stack.count() == 1
    undo_redo_round_trip(document)
    assert page.details.question_edit.toPlainText() == "Hur kan vi?"


def test_hostile_text_round_trips(page: OverviewPage, document: SessionDocument) -> None:
    """Markup, control characters, RTL, emoji and 100,000 characters are stored unchanged."""
    long_text = "x" * 100_000
    page.details.place_edit.setText(HOSTILE)
    page.details.place_edit.commit()
    page.details.facilitator_edit.setText(long_text)
    page.details.facilitator_edit.commit()
    session = stored(document).session
    assert (session.place, session.facilitator) == (HOSTILE, long_text)
    page.details.show_session(session)
    assert page.details.facilitator_edit.text() == long_text


def test_participants_add_edit_reorder_remove(
    page: OverviewPage, document: SessionDocument
) -> None:
    """Adding, renaming, reordering and removing participants are each undoable and stored."""
    panel = page.participants
    panel.add("Anna Lindqvist")
    panel.add("Johan Ek")
    names = [p.name for p in stored(document).all(Participant)]
    assert sorted(names) == ["Anna Lindqvist", "Johan Ek"]
    assert stored(document).participants[0].initials == "AL"
    undo_redo_round_trip(document)

    model = panel.model
    assert model.setData(model.index(0, model.NAME), HOSTILE)
    assert stored(document).participants[0].name == HOSTILE
    undo_redo_round_trip(document)
    assert model.setData(model.index(0, model.COLOUR), "#2e7d32")
    assert stored(document).participants[0].colour == "#2e7d32"
    undo_redo_round_trip(document)

    panel.table.selectRow(1)
    panel.move_selected(-1)
    assert [p.name for p in stored(document).participants] == ["Johan Ek", HOSTILE]
    assert panel.selected_row() == 0
    undo_redo_round_trip(document)

    panel.table.selectRow(0)
    panel.remove_selected()
    assert [p.name for p in stored(document).participants] == [HOSTILE]
    undo_redo_round_trip(document)


def test_rating_and_notes(page: OverviewPage, document: SessionDocument) -> None:
    """A click on a rating button rates the foundation; again clears it; notes commit."""
    editor = page.card.editor_for("behov")
    editor.buttons[3].click()
    behov = next(f for f in stored(document).all(Foundation) if f.key == "behov")
    assert behov.rating == 4
    assert editor.buttons[3].isChecked()
    undo_redo_round_trip(document)
    document.undo_stack.undo()
    assert not editor.buttons[3].isChecked()
    document.undo_stack.redo()
    assert editor.buttons[3].isChecked()
    editor.buttons[3].click()
    assert next(f for f in stored(document).all(Foundation) if f.key == "behov").rating is None

    editor.notes.setPlainText("Tolv intervjuer")
    editor.notes.commit()
    behov = next(f for f in stored(document).all(Foundation) if f.key == "behov")
    assert behov.notes == "Tolv intervjuer"
    undo_redo_round_trip(document)
    document.undo_stack.undo()
    assert editor.notes.toPlainText() == ""


def test_rating_by_keyboard(qtbot: QtBot, page: OverviewPage, document: SessionDocument) -> None:
    """A rating button can be reached and pressed with the keyboard (Space)."""
    button = page.card.editor_for("team").buttons[1]
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.keyClick(button, Qt.Key.Key_Space)
    team = next(f for f in stored(document).all(Foundation) if f.key == "team")
    assert team.rating == 2


def test_decisions_add_edit_remove(page: OverviewPage, document: SessionDocument) -> None:
    """Logging, editing (text and time) and removing decisions are undoable and stored."""
    panel = page.decisions
    panel.clock = lambda: 1_770_000_000.0
    panel.text_edit.setText("Politikerna valde 2 av 4 koncept")
    panel.add_from_field()
    assert panel.text_edit.text() == ""
    (decision,) = stored(document).all(Decision)
    assert decision.text == "Politikerna valde 2 av 4 koncept"
    assert decision.decided_at == 1_770_000_000.0
    undo_redo_round_trip(document)
    model = panel.model
    assert model.setData(model.index(0, model.TEXT), "Ändrat beslut")
    assert stored(document).decisions[0].text == "Ändrat beslut"
    undo_redo_round_trip(document)
    assert model.setData(model.index(0, model.TIME), "14:05")
    assert model.index(0, model.TIME).data() == "14:05"
    undo_redo_round_trip(document)
    assert not model.setData(model.index(0, model.TIME), "not a time")
    panel.table.selectRow(0)
    panel.remove_selected()
    assert stored(document).decisions == []
    undo_redo_round_trip(document)


def test_date_and_start_time(page: OverviewPage, document: SessionDocument) -> None:
    """Changing the date and the start time stores them as ISO date and HH:MM."""
    from PySide6.QtCore import QDate, QTime

    page.details.date_edit.setDate(QDate(2026, 3, 14))
    assert stored(document).session.date == "2026-03-14"
    page.details.time_edit.setTime(QTime(13, 30))
    assert stored(document).session.start_time == "13:30"
    undo_redo_round_trip(document)
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert page.details.date_edit.date() == page.details.date_edit.minimumDate()
    assert stored(document).session.date == ""


def test_save_warning_bar_follows_write_failures(
    qtbot: QtBot, document: SessionDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failed write shows the warning bar and an honest title; a retry clears both."""
    window = SessionWindow(document)
    qtbot.addWidget(window)
    window.show()
    library = document.library
    real_commit = library.commit

    def failing(ops):  # type: ignore[no-untyped-def]
        raise LibraryWriteError("The disk is full.")

    monkeypatch.setattr(library, "commit", failing)
    window.overview.details.title_edit.setText("Ny titel")
    window.overview.details.title_edit.commit()
    qtbot.waitUntil(window.warning.isVisible)  # the write fails on the writer's thread
    assert "The disk is full." in window.warning.label.text()
    assert "NOT SAVED" in window.window_title()
    monkeypatch.setattr(library, "commit", real_commit)
    window.warning.retry_button.click()
    assert not window.warning.isVisible()
    assert "NOT SAVED" not in window.window_title()
    assert stored(document).session.title == "Ny titel"
    assert stored(document) == document.workshop


def test_timer_strip_slot(qtbot: QtBot, document: SessionDocument) -> None:
    """The agenda's timer strip can be put in its slot and taken out again."""
    from PySide6.QtWidgets import QLabel

    window = SessionWindow(document)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.timer_slot.isVisible)  # the agenda installs its strip once shown
    strip = QLabel("12:00")
    window.set_timer_strip(strip)
    assert window.timer_slot.isVisible()
    assert strip.parent() is window.timer_slot
    assert strip.isVisible()
    window.set_timer_strip(None)
    assert not window.timer_slot.isVisible()
