"""The forms compiled to Python (tools/compile_forms.py) match their Qt Designer files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QWidget,
)
from pytestqt.qtbot import QtBot

from n3desk.app.forms import load_form
from n3desk.app.translation import install_translator

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted(path.name for path in (ROOT / "ui").glob("*.ui"))
BASES: dict[str, type[QWidget]] = {
    "QMainWindow": QMainWindow,
    "QDialog": QDialog,
    "QWidget": QWidget,
}


def _tree(widget: QWidget) -> list[tuple[str, str, str]]:
    """Every named child of ``widget``: its name, Qt class and the text it shows."""
    found: list[tuple[str, str, str]] = []
    for item in widget.findChildren(QObject):
        name = item.objectName()
        if not name or name.startswith("qt_"):
            continue  # Qt's own helpers (a scroll area's viewport, a line edit's action)
        text = ""
        if isinstance(item, QLabel | QAbstractButton | QLineEdit):
            text = item.text() if not isinstance(item, QLineEdit) else item.placeholderText()
        elif isinstance(item, QMenu):
            text = item.title()
        found.append((name, item.metaObject().className(), text))
    return sorted(found)


def _loaded_at_run_time(form: str) -> QWidget:
    """The form as QUiLoader builds it from the .ui file (the way n3desk used to)."""
    data = QByteArray((ROOT / "ui" / form).read_bytes())
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    widget = QUiLoader().load(buffer, None)
    buffer.close()
    assert widget is not None, form
    return widget


def test_committed_modules_match_the_forms() -> None:
    """tools/compile_forms.py --check: every ui/*.ui has its module, none is stale."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "compile_forms.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("form", FORMS)
def test_compiled_form_builds_what_the_designer_file_describes(qtbot: QtBot, form: str) -> None:
    """A compiled form gives the same named widgets, classes and texts as QUiLoader did."""
    reference = _loaded_at_run_time(form)
    qtbot.addWidget(reference)
    base = next(kind for name, kind in BASES.items() if reference.inherits(name))
    built = base()
    qtbot.addWidget(built)
    assert load_form(form, built) is built
    assert built.objectName() == reference.objectName()
    assert built.windowTitle() == reference.windowTitle()
    assert _tree(built) == _tree(reference)
    assert len(_tree(built)) > 3  # the comparison saw the form's widgets, not nothing


def test_compiled_form_is_translated(qtbot: QtBot) -> None:
    """The start page's compiled form speaks Swedish when Swedish is installed."""
    install_translator("sv")
    try:
        page = QWidget()
        qtbot.addWidget(page)
        load_form("start_page.ui", page)
        heading = page.findChild(QLabel, "heading")
        assert heading is not None
        assert heading.text() not in ("", "Your sessions")
        reference = _loaded_at_run_time("start_page.ui")
        qtbot.addWidget(reference)
        assert _tree(page) == _tree(reference)
    finally:
        install_translator("en")


def test_a_missing_form_says_how_to_make_it(qtbot: QtBot) -> None:
    """A form with no compiled module fails with a clear message naming the tool."""
    widget = QWidget()
    qtbot.addWidget(widget)
    with pytest.raises(RuntimeError, match=r"no_such_form\.ui.*tools/compile_forms\.py"):
        load_form("no_such_form.ui", widget)
