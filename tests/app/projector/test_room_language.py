"""What the room reads speaks the session's language, whatever the window speaks."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QRect

from n3desk.app.projector.state import STAGE, Target
from n3desk.app.room.join_screen import JoinScreen
from n3desk.app.session_window import SessionWindow
from n3desk.app.translation import install_translator, translate_for
from n3desk.domain.changes import Put


def test_a_danish_session_on_a_swedish_window_shows_danish_on_the_stage_card(
    session: SessionWindow,
) -> None:
    """The stage card says "Trin 1 af …" and "Næste: …" while the window says "Moment"."""
    install_translator("sv")
    try:
        document = session.document
        document.apply([Put(dataclasses.replace(document.session, language="da"))])
        session.presenter.timer.toggle()  # the stage starts: the card reads the timer anew
        projector = session.presenter.window
        session.presenter.state.fix(Target(STAGE))
        projector.place_on(QRect(0, 0, 1024, 768))
        projector.grab()
        card = projector.content.card
        count = len(document.workshop.stages)
        assert card.position.shown_text().startswith(f"Trin 1 af {count}")
        assert card.status.shown_text().startswith("Næste: ")
        # The window itself still speaks Swedish.
        assert QCoreApplication.translate("StageCard", "Not started") == "Inte startat"
    finally:
        install_translator("en")


def test_the_join_screen_counts_in_the_sessions_language(qapp: object) -> None:
    """Plural counts follow the session's language; no language: the window's."""
    install_translator("sv")
    try:
        screen = JoinScreen()
        screen.show_counts(3, 1)
        screen.language = "da"
        danish = screen.counts_text()
        screen.language = "en"
        english = screen.counts_text()
        screen.language = ""
        window = screen.counts_text()
        assert "3" in danish
        assert english == "3 phones joined · 1 note in"
        assert danish != english
        assert window == (
            f"{translate_for('sv', 'JoinScreen', '%n phone(s) joined', '', 3)}"
            f" · {translate_for('sv', 'JoinScreen', '%n note(s) in', '', 1)}"
        )
    finally:
        install_translator("en")
