"""MapPage: the stakeholder map tab — the map, a quick-add bar, and the side panels."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QPoint, QSortFilterProxyModel, Qt
from PySide6.QtGui import QContextMenuEvent, QDrag, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from n3desk.app.dialogs import QtDialogs
from n3desk.app.document import SessionDocument
from n3desk.app.key_map import matches
from n3desk.app.map import edits
from n3desk.app.map.context_menus import show_map_menu
from n3desk.app.map.painting import LONGEST_FIELD
from n3desk.app.map.relation_panel import RelationPanel
from n3desk.app.map.scene import StakeholderMapScene
from n3desk.app.map.setup_panel import MapSetupPanel, PictureDialogs
from n3desk.app.map.stakeholder_panel import StakeholderEditor
from n3desk.app.map.table_model import ID_ROLE, StakeholderTableModel
from n3desk.app.map.view import MapView, palette_mime
from n3desk.domain.change_set import ChangeSet
from n3desk.domain.entities import Ring, Sector

PANEL_BESIDE_FROM = 1200  # page width (px) from which the table is shown beside the map


class PaletteChip(QLabel):
    """Drag me onto the map: a new stakeholder named after the name field."""

    def __init__(self, name_field: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field = name_field
        self._press: QPoint | None = None
        self.setText(self.tr("+ Drag"))
        self.setToolTip(self.tr("Drag onto the map to place the typed name there"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setStyleSheet(
            "QLabel { background: #ffffff; border: 2px dashed #607d8b; border-radius: 14px;"
            " padding: 4px 12px; color: #1a1a1a; font-weight: bold; }"
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or (event.position().toPoint() - self._press).manhattanLength() < 6:
            return
        self._press = None
        drag = QDrag(self)
        drag.setMimeData(palette_mime(self._field.text().strip()))
        drag.setPixmap(self.grab())
        if drag.exec(Qt.DropAction.CopyAction) == Qt.DropAction.CopyAction:
            self._field.clear()


class MapPage(QWidget):
    """The Stakeholder map tab of the session window."""

    def __init__(
        self,
        document: SessionDocument,
        parent: QWidget | None = None,
        *,
        dialogs: PictureDialogs | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self._syncing = False
        self.scene = StakeholderMapScene(document, self)
        self.view = _PageView(self, self.scene)
        self.view.default_name = self.tr("New stakeholder")
        self.name_field = QLineEdit(self)
        self.name_field.setMaxLength(LONGEST_FIELD)
        self.name_field.setPlaceholderText(self.tr("Type a name and press Enter"))
        self.name_field.setClearButtonEnabled(True)
        self.sector_choice = QComboBox(self)
        self.ring_choice = QComboBox(self)
        self.chip = PaletteChip(self.name_field, self)
        self.connect_toggle = QToolButton(self)
        self.connect_toggle.setText(self.tr("Connect"))
        self.connect_toggle.setCheckable(True)
        self.connect_toggle.setToolTip(
            self.tr("Drag from one stakeholder to another to connect them")
        )
        self.focus_toggle = QToolButton(self)
        self.focus_toggle.setText(self.tr("Focus"))
        self.focus_toggle.setCheckable(True)
        self.focus_toggle.setToolTip(
            self.tr("Fade all but the selected stakeholder and its neighbours (F)")
        )
        self.focus_steps = QComboBox(self)
        self.focus_steps.addItem(self.tr("1 step"), 1)
        self.focus_steps.addItem(self.tr("2 steps"), 2)
        self.panel_toggle = QToolButton(self)
        self.panel_toggle.setText(self.tr("Table"))
        self.panel_toggle.setCheckable(True)
        self.panel_toggle.setChecked(True)
        self.name_field.setMinimumWidth(200)
        for combo in (self.sector_choice, self.ring_choice):
            combo.setMinimumContentsLength(7)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        bar = QHBoxLayout()
        bar.addWidget(self.name_field, 4)
        bar.addWidget(self.sector_choice, 2)
        bar.addWidget(self.ring_choice, 2)
        bar.addWidget(self.chip)
        for widget in (self.connect_toggle, self.focus_toggle, self.focus_steps, self.panel_toggle):
            bar.addWidget(widget)
        self.model = StakeholderTableModel(document, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 170)
        self.editor = StakeholderEditor(document, self)
        people = QWidget(self)
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(self.table, 3)
        people_layout.addWidget(self.editor, 2)
        self.relation_panel = RelationPanel(document, self)
        self.setup_panel = MapSetupPanel(document, dialogs or QtDialogs(self), self)
        setup_scroll = QScrollArea(self)
        setup_scroll.setWidgetResizable(True)
        setup_scroll.setWidget(self.setup_panel)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(people, self.tr("Stakeholders"))
        self.tabs.addTab(self.relation_panel, self.tr("Relations"))
        self.tabs.addTab(setup_scroll, self.tr("Map"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self._sized = False
        self._panel_by_hand = False  # the facilitator chose to show or hide the table
        self._wire()
        self._fill_choices()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._sized and self.width() > 0:
            # The map gets most of the room; the table stays readable beside it.
            panel = int(min(max(self.width() * 0.32, 300), 560))
            self.splitter.setSizes([max(self.width() - panel, 320), panel])
            self._sized = True
        if not self._panel_by_hand:
            # On a small screen the map needs all the room: the table waits behind
            # "Table" until the facilitator asks for it.
            self.panel_toggle.setChecked(self.width() >= PANEL_BESIDE_FROM)

    def _wire(self) -> None:
        self.name_field.returnPressed.connect(self.add_typed_name)
        self.connect_toggle.toggled.connect(self._set_connect_mode)
        self.focus_toggle.toggled.connect(self._focus_toggled)
        self.focus_steps.currentIndexChanged.connect(lambda _i: self._refocus())
        self.panel_toggle.toggled.connect(self.tabs.setVisible)
        self.panel_toggle.clicked.connect(lambda _on: setattr(self, "_panel_by_hand", True))
        self.scene.selectionChanged.connect(self._on_scene_selection)
        self.scene.focus_changed.connect(self._on_focus_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_table_selection())
        self.editor.focus_requested.connect(lambda sid: self.scene.set_focus(sid, self._steps()))
        self.editor.connect_requested.connect(
            lambda a, b: edits.connect(self.document, a, b, self.scene.new_relation_kind)
        )
        self.relation_panel.kind_visibility_changed.connect(self.scene.set_kind_visible)
        self.relation_panel.new_kind_changed.connect(self._set_new_kind)
        self.document.map_changed.connect(self._on_map_changed)

    # -- gestures ------------------------------------------------------------------

    def add_typed_name(self) -> None:
        """Enter in the name field: the name goes into the chosen sector and ring."""
        name = self.name_field.text().strip()
        if not name:
            return
        record = edits.add_stakeholder_in_cell(
            self.document, name, self.sector_choice.currentIndex(), self.ring_choice.currentIndex()
        )
        self.name_field.clear()
        self.scene.select_stakeholder(record.id)
        self.name_field.setFocus()

    def _set_connect_mode(self, on: bool) -> None:
        self.scene.connect_mode = on
        drag = MapView.DragMode
        self.view.setDragMode(drag.NoDrag if on else drag.RubberBandDrag)

    def _set_new_kind(self, kind: str) -> None:
        self.scene.new_relation_kind = kind

    def _steps(self) -> int:
        return int(self.focus_steps.currentData() or 1)

    def _focus_toggled(self, on: bool) -> None:
        if not on:
            self.scene.set_focus("")
            return
        selected = self.scene.selected_stakeholder_items()
        target = selected[0].stakeholder_id if selected else self.editor.stakeholder_id()
        self.scene.set_focus(target, self._steps())

    def _refocus(self) -> None:
        if self.scene.focus_id():
            self.scene.set_focus(self.scene.focus_id(), self._steps())

    def _on_focus_changed(self, stakeholder_id: str, _steps: int) -> None:
        self.focus_toggle.blockSignals(True)
        self.focus_toggle.setChecked(bool(stakeholder_id))
        self.focus_toggle.blockSignals(False)

    # -- keeping the map, the table and the editors in step ------------------------

    def _on_scene_selection(self) -> None:
        # A scene being torn down clears its selection one last time: ignore that.
        if self._syncing or not isValid(self.scene):
            return
        stakeholders = self.scene.selected_stakeholder_items()
        relations = self.scene.selected_relation_items()
        if len(stakeholders) == 1:
            sid = stakeholders[0].stakeholder_id
            self.editor.show_stakeholder(sid)
            self._select_row(sid)
            if self.tabs.currentIndex() == 1:
                self.tabs.setCurrentIndex(0)
        elif relations:
            self.relation_panel.show_relation(relations[0].relation_id)
            if self.tabs.currentIndex() == 0:
                self.tabs.setCurrentIndex(1)
        if not relations:
            self.relation_panel.show_relation("")

    def _select_row(self, stakeholder_id: str) -> None:
        row = self.model.row_of(stakeholder_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self._syncing = True
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().select(index, flags)
        self.table.scrollTo(index)
        self._syncing = False

    def _on_table_selection(self) -> None:
        if self._syncing:
            return
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        sid = str(self.proxy.data(rows[0], ID_ROLE))
        self._syncing = True
        self.scene.select_stakeholder(sid)
        self._syncing = False
        self.editor.show_stakeholder(sid)

    def _fill_choices(self) -> None:
        for combo, records in (
            (self.sector_choice, self.document.workshop.sectors),
            (self.ring_choice, self.document.workshop.rings),
        ):
            current = combo.currentIndex()
            combo.blockSignals(True)
            combo.clear()
            for record in records:
                combo.addItem(record.label[:60], record.id)
            combo.setCurrentIndex(max(0, min(current, combo.count() - 1)))
            combo.blockSignals(False)

    def _on_map_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Ring, Sector):
            self._fill_choices()

    # -- off-screen pictures ---------------------------------------------------------

    def show_for_shot(self, options: dict[str, str]) -> None:
        """Prepare the page for an off-screen picture (n3desk shot).

        Options: ``panel=hidden`` shows the map alone (``panel=shown`` with the
        table; by default as the page's width has it); ``focus=NAME`` focuses a
        stakeholder; ``steps=2`` widens the focus.
        """
        self.scene.clearSelection()
        panel = options.get("panel", "")
        if panel:  # without the option: as the page chose for its width
            self._panel_by_hand = True
            self.panel_toggle.setChecked(panel not in ("hidden", "off", "0"))
        wanted = options.get("focus", "")
        if wanted:
            for stakeholder in self.document.workshop.stakeholders:
                if wanted in (stakeholder.id, stakeholder.name):
                    self.scene.set_focus(stakeholder.id, int(options.get("steps", "1") or 1))
                    break
        self.view.fit()


class _PageView(MapView):
    """The map view with the page's context menu and the F key for focus."""

    def __init__(self, page: MapPage, scene: StakeholderMapScene) -> None:
        super().__init__(scene, page)
        self._page = page

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        show_map_menu(self._page, self.mapToScene(event.pos()), event.globalPos())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if matches("map.focus", event):
            self._page.focus_toggle.toggle()
            event.accept()
            return
        super().keyPressEvent(event)
