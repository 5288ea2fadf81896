"""The Overview tab: the session's details, participants, N3 project card and decisions.

Every edit is one undoable command; the page redraws from the document's signals
for what it shows (so an undo shows up in the field that shows it). Sections sit
in one column on a small screen and in two side by side when there is room.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QScrollArea, QVBoxLayout, QWidget

from n3desk.app.decision_log import DecisionPanel
from n3desk.app.document import SessionDocument
from n3desk.app.n3card_editor import N3CardEditor, plain_label
from n3desk.app.participant_table import ParticipantPanel
from n3desk.app.session_details import SessionDetailsForm
from n3desk.app.translation import ui_language
from n3desk.domain.change_set import ChangeSet
from n3desk.domain.entities import Foundation

TWO_COLUMNS_FROM = 1200  # px of content width


class Section(QWidget):
    """A heading, an optional hint and a body."""

    def __init__(self, heading: str, body: QWidget, hint: str = "") -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(plain_label(heading, self, "heading"))
        if hint:
            layout.addWidget(plain_label(hint, self, "hint"))
        layout.addWidget(body)


class OverviewPage(QScrollArea):
    """The Overview tab of the session window."""

    def __init__(self, document: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.details = SessionDetailsForm(document)
        self.participants = ParticipantPanel(document)
        self.card = N3CardEditor(document, ui_language())
        self.decisions = DecisionPanel(document)
        self.sections = {
            "details": Section(self.tr("Session"), self.details),
            "participants": Section(self.tr("Participants"), self.participants),
            "card": Section(
                self.tr("N3 project card"),
                self.card,
                self.tr(
                    "Rate each foundation from 1 (weak) to 5 (strong). "
                    "The weakest become “what to work on next” in the record."
                ),
            ),
            "decisions": Section(self.tr("Decision log"), self.decisions),
        }
        content = QWidget(self)
        self.grid = QGridLayout(content)
        self.grid.setContentsMargins(32, 24, 32, 32)
        self.grid.setHorizontalSpacing(48)
        self.grid.setVerticalSpacing(32)
        self.setWidget(content)
        self._wide: bool | None = None
        self._arrange(wide=False)
        document.session_changed.connect(self._on_session_changed)
        document.card_changed.connect(self._on_card_changed)

    def show_for_shot(self, options: dict[str, str]) -> None:
        """Prepare the page for an off-screen picture (n3desk shot): nothing to set up."""
        self.verticalScrollBar().setValue(0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(wide=self.viewport().width() >= TWO_COLUMNS_FROM)

    def _arrange(self, *, wide: bool) -> None:
        if wide == self._wide:
            return
        self._wide = wide
        for section in self.sections.values():
            self.grid.removeWidget(section)
        for row in range(5):
            self.grid.setRowStretch(row, 0)
        top = Qt.AlignmentFlag.AlignTop
        s = self.sections
        if wide:
            self.grid.addWidget(s["details"], 0, 0, top)
            self.grid.addWidget(s["participants"], 1, 0, top)
            self.grid.addWidget(s["decisions"], 2, 0, top)
            self.grid.addWidget(s["card"], 0, 1, 3, 1, top)
            self.grid.setColumnStretch(0, 1)
            self.grid.setColumnStretch(1, 1)
            self.grid.setRowStretch(3, 1)
        else:
            for row, key in enumerate(("details", "participants", "card", "decisions")):
                self.grid.addWidget(s[key], row, 0, top)
            self.grid.setColumnStretch(1, 0)
            self.grid.setRowStretch(4, 1)

    def _on_session_changed(self, _changes: ChangeSet) -> None:
        self.details.show_session(self.document.session)

    def _on_card_changed(self, changes: ChangeSet) -> None:
        for foundation in changes.records(Foundation):
            current = self.document.workshop.get(Foundation, foundation.id)
            if current is not None:
                self.card.show_foundation(current)
