"""The Overview's participants: name, initials and colour; add, edit, remove, reorder."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from n3desk.app.commands import push_edit
from n3desk.app.document import SessionDocument
from n3desk.app.record_table import RecordTableModel, fit_rows, reorder
from n3desk.domain.changes import Op, Put, edited
from n3desk.domain.entities import Entity, Participant, new_id
from n3desk.domain.palette import PARTICIPANT_COLOURS

Index = QModelIndex | QPersistentModelIndex


def initials_of(name: str) -> str:
    """Up to two initials from a name: "Anna-Karin Öberg" → "AÖ"."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    if not words:
        return name.strip()[:2].upper()
    return "".join(w[0] for w in (words[:1] + words[-1:] if len(words) > 1 else words)).upper()


def colour_name(colour: str) -> str:
    """A person's name for a palette colour ("Blue"), or the colour itself."""
    names = {
        "#1565c0": QCoreApplication.translate("ParticipantModel", "Blue"),
        "#2e7d32": QCoreApplication.translate("ParticipantModel", "Green"),
        "#c62828": QCoreApplication.translate("ParticipantModel", "Red"),
        "#6a1b9a": QCoreApplication.translate("ParticipantModel", "Purple"),
        "#ef6c00": QCoreApplication.translate("ParticipantModel", "Orange"),
        "#00838f": QCoreApplication.translate("ParticipantModel", "Teal"),
        "#4e342e": QCoreApplication.translate("ParticipantModel", "Brown"),
        "#ad1457": QCoreApplication.translate("ParticipantModel", "Pink"),
    }
    return names.get(colour.lower(), colour)


def swatch(colour: str, size: int = 18) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class ParticipantModel(RecordTableModel):
    """The session's participants in their order."""

    kind = Participant
    NAME, INITIALS, COLOUR = range(3)

    def records(self) -> list[Entity]:
        return list(self.document.workshop.participants)

    def headers(self) -> Sequence[str]:
        return (self.tr("Name"), self.tr("Initials"), self.tr("Colour"))

    def display(self, record: Entity, column: int, role: int) -> object:
        assert isinstance(record, Participant)
        text_roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole)
        if column == self.NAME and role in text_roles:
            return record.name
        if column == self.INITIALS and role in text_roles:
            return record.initials
        if column == self.COLOUR:
            if role == Qt.ItemDataRole.DecorationRole:
                return QColor(record.colour)
            if role == Qt.ItemDataRole.DisplayRole:
                return colour_name(record.colour)
            if role == Qt.ItemDataRole.EditRole:
                return record.colour
        return None

    def edited(self, record: Entity, column: int, value: object) -> tuple[str, Op] | None:
        assert isinstance(record, Participant)
        text = str(value)
        if column == self.NAME and text.strip() and text != record.name:
            return self.tr("Rename participant"), edited(record, name=text)
        if column == self.INITIALS and text != record.initials:
            return self.tr("Change initials"), edited(record, initials=text.strip()[:4])
        if column == self.COLOUR and text in PARTICIPANT_COLOURS and text != record.colour:
            return self.tr("Change colour"), edited(record, colour=text)
        return None


class ColourDelegate(QStyledItemDelegate):
    """Edits a participant's colour with a list of the palette's colours."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QComboBox(parent)
        box.setIconSize(QSize(20, 20))
        for colour in PARTICIPANT_COLOURS:
            box.addItem(swatch(colour, 20), colour_name(colour), colour)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ParticipantPanel(QWidget):
    """Table of participants with a field to add one and buttons to remove and reorder."""

    def __init__(self, document: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = ParticipantModel(document)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(ParticipantModel.COLOUR, ColourDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(36)
        fit_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ParticipantModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ParticipantModel.INITIALS, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(ParticipantModel.COLOUR, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(ParticipantModel.INITIALS, 110)
        header.resizeSection(ParticipantModel.COLOUR, 130)

        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Name of a participant, then Enter"))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)

        adding = QHBoxLayout()
        adding.addWidget(self.name_edit, 1)
        adding.addWidget(self.add_button)
        moving = QHBoxLayout()
        moving.addWidget(self.up_button)
        moving.addWidget(self.down_button)
        moving.addStretch(1)
        moving.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(adding)
        layout.addWidget(self.table)
        layout.addLayout(moving)

        self.name_edit.returnPressed.connect(self.add_from_field)
        self.add_button.clicked.connect(self.add_from_field)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))

    def add(self, name: str) -> Participant | None:
        """Add a participant at the end, with initials and the next colour."""
        if not name.strip():
            return None
        existing = self.document.workshop.participants
        participant = Participant(
            id=new_id(),
            session_id=self.document.session.id,
            name=name.strip(),
            initials=initials_of(name),
            colour=PARTICIPANT_COLOURS[len(existing) % len(PARTICIPANT_COLOURS)],
            position=max((p.position for p in existing), default=-1) + 1,
        )
        push_edit(self.document, self.tr("Add participant"), [Put(participant)])
        return participant

    def add_from_field(self) -> None:
        if self.add(self.name_edit.text()) is not None:
            self.name_edit.clear()

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row < 0:
            return
        record = self.model.record_at(row)
        ops = self.document.workshop.removal_ops(record)
        push_edit(self.document, self.tr("Remove participant"), ops)

    def move_selected(self, step: int) -> None:
        row = self.selected_row()
        if row < 0:
            return
        moved = self.model.record_at(row)
        push_edit(
            self.document, self.tr("Reorder participants"), reorder(self.model.records(), row, step)
        )
        new_row = self.model.row_of(moved.id)
        if new_row >= 0:
            self.table.selectRow(new_row)
