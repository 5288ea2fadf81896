"""The new-session dialog: title, template, language and date (``ui/new_session_dialog.ui``).

The language is the session's: the template's texts are filled in in it, and the PDF
and CSV speak it. It starts as the interface's language.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from n3desk.app.forms import child, load_form
from n3desk.app.translation import LANGUAGE_NAMES
from n3desk.domain.templates import BLANK, Template, localized

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class NewSessionChoice:
    """What the person filled in."""

    title: str
    template: Template
    date: str  # ISO
    language: str = ""  # the session's language; "" for the interface's


def available_templates(data_dir: Path, language: str) -> list[Template]:
    """The built-in and the user's templates; just the blank one if they cannot be read."""
    try:
        from n3desk.store.template_files import load_templates

        catalog = load_templates(data_dir, language)
        for problem in catalog.errors:
            log.warning("template skipped: %s", problem)
        templates = list(catalog)
    except Exception:  # the dialog must open even if every template file is broken
        log.exception("templates could not be loaded")
        templates = []
    return templates or [BLANK]


class NewSessionDialog(QDialog):
    """Asks for a new session's title, template and date."""

    def __init__(
        self, templates: list[Template], language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        load_form("new_session_dialog.ui", self)
        self._templates = templates
        self._language = language
        self.title_edit = child(self, QLineEdit, "titleEdit")
        self.template_box = child(self, QComboBox, "templateBox")
        self.date_edit = child(self, QDateEdit, "dateEdit")
        self.language_box = child(self, QComboBox, "languageBox")
        self.description = child(self, QLabel, "templateDescription")
        self.buttons = child(self, QDialogButtonBox, "buttons")
        for template in templates:
            self.template_box.addItem(localized(template.name, language), template.id)
        for code, name in LANGUAGE_NAMES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        self.date_edit.setDate(QDate.currentDate())
        self.template_box.currentIndexChanged.connect(self._on_template_changed)
        self.title_edit.textChanged.connect(self._on_title_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._on_template_changed(0)
        self._on_title_changed("")
        self.title_edit.setFocus()

    def choice(self) -> NewSessionChoice:
        """The title, template and date as they stand."""
        template = self._templates[max(0, self.template_box.currentIndex())]
        return NewSessionChoice(
            self.title_edit.text().strip(),
            template,
            self.date_edit.date().toString("yyyy-MM-dd"),
            str(self.language_box.currentData() or self._language),
        )

    def _on_template_changed(self, index: int) -> None:
        if 0 <= index < len(self._templates):
            self.description.setText(localized(self._templates[index].description, self._language))

    def _on_title_changed(self, text: str) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(text.strip()))
