"""Qt's own dialogs speak the interface's language: the file dialog's "Look in:" and
"Files of type:", standard buttons, text fields' menus — from n3desk's bundled catalogues."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from n3desk.app.translation import install_translator
from n3desk.resources import resource

EXPECTED = {
    "sv": ("&Titta i:", "Filer av &typ:", "Avbryt"),
    "nb": ("&Se i:", "Filer av &typen:", "Avbryt"),
    "da": ("&Kig i:", "Filer af &typen:", "Annuller"),
    "en": ("&Look in:", "Files of &type:", "Cancel"),
}


@pytest.fixture
def language(request: pytest.FixtureRequest) -> object:
    """Install the interface language of the test's parameter, and English after."""
    install_translator(request.param)
    yield request.param
    install_translator("en")


@pytest.mark.parametrize("language", list(EXPECTED), indirect=True)
def test_the_file_dialog_speaks_the_interface_language(
    qtbot: QtBot, language: str, tmp_path: Path
) -> None:
    """Qt's own file dialog (not the system's) labels its fields in sv, nb, da and en
    (Qt's Danish lacks the Qt 6 labels with their "&": n3desk adds them)."""
    dialog = QFileDialog(None, "", str(tmp_path), "CSV (*.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    look_in, files_of_type, cancel = EXPECTED[language]
    assert look_in in labels
    assert files_of_type in labels
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel


def test_qt_formats_dates_in_the_interface_language(qapp) -> None:  # type: ignore[no-untyped-def]
    """Qt's default locale (day and month names in the calendar, file type names in the
    file dialog) follows the interface's language; English keeps the system's."""
    from PySide6.QtCore import QDate, QLocale

    day = QDate(2026, 12, 4)
    try:
        install_translator("da")
        assert QLocale().toString(day, "dddd d. MMMM") == "fredag 4. december"
        install_translator("sv")
        assert QLocale().toString(day, QLocale.FormatType.ShortFormat) == "2026-12-04"
        install_translator("en")
        assert QLocale() == QLocale.system()
    finally:
        install_translator("en")


def test_bokmal_is_bokmal_and_complete(qapp) -> None:  # type: ignore[no-untyped-def]
    """Every text of n3desk's bokmål catalogue of Qt is in the compiled file, and it is
    bokmål, not Qt's nynorsk ("Åpne", not "Opna")."""
    source = json.loads(
        resource("translations", "qt", "sources", "qtbase.nb.json").read_text("utf-8")
    )
    try:
        install_translator("nb")
        for context, texts in source.items():
            for english, bokmal in texts.items():
                assert QCoreApplication.translate(context, english) == bokmal
        assert QCoreApplication.translate("QPlatformTheme", "Open") == "Åpne"
        assert QCoreApplication.translate("QShortcut", "Space") == "Mellomrom"
    finally:
        install_translator("en")


def test_the_bundled_catalogues_are_lean() -> None:
    """Only the parts of Qt n3desk shows: each catalogue well under Qt's own 180–250 kB."""
    for language in ("sv", "nb", "da"):
        size = len(resource("translations", "qt", f"qtbase_{language}.qm").read_bytes())
        assert 10_000 < size < 60_000, (language, size)
