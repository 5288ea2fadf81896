"""The stakeholder table, the rings/sectors/persona editors, and the map at any size."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMenu

from n3desk.app.document import SessionDocument
from n3desk.app.map.context_menus import build_map_menu
from n3desk.app.map.page import MapPage
from n3desk.app.map.table_model import INFLUENCE, NAME, NOTES, SECTOR, StakeholderTableModel
from n3desk.domain.entities import Relation
from n3desk.domain.mapgeometry import cell_of, polar_to_xy
from n3desk.domain.templates import Template, instantiate


def test_table_model_passes_qtmodeltester(seeded: SessionDocument, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """The stakeholder table is a well-behaved Qt model, also behind a sorting proxy."""
    model = StakeholderTableModel(seeded)
    qtmodeltester.check(model, force_py=True)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(NAME)
    qtmodeltester.check(proxy, force_py=True)


def test_table_edits_are_undoable_and_follow_the_map(page: MapPage, kit) -> None:  # type: ignore[no-untyped-def]
    """Editing a cell is one undo step; the map and the table show the same records."""
    document = page.document
    model = page.model
    care = kit.by_name(document, "Hemtjänsten")
    row = model.row_of(care.id)
    assert model.setData(model.index(row, NAME), "Hemtjänsten Norr")
    assert model.setData(model.index(row, INFLUENCE), 5)
    assert not model.setData(model.index(row, INFLUENCE), 9)
    assert model.setData(model.index(row, NOTES), "<b>ring först</b>")
    assert model.data(model.index(row, SECTOR)) == document.workshop.sectors[2].label
    item = page.scene.stakeholder_item(care.id)
    assert item is not None
    assert item.stakeholder.name == "Hemtjänsten Norr"
    assert document.undo_stack.count() == 3
    kit.assert_stored(document)
    document.undo_stack.undo()
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert kit.by_name(document, "Hemtjänsten") == care
    assert item.stakeholder == care
    kit.assert_stored(document)
    document.undo_stack.redo()
    assert model.data(model.index(row, NAME)) == "Hemtjänsten Norr"
    kit.assert_stored(document)


def test_table_sorts_and_selects_on_the_map(page: MapPage, kit) -> None:  # type: ignore[no-untyped-def]
    """Sorting the table by name works, and choosing a row selects that stakeholder."""
    page.table.sortByColumn(NAME, Qt.SortOrder.DescendingOrder)
    first = page.proxy.index(0, NAME)
    assert page.proxy.data(first) == "Vårdcentralen"
    page.table.selectRow(0)
    (selected,) = page.scene.selected_stakeholder_items()
    assert selected.stakeholder.name == "Vårdcentralen"
    assert page.editor.name.text() == "Vårdcentralen"


def test_stakeholder_editor_commits_when_editing_finishes(page: MapPage, kit, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Typing a role commits once when editing finishes, not per key."""
    document = page.document
    care = kit.by_name(document, "Hemtjänsten")
    page.scene.select_stakeholder(care.id)
    page.editor.role.setFocus()
    qtbot.keyClicks(page.editor.role, "Kommer varje dag")
    assert document.undo_stack.count() == 0
    qtbot.keyClick(page.editor.role, Qt.Key.Key_Return)
    assert kit.by_name(document, "Hemtjänsten").role == "Kommer varje dag"
    assert document.undo_stack.count() == 1
    kit.assert_stored(document)


def test_add_and_remove_sectors_keep_stakeholders_in_place(page: MapPage, kit) -> None:  # type: ignore[no-untyped-def]
    """A new sector or ring leaves every stakeholder in its own sector; undo restores all."""
    document = page.document
    before = {s.id: s for s in document.workshop.stakeholders}

    def sector_label(stakeholder_id: str) -> str:
        s = document.workshop.get(type(before[stakeholder_id]), stakeholder_id)
        assert s is not None
        sectors = document.workshop.sectors
        index = cell_of(s.angle, s.radius, len(sectors), 3).sector
        assert index is not None
        return sectors[index].label

    labels = {sid: sector_label(sid) for sid in before}
    page.setup_panel.add_sector.click()
    assert len(document.workshop.sectors) == 8
    assert {sid: sector_label(sid) for sid in before} == labels
    assert len(page.scene.backdrop.sector_labels) == 8
    assert page.sector_choice.count() == 8
    kit.assert_stored(document)
    page.setup_panel.add_ring.click()
    assert len(document.workshop.rings) == 4
    kit.assert_stored(document)
    page.setup_panel.sectors.setCurrentRow(2)  # the municipality: Hemtjänsten moves over
    page.setup_panel.remove_sector.click()
    assert len(document.workshop.sectors) == 7
    assert kit.by_name(document, "Hemtjänsten").id in before
    kit.assert_stored(document)
    for _ in range(3):
        document.undo_stack.undo()
    assert {s.id: s for s in document.workshop.stakeholders} == before
    assert len(document.workshop.sectors) == 7
    kit.assert_stored(document)
    document.undo_stack.redo()
    assert len(document.workshop.sectors) == 8
    kit.assert_stored(document)


def test_rename_and_recolour_a_sector_and_rename_a_ring(page: MapPage, kit) -> None:  # type: ignore[no-untyped-def]
    """Renaming and recolouring are one undo step each and redraw the map."""
    document = page.document
    panel = page.setup_panel
    panel.sectors.item(0).setText("Anhöriga")
    panel.rings.item(2).setText("Långt bort")
    panel.sectors.setCurrentRow(0)
    colours = panel.colour_button.menu()
    assert colours is not None
    next(a for a in colours.actions() if a.text() == "#bcaaa4").trigger()
    sector = document.workshop.sectors[0]
    assert (sector.label, sector.colour) == ("Anhöriga", "#bcaaa4")
    assert document.workshop.rings[2].label == "Långt bort"
    assert page.scene.backdrop.sector_labels[0].text == "Anhöriga"
    daughter = page.scene.stakeholder_item(kit.by_name(document, "Dottern").id)
    assert daughter is not None
    assert daughter._colour == "#bcaaa4"
    assert document.undo_stack.count() == 3
    kit.assert_stored(document)
    document.undo_stack.undo()
    assert document.workshop.sectors[0].colour != "#bcaaa4"
    assert daughter._colour == document.workshop.sectors[0].colour
    document.undo_stack.redo()
    kit.assert_stored(document)


def test_persona_name_and_picture(page: MapPage, kit, dialogs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The citizen's picture is copied into the library; name and picture undo and persist."""
    document = page.document
    picture = tmp_path / "maj-britt.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#88aacc"))
    assert image.save(str(picture))
    panel = page.setup_panel
    panel.persona_name.setText("Maj-Britt, 81")
    panel.persona_name.editingFinished.emit()
    dialogs.picture = picture
    panel.choose_picture.click()
    stored = document.session.persona_image
    assert stored.startswith("persona-")
    assert (document.library.media_dir / stored).read_bytes() == picture.read_bytes()
    assert page.scene.persona.has_picture()
    assert document.session.persona_name == "Maj-Britt, 81"
    kit.assert_stored(document)
    document.undo_stack.undo()
    assert document.session.persona_image == ""
    assert not page.scene.persona.has_picture()
    kit.assert_stored(document)
    document.undo_stack.redo()
    assert page.scene.persona.has_picture()
    kit.assert_stored(document)
    dialogs.picture = tmp_path / "notes.txt"
    dialogs.picture.write_text("not a picture")
    panel.choose_picture.click()
    assert len(dialogs.errors) == 1
    assert document.session.persona_image == stored


HOSTILE = [
    "<b>fet</b><img src=x>",
    "مرحبا بالعالم",
    "שלום 👩‍👩‍👧 🎉",
    "tab\there\x00null",
    "Å" * 100_000,
]


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_are_plain_text(page: MapPage, kit, name: str) -> None:  # type: ignore[no-untyped-def]
    """Markup, right-to-left text, emoji, control characters and huge names stay plain."""
    document = page.document
    page.name_field.setText(name)
    page.add_typed_name()
    (record,) = [s for s in document.workshop.stakeholders if s.name == name]
    item = page.scene.stakeholder_item(record.id)
    assert item is not None
    shown = "".join(item.name_lines())
    assert len(shown) < 400
    label = item.label_rect().translated(item.pos())
    assert label.width() < page.scene.outer_radius * 1.2
    assert label.isEmpty() or page.scene.sceneRect().contains(label)
    if name.startswith("<b>"):
        assert "<b>" in shown
    row = page.model.row_of(record.id)
    assert page.model.data(page.model.index(row, NAME)) == name
    assert page.editor.name.text() == name
    kit.assert_stored(document)
    page.grab()  # paints without error


@pytest.mark.parametrize(("width", "height"), [(1024, 768), (1920, 1080), (3840, 2160)])
def test_window_sizes_keep_the_maps_shape(page: MapPage, width: int, height: int) -> None:
    """Every stakeholder stands at the same polar place, relative to the map, at any size."""
    page.resize(width, height)
    page.view.fit()
    outer = page.scene.outer_radius
    view = page.view.viewport()
    assert 2 * outer * 1.14 <= min(view.width(), view.height())
    for item in page.scene.stakeholder_items():
        s = item.stakeholder
        x, y = polar_to_xy(s.angle, s.radius, outer)
        assert math.isclose(item.pos().x(), x, abs_tol=0.5)
        assert math.isclose(item.pos().y(), y, abs_tol=0.5)
    for label in page.scene.backdrop.sector_labels:
        assert math.hypot(label.centre.x(), label.centre.y()) > outer  # outside the rings
    assert page.scene.backdrop.sector_labels[0].rect.height() >= 18


def test_templates_set_the_rings_and_sectors(document: SessionDocument, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A template with four sectors and five rings gives a map of four slices and five rings."""
    from n3desk.domain.templates import SectorSpec

    template = Template(
        id="fyra",
        name="Fyra",
        rings=("Ett", "Två", "Tre", "Fyra", "Fem"),
        sectors=tuple(SectorSpec(n, "#90caf9") for n in ("Nord", "Öst", "Syd", "Väst")),
    )
    made = instantiate(template, "Mall", language="sv", now=1.0)
    document.library.add(made)
    other = SessionDocument(document.library, document.library.load(made.session.id))
    page = MapPage(other)
    qtbot.addWidget(page)
    page.resize(1024, 768)
    page.view.fit()
    assert [label.text for label in page.scene.backdrop.sector_labels] == [
        "Nord",
        "Öst",
        "Syd",
        "Väst",
    ]
    assert page.ring_choice.count() == 5


def test_context_menu_changes_a_relations_type(page: MapPage, kit) -> None:  # type: ignore[no-untyped-def]
    """The relation's right-click menu sets its type, one undo step."""
    document = page.document
    relation = next(r for r in document.workshop.relations if r.kind == "conflict")
    item = page.scene.relation_item(relation.id)
    assert item is not None
    point: QPointF = item.line().pointAt(0.25)
    menu = build_map_menu(page, point)
    types = next(a.menu() for a in menu.actions() if isinstance(a.menu(), QMenu))
    assert isinstance(types, QMenu)
    next(a for a in types.actions() if a.text() == "Money").trigger()
    assert document.workshop.get(Relation, relation.id).kind == "money"  # type: ignore[union-attr]
    kit.assert_stored(document)
    document.undo_stack.undo()
    assert document.workshop.get(Relation, relation.id).kind == "conflict"  # type: ignore[union-attr]
    kit.assert_stored(document)
