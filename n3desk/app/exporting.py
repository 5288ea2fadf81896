"""Exports from the app (PDF, CSV, portable file, PNG) and notes imported onto a board.

:class:`ExportController` asks :class:`~n3desk.app.dialogs.Dialogs` for everything
(what to export, where, whether to replace a file) and never opens a dialog itself,
so the tests drive it with scripted answers. Every file is written whole or not at
all: next to its destination under a temporary name, then moved into place, so a
full disk or a pulled USB stick leaves the old file (or none), never half a file.
A failure is one message that says what happened and names the folder.

Importing notes is one undoable edit of the current board, placed by the same
function the command line uses, followed by a summary of what was read (encoding,
header, blank lines, colours replaced) in the interface's language.
"""

from __future__ import annotations

import contextlib
import errno
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication

from n3desk.app import settings
from n3desk.app.commands import push_edit
from n3desk.app.dialogs import Dialogs
from n3desk.app.document import SessionDocument
from n3desk.app.export_dialog import SECTIONS, ExportChoice, ExportRequest, with_suffix
from n3desk.app.pictures import EmptyBoardError, board_picture, map_picture, png_bytes
from n3desk.app.translation import ui_language
from n3desk.atomic_file import write_bytes_atomically
from n3desk.domain.entities import Board, Note
from n3desk.report.csv_notes import notes_to_csv
from n3desk.report.file_names import default_file_name, safe_stem
from n3desk.report.notes_file import NotesFileError, read_notes_file
from n3desk.report.notes_file_texts import summary_lines
from n3desk.report.notes_import import notes_import_ops
from n3desk.report.pdf_texts import LANGUAGES as REPORT_LANGUAGES


def _writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK)


def documents_folder() -> Path:
    """The user's Documents folder, or home when there is none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


@contextlib.contextmanager
def wait_cursor() -> Iterator[None]:
    """A busy cursor for work that blocks the window for a moment (a long PDF)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


class ExportController(QObject):
    """Writes the open session to files and imports notes onto its boards.

    ``current_board`` and ``current_view`` tell what the window shows; ``show_board``
    brings a board into view with the given notes in sight (notes just imported).
    """

    def __init__(
        self,
        document: SessionDocument,
        dialogs: Dialogs,
        *,
        current_board: Callable[[], str],
        current_view: Callable[[], str],
        show_board: Callable[[str, list[str]], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.dialogs = dialogs
        self.current_board = current_board
        self.current_view = current_view
        self.show_board = show_board

    # -- exports ---------------------------------------------------------------------

    def export_pdf(self) -> Path | None:
        """Ask for sections, paper, language and file, then write the PDF record."""

        def write(choice: ExportChoice) -> None:
            from n3desk.report.pdf_summary import write_pdf  # ReportLab: loaded when used

            write_pdf(
                self.document.workshop,
                choice.path,
                language=choice.language,
                pagesize=choice.page_size,
                sections=choice.sections,
            )
            settings.put(settings.EXPORT_PAGE_SIZE, choice.page_size)

        return self._export("pdf", self.tr("Export the record as PDF"), "", write)

    def export_csv(self) -> Path | None:
        """Every note as a CSV file that Excel opens with a double click."""

        def write(choice: ExportChoice) -> None:
            text = notes_to_csv(
                self.document.workshop, delimiter=choice.delimiter, language=choice.language
            )
            write_bytes_atomically(choice.path, text.encode("utf-8-sig"))  # the BOM says UTF-8

        return self._export("csv", self.tr("Export the notes for Excel"), "", write)

    def export_portable(self) -> Path | None:
        """The whole session as a portable .n3desk file, for another laptop."""

        def write(choice: ExportChoice) -> None:
            from n3desk.store.portable import export_session  # fastjsonschema: loaded when used

            export_session(self.document.workshop, choice.path)

        title = self.tr("Export the session as a portable file")
        return self._export("portable", title, "", write)

    def export_picture(self) -> Path | None:
        """A PNG of the map (when it is in view) or of the current board."""
        workshop = self.document.workshop
        if self.current_view() == "map":
            extra = self.tr("Stakeholder map")
            heading = f"{extra} — {workshop.session.title}"

            def draw() -> bytes:
                return png_bytes(map_picture(self.document, heading))

        else:
            board = workshop.get(Board, self.current_board())
            if board is None:
                self.dialogs.show_error(
                    self.tr("No picture"),
                    self.tr("This session has no board to take a picture of."),
                )
                return None
            if not workshop.notes_on(board.id) and not workshop.frames_on(board.id):
                self._nothing_to_picture()
                return None

            extra = board.title
            heading = f"{board.title} — {workshop.session.title}"

            def draw() -> bytes:
                return png_bytes(board_picture(self.document, board.id, heading))

        def write(choice: ExportChoice) -> None:
            write_bytes_atomically(choice.path, draw())

        title = self.tr("Save a picture (PNG)")
        return self._export("png", title, extra, write)

    def _export(
        self, kind: str, title: str, extra: str, write: Callable[[ExportChoice], None]
    ) -> Path | None:
        choice = self.dialogs.choose_export(ExportRequest(kind, title, self.proposal(kind, extra)))
        if choice is None:
            return None
        path = with_suffix(choice.path, kind)
        choice = replace(choice, path=path)
        if path.exists() and not self.dialogs.confirm(
            self.tr("Replace the file?"),
            self.tr("“{name}” already exists in {folder}. Replace it?").format(
                name=path.name, folder=path.parent
            ),
            ok=self.tr("Replace"),
            cancel=self.tr("Cancel"),
        ):
            return None
        try:
            with wait_cursor():
                write(choice)
        except OSError as exc:
            self.dialogs.show_error(self.tr("Not exported"), self.write_problem(path, exc))
            return None
        except EmptyBoardError:  # emptied while the dialog was open
            self._nothing_to_picture()
            return None
        settings.put(settings.EXPORT_FOLDER, str(path.parent))
        if choice.open_folder:
            self.dialogs.show_folder(path.parent)
        return path

    def _nothing_to_picture(self) -> None:
        self.dialogs.show_error(
            self.tr("No picture"),
            self.tr("The board has no notes or frames yet: there is nothing to picture."),
        )

    def proposal(self, kind: str, extra: str = "") -> ExportChoice:
        """What the dialog starts from: a safe name in the last folder used, and so on."""
        session = self.document.session
        suffixes = {"pdf": ".pdf", "csv": ".csv", "portable": ".n3desk", "png": ".png"}
        if extra:
            name = safe_stem(f"{session.date} {session.title} - {extra}".strip()) + suffixes[kind]
        else:
            name = default_file_name(session, suffixes[kind])
        last = settings.get(settings.EXPORT_FOLDER)
        folder = Path(last) if last and Path(last).is_dir() else documents_folder()
        language = session.language if session.language in REPORT_LANGUAGES else "sv"
        return ExportChoice(
            folder / name,
            sections=SECTIONS,
            page_size=settings.get(settings.EXPORT_PAGE_SIZE),
            language=language,
            delimiter=";",
            open_folder=False,
        )

    def write_problem(self, path: Path, exc: OSError) -> str:
        """A message for a failed write that names the folder and says what to do."""
        folder = str(path.parent)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return self.tr(
                "The disk is full: “{name}” could not be written in {folder}. "
                "Nothing was written. Free some space or choose another folder."
            ).format(name=path.name, folder=folder)
        if exc.errno in (errno.EACCES, errno.EPERM) and path.exists() and _writable(path.parent):
            # On Windows a file open in Excel or a PDF reader cannot be replaced.
            return self.tr(
                "“{name}” in {folder} cannot be replaced: is it open in another program, "
                "such as Excel or a PDF reader? Close it and try again. Nothing was written."
            ).format(name=path.name, folder=folder)
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return self.tr(
                "n3desk may not write in the folder {folder}. Nothing was written. "
                "Choose another folder, for example Documents."
            ).format(folder=folder)
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            return self.tr(
                "The folder {folder} is not there (was a USB stick taken out?). "
                "Nothing was written."
            ).format(folder=folder)
        return self.tr("“{name}” could not be written in {folder}: {reason}").format(
            name=path.name, folder=folder, reason=exc.strerror or str(exc)
        )

    # -- importing notes -------------------------------------------------------------

    def import_notes(self) -> list[str]:
        """Ask for a .csv or .txt file and put its notes on the current board (one undo step).

        Returns the new notes' ids. A summary says what was read and what was done
        about odd cells; only a file that cannot be read at all imports nothing, and
        a message says why.
        """
        last = settings.get(settings.IMPORT_FOLDER)
        path = self.dialogs.choose_file(
            self.tr("Import notes"),
            self.tr("Notes (*.csv *.txt);;CSV from Excel (*.csv);;Plain text (*.txt)"),
            folder=Path(last) if last and Path(last).is_dir() else documents_folder(),
        )
        if path is None:
            return []
        settings.put(settings.IMPORT_FOLDER, str(path.parent))
        title = self.tr("Nothing was imported")
        try:
            data = path.read_bytes()
        except OSError as exc:
            reason = exc.strerror or str(exc)
            message = self.tr("“{name}” could not be read: {reason}")
            self.dialogs.show_error(title, message.format(name=path.name, reason=reason))
            return []
        language = ui_language()
        try:
            read = read_notes_file(data, path.name)
        except NotesFileError as exc:
            message = self.tr("Nothing was imported from “{name}”. {reason}")
            reason = exc.message(language)
            self.dialogs.show_error(title, message.format(name=path.name, reason=reason))
            return []
        if not read.notes:
            message = self.tr("There are no notes in “{name}”.")
            self.dialogs.show_error(title, message.format(name=path.name))
            return []
        workshop = self.document.workshop
        current = workshop.get(Board, self.current_board())  # None: a board is made
        frames_before = len(workshop.frames_on(current.id)) if current else 0
        board, ops = notes_import_ops(
            workshop, current, read.notes, time.time(), new_board_title=path.stem
        )
        text = self.tr("Import notes from “{name}”").format(name=path.name)
        if push_edit(self.document, text, ops) is None:
            return []  # refused: a note past its limit (the document said why)
        note_ids = [op.record.id for op in ops if isinstance(op.record, Note)]
        self.show_board(board.id, note_ids)  # they land below the board: bring them in sight
        new_frames = len(self.document.workshop.frames_on(board.id)) - frames_before
        count, *details = summary_lines(
            read.summary, language, board=board.title, new_frames=new_frames
        )
        # The count stands alone; each detail is a bullet, so wrapped lines stay apart.
        message = "\n\n".join([count, "\n".join(f"• {line}" for line in details)])
        self.dialogs.show_info(self.tr("Imported from “{name}”").format(name=path.name), message)
        return note_ids
