"""The presenter panel's buttons show their whole label in every language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from n3desk.app.document import SessionDocument
from n3desk.app.projector.controls import PresenterPanel
from n3desk.app.session_window import SessionWindow
from n3desk.app.translation import LANGUAGES, install_translator


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_button_label_is_cut(
    timed_document: SessionDocument, qtbot: QtBot, language: str
) -> None:
    """A label longer than half the panel takes the whole row ("Presentera på den här
    skärmen" was cut to "Presentera …här skärmen" at 1024×768)."""
    install_translator(language)
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
        install_translator("en")
