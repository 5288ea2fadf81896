"""The start page: create, rename, duplicate, delete, search; every edit undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from n3desk.app.dialogs import ScriptedDialogs as FakeDialogs
from n3desk.app.main_window import MainWindow
from n3desk.app.new_session_dialog import NewSessionChoice
from n3desk.domain.changes import Put
from n3desk.domain.entities import Note
from n3desk.domain.templates import BLANK
from n3desk.domain.workshop import Workshop
from n3desk.store import Library


def choice(title: str) -> NewSessionChoice:
    return NewSessionChoice(title, BLANK, "2026-03-14")


def titles(library: Library) -> list[str]:
    return sorted(s.title for s in library.list_sessions())


def make_window(qtbot: QtBot, library: Library, dialogs: FakeDialogs) -> MainWindow:
    window = MainWindow(library, dialogs=dialogs)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    return window


def show_active(qtbot: QtBot, window: MainWindow) -> None:
    """Show the window and make it the active one, so its shortcuts work."""
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()


def test_empty_library_welcomes(qtbot: QtBot, library: Library) -> None:
    """With no sessions the page shows the calm empty state, not an empty table."""
    window = make_window(qtbot, library, FakeDialogs())
    page = window.start_page
    assert page.stack.currentWidget() is page.empty_state


def test_create_undo_redo(qtbot: QtBot, library: Library) -> None:
    """A new session is stored and listed; undo soft-deletes it, redo brings it back."""
    dialogs = FakeDialogs(new_session=choice("Mat för äldre <b>"))
    window = make_window(qtbot, library, dialogs)
    session_id = window.start_page.new_session()
    assert session_id is not None
    assert titles(library) == ["Mat för äldre <b>"]
    assert library.load(session_id).session.date == "2026-03-14"
    assert window.start_page.selected_id() == session_id
    window.undo_action.trigger()
    assert titles(library) == []
    deleted = library.list_sessions(include_deleted=True)
    assert [s.id for s in deleted] == [session_id]
    window.redo_action.trigger()
    assert titles(library) == ["Mat för äldre <b>"]
    assert window.start_page.model.rowCount() == 1


def test_rename_with_f2_undo_redo(qtbot: QtBot, library: Library, workshop: Workshop) -> None:
    """F2 asks for a title and renames; undo and redo reach the library."""
    dialogs = FakeDialogs(text_answer="Nytt namn")
    window = make_window(qtbot, library, dialogs)
    show_active(qtbot, window)
    page = window.start_page
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    assert library.load(workshop.session.id).session.title == "Nytt namn"
    window.undo_action.trigger()
    assert library.load(workshop.session.id).session.title == "Testverkstad"
    window.redo_action.trigger()
    assert library.load(workshop.session.id).session.title == "Nytt namn"
    assert page.model.session_at(0).title == "Nytt namn"


def test_undo_rename_keeps_later_session_edits(
    qtbot: QtBot, library: Library, workshop: Workshop
) -> None:
    """Undoing a rename changes only the title, not edits made inside the session since."""
    window = make_window(qtbot, library, FakeDialogs())
    window.controller.rename(workshop.session.id, "Nytt namn")
    session_window = window.open_session(workshop.session.id)
    assert session_window is not None
    session_window.overview.details.place_edit.setText("Stadshuset")
    session_window.overview.details.place_edit.commit()
    window.show_start()
    window.undo_action.trigger()
    stored = library.load(workshop.session.id).session
    assert (stored.title, stored.place) == ("Testverkstad", "Stadshuset")


def test_duplicate_undo_redo(qtbot: QtBot, library: Library, workshop: Workshop) -> None:
    """Duplicate copies the whole session under new ids; undo hides the copy, redo shows it."""
    board = workshop.boards[0]
    library.commit([Put(Note("n1", board.id, "Idé"))])
    window = make_window(qtbot, library, FakeDialogs())
    window.start_page.duplicate_selected()
    assert titles(library) == ["Testverkstad", "Testverkstad (copy)"]
    copy_id = next(s.id for s in library.list_sessions() if s.title.endswith("(copy)"))
    copy = library.load(copy_id)
    assert [n.text for n in copy.all(Note)] == ["Idé"]
    assert copy.all(Note)[0].id != "n1"
    window.undo_action.trigger()
    assert titles(library) == ["Testverkstad"]
    window.redo_action.trigger()
    assert titles(library) == ["Testverkstad", "Testverkstad (copy)"]


def test_delete_asks_and_is_undoable(qtbot: QtBot, library: Library, workshop: Workshop) -> None:
    """Delete asks first; declining keeps the session, confirming hides it until undone."""
    dialogs = FakeDialogs(confirm_answer=False)
    window = make_window(qtbot, library, dialogs)
    window.start_page.delete_selected()
    assert titles(library) == ["Testverkstad"]
    assert len(dialogs.questions) == 1
    dialogs.confirm_answer = True
    window.start_page.delete_selected()
    assert titles(library) == []
    assert window.start_page.stack.currentWidget() is window.start_page.empty_state
    window.undo_action.trigger()
    assert titles(library) == ["Testverkstad"]
    assert library.load(workshop.session.id) == workshop
    window.redo_action.trigger()
    assert titles(library) == []
    assert library.purge_deleted() == 1
    assert library.list_sessions(include_deleted=True) == []


def test_keyboard_undo_redo_on_start_page(qtbot: QtBot, library: Library) -> None:
    """Ctrl+Z and Ctrl+Shift+Z undo and redo library edits on the start page."""

    window = make_window(qtbot, library, FakeDialogs(new_session=choice("Verkstad")))
    show_active(qtbot, window)
    window.start_page.new_session()
    window.start_page.table.setFocus()
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window.start_page.table, Qt.Key.Key_Z, ctrl)
    assert titles(library) == []
    qtbot.keyClick(window.start_page.table, Qt.Key.Key_Z, ctrl | Qt.KeyboardModifier.ShiftModifier)
    assert titles(library) == ["Verkstad"]


def test_search_filters_as_you_type(qtbot: QtBot, library: Library) -> None:
    """Typing in the search field keeps only the sessions whose title or place match."""
    dialogs = FakeDialogs()
    window = make_window(qtbot, library, dialogs)
    for title in ("Hemträning", "Skolmat", "Hemtjänst"):
        dialogs.new_session = choice(title)
        window.start_page.new_session()
    qtbot.keyClicks(window.start_page.search, "hem")
    assert window.start_page.filter.rowCount() == 2
    qtbot.keyClicks(window.start_page.search, "tj")
    assert window.start_page.filter.rowCount() == 1


def test_open_session_from_list(qtbot: QtBot, library: Library, workshop: Workshop) -> None:
    """Open shows the session window; back returns to the list with the library stack."""
    window = make_window(qtbot, library, FakeDialogs())
    window.start_page.open_selected()
    assert window.session_window is not None
    assert window.pages.currentWidget() is window.session_window
    assert "Testverkstad" in window.windowTitle()
    window.show_start()
    assert window.pages.currentWidget() is window.start_page
    assert window.undo_group.activeStack() is window.controller.undo_stack


def test_new_session_dialog_chooses_the_session_language(qtbot: QtBot, library: Library) -> None:
    """The dialog starts in the interface's language; choosing Danish makes a Roskilde
    session whose stages, boards and frames are Danish, whatever the interface speaks."""
    from n3desk.app.new_session_dialog import NewSessionDialog, available_templates

    templates = available_templates(library.data_dir, "en")
    dialog = NewSessionDialog(templates, "en")
    qtbot.addWidget(dialog)
    assert dialog.language_box.currentData() == "en"
    assert [dialog.language_box.itemText(i) for i in range(4)] == [
        "Svenska", "English", "Norsk bokmål", "Dansk",
    ]  # fmt: skip
    dialog.title_edit.setText("Politikerværksted")
    dialog.template_box.setCurrentIndex(dialog.template_box.findData("roskilde"))
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("da"))
    made = dialog.choice()
    assert (made.template.id, made.language) == ("roskilde", "da")
    window = make_window(qtbot, library, FakeDialogs(new_session=made))
    session_id = window.start_page.new_session()
    assert session_id is not None
    workshop = library.load(session_id)
    assert workshop.session.language == "da"
    assert workshop.stages[0].title == "Velkommen og dagens opgave"
    assert [b.title for b in workshop.boards][:2] == ["Udfordringer", "Innovationsspørgsmål"]
    frames = [f.title for f in workshop.frames_on(workshop.boards[0].id)]
    assert frames == ["For borgerne", "For medarbejderne", "For organisationen"]
    window.undo_action.trigger()
    assert titles(library) == []
    window.redo_action.trigger()
    assert titles(library) == ["Politikerværksted"]
