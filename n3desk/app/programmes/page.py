"""The Programmes page: the library's programmes beside the overview of the chosen one.

Making and deleting a programme are undoable on the page's own stack (a deleted
programme is only marked, like a session, so undo brings it back); edits inside a
programme are on its :class:`ProgrammeDocument`'s stack. :attr:`active_stack_changed`
tells the main window which stack Ctrl+Z should use.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from n3desk.app.dialogs import Dialogs
from n3desk.app.n3card_editor import plain_label
from n3desk.app.programmes.document import ProgrammeDocument
from n3desk.app.programmes.overview import ProgrammeOverview
from n3desk.app.translation import ui_language
from n3desk.domain.programme_edits import new_programme
from n3desk.domain.programmes import ProgrammePut
from n3desk.store.errors import LibraryError
from n3desk.store.library import Library
from n3desk.store.programme_store import (
    add_programme,
    commit_programme,
    list_programmes,
    load_programme,
)

ID_ROLE = Qt.ItemDataRole.UserRole


class _DeletedAt(QUndoCommand):
    """Marks a programme deleted (or not); undo does the opposite."""

    def __init__(self, page: ProgrammesPage, text: str, programme_id: str, when: float | None):
        super().__init__(text)
        self.page = page
        self.programme_id = programme_id
        self.when = when
        self.before: float | None = None
        self.skip_first = True

    def _set(self, value: float | None) -> None:
        try:
            content = load_programme(self.page.library, self.programme_id)
            commit_programme(
                self.page.library, [ProgrammePut(replace(content.programme, deleted_at=value))]
            )
        except LibraryError as exc:
            self.page.report(str(exc))
        self.page.refresh()

    def redo(self) -> None:
        if self.skip_first:  # done before pushing
            self.skip_first = False
            return
        self._set(self.when)

    def undo(self) -> None:
        self._set(self.before)


class ProgrammesPage(QWidget):
    """Programmes on the left, the chosen one's overview on the right.

    Signals:
        open_requested(str): open this session.
        active_stack_changed(object): the undo stack Ctrl+Z should now act on.
    """

    open_requested = Signal(str)
    active_stack_changed = Signal(object)

    def __init__(
        self,
        library: Library,
        dialogs: Dialogs,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.dialogs = dialogs
        self.clock = clock
        self.undo_stack = QUndoStack(self)
        self.document: ProgrammeDocument | None = None
        self.overview: ProgrammeOverview | None = None
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(plain_label(self.tr("Programmes"), left, "heading"))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        column.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New programme…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        column.addLayout(buttons)
        self.pdf_button = QPushButton(self.tr("Record as PDF…"))
        column.addWidget(self.pdf_button)
        self.new_button.clicked.connect(self.new_programme)
        self.delete_button.clicked.connect(self.delete_current)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.right = QStackedWidget()
        self.empty = plain_label(
            self.tr(
                "A programme is a series of workshops with one goal — a year of Roskilde's "
                "model, say. Make one, add its sessions, and follow the ideas from question "
                "to operation."
            ),
            self,
            "hint",
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right.addWidget(self.empty)
        left.setMaximumWidth(320)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        self.refresh()

    # -- showing -------------------------------------------------------------------------

    def report(self, message: str) -> None:
        """Tell the person a change could not be made (nothing was changed)."""
        self.dialogs.show_error(self.tr("Not changed"), message)

    def refresh(self) -> None:
        """Reread the list of programmes, keeping the one chosen where it can."""
        chosen = self.current_id()
        try:
            programmes = list_programmes(self.library)
        except LibraryError as exc:
            self.dialogs.show_error(self.tr("Not shown"), str(exc))
            programmes = []
        self.list.blockSignals(True)
        self.list.clear()
        for p in programmes:
            period = f"{p.period_start or '…'} – {p.period_end or '…'}"
            item = QListWidgetItem(
                f"{p.title}\n{period} · " + self.tr("%n session(s)", "", p.session_count)
            )
            item.setData(ID_ROLE, p.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [p.id for p in programmes]
        if chosen in ids:
            self.list.setCurrentRow(ids.index(chosen))
        elif ids:
            self.list.setCurrentRow(0)
        self._show_current()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(ID_ROLE))

    def _show_current(self) -> None:
        programme_id = self.current_id()
        self.delete_button.setEnabled(programme_id is not None)
        self.pdf_button.setEnabled(programme_id is not None)
        if self.document is not None and self.document.content.programme.id == programme_id:
            return
        self._drop_overview()
        if programme_id is None:
            self.right.setCurrentWidget(self.empty)
            self.active_stack_changed.emit(self.undo_stack)
            return
        try:
            content = load_programme(self.library, programme_id)
        except LibraryError as exc:
            self.dialogs.show_error(self.tr("Not shown"), str(exc))
            return
        self.document = ProgrammeDocument(self.library, content, self, clock=self.clock)
        self.document.failed.connect(self.report)
        self.document.changed.connect(self._programme_changed)
        self.overview = ProgrammeOverview(self.document, self.dialogs)
        self.overview.open_requested.connect(self.open_requested)
        self.right.addWidget(self.overview)
        self.right.setCurrentWidget(self.overview)
        self.active_stack_changed.emit(self.document.undo_stack)

    def _programme_changed(self) -> None:
        item = self.list.currentItem()
        if item is not None and self.document is not None:
            # The title in the list follows the overview's field (and its undo).
            self.refresh()

    def forget_replaced(self, ids: Collection[str]) -> None:
        """A fetch replaced these programmes or sessions in the library: read them again.

        The open programme's document (and its undo history: undoing an edit made
        before the fetch would write the old version back over the team's) is dropped
        when the fetch touched it, and the page's own history when one of its steps
        names a replaced programme. The page shows the library as it now is.
        """
        replaced = set(ids)
        if self.document is not None:
            content = self.document.content
            if content.programme.id in replaced or replaced & set(content.session_ids):
                self._drop_overview()
        stale = (self.undo_stack.command(i) for i in range(self.undo_stack.count()))
        if any(isinstance(c, _DeletedAt) and c.programme_id in replaced for c in stale):
            self.undo_stack.clear()
        if self.isVisible():
            self.refresh()  # else when it is shown next (MainWindow.show_programmes)
        elif self.document is None:
            self.right.setCurrentWidget(self.empty)

    def _drop_overview(self) -> None:
        if self.overview is not None:
            self.right.removeWidget(self.overview)
            self.overview.deleteLater()
        if self.document is not None:
            self.document.deleteLater()
        self.overview = None
        self.document = None

    # -- acting --------------------------------------------------------------------------

    def new_programme(self) -> str | None:
        """Ask for a title and make an empty programme (undoable)."""
        title = self.dialogs.ask_text(self.tr("New programme"), self.tr("Title of the programme:"))
        if title is None or not title.strip():
            return None
        content = new_programme(title.strip(), language=ui_language(), now=self.clock())
        try:
            add_programme(self.library, content)
        except LibraryError as exc:
            self.dialogs.show_error(self.tr("Not saved"), str(exc))
            return None
        command = _DeletedAt(self, self.tr("New programme"), content.programme.id, None)
        command.before = self.clock()  # undo hides it again
        self.undo_stack.push(command)
        self.refresh()
        self._select(content.programme.id)
        return content.programme.id

    def delete_current(self) -> None:
        """Delete the chosen programme (its sessions stay); undo brings it back."""
        programme_id = self.current_id()
        if programme_id is None:
            return
        command = _DeletedAt(self, self.tr("Delete programme"), programme_id, self.clock())
        command.skip_first = False
        self.undo_stack.push(command)

    def _select(self, programme_id: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None and item.data(ID_ROLE) == programme_id:
                self.list.setCurrentRow(row)

    def export_pdf(self) -> None:
        """Write the chosen programme's record as a PDF file the person picks."""
        from n3desk.report.file_names import safe_stem
        from n3desk.report.programme_pdf import write_programme_pdf

        if self.document is None:
            return
        programme = self.document.content.programme
        path = self.dialogs.choose_file(
            self.tr("Programme record as PDF"),
            self.tr("PDF files (*.pdf)"),
            save=True,
            folder=Path.home() / f"{safe_stem(programme.title)}.pdf",
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            write_programme_pdf(self.document.content, self.document.sessions(), path)
        except OSError as exc:
            self.dialogs.show_error(
                self.tr("Not written"),
                self.tr("The PDF could not be written: {reason}").format(
                    reason=exc.strerror or exc
                ),
            )
            return
        self.dialogs.show_folder(path.parent)
