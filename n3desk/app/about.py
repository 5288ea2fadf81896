"""The About dialog: name, version, licence, and the third-party notices the app carries.

The notices and licence texts live in ``resources/licenses/`` (written by
``packaging/third_party.py``) and the fonts' licence in ``resources/fonts/``; the
dialog lists whatever is there, so a new dependency's text shows up without a code
change. Every text is shown as plain text: nothing in a licence file is markup.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from importlib.resources.abc import Traversable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

import n3desk
from n3desk.resources import resource

log = logging.getLogger(__name__)

NOTICES_FILE = "THIRD_PARTY_NOTICES.md"
PROJECT_LICENCE_FILE = "n3desk-MIT.txt"


@dataclass(frozen=True)
class LicenceDocument:
    """One text the dialog can show: a label for the list and where the text is."""

    label: str
    source: Traversable


def licence_documents() -> list[LicenceDocument]:
    """The notices first, then n3desk's licence, the shared texts, packages, fonts."""
    folder = resource("licenses")
    if not folder.is_dir():
        return []
    entries = {entry.name: entry for entry in folder.iterdir() if entry.is_file()}
    documents: list[LicenceDocument] = []
    for name in (NOTICES_FILE, PROJECT_LICENCE_FILE):
        if name in entries:
            documents.append(LicenceDocument(name.rsplit(".", 1)[0], entries.pop(name)))
    for name in sorted(entries, key=str.lower):
        documents.append(LicenceDocument(name.rsplit(".", 1)[0], entries[name]))
    packages = folder.joinpath("packages")
    if packages.is_dir():
        for entry in sorted(packages.iterdir(), key=lambda e: e.name.lower()):
            if entry.is_file():
                documents.append(LicenceDocument(entry.name.rsplit(".", 1)[0], entry))
    fonts = resource("fonts")
    if fonts.is_dir():
        for entry in sorted(fonts.iterdir(), key=lambda e: e.name):
            if entry.is_file() and entry.name.upper().startswith("LICENSE"):
                documents.append(LicenceDocument(entry.name.rsplit(".", 1)[0], entry))
    return documents


class AboutDialog(QDialog):
    """Shows n3desk's version and licence and, below, one licence text at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About n3desk"))
        self.setObjectName("aboutDialog")
        self._documents = licence_documents()

        name = self._label("n3desk", role="heading")
        self.version_label = self._label(
            self.tr("Version {version}").format(version=n3desk.__version__)
        )
        tagline = self._label(
            self.tr(
                "Nytt, Nyttigt, Nyttiggjort: an offline companion for in-room innovation workshops."
            )
        )
        tagline.setWordWrap(True)
        self.licence_label = self._label(
            self.tr(
                "Free software under the MIT licence. It is built on Qt and Qt for Python "
                "(PySide6) under the GNU LGPL 3.0, and on the components listed below, "
                "each under its own licence."
            )
        )
        self.licence_label.setWordWrap(True)

        self.document_box = QComboBox()
        self.document_box.setObjectName("licenceDocuments")
        for document in self._documents:
            self.document_box.addItem(document.label)
        show_label = QLabel(self.tr("Show:"))
        show_label.setBuddy(self.document_box)
        chooser = QHBoxLayout()
        chooser.addWidget(show_label)
        chooser.addWidget(self.document_box, 1)

        self.notices_view = QPlainTextEdit()
        self.notices_view.setObjectName("licenceText")
        self.notices_view.setReadOnly(True)
        self.notices_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.notices_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (name, self.version_label, tagline, self.licence_label):
            layout.addWidget(widget)
        layout.addLayout(chooser)
        layout.addWidget(self.notices_view, 1)
        layout.addWidget(buttons)

        self.document_box.currentIndexChanged.connect(self.show_document)
        self.show_document(0)
        self.resize(820, 640)

    @staticmethod
    def _label(text: str, role: str | None = None) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if role is not None:
            label.setProperty("role", role)
        return label

    def document_labels(self) -> list[str]:
        """The labels of the texts the dialog offers, in order."""
        return [document.label for document in self._documents]

    def show_document(self, index: int) -> None:
        """Show the ``index``-th licence text (a message if it cannot be read)."""
        if not 0 <= index < len(self._documents):
            self.notices_view.setPlainText(
                self.tr("The licence texts are missing from this installation.")
            )
            return
        document = self._documents[index]
        try:
            text = document.source.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            log.exception("cannot read the licence text %s", document.label)
            text = self.tr("The text {name} cannot be read.").format(name=document.label)
        self.notices_view.setPlainText(text)
        self.notices_view.moveCursor(QTextCursor.MoveOperation.Start)
