"""The About dialog shows the version, the licence and the third-party notices."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

import n3desk
from n3desk.app.about import AboutDialog, licence_documents
from n3desk.app.dialogs import ScriptedDialogs
from n3desk.app.main_window import MainWindow
from n3desk.store import Library


def test_about_shows_version_and_licence(qtbot: QtBot) -> None:
    """The version of the running n3desk and the MIT licence are named at the top."""
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert n3desk.__version__ in dialog.version_label.text()
    assert "MIT" in dialog.licence_label.text()
    assert "LGPL" in dialog.licence_label.text()


def test_about_opens_on_the_notices_naming_qt_lgpl_and_dejavu(qtbot: QtBot) -> None:
    """The first text is the notices, read-only, naming Qt's LGPL and the DejaVu fonts."""
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.notices_view.toPlainText()
    assert dialog.document_box.currentText() == "THIRD_PARTY_NOTICES"
    assert dialog.notices_view.isReadOnly()
    assert "LGPL" in text
    assert "DejaVu" in text
    assert "ReportLab" in text or "reportlab" in text


def test_about_shows_each_full_licence_text(qtbot: QtBot) -> None:
    """Choosing a licence shows its full text: LGPL-3.0, the fonts' and n3desk's own."""
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    labels = dialog.document_labels()
    expected = {
        "LGPL-3.0": "GNU LESSER GENERAL PUBLIC LICENSE",
        "LICENSE-DejaVu": "Bitstream",
        "n3desk-MIT": "Permission is hereby granted",
    }
    for label, words in expected.items():
        dialog.document_box.setCurrentIndex(labels.index(label))
        assert words in dialog.notices_view.toPlainText(), label


def test_every_licence_document_is_readable_text() -> None:
    """Every text the dialog offers reads as UTF-8 and is not empty."""
    documents = licence_documents()
    assert len(documents) > 5
    for document in documents:
        assert document.source.read_text(encoding="utf-8").strip(), document.label


def test_help_menu_opens_about(qtbot: QtBot, library: Library) -> None:
    """Help → About n3desk in the main window opens the dialog with the version."""
    window = MainWindow(library, dialogs=ScriptedDialogs())
    qtbot.addWidget(window)
    help_menu = window.menuBar().findChild(QMenu, "menuHelp")
    assert help_menu is not None
    assert help_menu.menuAction() in window.menuBar().actions()
    assert window.about_action in help_menu.actions()
    window.about_action.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    assert dialog.isVisible()
    assert n3desk.__version__ in dialog.version_label.text()
    dialog.close()
