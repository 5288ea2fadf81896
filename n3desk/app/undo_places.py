"""After an undo or redo, show where it acted: the tab, the board, the records.

"Undo" on the Boards tab used to rewind something on the Agenda tab and stay where
it was, so the facilitator could not see what had been undone. The session window
now follows every undo and redo (:attr:`SessionDocument.replayed`) to the place
:func:`n3desk.domain.places.place_of` names: it switches the tab (and the board, or
the side panel of the map), selects what the step brought back, and scrolls it into
view — at the zoom the facilitator chose, never zooming in or out by itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF

from n3desk.domain import places
from n3desk.domain.changes import Op

if TYPE_CHECKING:
    from n3desk.app.session_window import SessionWindow

MARGIN = 60  # pixels kept around what is brought into view

MAP_TABS = {"stakeholders": 0, "relations": 1, "setup": 2}


def show_place(window: SessionWindow, applied: Sequence[Op], undone: Sequence[Op]) -> None:
    """Show the place where ``applied`` (an undo or redo) acted."""
    place = places.place_of(window.document.workshop, applied, undone)
    if place is None:
        return
    window.show_view(place.view)
    if place.view == places.BOARD:
        _show_on_board(window, place)
    elif place.view == places.MAP:
        _show_on_map(window, place)
    elif place.view == places.AGENDA:
        if place.record_ids:
            window.agenda.select_stage(place.record_ids[0])
            item = window.agenda.stage_list.currentItem()
            if item is not None:
                window.agenda.stage_list.scrollToItem(item)
    elif place.view == places.OVERVIEW:
        section = window.overview.sections.get(place.section)
        if section is not None:
            window.overview.ensureWidgetVisible(section, MARGIN, MARGIN)


def _show_on_board(window: SessionWindow, place: places.Place) -> None:
    page = window.boards
    if place.board_id is not None and page.tabs.current_board() != place.board_id:
        page.tabs.set_current(place.board_id)
    if place.section == "ratings" and not page.ratings_action.isChecked():
        page.ratings_action.setChecked(True)
        page._update_side()
    view = page.current_view()
    if view is None or view.board_scene.board_id != place.board_id:
        return
    scene = view.board_scene
    if place.record_ids:
        scene.select([i for i in place.record_ids if i in scene.notes or i in scene.frames])
    if place.area is not None:
        x, y, w, h = place.area
        view.ensureVisible(QRectF(x, y, w, h), MARGIN, MARGIN)


def _show_on_map(window: SessionWindow, place: places.Place) -> None:
    page = window.map
    tab = MAP_TABS.get(place.section)
    if tab is not None:
        page.tabs.setCurrentIndex(tab)
    for record_id in place.record_ids:
        item = page.scene.stakeholder_item(record_id)
        if item is not None:
            page.scene.select_stakeholder(record_id)
            page.view.ensureVisible(item, MARGIN, MARGIN)
            return
        relation = page.scene.relation_item(record_id)
        if relation is not None:
            page.scene.select_relation(record_id)
            page.view.ensureVisible(relation, MARGIN, MARGIN)
            return
