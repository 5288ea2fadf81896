"""Importing notes in the app: one undo step onto the current board, then a summary."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from n3desk.app.dialogs import ScriptedDialogs
from n3desk.app.main_window import MainWindow
from n3desk.app.translation import install_translator
from n3desk.domain.entities import Board, Frame, Note
from n3desk.domain.workshop import Workshop
from n3desk.store import Library, open_library

HOSTILE = [
    "<b>fet</b> <img src=x>",
    "مرحبا بالعالم",
    "שלום 👋🏽 emoji",
    "Ett 'citat' och \"dubbla\"",
]


def open_window(
    qtbot: QtBot, library: Library, workshop: Workshop, dialogs: ScriptedDialogs
) -> MainWindow:
    window = MainWindow(library, dialogs=dialogs)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    assert window.open_session(workshop.session.id) is not None
    return window


def board_texts(window: MainWindow, board_id: str) -> list[str]:
    assert window.document is not None
    return sorted(n.text for n in window.document.workshop.notes_on(board_id))


def agrees_with_library(window: MainWindow, library: Library) -> bool:
    """The open document and the library hold the same session."""
    assert window.document is not None
    return library.load(window.document.session.id) == window.document.workshop


def test_cp1252_csv_is_one_undo_step(
    qtbot: QtBot, library: Library, workshop: Workshop, tmp_path: Path
) -> None:
    """Notes from an old-Excel CSV (Windows-1252, ";") land on the current board as one
    undo step: undo removes them all, redo brings them back, the library agrees."""
    path = tmp_path / "idéer.csv"
    rows = ["text;färg;ram", "Mötesplats på äldreboendet;grön;Träffas", "Åka ihop;gul;"]
    path.write_bytes("\r\n".join(rows).encode("cp1252"))
    dialogs = ScriptedDialogs(file_answer=path)
    window = open_window(qtbot, library, workshop, dialogs)
    assert window.document is not None
    assert window.session_window is not None
    window.session_window.show_view("map")
    board_id = workshop.boards[0].id
    steps = window.document.undo_stack.count()
    window.import_notes_action.trigger()
    assert dialogs.errors == []
    assert window.session_window.current_view() == "board"
    assert window.document.undo_stack.count() == steps + 1
    assert board_texts(window, board_id) == ["Mötesplats på äldreboendet", "Åka ihop"]
    notes = window.document.workshop.notes_on(board_id)
    assert {n.colour for n in notes} == {"green", "yellow"}
    [frame] = window.document.workshop.frames_on(board_id)
    assert frame.title == "Träffas"
    assert agrees_with_library(window, library)
    window.undo_action.trigger()
    assert board_texts(window, board_id) == []
    assert window.document.workshop.frames_on(board_id) == []
    assert agrees_with_library(window, library)
    window.redo_action.trigger()
    assert board_texts(window, board_id) == ["Mötesplats på äldreboendet", "Åka ihop"]
    assert agrees_with_library(window, library)
    library.close()
    reopened = open_library(library.data_dir)
    try:
        assert reopened.load(workshop.session.id) == window.document.workshop
    finally:
        reopened.close()


def test_a_danish_excel_list_with_red_imports_whole_and_says_so_in_danish(
    qtbot: QtBot, library: Library, workshop: Workshop, tmp_path: Path
) -> None:
    """Danish Excel (cp1252, ';', Danish headers, 'rød'): every note lands in one undo
    step, and a Danish summary names the header, encoding and the colour replaced."""
    path = tmp_path / "idéer.csv"
    rows = ["Idé;Farve;Ramme", "Bænke i parken;gul;Byrum", "", "Åbent om aftenen;rød;"]
    path.write_bytes("\r\n".join(rows).encode("cp1252"))
    install_translator("da")
    try:
        dialogs = ScriptedDialogs(file_answer=path)
        window = open_window(qtbot, library, workshop, dialogs)
        assert window.document is not None
        steps = window.document.undo_stack.count()
        assert len(window.import_notes()) == 2
    finally:
        install_translator("en")
    assert dialogs.errors == []
    [(title, message)] = dialogs.infos
    assert title == "Importeret fra »idéer.csv«"
    assert message.splitlines() == [
        "2 sedler importeret til tavlen »Idéer«.",
        "",
        "• 1 ny ramme.",
        "• Læst som CSV (Windows-1252), kolonner adskilt med semikolon.",
        "• Overskriftslinjen er genkendt: »Idé« → tekst, »Farve« → farve, »Ramme« → ramme.",
        "• 1 tom linje sprunget over.",
        "• Farven »rød« blev til lyserød (linje 4).",
    ]
    board_id = workshop.boards[0].id
    notes = {n.text: n.colour for n in window.document.workshop.notes_on(board_id)}
    assert notes == {"Bænke i parken": "yellow", "Åbent om aftenen": "pink"}
    assert window.document.undo_stack.count() == steps + 1
    window.undo_action.trigger()
    assert board_texts(window, board_id) == []
    window.redo_action.trigger()
    assert board_texts(window, board_id) == ["Bænke i parken", "Åbent om aftenen"]
    assert agrees_with_library(window, library)


def test_plain_text_keeps_hostile_text_exactly(
    qtbot: QtBot, library: Library, workshop: Workshop, tmp_path: Path
) -> None:
    """A .txt makes one note a line; markup, right-to-left text and emoji stay as typed."""
    path = tmp_path / "ideas.txt"
    path.write_text("\n".join([*HOSTILE, "", "   "]), encoding="utf-8")
    dialogs = ScriptedDialogs(file_answer=path)
    window = open_window(qtbot, library, workshop, dialogs)
    ids = window.import_notes()
    assert len(ids) == len(HOSTILE)
    assert board_texts(window, workshop.boards[0].id) == sorted(HOSTILE)
    assert agrees_with_library(window, library)


def test_notes_go_below_what_is_there_and_into_named_frames(
    qtbot: QtBot, library: Library, workshop: Workshop, tmp_path: Path
) -> None:
    """Imported notes cover none already on the board; a second import that names an
    existing frame grows that frame rather than making another."""
    first = tmp_path / "first.csv"
    first.write_text("text;frame\nA;Grupp\nB;Grupp\nC;\n", encoding="utf-8-sig")
    second = tmp_path / "second.csv"
    second.write_text("text;frame\nD;grupp\n", encoding="utf-8-sig")
    dialogs = ScriptedDialogs(file_answer=first)
    window = open_window(qtbot, library, workshop, dialogs)
    assert window.document is not None
    window.import_notes()
    dialogs.file_answer = second
    window.import_notes()
    board_id = workshop.boards[0].id
    [frame] = window.document.workshop.frames_on(board_id)
    notes = window.document.workshop.notes_on(board_id)
    assert sorted(n.text for n in notes if n.frame_id == frame.id) == ["A", "B", "D"]
    for note in notes:
        for other in notes:
            if note.id < other.id:
                apart = (
                    note.x + note.width <= other.x
                    or other.x + other.width <= note.x
                    or note.y + note.height <= other.y
                    or other.y + other.height <= note.y
                )
                assert apart, (note.text, other.text)
    assert agrees_with_library(window, library)


def test_a_session_without_boards_gets_one(
    qtbot: QtBot, library: Library, workshop: Workshop, tmp_path: Path
) -> None:
    """With no board to import onto, the import makes one named after the file, and
    undoing the import takes that board away too."""
    path = tmp_path / "Förarbete.txt"
    path.write_text("Första\nAndra\n", encoding="utf-8")
    dialogs = ScriptedDialogs(file_answer=path)
    window = open_window(qtbot, library, workshop, dialogs)
    assert window.document is not None
    document = window.document
    for board in document.workshop.boards:
        document.apply(document.workshop.removal_ops(board))
    assert document.workshop.boards == []
    window.import_notes()
    [board] = document.workshop.boards
    assert board.title == "Förarbete"
    assert board_texts(window, board.id) == ["Andra", "Första"]
    assert agrees_with_library(window, library)
    window.undo_action.trigger()
    assert document.workshop.boards == []
    assert document.workshop.all(Note) == []
    assert agrees_with_library(window, library)


def test_an_unreadable_or_empty_file_changes_nothing(
    qtbot: QtBot, library: Library, workshop: Workshop, tmp_path: Path
) -> None:
    """A missing file, an empty file and a file of another kind each give one message."""
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n", encoding="utf-8")
    other = tmp_path / "notes.docx"
    other.write_bytes(b"PK\x03\x04")
    dialogs = ScriptedDialogs()
    window = open_window(qtbot, library, workshop, dialogs)
    assert window.document is not None
    before = library.load(workshop.session.id)
    for path in (tmp_path / "missing.csv", empty, other):
        dialogs.file_answer = path
        dialogs.errors.clear()
        assert window.import_notes() == []
        [(_title, message)] = dialogs.errors
        assert path.name in message
    assert window.document.workshop == before
    assert window.document.undo_stack.count() == 0
    assert window.document.workshop.all(Frame) == before.all(Frame)
    assert window.document.workshop.all(Board) == before.all(Board)


def test_imported_notes_come_into_view_and_the_folder_is_remembered(
    qtbot: QtBot, library: Library, workshop: Workshop, tmp_path: Path
) -> None:
    """After an import the view shows the new notes (they land below a full board), and
    the next import's file dialog starts in the folder the last file came from."""
    from PySide6.QtCore import QRectF

    from n3desk.app.exporting import documents_folder
    from n3desk.domain.changes import Put
    from n3desk.domain.entities import new_id

    board_id = workshop.boards[0].id
    folder = tmp_path / "från förra mötet"
    folder.mkdir()
    path = folder / "idéer.txt"
    path.write_text("Nytt 1\nNytt 2\nNytt 3\n", encoding="utf-8")
    dialogs = ScriptedDialogs(file_answer=path)
    window = open_window(qtbot, library, workshop, dialogs)
    window.show()
    qtbot.waitExposed(window)
    assert window.document is not None
    assert window.session_window is not None
    full = [
        Note(new_id(), board_id, f"Lapp {i}", x=(i % 8) * 180.0, y=(i // 8) * 140.0)
        for i in range(48)
    ]
    window.document.apply([Put(n) for n in full])
    window.session_window.show_view("board")
    view = window.session_window.boards.current_view()
    assert view is not None
    view.set_zoom(1.0)
    view.centerOn(0, 0)
    view.fit_until_moved = False
    ids = window.import_notes()
    assert len(ids) == 3
    assert dialogs.file_folders == [documents_folder()]

    def in_sight() -> bool:
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        items = [view.board_scene.notes[i] for i in ids]
        return all(shown.contains(item.sceneBoundingRect()) for item in items)

    qtbot.waitUntil(in_sight)
    new = QRectF()
    for note_id in ids:
        new = new.united(view.board_scene.notes[note_id].sceneBoundingRect())
    assert new.top() > 5 * 140.0  # below the 48 notes: out of sight before the import
    window.import_notes()
    assert dialogs.file_folders[-1] == folder
