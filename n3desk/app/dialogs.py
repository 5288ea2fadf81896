"""The thin interface between controllers and modal dialogs.

Controllers ask a :class:`Dialogs` for everything interactive (an error to show, a
yes/no question, a line of text, a file) instead of opening QMessageBox themselves.
:class:`QtDialogs` is the real one, the only place in the shell that opens a message
box. :class:`ScriptedDialogs` answers at once from a script and records what it was
asked: tests use it, and so do off-screen shots, where a modal box would wait forever.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QWidget,
)

if TYPE_CHECKING:
    from n3desk.app.export_dialog import ExportChoice, ExportRequest
    from n3desk.app.new_session_dialog import NewSessionChoice
    from n3desk.domain.templates import Template


class Dialogs(Protocol):
    """What a controller may ask the person in front of the screen."""

    def show_error(self, title: str, message: str, *, blocking: bool = True) -> None:
        """Tell about a problem. ``blocking=False``: do not wait for the person."""

    def show_info(self, title: str, message: str, *, blocking: bool = False) -> None:
        """Tell what was done (an import's summary); by default without waiting."""

    def confirm(
        self, title: str, question: str, *, ok: str, cancel: str, default_ok: bool = False
    ) -> bool:
        """Ask a yes/no question; True when the person chose ``ok``.

        Enter presses ``cancel`` unless ``default_ok``: the default is the choice that
        cannot lose anything, which is usually "no" but, after damage, "restore".
        """

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        """Ask for one line of text; None when cancelled."""

    def choose_file(
        self, title: str, pattern: str, *, save: bool = False, folder: Path | None = None
    ) -> Path | None:
        """Ask for a file to open (or save), starting in ``folder``; None when cancelled."""

    def ask_new_session(self, templates: list[Template], language: str) -> NewSessionChoice | None:
        """Ask for a new session's title, template and date; None when cancelled."""

    def choose_export(self, request: ExportRequest) -> ExportChoice | None:
        """Ask what to export and to which file; None when cancelled."""

    def show_folder(self, folder: Path) -> None:
        """Open ``folder`` in the system's file manager (after an export)."""

    def choose(self, title: str, label: str, options: list[str]) -> int | None:
        """Ask for one of ``options``; its index, or None when cancelled."""

    def choose_many(self, title: str, label: str, options: list[str]) -> list[int] | None:
        """Ask for some of ``options``; their indexes, or None when cancelled."""

    def ask_buttons(self, title: str, message: str, buttons: list[str]) -> int | None:
        """Ask which of ``buttons`` (the last one cancels); its index, None when closed."""


class QtDialogs(QObject):
    """Real dialogs, parented to the window that asks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._window = parent
        self._open: list[QMessageBox] = []  # non-blocking boxes, kept alive while shown

    def show_error(self, title: str, message: str, *, blocking: bool = True) -> None:
        self._show(QMessageBox.Icon.Warning, title, message, blocking=blocking)

    def show_info(self, title: str, message: str, *, blocking: bool = False) -> None:
        self._show(QMessageBox.Icon.Information, title, message, blocking=blocking)

    def _show(self, icon: QMessageBox.Icon, title: str, message: str, *, blocking: bool) -> None:
        box = QMessageBox(icon, title, message, parent=self._window)
        box.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote user text
        if blocking:
            box.exec()
            return
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._open.append(box)
        box.finished.connect(lambda _result, b=box: self._open.remove(b))
        box.show()

    def confirm(
        self, title: str, question: str, *, ok: str, cancel: str, default_ok: bool = False
    ) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=self._window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        yes = box.addButton(ok, QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(cancel, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes if default_ok else no)
        box.exec()
        return box.clickedButton() is yes

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        # The input and file dialogs are imported when first asked for: PySide builds
        # each Qt class (and its enums) on first import, a cost at start-up (issue 16).
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        value, ok = QInputDialog.getText(
            self._window, title, label, QLineEdit.EchoMode.Normal, text
        )
        return value if ok else None

    def choose_file(
        self, title: str, pattern: str, *, save: bool = False, folder: Path | None = None
    ) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        start = str(folder) if folder is not None else ""
        if save:
            name, _ = QFileDialog.getSaveFileName(self._window, title, start, pattern)
        else:
            name, _ = QFileDialog.getOpenFileName(self._window, title, start, pattern)
        return Path(name) if name else None

    def ask_new_session(self, templates: list[Template], language: str) -> NewSessionChoice | None:
        from n3desk.app.new_session_dialog import NewSessionDialog

        dialog = NewSessionDialog(templates, language, self._window)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.choice()
        finally:
            dialog.deleteLater()

    def choose_export(self, request: ExportRequest) -> ExportChoice | None:
        from n3desk.app.export_dialog import ExportDialog

        dialog = ExportDialog(request, self._window)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.choice()
        finally:
            dialog.deleteLater()

    def show_folder(self, folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def choose(self, title: str, label: str, options: list[str]) -> int | None:
        if not options:
            return None
        from PySide6.QtWidgets import QInputDialog

        value, ok = QInputDialog.getItem(self._window, title, label, options, 0, False)
        return options.index(value) if ok and value in options else None

    def choose_many(self, title: str, label: str, options: list[str]) -> list[int] | None:
        from n3desk.app.choice_dialog import ManyChoiceDialog

        dialog = ManyChoiceDialog(title, label, options, self._window)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.chosen()
        finally:
            dialog.deleteLater()

    def ask_buttons(self, title: str, message: str, buttons: list[str]) -> int | None:
        box = QMessageBox(QMessageBox.Icon.Question, title, message, parent=self._window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        made = [
            box.addButton(
                text,
                QMessageBox.ButtonRole.RejectRole
                if i == len(buttons) - 1
                else QMessageBox.ButtonRole.AcceptRole,
            )
            for i, text in enumerate(buttons)
        ]
        box.setDefaultButton(made[0])
        box.exec()
        clicked = box.clickedButton()
        return next((i for i, b in enumerate(made) if b is clicked), None)


@dataclass
class ScriptedDialogs:
    """Answers every question at once, as scripted; records errors and questions."""

    confirm_answer: bool = True
    text_answer: str | None = None
    file_answer: Path | None = None
    new_session: NewSessionChoice | None = None
    # None: accept the export dialog's proposal as it is; else answer each request.
    export_answer: Callable[[ExportRequest], ExportChoice | None] | None = None
    export_requests: list[ExportRequest] = field(default_factory=list)
    shown_folders: list[Path] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    infos: list[tuple[str, str]] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    file_folders: list[Path | None] = field(default_factory=list)  # where each file dialog began
    choices: list[int | None] = field(default_factory=list)  # answers to choose(), in order
    many_choice: list[int] | None = None
    buttons: list[int | None] = field(default_factory=list)  # answers to ask_buttons()

    def show_error(self, title: str, message: str, *, blocking: bool = True) -> None:
        self.errors.append((title, message))

    def show_info(self, title: str, message: str, *, blocking: bool = False) -> None:
        self.infos.append((title, message))

    def confirm(
        self, title: str, question: str, *, ok: str, cancel: str, default_ok: bool = False
    ) -> bool:
        self.questions.append(question)
        return self.confirm_answer

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        self.questions.append(label)
        return self.text_answer

    def choose_file(
        self, title: str, pattern: str, *, save: bool = False, folder: Path | None = None
    ) -> Path | None:
        self.questions.append(title)
        self.file_folders.append(folder)
        return self.file_answer

    def ask_new_session(self, templates: list[Template], language: str) -> NewSessionChoice | None:
        self.questions.append("new session")
        return self.new_session

    def choose_export(self, request: ExportRequest) -> ExportChoice | None:
        self.export_requests.append(request)
        if self.export_answer is None:
            return request.proposal
        return self.export_answer(request)

    def show_folder(self, folder: Path) -> None:
        self.shown_folders.append(folder)

    def choose(self, title: str, label: str, options: list[str]) -> int | None:
        self.questions.append(label)
        return self.choices.pop(0) if self.choices else None

    def choose_many(self, title: str, label: str, options: list[str]) -> list[int] | None:
        self.questions.append(label)
        return self.many_choice

    def ask_buttons(self, title: str, message: str, buttons: list[str]) -> int | None:
        self.questions.append(message)
        return self.buttons.pop(0) if self.buttons else None
