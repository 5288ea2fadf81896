"""The facilitator's gestures on the map, each one undo step, undone, redone and stored."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from n3desk.app.map.page import MapPage
from n3desk.app.map.view import STAKEHOLDER_MIME, palette_mime
from n3desk.domain.entities import Relation, Stakeholder
from n3desk.domain.mapgeometry import Cell, cell_centre, cell_of, polar_to_xy


def _cell(page: MapPage, record: Stakeholder) -> Cell:
    workshop = page.document.workshop
    return cell_of(record.angle, record.radius, len(workshop.sectors), len(workshop.rings))


def test_add_by_typing_names_one_after_another(page: MapPage, kit, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Typing a name and Enter adds it to the chosen sector and ring; Enter again adds the next."""
    document = page.document
    stack = document.undo_stack
    page.sector_choice.setCurrentIndex(1)
    page.ring_choice.setCurrentIndex(2)
    qtbot.keyClicks(page.name_field, "Roda korset")
    qtbot.keyClick(page.name_field, Qt.Key.Key_Return)
    qtbot.keyClicks(page.name_field, "PRO")
    qtbot.keyClick(page.name_field, Qt.Key.Key_Return)
    assert page.name_field.text() == ""
    first, second = kit.by_name(document, "Roda korset"), kit.by_name(document, "PRO")
    assert _cell(page, first) == Cell(1, 2) == _cell(page, second)
    assert (first.angle, first.radius) != (second.angle, second.radius)
    assert page.scene.stakeholder_item(second.id) is not None
    assert page.model.rowCount() == 5
    assert stack.count() == 2
    kit.assert_stored(document)
    stack.undo()
    assert document.workshop.get(Stakeholder, second.id) is None
    assert page.scene.stakeholder_item(second.id) is None
    assert page.model.rowCount() == 4
    kit.assert_stored(document)
    stack.redo()
    assert document.workshop.get(Stakeholder, second.id) == second
    assert page.model.rowCount() == 5
    kit.assert_stored(document)


def test_drag_into_another_sector_and_ring(page: MapPage, kit) -> None:  # type: ignore[no-untyped-def]
    """Dragging a stakeholder elsewhere changes its sector and ring, in one stored step."""
    document = page.document
    before = kit.by_name(document, "Dottern")
    item = page.scene.stakeholder_item(before.id)
    assert item is not None
    target = QPointF(*polar_to_xy(*cell_centre(4, 2, 7, 3), page.scene.outer_radius))
    kit.drag(page, item.pos(), target)
    after = kit.by_name(document, "Dottern")
    assert _cell(page, after) == Cell(4, 2)
    assert page.model.data(page.model.index(page.model.row_of(before.id), 1)) == "Staten"
    assert document.undo_stack.count() == 1
    kit.assert_stored(document)
    document.undo_stack.undo()
    assert kit.by_name(document, "Dottern") == before
    x, y = polar_to_xy(before.angle, before.radius, page.scene.outer_radius)
    assert (round(item.pos().x()), round(item.pos().y())) == (round(x), round(y))
    kit.assert_stored(document)
    document.undo_stack.redo()
    assert kit.by_name(document, "Dottern") == after
    kit.assert_stored(document)


def test_drag_into_the_centre_stays_out_of_the_citizen(page: MapPage, kit) -> None:  # type: ignore[no-untyped-def]
    """A stakeholder dropped on the citizen lands in the innermost ring instead."""
    document = page.document
    item = page.scene.stakeholder_item(kit.by_name(document, "Vårdcentralen").id)
    assert item is not None
    kit.drag(page, item.pos(), QPointF(2, 2))
    assert _cell(page, kit.by_name(document, "Vårdcentralen")).ring == 0
    kit.assert_stored(document)


def test_connect_two_stakeholders_by_dragging(page: MapPage, kit) -> None:  # type: ignore[no-untyped-def]
    """A Shift-drag from one stakeholder to another connects them with the chosen type."""
    document = page.document
    page.scene.new_relation_kind = "money"
    a = page.scene.stakeholder_item(kit.by_name(document, "Dottern").id)
    b = page.scene.stakeholder_item(kit.by_name(document, "Vårdcentralen").id)
    assert a is not None
    assert b is not None
    before = len(document.workshop.relations)
    kit.drag(page, a.pos(), b.pos(), Qt.KeyboardModifier.ShiftModifier)
    (made,) = [r for r in document.workshop.relations if r.kind == "money"]
    assert (made.source_id, made.target_id) == (a.stakeholder_id, b.stakeholder_id)
    assert page.scene.relation_item(made.id) is not None
    assert a.stakeholder == kit.by_name(document, "Dottern")  # connecting did not move it
    kit.assert_stored(document)
    document.undo_stack.undo()
    assert len(document.workshop.relations) == before
    assert page.scene.relation_item(made.id) is None
    kit.assert_stored(document)
    document.undo_stack.redo()
    assert document.workshop.get(Relation, made.id) == made
    kit.assert_stored(document)


def test_connect_mode_and_menu(page: MapPage, kit) -> None:  # type: ignore[no-untyped-def]
    """With Connect switched on a plain drag connects; the editor's menu connects too."""
    document = page.document
    page.connect_toggle.setChecked(True)
    a = page.scene.stakeholder_item(kit.by_name(document, "Dottern").id)
    b = page.scene.stakeholder_item(kit.by_name(document, "Vårdcentralen").id)
    assert a is not None
    assert b is not None
    kit.drag(page, a.pos(), b.pos())
    assert len(document.workshop.relations) == 3
    page.editor.show_stakeholder(b.stakeholder_id)
    page.editor.connect_menu.aboutToShow.emit()
    actions = page.editor.connect_menu.actions()
    next(x for x in actions if x.text() == "Hemtjänsten").trigger()
    assert len(document.workshop.relations) == 4
    assert document.undo_stack.count() == 2
    kit.assert_stored(document)


def test_change_a_relations_type(page: MapPage, kit) -> None:  # type: ignore[no-untyped-def]
    """Choosing another type in the relation editor restyles the line, one undo step."""
    document = page.document
    relation = next(r for r in document.workshop.relations if r.kind == "information")
    page.scene.select_relation(relation.id)
    assert page.relation_panel.relation_id() == relation.id
    combo = page.relation_panel.kind
    combo.setCurrentIndex(combo.findData("trust"))
    assert document.workshop.get(Relation, relation.id).kind == "trust"  # type: ignore[union-attr]
    item = page.scene.relation_item(relation.id)
    assert item is not None
    assert item.relation.kind == "trust"
    assert "trust" in page.scene.legend.kinds()
    kit.assert_stored(document)
    document.undo_stack.undo()
    assert item.relation.kind == "information"
    kit.assert_stored(document)
    document.undo_stack.redo()
    assert item.relation.kind == "trust"
    kit.assert_stored(document)


def test_own_relation_type_typed_in(page: MapPage, kit) -> None:  # type: ignore[no-untyped-def]
    """A type the facilitator types becomes the relation's kind and joins the legend."""
    document = page.document
    relation = next(r for r in document.workshop.relations if r.kind == "conflict")
    page.scene.select_relation(relation.id)
    edit = page.relation_panel.kind.lineEdit()
    assert edit is not None
    edit.setText("Avtal")
    edit.editingFinished.emit()
    assert document.workshop.get(Relation, relation.id).kind == "Avtal"  # type: ignore[union-attr]
    assert "Avtal" in page.relation_panel.checks
    kit.assert_stored(document)


def test_filter_by_type_survives_undo_and_redo(page: MapPage, kit) -> None:  # type: ignore[no-untyped-def]
    """Hiding a type hides its lines, also lines that undo or redo bring back."""
    document = page.document
    conflict = next(r for r in document.workshop.relations if r.kind == "conflict")
    page.relation_panel.checks["conflict"].setChecked(False)
    item = page.scene.relation_item(conflict.id)
    assert item is not None
    assert not item.isVisible()
    assert "conflict" not in page.scene.legend.kinds()
    hemtjansten = kit.by_name(document, "Hemtjänsten")
    page.scene.select_stakeholder(hemtjansten.id)
    page.editor.delete_button.click()
    assert page.scene.relation_item(conflict.id) is None
    document.undo_stack.undo()
    restored = page.scene.relation_item(conflict.id)
    assert restored is not None
    assert not restored.isVisible()
    kit.assert_stored(document)
    document.undo_stack.redo()
    document.undo_stack.undo()
    page.relation_panel.checks["conflict"].setChecked(True)
    again = page.scene.relation_item(conflict.id)
    assert again is not None
    assert again.isVisible()
    kit.assert_stored(document)


def test_focus_fades_all_but_the_neighbours(page: MapPage, kit, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Focus keeps a stakeholder and its neighbours one or two steps away; F and Esc work."""
    document = page.document
    daughter, care, clinic = (
        kit.by_name(document, n).id for n in ("Dottern", "Hemtjänsten", "Vårdcentralen")
    )
    page.scene.select_stakeholder(daughter)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_F)
    assert page.focus_toggle.isChecked()
    assert page.scene.focused_ids() == {daughter, care}
    assert page.scene.stakeholder_item(clinic).opacity() < 0.5  # type: ignore[union-attr]
    page.focus_steps.setCurrentIndex(1)
    assert page.scene.focused_ids() == {daughter, care, clinic}
    page.focus_steps.setCurrentIndex(0)
    link = next(r for r in document.workshop.relations if r.kind == "information")
    page.scene.select_relation(link.id)
    page.relation_panel.delete_button.click()
    assert page.scene.focused_ids() == {daughter}
    document.undo_stack.undo()
    assert page.scene.focused_ids() == {daughter, care}
    kit.assert_stored(document)
    document.undo_stack.redo()
    assert page.scene.focused_ids() == {daughter}
    kit.assert_stored(document)
    qtbot.keyClick(page.view, Qt.Key.Key_Escape)
    assert not page.focus_toggle.isChecked()
    assert page.scene.stakeholder_item(clinic).opacity() == 1.0  # type: ignore[union-attr]


def test_delete_takes_relations_along_in_one_step(page: MapPage, kit, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Deleting a stakeholder deletes its relations too; one undo brings all of them back."""
    document = page.document
    care = kit.by_name(document, "Hemtjänsten")
    relations = sorted(document.workshop.relations, key=lambda r: r.id)
    page.scene.select_stakeholder(care.id)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert document.workshop.get(Stakeholder, care.id) is None
    assert document.workshop.relations == []
    assert page.scene.relation_items() == []
    assert page.model.row_of(care.id) == -1
    assert document.undo_stack.count() == 1
    kit.assert_stored(document)
    document.undo_stack.undo()
    assert document.workshop.get(Stakeholder, care.id) == care
    assert sorted(document.workshop.relations, key=lambda r: r.id) == relations
    assert len(page.scene.relation_items()) == 2
    kit.assert_stored(document)
    document.undo_stack.redo()
    assert document.workshop.relations == []
    kit.assert_stored(document)


def test_drop_a_palette_chip_into_a_sector_and_ring(page: MapPage, kit) -> None:  # type: ignore[no-untyped-def]
    """Dropping the palette chip on the map adds the typed name where it was dropped."""
    document = page.document
    where = QPointF(*polar_to_xy(*cell_centre(6, 1, 7, 3), page.scene.outer_radius))
    pos = page.view.mapFromScene(where)
    mime: QMimeData = palette_mime("Coop")
    assert mime.hasFormat(STAKEHOLDER_MIME)
    actions = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    viewport = page.view.viewport()
    QApplication.sendEvent(viewport, QDragEnterEvent(QPoint(pos), actions, mime, buttons, mods))
    QApplication.sendEvent(viewport, QDropEvent(QPointF(pos), actions, mime, buttons, mods))
    coop = kit.by_name(document, "Coop")
    assert _cell(page, coop) == Cell(6, 1)
    assert page.scene.selected_stakeholder_items()[0].stakeholder_id == coop.id
    kit.assert_stored(document)
    document.undo_stack.undo()
    assert all(s.name != "Coop" for s in document.workshop.stakeholders)
    document.undo_stack.redo()
    assert kit.by_name(document, "Coop") == coop
    kit.assert_stored(document)
