"""The presenter panel's buttons show their whole label in every language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from n3desk.app.document import SessionDocument
from n3desk.app.projector.controls import PresenterPanel
from n3desk.app.session_window import SessionWindow
from n3desk.app.theme import DEFAULT_THEME, apply_theme
from n3desk.app.translation import LANGUAGES, install_translator


@pytest.mark.parametrize("font_scale", [1.0, 1.25])
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_button_label_is_cut(
    timed_document: SessionDocument, qtbot: QtBot, language: str, font_scale: float
) -> None:
    """A label longer than half the panel takes the whole row ("Presentera på den här
    skärmen" was cut to "Presentera …här skärmen" at 1024×768)."""
    install_translator(language)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    # Styled as the app is (qt-material's padding), at the font scale asked for.
    apply_theme(app, DEFAULT_THEME, font_scale)  # its icons found, as in the app
    try:
        session = SessionWindow(timed_document)  # its actions named in ``language``
        qtbot.addWidget(session)
        panel = PresenterPanel(session.presenter)
        qtbot.addWidget(panel)
        panel.resize(panel.width(), 900)
        panel.show()
        qtbot.waitExposed(panel)
        buttons = panel.findChildren(QToolButton)
        assert len(buttons) == 7
        cut = [b.text() for b in buttons if b.width() < b.sizeHint().width()]
        assert cut == []
    finally:
        apply_theme(app, DEFAULT_THEME, 1.0)
        app.setStyleSheet(before)
        install_translator("en")
