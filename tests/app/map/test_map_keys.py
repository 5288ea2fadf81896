"""The map's keys come from the shortcuts table: Backspace deletes as Del does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from n3desk.app.map.page import MapPage
from n3desk.domain.entities import Stakeholder


def test_backspace_deletes_the_selected_stakeholder(page: MapPage, kit, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    """Backspace (declared for map.delete beside Del) deletes; undo and redo follow."""
    document = page.document
    daughter = kit.by_name(document, "Dottern")
    page.scene.select_stakeholder(daughter.id)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Backspace)
    assert document.workshop.get(Stakeholder, daughter.id) is None
    kit.assert_stored(document)
    document.undo_stack.undo()
    assert document.workshop.get(Stakeholder, daughter.id) == daughter
    document.undo_stack.redo()
    assert document.workshop.get(Stakeholder, daughter.id) is None
    kit.assert_stored(document)
