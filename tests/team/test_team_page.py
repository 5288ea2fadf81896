"""The Team page against a real team library: connect, publish, refusals, fetch, history."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from pytestqt.qtbot import QtBot

from n3desk.app import settings
from n3desk.app.dialogs import ScriptedDialogs
from n3desk.app.team_page import TeamPage
from n3desk.domain.entities import Note
from n3desk.team.connection import KEYRING_SERVICE
from n3desk.team.library import TeamLibrary

from .conftest import MemoryKeyring, add_note, make_laptop, session_with_notes


@pytest.fixture(autouse=True)
def _temporary_settings(tmp_path: Path, qapp: object) -> None:
    """QSettings go to an INI file in the test's folder, never the user's."""
    QCoreApplication.setOrganizationName("n3desk-tests")
    QCoreApplication.setApplicationName("n3desk-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    QSettings().clear()
    from n3desk.app.translation import install_translator

    install_translator("en")


def test_connecting_keeps_the_password_in_the_keyring_only(
    team_url: str, tmp_path: Path, qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    """A password typed in the URL or the field goes to the keyring; settings never hold it."""
    with make_laptop(tmp_path, "a") as a:
        page = TeamPage(a, ScriptedDialogs())
        qtbot.addWidget(page)
        with_password = team_url.replace("postgresql://postgres:@", "postgresql://postgres:s3cret@")
        page.url_edit.setText(with_password)
        page.author_edit.setText("Anna")
        assert page.connect_now()
        assert "s3cret" not in settings.get(settings.TEAM_URL)
        assert "s3cret" not in (tmp_path / "settings").joinpath(
            "n3desk-tests", "n3desk-tests.ini"
        ).read_text(encoding="utf-8")
        assert list(memory_keyring.passwords.values()) == ["s3cret"]
        assert next(iter(memory_keyring.passwords))[0] == KEYRING_SERVICE
        assert page.publish_button.isEnabled()


def test_publishing_a_refusal_and_fetch_first(team_url: str, tmp_path: Path, qtbot: QtBot) -> None:
    """Publish from the page; a stale publish offers fetch first, which keeps local work."""
    with make_laptop(tmp_path, "a") as a, make_laptop(tmp_path, "b") as b:
        sid = session_with_notes(a, "Verkstad", 2).session.id
        dialogs = ScriptedDialogs(choices=[0])
        page = TeamPage(a, dialogs)
        qtbot.addWidget(page)
        page.url_edit.setText(team_url)
        page.author_edit.setText("Anna")
        page.connect_now()
        page.publish_button.click()
        assert page.table.rowCount() == 1
        assert page.table.item(0, 3).text() == "Anna"
        assert "revision 1" in page.status.text()
        page.table.selectRow(0)
        assert page.history.item(0, 0).text().startswith("Revision 1 by Anna")

        with TeamLibrary(team_url, author="Bo") as team:
            team.fetch(b, sid)
            add_note(b, sid, "Bos idé")
            team.publish(b, sid)
        add_note(a, sid, "Annas idé")
        dialogs.choices = [0]
        dialogs.buttons = [0]  # fetch first
        page.publish_button.click()
        assert "Bo published revision 2" in dialogs.questions[-1]
        texts = {n.text for n in a.load(sid).all(Note)}
        assert "Bos idé" in texts
        assert "Annas idé" not in texts
        copies = [s for s in a.list_sessions() if s.title == "Verkstad (local copy)"]
        assert len(copies) == 1
        assert "Annas idé" in {n.text for n in a.load(copies[0].id).all(Note)}


def test_publishing_as_a_copy_and_trying_again(
    team_url: str, tmp_path: Path, qtbot: QtBot
) -> None:
    """"Publish as a copy" makes a new team item; a server that is gone says not published."""
    with make_laptop(tmp_path, "a") as a, make_laptop(tmp_path, "b") as b:
        sid = session_with_notes(a, "Verkstad", 1).session.id
        dialogs = ScriptedDialogs()
        page = TeamPage(a, dialogs)
        qtbot.addWidget(page)
        page.url_edit.setText(team_url)
        page.connect_now()
        page.controller.publish_id(sid)
        with TeamLibrary(team_url, author="Bo") as team:
            team.fetch(b, sid)
            team.publish(b, sid)
        dialogs.buttons = [1]  # publish as a copy
        copy = page.controller.publish_id(sid)
        assert copy is not None
        assert copy.title == "Verkstad (copy)"
        assert page.table.rowCount() == 2

        page.url_edit.setText("postgresql://nobody@127.0.0.1:9/none")
        page.connect_now()
        dialogs.buttons = [0, 1]  # try again once, then cancel
        assert page.controller.publish_id(sid) is None
        assert len([q for q in dialogs.questions if q.startswith("not published")]) == 2
        assert page.status.text() == "Not published."
