"""The export dialog (form ``ui/export_dialog.ui``): what to write, and where.

One dialog serves every kind of export. A PDF asks for the sections, the paper and
the language; a CSV for the delimiter; a portable file and a picture only for the
file. The controller proposes everything (:class:`ExportRequest`); the dialog gives
back what the person chose (:class:`ExportChoice`) and writes nothing itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from n3desk.app.forms import child, load_form
from n3desk.app.translation import LANGUAGE_NAMES

KINDS = ("pdf", "csv", "portable", "png")
SUFFIXES = {"pdf": ".pdf", "csv": ".csv", "portable": ".n3desk", "png": ".png"}
PAGE_SIZES = ("A4", "Letter")
DELIMITERS = (";", ",")

# write_pdf's sections, in its order (n3desk.report.pdf_summary.SECTIONS; a test
# checks they agree): not imported from there, which would load ReportLab with
# every session window.
SECTIONS = ("cover", "agenda", "boards", "map", "decisions", "n3card")

# The check box of each section, by object name in the form.
SECTION_CHECKS = {
    "cover": "coverCheck",
    "agenda": "agendaCheck",
    "boards": "boardsCheck",
    "map": "mapCheck",
    "decisions": "decisionsCheck",
    "n3card": "n3cardCheck",
}


@dataclass(frozen=True)
class ExportChoice:
    """What to write and where (the fields a kind does not use are ignored)."""

    path: Path
    sections: tuple[str, ...] = SECTIONS
    page_size: str = "A4"
    language: str = "sv"
    delimiter: str = ";"
    open_folder: bool = False


@dataclass(frozen=True)
class ExportRequest:
    """What the controller asks: the kind of export, the dialog's title, its proposal."""

    kind: str  # one of KINDS
    title: str
    proposal: ExportChoice


def with_suffix(path: Path, kind: str) -> Path:
    """``path`` ending in the kind's suffix (added, never replacing a dot in the name)."""
    suffix = SUFFIXES[kind]
    return path if path.name.lower().endswith(suffix) else path.with_name(path.name + suffix)


class ExportDialog(QDialog):
    """Asks what to export and to which file; :meth:`choice` reads the answer."""

    def __init__(self, request: ExportRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("export_dialog.ui", self)
        self.request = request
        self.setWindowTitle(request.title)
        proposal = request.proposal
        self.checks = {name: child(self, QCheckBox, obj) for name, obj in SECTION_CHECKS.items()}
        self.paper_box = child(self, QComboBox, "paperBox")
        self.language_box = child(self, QComboBox, "languageBox")
        self.delimiter_box = child(self, QComboBox, "delimiterBox")
        self.file_edit = child(self, QLineEdit, "fileEdit")
        self.folder_hint = child(self, QLabel, "folderHint")
        self.open_folder = child(self, QCheckBox, "openFolderCheck")
        self.buttons = child(self, QDialogButtonBox, "buttons")
        self._fill(proposal)
        self._show_rows(request.kind)
        self.resize(self.width(), self.sizeHint().height())  # no gap where rows are hidden
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        child(self, QPushButton, "browseButton").clicked.connect(self.browse)
        self.file_edit.textChanged.connect(self._update)
        for check in self.checks.values():
            check.toggled.connect(self._update)
        self._update()
        self.file_edit.setFocus()
        # Typing replaces the name but keeps the suffix, as system save dialogs do.
        name = self.file_edit.text()
        suffix = SUFFIXES[request.kind]
        stem = len(name) - len(suffix) if name.lower().endswith(suffix) else len(name)
        self.file_edit.setSelection(0, stem)

    def _fill(self, proposal: ExportChoice) -> None:
        for name, check in self.checks.items():
            check.setChecked(name in proposal.sections)
        for size in PAGE_SIZES:
            self.paper_box.addItem(size, size)
        self.paper_box.setCurrentIndex(max(0, self.paper_box.findData(proposal.page_size)))
        for code, name in LANGUAGE_NAMES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(proposal.language)))
        self.delimiter_box.addItem(self.tr("Semicolon ;  (Excel in Swedish and Nordic)"), ";")
        self.delimiter_box.addItem(self.tr("Comma ,  (Excel in English)"), ",")
        self.delimiter_box.setCurrentIndex(max(0, self.delimiter_box.findData(proposal.delimiter)))
        self._folder = proposal.path.parent
        self.file_edit.setText(proposal.path.name)
        self.open_folder.setChecked(proposal.open_folder)

    def _show_rows(self, kind: str) -> None:
        form = child(self, QFormLayout, "form")
        pdf = kind == "pdf"
        for field, shown in (
            ("sections", pdf),
            ("paperBox", pdf),
            ("languageBox", kind in ("pdf", "csv")),  # CSV: its headers and words
            ("delimiterBox", kind == "csv"),
        ):
            form.setRowVisible(child(self, QWidget, field), shown)

    def choice(self) -> ExportChoice:
        """The choices as they stand."""
        kind = self.request.kind
        proposal = self.request.proposal
        path = with_suffix(self._typed_path(), kind)
        return ExportChoice(
            path=path,
            sections=tuple(s for s in SECTIONS if self.checks[s].isChecked()),
            page_size=str(self.paper_box.currentData() or proposal.page_size),
            language=str(self.language_box.currentData() or proposal.language),
            delimiter=str(self.delimiter_box.currentData() or proposal.delimiter),
            open_folder=self.open_folder.isChecked(),
        )

    def browse(self) -> None:
        """Pick the file with the system's file dialog (replacing is asked about later)."""
        kind = self.request.kind
        patterns = {
            "pdf": self.tr("PDF documents (*.pdf)"),
            "csv": self.tr("CSV for Excel (*.csv)"),
            "portable": self.tr("n3desk session files (*.n3desk)"),
            "png": self.tr("PNG pictures (*.png)"),
        }
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.request.title,
            str(self._typed_path()),
            patterns[kind],
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if name:
            chosen = with_suffix(Path(name), kind)
            self._folder = chosen.parent
            self.file_edit.setText(chosen.name)

    def _typed_path(self) -> Path:
        """The file as typed: a bare name goes into the folder shown below the field."""
        typed = Path(self.file_edit.text().strip()).expanduser()
        return typed if typed.is_absolute() else self._folder / typed

    def _update(self) -> None:
        text = self.file_edit.text().strip()
        folder = self._typed_path().parent
        self.folder_hint.setText(self.tr("Saved in the folder {folder}").format(folder=folder))
        sections = self.request.kind != "pdf" or any(c.isChecked() for c in self.checks.values())
        name_ok = bool(text) and bool(Path(text).name.strip(" ."))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(sections and name_ok)
