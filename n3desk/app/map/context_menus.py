"""Right-click menus on the map: a stakeholder's, a relation's, and the empty map's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QPointF
from PySide6.QtWidgets import QMenu

from n3desk.app.map import edits
from n3desk.app.map.legend_item import kind_title
from n3desk.app.map.relation_item import RelationItem
from n3desk.app.map.stakeholder_item import StakeholderItem
from n3desk.domain.mapgeometry import kinds_in_use, xy_to_polar

if TYPE_CHECKING:
    from n3desk.app.map.page import MapPage


def _menu_text(text: str) -> str:
    """User text as a menu entry: short, and '&' shown rather than taken as a shortcut."""
    return text[:80].replace("&", "&&") or "…"


def build_map_menu(page: MapPage, scene_pos: QPointF) -> QMenu:
    """The menu for a right-click at ``scene_pos`` (built, not shown: tests trigger it)."""
    scene = page.scene
    document = page.document
    menu = QMenu(page)
    hit = next(
        (i for i in scene.items(scene_pos) if isinstance(i, StakeholderItem | RelationItem)), None
    )
    if isinstance(hit, StakeholderItem):
        scene.select_stakeholder(hit.stakeholder_id)
        sid = hit.stakeholder_id
        menu.addAction(QCoreApplication.translate("MapMenus", "Focus")).triggered.connect(
            lambda: scene.set_focus(sid, page.focus_steps.currentData() or 1)
        )
        connect = menu.addMenu(QCoreApplication.translate("MapMenus", "Connect to"))
        for other in document.workshop.stakeholders:
            if other.id != sid:
                connect.addAction(_menu_text(other.name)).triggered.connect(
                    lambda _c=False, t=other.id: edits.connect(
                        document, sid, t, scene.new_relation_kind
                    )
                )
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("MapMenus", "Delete")).triggered.connect(
            lambda: edits.delete_stakeholders(document, [sid])
        )
    elif isinstance(hit, RelationItem):
        scene.select_relation(hit.relation_id)
        relation = hit.relation
        kinds = menu.addMenu(QCoreApplication.translate("MapMenus", "Type"))
        for kind in kinds_in_use(r.kind for r in document.workshop.relations):
            action = kinds.addAction(_menu_text(kind_title(kind)))
            action.setCheckable(True)
            action.setChecked(kind == relation.kind)
            action.triggered.connect(
                lambda _c=False, k=kind: edits.edit_relation(document, relation.id, kind=k)
            )
        directed = menu.addAction(QCoreApplication.translate("MapMenus", "Has a direction (arrow)"))
        directed.setCheckable(True)
        directed.setChecked(relation.directed)
        directed.triggered.connect(
            lambda on: edits.edit_relation(document, relation.id, directed=bool(on))
        )
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("MapMenus", "Delete relation")).triggered.connect(
            lambda: edits.delete_relation(document, relation.id)
        )
    else:
        angle, radius = xy_to_polar(scene_pos.x(), scene_pos.y(), scene.outer_radius)
        menu.addAction(
            QCoreApplication.translate("MapMenus", "New stakeholder here")
        ).triggered.connect(
            lambda: scene.select_stakeholder(
                edits.add_stakeholder(document, page.view.default_name, angle, radius).id
            )
        )
    return menu


def show_map_menu(page: MapPage, scene_pos: QPointF, global_pos: QPoint) -> None:
    menu = build_map_menu(page, scene_pos)
    menu.exec(global_pos)
    menu.deleteLater()
