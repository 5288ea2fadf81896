"""Save as template: the session's structure becomes one of the user's own templates."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from n3desk.app.dialogs import Dialogs
from n3desk.app.document import SessionDocument
from n3desk.domain.templates import TemplateError
from n3desk.domain.templates_export import template_from_workshop, template_id_for
from n3desk.store.errors import LibraryError
from n3desk.store.template_files import load_templates
from n3desk.store.user_templates import save_user_template


class TemplateSaver(QObject):
    """Asks for a name and writes the template into the data folder.

    Signals:
        saved(str): the new template's id.
    """

    saved = Signal(str)

    def __init__(self, document: SessionDocument, dialogs: Dialogs, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.dialogs = dialogs

    def save(self) -> str | None:
        """Ask for a name and save; the new template's id, or None if cancelled or failed."""
        session = self.document.session
        name = self.dialogs.ask_text(
            self.tr("Save as template"), self.tr("Name of the new template:"), session.title
        )
        if name is None or not name.strip():
            return None
        data_dir = self.document.library.data_dir
        taken = {t.id for t in load_templates(data_dir, session.language)}
        template_id = template_id_for(name.strip(), taken)
        data = template_from_workshop(
            self.document.workshop, template_id=template_id, name=name.strip()
        )
        try:
            save_user_template(data_dir, data)
        except (TemplateError, LibraryError) as exc:
            self.dialogs.show_error(self.tr("The template was not saved"), str(exc))
            return None
        self.saved.emit(template_id)
        return template_id
