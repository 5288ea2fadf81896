"""Setting up the map: the citizen at the centre, the rings and the sectors."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from n3desk.app.document import SessionDocument
from n3desk.app.map import edits
from n3desk.app.map.painting import LONGEST_FIELD, SECTOR_SWATCHES
from n3desk.app.map.persona import (
    PersonaPictureError,
    choose_persona_picture,
    remove_persona_picture,
)
from n3desk.domain.change_set import ChangeSet
from n3desk.domain.entities import Ring, Sector


class PictureDialogs(Protocol):
    """What the panel asks the person: a picture file, and to hear about a problem."""

    def choose_file(self, title: str, pattern: str, *, save: bool = False) -> Path | None: ...

    def show_error(self, title: str, message: str, *, blocking: bool = True) -> None: ...


def swatch(colour: str) -> QIcon:
    pixmap = QPixmap(22, 22)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class MapSetupPanel(QWidget):
    """Persona fields, and the rings and sectors as editable lists (one undo step each)."""

    def __init__(
        self, document: SessionDocument, dialogs: PictureDialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.dialogs = dialogs
        persona = QGroupBox(self.tr("The citizen at the centre"), self)
        self.persona_name = QLineEdit(persona)
        self.persona_name.setMaxLength(LONGEST_FIELD)
        self.persona_description = QPlainTextEdit(persona)
        self.persona_description.setTabChangesFocus(True)
        self.persona_description.setMaximumHeight(70)
        self.persona_description.installEventFilter(self)
        self.choose_picture = QPushButton(self.tr("Choose picture…"), persona)
        self.remove_picture = QPushButton(self.tr("Remove picture"), persona)
        pictures = QHBoxLayout()
        pictures.addWidget(self.choose_picture)
        pictures.addWidget(self.remove_picture)
        form = QFormLayout(persona)
        form.addRow(self.tr("Name"), self.persona_name)
        form.addRow(self.tr("Description"), self.persona_description)
        form.addRow(pictures)
        self.rings = QListWidget(self)
        self.sectors = QListWidget(self)
        for listing in (self.rings, self.sectors):
            listing.setEditTriggers(
                QListWidget.EditTrigger.DoubleClicked
                | QListWidget.EditTrigger.EditKeyPressed
                | QListWidget.EditTrigger.SelectedClicked
            )
        self.add_ring = QPushButton(self.tr("Add ring"), self)
        self.remove_ring = QPushButton(self.tr("Remove ring"), self)
        self.add_sector = QPushButton(self.tr("Add sector"), self)
        self.remove_sector = QPushButton(self.tr("Remove sector"), self)
        self.colour_button = QToolButton(self)
        self.colour_button.setText(self.tr("Colour"))
        self.colour_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        colours = QMenu(self.colour_button)
        for colour in SECTOR_SWATCHES:
            action = colours.addAction(swatch(colour), colour)
            action.triggered.connect(lambda _c=False, c=colour: self._recolour(c))
        self.colour_button.setMenu(colours)
        layout = QVBoxLayout(self)
        layout.addWidget(persona)
        layout.addWidget(
            self._group(
                self.tr("Rings, closest first"), self.rings, [self.add_ring, self.remove_ring]
            )
        )
        layout.addWidget(
            self._group(
                self.tr("Sectors, clockwise from the top"),
                self.sectors,
                [self.add_sector, self.remove_sector, self.colour_button],
            )
        )
        self.persona_name.editingFinished.connect(
            lambda: edits.set_persona(document, persona_name=self.persona_name.text())
        )
        self.choose_picture.clicked.connect(self._choose_picture)
        self.remove_picture.clicked.connect(lambda: remove_persona_picture(document))
        self.add_ring.clicked.connect(lambda: edits.add_ring(document, self.tr("New ring")))
        self.remove_ring.clicked.connect(self._remove_ring)
        self.add_sector.clicked.connect(self._add_sector)
        self.remove_sector.clicked.connect(self._remove_sector)
        self.rings.itemChanged.connect(self._renamed)
        self.sectors.itemChanged.connect(self._renamed)
        document.session_changed.connect(self._on_session_changed)
        document.map_changed.connect(self._on_map_changed)
        self._fill_persona()
        self._fill_lists()

    def _group(self, title: str, listing: QListWidget, buttons: list[QWidget]) -> QGroupBox:
        box = QGroupBox(title, self)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        column = QVBoxLayout(box)
        column.addWidget(listing)
        column.addLayout(row)
        return box

    def _fill_persona(self) -> None:
        session = self.document.session
        if not self.persona_name.hasFocus():
            self.persona_name.setText(session.persona_name)
        if not self.persona_description.hasFocus():
            self.persona_description.setPlainText(session.persona_description)
        self.remove_picture.setEnabled(bool(session.persona_image))

    def _fill_lists(self) -> None:
        for listing, records in (
            (self.rings, self.document.workshop.rings),
            (self.sectors, self.document.workshop.sectors),
        ):
            current = listing.currentRow()
            listing.blockSignals(True)
            listing.clear()
            for record in records:
                item = QListWidgetItem(record.label)
                item.setData(Qt.ItemDataRole.UserRole, record.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                if isinstance(record, Sector):
                    item.setIcon(swatch(record.colour))
                listing.addItem(item)
            listing.setCurrentRow(min(current, listing.count() - 1))
            listing.blockSignals(False)
        self.remove_ring.setEnabled(self.rings.count() > 1)
        self.remove_sector.setEnabled(self.sectors.count() > 1)

    def _current_id(self, listing: QListWidget) -> str:
        item = listing.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def _renamed(self, item: QListWidgetItem) -> None:
        record_id = str(item.data(Qt.ItemDataRole.UserRole))
        label = item.text().strip()
        if not label:
            self._fill_lists()  # an empty name is refused: show the old one again
        elif item.listWidget() is self.rings:
            edits.rename_ring(self.document, record_id, label)
        else:
            edits.rename_sector(self.document, record_id, label)

    def _remove_ring(self) -> None:
        if self.rings.count() > 1 and (ring_id := self._current_id(self.rings)):
            edits.remove_ring(self.document, ring_id)

    def _add_sector(self) -> None:
        used = {s.colour for s in self.document.workshop.sectors}
        colour = next((c for c in SECTOR_SWATCHES if c not in used), SECTOR_SWATCHES[-1])
        edits.add_sector(self.document, self.tr("New sector"), colour)

    def _remove_sector(self) -> None:
        if self.sectors.count() > 1 and (sector_id := self._current_id(self.sectors)):
            edits.remove_sector(self.document, sector_id)

    def _recolour(self, colour: str) -> None:
        if sector_id := self._current_id(self.sectors):
            edits.recolour_sector(self.document, sector_id, colour)

    def _choose_picture(self) -> None:
        path = self.dialogs.choose_file(
            self.tr("Picture of the citizen"),
            self.tr("Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)"),
        )
        if path is None:
            return
        try:
            choose_persona_picture(self.document, path)
        except PersonaPictureError as exc:
            self.dialogs.show_error(self.tr("Picture of the citizen"), str(exc))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.persona_description and event.type() == QEvent.Type.FocusOut:
            edits.set_persona(
                self.document, persona_description=self.persona_description.toPlainText()
            )
        return super().eventFilter(watched, event)

    def _on_session_changed(self, _changes: ChangeSet) -> None:
        self._fill_persona()

    def _on_map_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Ring, Sector):
            self._fill_lists()
