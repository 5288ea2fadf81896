"""The wheel never changes a combo box or spin box without focus, on any page or dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from n3desk.app.about import AboutDialog
from n3desk.app.export_dialog import ExportChoice, ExportDialog, ExportRequest
from n3desk.app.main_window import MainWindow
from n3desk.app.new_session_dialog import NewSessionDialog
from n3desk.app.settings_dialog import SettingsDialog
from n3desk.domain.demo import build_demo
from n3desk.domain.templates import BLANK
from n3desk.store import Library


def wheel(widget: QWidget, steps: int) -> None:
    """Scroll the wheel over ``widget`` (and over its text field, where it has one)."""
    targets = [widget]
    if isinstance(widget, QAbstractSpinBox | QComboBox) and widget.lineEdit() is not None:
        targets.append(widget.lineEdit())
    for target in targets:
        inside = QPointF(4, 4)
        event = QWheelEvent(
            inside,
            QPointF(target.mapToGlobal(QPoint(4, 4))),
            QPoint(0, 0),
            QPoint(0, 120 * steps),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(target, event)


def value_of(field: QWidget) -> object:
    if isinstance(field, QComboBox):
        return field.currentIndex()
    if isinstance(field, QDateTimeEdit):
        return field.dateTime()
    return field.value()  # type: ignore[attr-defined]


def guarded_fields(root: QWidget) -> list[QWidget]:
    """Every combo box and spin box under ``root`` that holds more than one value."""
    found: list[QWidget] = [*root.findChildren(QComboBox), *root.findChildren(QAbstractSpinBox)]
    return [
        f
        for f in found
        if not (isinstance(f, QComboBox) and f.count() < 2)
        and not (isinstance(f, QSpinBox) and f.minimum() == f.maximum())
    ]


def assert_wheel_changes_nothing(root: QWidget) -> list[str]:
    """Scroll over every field of ``root`` without focus; return the names of those checked."""
    checked: list[str] = []
    for field in guarded_fields(root):
        assert field.focusPolicy() != Qt.FocusPolicy.WheelFocus, field  # a wheel gives no focus
        field.clearFocus()
        before = value_of(field)
        wheel(field, 1)
        wheel(field, -2)
        assert value_of(field) == before, f"the wheel changed {type(field).__name__} {field}"
        checked.append(type(field).__name__)
    return checked


def test_scrolling_over_every_field_of_every_page_changes_nothing(
    library: Library, qtbot: QtBot
) -> None:
    """Overview, board with its panels and dialogs, map with its side panels, agenda,
    start page and every dialog: scrolling over a field that lacks focus leaves it."""
    demo = build_demo("en", 1_800_000_000.0)
    library.add(demo)
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    session = window.open_session(demo.session.id)
    assert session is not None
    checked: list[str] = []
    checked += assert_wheel_changes_nothing(window.start_page)

    session.show_view("overview")
    checked += assert_wheel_changes_nothing(session.overview)

    session.show_view("board")
    boards = session.boards
    boards.voting_action.setChecked(True)
    boards.ratings_action.setChecked(True)
    boards._update_side()
    editor = boards.ratings_panel.edit_criteria()
    carry = boards.choose_carry()
    for root in (boards, editor, carry):
        checked += assert_wheel_changes_nothing(root)
    voter = boards.voting_panel.voter
    assert voter.count() > 1  # the demo has participants: there is a voter to change

    session.show_view("map")
    page = session.map
    page.panel_toggle.setChecked(True)
    page.scene.select_stakeholder(demo.stakeholders[0].id)
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        checked += assert_wheel_changes_nothing(page)
    page.scene.select_relation(demo.relations[0].id)
    checked += assert_wheel_changes_nothing(page)

    session.show_view("agenda")
    session.agenda.select_stage(demo.stages[0].id)
    checked += assert_wheel_changes_nothing(session.agenda)
    checked += assert_wheel_changes_nothing(session)  # the timer strip and what is left

    proposal = ExportChoice(Path("record.pdf"))
    for dialog in (
        SettingsDialog(window),
        NewSessionDialog([BLANK, BLANK], "en", window),
        AboutDialog(window),
        *(ExportDialog(ExportRequest(kind, kind, proposal), window) for kind in ("pdf", "csv")),
    ):
        dialog.show()
        checked += assert_wheel_changes_nothing(dialog)
        dialog.close()
    assert len(checked) >= 25
    assert {"QComboBox", "QSpinBox", "QDateEdit"} <= set(checked)


def test_a_focused_field_still_takes_the_wheel(library: Library, qtbot: QtBot) -> None:
    """Clicked or tabbed into, a combo box and a spin box change with the wheel as usual."""
    demo = build_demo("en", 1_800_000_000.0)
    library.add(demo)
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    session = window.open_session(demo.session.id)
    assert session is not None
    session.show_view("map")
    sector = session.map.sector_choice
    sector.setCurrentIndex(0)
    sector.setFocus()
    assert sector.hasFocus()
    wheel(sector, -1)
    assert sector.currentIndex() == 1
    session.show_view("board")
    session.boards.voting_action.setChecked(True)
    session.boards._update_side()
    dots = session.boards.voting_panel.per_participant
    dots.setValue(3)
    dots.setFocus()
    wheel(dots, 1)
    assert dots.value() == 4


def test_the_guard_holds_through_the_app_theme_and_a_theme_change(qtbot: QtBot) -> None:
    """With the theme applied as the app applies it, then switched, a new and an existing
    combo box and spin box take no wheel without focus."""
    from PySide6.QtWidgets import QVBoxLayout

    from n3desk.app.main import create_application
    from n3desk.app.theme import apply_theme

    app = create_application("en")
    try:
        made_before = QWidget()
        qtbot.addWidget(made_before)
        early = QComboBox(made_before)
        early.addItems(["a", "b", "c"])
        made_before.show()
        apply_theme(app, "dark_teal.xml", 1.0)  # as the settings dialog does
        page = QWidget()
        qtbot.addWidget(page)
        layout = QVBoxLayout(page)
        combo, spin = QComboBox(), QSpinBox()
        combo.addItems(["a", "b", "c"])
        spin.setRange(0, 10)
        layout.addWidget(combo)
        layout.addWidget(spin)
        page.show()
        assert assert_wheel_changes_nothing(page) == ["QComboBox", "QSpinBox"]
        assert assert_wheel_changes_nothing(made_before) == ["QComboBox"]
    finally:
        apply_theme(app, "light_blue.xml", 1.0)
