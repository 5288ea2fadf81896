"""Relations: the legend with its filter, the kind for new lines, the selected line's editor."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from n3desk.app.document import SessionDocument
from n3desk.app.map import edits
from n3desk.app.map.legend_item import kind_title
from n3desk.app.map.painting import LONGEST_FIELD, draw_relation_line
from n3desk.domain.change_set import ChangeSet
from n3desk.domain.entities import Relation, Stakeholder
from n3desk.domain.mapgeometry import BUILTIN_KINDS, kinds_in_use, relation_style


def kind_icon(kind: str) -> QIcon:
    """A short sample of the kind's line, for lists and combo boxes."""
    pixmap = QPixmap(QSize(44, 18))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw_relation_line(painter, QPointF(2, 9), QPointF(42, 9), relation_style(kind), 0.8)
    painter.end()
    return QIcon(pixmap)


def fill_kinds(combo: QComboBox, kinds: Sequence[str], current: str) -> None:
    """Fill an editable kind combo: built-in kinds translated, the user's own as typed."""
    combo.blockSignals(True)
    combo.clear()
    for kind in kinds:
        combo.addItem(kind_icon(kind), kind_title(kind), kind)
    index = combo.findData(current)
    if index < 0:
        combo.addItem(kind_icon(current), current, current)
        index = combo.count() - 1
    combo.setCurrentIndex(index)
    combo.blockSignals(False)


def _line_edit(combo: QComboBox) -> QLineEdit:
    """The text field of an editable combo box."""
    edit = combo.lineEdit()
    assert edit is not None
    return edit


def chosen_kind(combo: QComboBox) -> str:
    """The kind a combo stands on; typed text that is no listed title is a kind of one's own."""
    text = combo.currentText().strip()
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    if index >= 0:
        return str(combo.itemData(index))
    return text or "collaboration"


class RelationPanel(QWidget):
    """Legend and filter of relation kinds, and the editor of the selected relation.

    Signals:
        kind_visibility_changed(str, bool): a kind was shown or hidden on the map.
        new_kind_changed(str): the kind new relations get.
    """

    kind_visibility_changed = Signal(str, bool)
    new_kind_changed = Signal(str)

    def __init__(self, document: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._id = ""
        self._hidden: set[str] = set()
        self.checks: dict[str, QCheckBox] = {}
        self.legend_box = QGroupBox(self.tr("Show relations"), self)
        self.legend_layout = QVBoxLayout(self.legend_box)
        self.new_kind = QComboBox(self)
        self.new_kind.setEditable(True)
        self.new_kind.setToolTip(self.tr("The type new relations get; type a name for your own"))
        fill_kinds(self.new_kind, BUILTIN_KINDS, "collaboration")
        self.new_kind.currentIndexChanged.connect(lambda _i: self._new_kind_chosen())
        _line_edit(self.new_kind).editingFinished.connect(self._new_kind_chosen)
        self.editor = QGroupBox(self.tr("Selected relation"), self)
        self.ends = QLabel(self.editor)
        self.ends.setTextFormat(Qt.TextFormat.PlainText)
        self.ends.setWordWrap(True)
        self.kind = QComboBox(self.editor)
        self.kind.setEditable(True)
        self.label = QLineEdit(self.editor)
        self.label.setMaxLength(LONGEST_FIELD)
        self.directed = QCheckBox(self.tr("Has a direction (arrow)"), self.editor)
        self.delete_button = QPushButton(self.tr("Delete relation"), self.editor)
        form = QFormLayout(self.editor)
        form.addRow(self.ends)
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Label"), self.label)
        form.addRow(self.directed)
        form.addRow(self.delete_button)
        hint = QLabel(
            self.tr("Drag from one stakeholder to another with Shift held, or switch on Connect."),
            self,
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.legend_box)
        new_form = QFormLayout()
        new_form.addRow(self.tr("New relations"), self.new_kind)
        layout.addLayout(new_form)
        layout.addWidget(hint)
        layout.addWidget(self.editor)
        layout.addStretch(1)
        self.kind.currentIndexChanged.connect(lambda _i: self._commit_kind())
        _line_edit(self.kind).editingFinished.connect(self._commit_kind)
        self.label.editingFinished.connect(self._commit_label)
        self.directed.toggled.connect(self._commit_directed)
        self.delete_button.clicked.connect(self._delete)
        document.map_changed.connect(self._on_map_changed)
        self._refresh_legend()
        self.show_relation("")

    # -- legend and filter -------------------------------------------------------------

    def _refresh_legend(self) -> None:
        kinds = kinds_in_use(r.kind for r in self.document.workshop.relations)
        if list(self.checks) == kinds:
            return
        for check in self.checks.values():
            check.deleteLater()
        self.checks = {}
        for kind in kinds:
            check = QCheckBox(kind_title(kind)[:60], self.legend_box)
            check.setIcon(kind_icon(kind))
            check.setIconSize(QSize(44, 18))
            check.setChecked(kind not in self._hidden)
            check.toggled.connect(lambda on, k=kind: self._toggle(k, on))
            self.legend_layout.addWidget(check)
            self.checks[kind] = check

    def _toggle(self, kind: str, visible: bool) -> None:
        if visible:
            self._hidden.discard(kind)
        else:
            self._hidden.add(kind)
        self.kind_visibility_changed.emit(kind, visible)

    def _new_kind_chosen(self) -> None:
        self.new_kind_changed.emit(chosen_kind(self.new_kind))

    # -- the selected relation ---------------------------------------------------------

    def relation_id(self) -> str:
        return self._id

    def show_relation(self, relation_id: str) -> None:
        record = self.document.workshop.get(Relation, relation_id or None)
        self._id = record.id if record is not None else ""
        self.editor.setVisible(record is not None)
        if record is not None:
            self._fill(record)

    def _fill(self, record: Relation) -> None:
        workshop = self.document.workshop
        source = workshop.get(Stakeholder, record.source_id)
        target = workshop.get(Stakeholder, record.target_id)
        arrow = " → " if record.directed else " — "
        names = [(s.name[:80] if s else "?") for s in (source, target)]
        self.ends.setText(names[0] + arrow + names[1])
        fill_kinds(self.kind, kinds_in_use(r.kind for r in workshop.relations), record.kind)
        if not self.label.hasFocus():
            self.label.setText(record.label)
        self.directed.blockSignals(True)
        self.directed.setChecked(record.directed)
        self.directed.blockSignals(False)

    def _commit_kind(self) -> None:
        if self._id:
            edits.edit_relation(self.document, self._id, kind=chosen_kind(self.kind))

    def _commit_label(self) -> None:
        if self._id:
            edits.edit_relation(self.document, self._id, label=self.label.text())

    def _commit_directed(self, on: bool) -> None:
        if self._id:
            edits.edit_relation(self.document, self._id, directed=on)

    def _delete(self) -> None:
        if self._id:
            edits.delete_relation(self.document, self._id)

    def _on_map_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Relation):
            self._refresh_legend()
        if self._id and changes.touches(Relation, Stakeholder):
            self.show_relation(self._id)
