"""Qt's own texts (standard buttons) follow the interface language."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialogButtonBox

from n3desk.app.translation import install_translator


def test_standard_buttons_speak_swedish(qapp: QApplication) -> None:
    """With Swedish chosen, a standard Cancel button reads "Avbryt"."""
    try:
        install_translator("sv")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        button = box.button(QDialogButtonBox.StandardButton.Cancel)
        assert button is not None
        assert button.text().replace("&", "") == "Avbryt"
    finally:
        install_translator("en")
