"""MapView: shows the map scene at the view's size and takes drops from the palette."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QPainter,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from n3desk.app.key_map import matches
from n3desk.app.map import edits
from n3desk.app.map.scene import StakeholderMapScene
from n3desk.domain.mapgeometry import xy_to_polar

STAKEHOLDER_MIME = "application/x-n3desk-new-stakeholder"
"""A palette chip being dragged: its data is the new stakeholder's name (UTF-8)."""


def palette_mime(name: str) -> QMimeData:
    """The drag data of a palette chip carrying ``name``."""
    mime = QMimeData()
    mime.setData(STAKEHOLDER_MIME, name.encode("utf-8"))
    return mime


class MapView(QGraphicsView):
    """The map at the view's size: no scrolling, no zoom; the map fills the view."""

    def __init__(self, scene: StakeholderMapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.map_scene = scene
        self.default_name = "…"  # the name of a chip dropped with an empty name field
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setAcceptDrops(True)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setMinimumSize(320, 320)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._follow_size()  # placed when painted: a window resized in steps, once

    def _follow_size(self) -> None:
        size = self.viewport().size()
        self.map_scene.set_view_size(size.width(), size.height())
        self.centerOn(self.map_scene.sceneRect().center())

    def fit(self) -> None:
        """Re-place the map for the viewport's current size, now."""
        self._follow_size()
        self.map_scene.layout_now()

    # -- drops from the palette --------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(STAKEHOLDER_MIME):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(STAKEHOLDER_MIME):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        if not mime.hasFormat(STAKEHOLDER_MIME):
            super().dropEvent(event)
            return
        name = bytes(mime.data(STAKEHOLDER_MIME).data()).decode("utf-8", "replace").strip()
        point = self.mapToScene(event.position().toPoint())
        angle, radius = xy_to_polar(point.x(), point.y(), self.map_scene.outer_radius)
        record = edits.add_stakeholder(
            self.map_scene.document, name or self.default_name, angle, radius
        )
        self.map_scene.select_stakeholder(record.id)
        event.acceptProposedAction()

    # -- keys ----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        scene = self.map_scene
        if matches("map.delete", event):
            ids = [i.stakeholder_id for i in scene.selected_stakeholder_items()]
            if ids:
                edits.delete_stakeholders(scene.document, ids)
            for relation in scene.selected_relation_items():
                edits.delete_relation(scene.document, relation.relation_id)
            event.accept()
            return
        if matches("map.unfocus", event) and scene.focus_id():
            scene.set_focus("")
            event.accept()
            return
        super().keyPressEvent(event)
