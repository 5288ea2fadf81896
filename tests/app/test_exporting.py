"""Exports from the app: PDF, CSV, portable files and pictures, whole or not at all."""

from __future__ import annotations

import contextlib
import csv
import io
import os
import subprocess
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from n3desk.app import export_dialog, settings
from n3desk.app.commands import push_edit
from n3desk.app.dialogs import ScriptedDialogs
from n3desk.app.export_dialog import ExportChoice, ExportDialog, ExportRequest
from n3desk.app.main_window import MainWindow
from n3desk.domain.changes import Put, edited
from n3desk.domain.entities import Decision, Note, Stakeholder, new_id
from n3desk.domain.workshop import Workshop
from n3desk.report import pdf_summary
from n3desk.report.notes_file import parse_notes_file
from n3desk.report.pdf_texts import report_texts
from n3desk.store import Library, open_library

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
NOTE_TEXTS = ["Matlåda på hjul", "Grannar lagar ihop", "=SUMMA(A1) inte en formel"]


Answer = Callable[[ExportRequest], ExportChoice | None]


def to(path: Path, **changes: object) -> Answer:
    """A scripted answer: the dialog's proposal, saved to ``path``, with ``changes``."""

    def answer(request: ExportRequest) -> ExportChoice:
        return replace(request.proposal, path=path, **changes)  # type: ignore[arg-type]

    return answer


def open_window(
    qtbot: QtBot, library: Library, workshop: Workshop, dialogs: ScriptedDialogs
) -> MainWindow:
    """The main window with the test session open and three notes on its board."""
    window = MainWindow(library, dialogs=dialogs)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    assert window.open_session(workshop.session.id) is not None
    document = window.document
    assert document is not None
    board = document.workshop.boards[0]
    ops = [
        Put(Note(new_id(), board.id, text, x=200.0 * i, y=0.0, created_at=1.0 + i))
        for i, text in enumerate(NOTE_TEXTS)
    ]
    ops.append(edited(document.session, date="2026-03-14", title="Hemträning"))
    push_edit(document, "notes", ops)
    return window


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_pdf_from_the_menu_holds_the_title_and_the_notes(
    qtbot: QtBot, library: Library, workshop: Workshop, tmp_path: Path
) -> None:
    """Session → Export → PDF writes a record with the title and a note's text, and
    remembers the folder for next time."""
    out = tmp_path / "out" / "record.pdf"
    out.parent.mkdir()
    dialogs = ScriptedDialogs(export_answer=to(out))
    window = open_window(qtbot, library, workshop, dialogs)
    window.export_actions["pdf"].trigger()
    assert dialogs.errors == []
    text = pdf_text(out)
    assert "Hemträning" in text
    assert "Matlåda på hjul" in text
    assert settings.get(settings.EXPORT_FOLDER) == str(out.parent)
    assert [p.name for p in out.parent.iterdir()] == ["record.pdf"]  # no temporary left
    window.export_actions["csv"].trigger()
    assert dialogs.export_requests[-1].proposal.path.parent == out.parent


def test_unticked_sections_are_left_out(
    qtbot: QtBot, library: Library, workshop: Workshop, tmp_path: Path
) -> None:
    """A PDF with only the cover has the title but no board, map or decisions."""
    out = tmp_path / "cover.pdf"
    dialogs = ScriptedDialogs(export_answer=to(out, sections=("cover",), language="en"))
    window = open_window(qtbot, library, workshop, dialogs)
    assert window.document is not None
    push_edit(
        window.document,
        "decide",
        [Put(Decision(new_id(), workshop.session.id, "Politikerna valde två koncept"))],
    )
    assert window.export("pdf") == out
    text = pdf_text(out)
    words = report_texts("en")
    assert "Hemträning" in text
    assert "Matlåda på hjul" not in text
    assert "Politikerna valde två koncept" not in text
    assert words["boards"] not in text
    full = tmp_path / "full.pdf"
    dialogs.export_answer = to(full, language="en")
    window.export("pdf")
    assert "Politikerna valde två koncept" in pdf_text(full)


def test_the_default_file_name_is_safe(
    qtbot: QtBot, library: Library, workshop: Workshop, tmp_path: Path
) -> None:
    """A title full of characters Windows forbids gives a valid name, and it is written."""
    folder = tmp_path / "exports"
    folder.mkdir()
    settings.put(settings.EXPORT_FOLDER, str(folder))
    dialogs = ScriptedDialogs()  # takes the proposal as it is
    window = open_window(qtbot, library, workshop, dialogs)
    assert window.document is not None
    title = 'Plan/B: *vem?* "vi" <alla> | \\ nu.'
    push_edit(window.document, "title", [edited(window.document.session, title=title)])
    written = window.export("pdf")
    assert written is not None
    name = dialogs.export_requests[-1].proposal.path.name
    assert name.startswith("2026-03-14 Plan B")
    assert name.endswith(".pdf")
    assert not set('/\\:*?"<>|') & set(name)
    assert written == folder / name
    assert written.is_file()
    assert "vem" in pdf_text(written)


@pytest.mark.parametrize("delimiter", [";", ","])
def test_csv_for_excel_reads_back(
    qtbot: QtBot, library: Library, workshop: Workshop, tmp_path: Path, delimiter: str
) -> None:
    """The CSV starts with a BOM, uses the chosen delimiter and language (the session's,
    Swedish, unless the dialog says otherwise) and reads back to the notes."""
    out = tmp_path / "notes.csv"
    dialogs = ScriptedDialogs(export_answer=to(out, delimiter=delimiter))
    window = open_window(qtbot, library, workshop, dialogs)
    window.export_actions["csv"].trigger()
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=delimiter))
    assert rows[0][:4] == ["tavla", "ram", "text", "färg"]
    dialogs.export_answer = to(out, delimiter=delimiter, language="da")
    dialogs.confirm_answer = True  # replace the file
    window.export_actions["csv"].trigger()
    danish = list(csv.reader(io.StringIO(out.read_text("utf-8-sig")), delimiter=delimiter))
    assert danish[0][:4] == ["tavle", "ramme", "tekst", "farve"]
    assert len(rows) == 1 + len(NOTE_TEXTS)
    assert sorted(n.text for n in parse_notes_file(data, "notes.csv")) == sorted(NOTE_TEXTS)


def test_portable_file_imports_as_a_new_session(
    qtbot: QtBot, library: Library, workshop: Workshop, tmp_path: Path
) -> None:
    """Export a portable file, import it from the menu: a new session with the same
    notes and new ids; undo takes it away, redo brings it back, the library agrees."""
    out = tmp_path / "Hemträning.n3desk"
    dialogs = ScriptedDialogs(export_answer=to(out), file_answer=out)
    window = open_window(qtbot, library, workshop, dialogs)
    assert window.export("portable") == out
    window.import_session_action.trigger()
    assert dialogs.errors == []
    assert window.document is None  # back on the start page
    sessions = library.list_sessions()
    assert len(sessions) == 2
    new_id_ = window.start_page.selected_id()
    assert new_id_ is not None
    assert new_id_ != workshop.session.id
    imported = library.load(new_id_)
    original = library.load(workshop.session.id)
    assert imported.session.title == "Hemträning (imported)"  # told apart from the original
    texts = sorted(n.text for n in imported.all(Note))
    assert texts == sorted(n.text for n in original.all(Note)) == sorted(NOTE_TEXTS)
    assert not {n.id for n in imported.all(Note)} & {n.id for n in original.all(Note)}
    window.undo_action.trigger()
    assert [s.id for s in library.list_sessions()] == [workshop.session.id]
    window.redo_action.trigger()
    assert len(library.list_sessions()) == 2
    assert library.load(new_id_).all(Note) == imported.all(Note)


def bad_files(folder: Path) -> Iterator[Path]:
    not_zip = folder / "text.n3desk"
    not_zip.write_text("hej")
    yield not_zip
    no_manifest = folder / "empty.n3desk"
    with zipfile.ZipFile(no_manifest, "w") as archive:
        archive.writestr("session.json", "{}")
    yield no_manifest
    bad_json = folder / "json.n3desk"
    with zipfile.ZipFile(bad_json, "w") as archive:
        archive.writestr("manifest.json", '{"format": "n3desk-session", "format_version": 1}')
        archive.writestr("session.json", "{not json")
    yield bad_json


def test_a_malformed_file_is_refused_clearly(
    qtbot: QtBot, library: Library, workshop: Workshop, tmp_path: Path
) -> None:
    """A file that is not a session gives one clear message and changes no session."""
    dialogs = ScriptedDialogs()
    window = open_window(qtbot, library, workshop, dialogs)
    before = library.list_sessions(include_deleted=True)
    undo_steps = window.controller.undo_stack.count()
    for path in bad_files(tmp_path):
        dialogs.file_answer = path
        dialogs.errors.clear()
        assert window.import_session_file() is None
        [(_title, message)] = dialogs.errors
        assert path.name in message
        assert "Nothing was changed" in message
        assert library.list_sessions(include_deleted=True) == before
    assert window.controller.undo_stack.count() == undo_steps


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make ``folder`` read-only (a read-only bind mount when running as root)."""
    if not IS_ROOT:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    bind = subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True)
    if bind.returncode != 0:
        pytest.skip("running as root and cannot bind-mount a read-only folder")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], check=True)
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=True)


@pytest.mark.parametrize("kind", ["pdf", "csv", "portable", "png"])
def test_a_read_only_folder_gives_a_clear_message_and_no_file(
    qtbot: QtBot, library: Library, workshop: Workshop, tmp_path: Path, kind: str
) -> None:
    """Exporting into a read-only folder names the folder, and leaves nothing behind."""
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "old.pdf").write_bytes(b"the old file")
    dialogs = ScriptedDialogs(export_answer=to(folder / "old.pdf"))
    window = open_window(qtbot, library, workshop, dialogs)
    with read_only(folder):
        assert window.export(kind) is None
    [(_title, message)] = dialogs.errors
    assert str(folder) in message
    assert "Nothing was written" in message
    assert sorted(p.name for p in folder.iterdir()) == ["old.pdf"]
    assert (folder / "old.pdf").read_bytes() == b"the old file"


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 600 kB tmpfs (root only; skipped where mounting is not allowed)."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    if not IS_ROOT:
        pytest.skip("mounting a tiny tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(mount_point)],
        capture_output=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs: {done.stderr.decode().strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=True)


def test_a_full_disk_says_so_and_keeps_the_old_file(
    qtbot: QtBot, library: Library, workshop: Workshop, tiny_disk: Path
) -> None:
    """On a full disk the PDF export says the disk is full; the old file stays whole."""
    (tiny_disk / "record.pdf").write_bytes(b"the old record")
    with contextlib.suppress(OSError), open(tiny_disk / "filler", "wb") as filler:
        while True:
            filler.write(b"x" * 4096)
    dialogs = ScriptedDialogs(export_answer=to(tiny_disk / "record.pdf"))
    window = open_window(qtbot, library, workshop, dialogs)
    assert window.export("pdf") is None
    [(_title, message)] = dialogs.errors
    assert "full" in message
    assert str(tiny_disk) in message
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["filler", "record.pdf"]
    assert (tiny_disk / "record.pdf").read_bytes() == b"the old record"


def test_replacing_a_file_is_asked_first(
    qtbot: QtBot, library: Library, workshop: Workshop, tmp_path: Path
) -> None:
    """An existing file is replaced only when the person says so."""
    out = tmp_path / "notes.csv"
    out.write_text("keep me")
    dialogs = ScriptedDialogs(export_answer=to(out), confirm_answer=False)
    window = open_window(qtbot, library, workshop, dialogs)
    assert window.export("csv") is None
    assert out.read_text() == "keep me"
    assert any("notes.csv" in q for q in dialogs.questions)
    dialogs.confirm_answer = True
    assert window.export("csv") == out
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_cancel_writes_nothing_and_open_folder_is_offered(
    qtbot: QtBot, library: Library, workshop: Workshop, tmp_path: Path
) -> None:
    """Cancelling the dialog writes nothing; "open the folder" opens the export's folder."""
    dialogs = ScriptedDialogs(export_answer=lambda request: None)
    window = open_window(qtbot, library, workshop, dialogs)
    assert window.export("pdf") is None
    assert dialogs.shown_folders == []
    dialogs.export_answer = to(tmp_path / "plain", open_folder=True)
    written = window.export("portable")
    assert written == tmp_path / "plain.n3desk"  # the suffix is added
    assert written.is_file()
    assert dialogs.shown_folders == [tmp_path]


def non_white(image: QImage) -> int:
    """How many of a grid of sample pixels are not white."""
    count = 0
    for x in range(0, image.width(), 7):
        for y in range(0, image.height(), 7):
            if image.pixelColor(x, y).name() != "#ffffff":
                count += 1
    return count


def test_picture_of_a_board(
    qtbot: QtBot, library: Library, workshop: Workshop, tmp_path: Path
) -> None:
    """A PNG of the current board loads, is of a sensible size and is not blank."""
    out = tmp_path / "board.png"
    dialogs = ScriptedDialogs(export_answer=to(out))
    window = open_window(qtbot, library, workshop, dialogs)
    assert window.session_window is not None
    window.session_window.show_view("board")
    window.export_actions["png"].trigger()
    assert dialogs.errors == []
    assert dialogs.export_requests[-1].proposal.path.name.endswith(".png")
    image = QImage(str(out))
    assert not image.isNull()
    # Three notes in a row (about 560 × 120 units) at twice the size, plus margins.
    assert 1000 <= image.width() <= 1400
    assert 250 <= image.height() <= 500
    assert non_white(image) > 200


def test_picture_of_the_map(
    qtbot: QtBot, library: Library, workshop: Workshop, tmp_path: Path
) -> None:
    """With the map in view, the picture is the map: loads, large enough, not blank."""
    out = tmp_path / "map.png"
    dialogs = ScriptedDialogs(export_answer=to(out))
    window = open_window(qtbot, library, workshop, dialogs)
    assert window.document is not None
    assert window.session_window is not None
    push_edit(
        window.document,
        "add",
        [Put(Stakeholder(new_id(), workshop.session.id, "Hemtjänsten", angle=40, radius=0.5))],
    )
    window.session_window.show_view("map")
    assert window.export("png") == out
    image = QImage(str(out))
    assert not image.isNull()
    assert image.width() >= 2000
    assert image.height() >= 1500
    assert non_white(image) > 2000


def test_an_empty_board_has_no_picture(
    qtbot: QtBot, library: Library, workshop: Workshop, tmp_path: Path
) -> None:
    """A picture of a board with nothing on it is refused with a message, no file."""
    dialogs = ScriptedDialogs(export_answer=to(tmp_path / "empty.png"))
    window = MainWindow(library, dialogs=dialogs)
    qtbot.addWidget(window)
    window.open_session(workshop.session.id)
    assert window.export("png") is None
    assert len(dialogs.errors) == 1
    assert list(tmp_path.glob("*.png")) == []


def test_import_from_the_empty_start_page(
    qtbot: QtBot, library: Library, workshop: Workshop, tmp_path: Path, data_dir: Path
) -> None:
    """On a new laptop (empty library) the start page's import button brings a session in."""
    out = tmp_path / "moved.n3desk"
    window = open_window(qtbot, library, workshop, ScriptedDialogs(export_answer=to(out)))
    window.export("portable")
    other_dir = tmp_path / "other-laptop"
    other_dir.mkdir()
    other = open_library(other_dir)
    try:
        dialogs = ScriptedDialogs(file_answer=out)
        fresh = MainWindow(other, dialogs=dialogs)
        qtbot.addWidget(fresh)
        page = fresh.start_page
        assert page.stack.currentWidget() is page.empty_state
        page.empty_import_button.click()
        assert dialogs.errors == []
        [summary] = other.list_sessions()
        assert summary.title == "Hemträning (imported)"
        assert page.selected_id() == summary.id
        assert sorted(n.text for n in other.load(summary.id).all(Note)) == sorted(NOTE_TEXTS)
    finally:
        other.close()


def test_the_dialog_shows_what_each_kind_needs(qtbot: QtBot, tmp_path: Path) -> None:
    """PDF asks for sections, paper and language; CSV for the delimiter; a bare file name
    goes into the proposed folder; with no section ticked there is nothing to export."""
    proposal = ExportChoice(tmp_path / "2026-03-14 Hemträning.pdf", language="nb")
    dialog = ExportDialog(ExportRequest("pdf", "Export", proposal))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.checks["map"].isVisible()
    assert dialog.language_box.currentData() == "nb"
    assert not dialog.delimiter_box.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    for check in dialog.checks.values():
        check.setChecked(False)
    assert not ok.isEnabled()
    dialog.checks["decisions"].setChecked(True)
    dialog.file_edit.setText("Kort")
    assert ok.isEnabled()
    choice = dialog.choice()
    assert choice.sections == ("decisions",)
    assert choice.path == tmp_path / "Kort.pdf"
    csv_dialog = ExportDialog(ExportRequest("csv", "CSV", replace(proposal, delimiter=",")))
    qtbot.addWidget(csv_dialog)
    csv_dialog.show()
    assert csv_dialog.delimiter_box.isVisible()
    assert not csv_dialog.checks["map"].isVisible()
    assert csv_dialog.choice().delimiter == ","
    assert csv_dialog.choice().path.name == "2026-03-14 Hemträning.pdf.csv"


def test_the_dialog_offers_exactly_the_sections_of_the_pdf() -> None:
    """The dialog's sections are write_pdf's, in the same order."""
    assert export_dialog.SECTIONS == pdf_summary.SECTIONS
    assert tuple(export_dialog.SECTION_CHECKS) == pdf_summary.SECTIONS


def test_export_and_import_notes_need_an_open_session(
    qtbot: QtBot, library: Library, workshop: Workshop
) -> None:
    """On the start page Export and Import notes are greyed out; importing a session
    file is always offered; with a session open all of them are."""
    window = MainWindow(library, dialogs=ScriptedDialogs())
    qtbot.addWidget(window)
    assert not window.export_menu.isEnabled()
    assert not window.import_notes_action.isEnabled()
    assert window.import_session_action.isEnabled()
    assert window.export("pdf") is None
    window.open_session(workshop.session.id)
    assert window.export_menu.isEnabled()
    assert window.import_notes_action.isEnabled()
    window.show_start()
    assert not window.export_menu.isEnabled()
