"""The Team page against a real team library: connect, publish, refusals, fetch, history.

Every operation runs on a worker thread; the tests wait for the controller to say it
finished, as the event loop of the app would.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from pytestqt.qtbot import QtBot

from n3desk.app import settings
from n3desk.app.dialogs import ScriptedDialogs
from n3desk.app.team_jobs import wait_for_team_jobs
from n3desk.app.team_page import TeamPage
from n3desk.domain.entities import Note
from n3desk.store.programme_store import team_link
from n3desk.team.connection import KEYRING_SERVICE
from n3desk.team.library import TeamLibrary

from .conftest import MemoryKeyring, add_note, make_laptop, session_with_notes

WAIT_MS = 60_000  # a bound for a loaded machine, not a speed requirement


@pytest.fixture(autouse=True)
def _temporary_settings(tmp_path: Path, qapp: object) -> Iterator[None]:
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
    yield
    assert wait_for_team_jobs(WAIT_MS), "a team job was still running after the test"


def settle(qtbot: QtBot, page: TeamPage) -> None:
    """Let the event loop turn until no operation (nor one started from it) is running."""
    qtbot.waitUntil(lambda: not page.controller.running(), timeout=WAIT_MS)


def connected_page(
    qtbot: QtBot, library: object, url: str, dialogs: ScriptedDialogs, author: str = "Anna"
) -> TeamPage:
    page = TeamPage(library, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.url_edit.setText(url)
    page.author_edit.setText(author)
    with qtbot.waitSignal(page.controller.finished, timeout=WAIT_MS) as done:
        assert page.connect_now()
    assert done.args == ["refresh", True], page.status.text()
    return page


@contextmanager
def silent_server() -> Iterator[int]:
    """A TCP port on this machine that accepts connections and never says a word."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)  # the kernel completes the handshake; nobody ever reads
    try:
        yield int(listener.getsockname()[1])
    finally:
        listener.close()  # the waiting connections are reset: the worker ends at once


def test_connecting_keeps_the_password_in_the_keyring_only(
    team_url: str, tmp_path: Path, qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    """A password typed in the URL or the field goes to the keyring; settings never hold it."""
    with make_laptop(tmp_path, "a") as a:
        with_password = team_url.replace("postgresql://postgres:@", "postgresql://postgres:s3cret@")
        page = connected_page(qtbot, a, with_password, ScriptedDialogs())
        assert "s3cret" not in settings.get(settings.TEAM_URL)
        assert "s3cret" not in (tmp_path / "settings").joinpath(
            "n3desk-tests", "n3desk-tests.ini"
        ).read_text(encoding="utf-8")
        assert list(memory_keyring.passwords.values()) == ["s3cret"]
        assert next(iter(memory_keyring.passwords))[0] == KEYRING_SERVICE
        assert page.publish_button.isEnabled()
        assert page.status.text() == "Connected: 0 items in the team library."


def test_publishing_a_refusal_and_fetch_first(team_url: str, tmp_path: Path, qtbot: QtBot) -> None:
    """Publish from the page; a stale publish offers fetch first, which keeps local work."""
    with make_laptop(tmp_path, "a") as a, make_laptop(tmp_path, "b") as b:
        sid = session_with_notes(a, "Verkstad", 2).session.id
        dialogs = ScriptedDialogs(choices=[0])
        page = connected_page(qtbot, a, team_url, dialogs)
        with qtbot.waitSignal(page.controller.finished, timeout=WAIT_MS) as done:
            page.publish_button.click()
        assert done.args == ["publish", True]
        assert page.table.rowCount() == 1
        assert page.table.item(0, 3).text() == "Anna"
        assert "revision 1" in page.status.text()
        with qtbot.waitSignal(page.controller.history_ready, timeout=WAIT_MS):
            page.table.selectRow(0)
        assert page.history.item(0, 0).text().startswith("Revision 1 by Anna")

        with TeamLibrary(team_url, author="Bo") as team:
            team.fetch(b, sid)
            add_note(b, sid, "Bos idé")
            team.publish(b, sid)
        add_note(a, sid, "Annas idé")
        dialogs.choices = [0]
        dialogs.buttons = [0]  # fetch first
        with qtbot.waitSignal(page.library_changed, timeout=WAIT_MS):
            page.publish_button.click()
        settle(qtbot, page)
        assert "Bo published revision 2" in dialogs.questions[-1]
        texts = {n.text for n in a.load(sid).all(Note)}
        assert "Bos idé" in texts
        assert "Annas idé" not in texts
        copies = [s for s in a.list_sessions() if s.title == "Verkstad (local copy)"]
        assert len(copies) == 1
        assert "Annas idé" in {n.text for n in a.load(copies[0].id).all(Note)}
        assert "kept as a local copy" in page.status.text()


def test_publishing_as_a_copy_and_trying_again(
    team_url: str, tmp_path: Path, qtbot: QtBot
) -> None:
    """"Publish as a copy" makes a new team item; a server that is gone says not published."""
    with make_laptop(tmp_path, "a") as a, make_laptop(tmp_path, "b") as b:
        sid = session_with_notes(a, "Verkstad", 1).session.id
        dialogs = ScriptedDialogs()
        page = connected_page(qtbot, a, team_url, dialogs)
        assert page.controller.publish_id(sid)
        settle(qtbot, page)
        with TeamLibrary(team_url, author="Bo") as team:
            team.fetch(b, sid)
            team.publish(b, sid)
        dialogs.buttons = [1]  # publish as a copy
        assert page.controller.publish_id(sid)
        settle(qtbot, page)
        assert page.table.rowCount() == 2
        assert page.status.text().startswith("Published “Verkstad (copy)” as revision 1")

        page.url_edit.setText("postgresql://nobody@127.0.0.1:9/none")
        with qtbot.waitSignal(page.controller.finished, timeout=WAIT_MS) as done:
            page.connect_now()
        assert done.args == ["refresh", False]
        assert not page.publish_button.isEnabled()
        dialogs.buttons = [0, 1]  # try again once, then cancel
        assert page.controller.publish_id(sid)
        settle(qtbot, page)
        assert len([q for q in dialogs.questions if q.startswith("not published")]) == 2
        assert page.status.text() == "Not published."


def test_the_window_keeps_turning_while_a_publish_waits_on_a_silent_server(
    tmp_path: Path, qtbot: QtBot
) -> None:
    """A server that accepts and never answers: timers fire, the page says so, Cancel ends it."""
    with silent_server() as port, make_laptop(tmp_path, "a") as a:
        sid = session_with_notes(a, "Verkstad", 3).session.id
        settings.put(settings.TEAM_URL, f"postgresql://anna@127.0.0.1:{port}/team")
        page = TeamPage(a, ScriptedDialogs())
        qtbot.addWidget(page)
        page.show()
        ticks: list[int] = []
        timer = QTimer(page)
        timer.setInterval(20)
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start()
        assert page.controller.publish_id(sid)
        # The event loop keeps turning while the worker waits on the silent server.
        qtbot.waitUntil(lambda: len(ticks) >= 10, timeout=WAIT_MS)
        assert page.controller.running() == "publish"
        assert page.busy_row.isVisible()
        assert page.status.text() == "Publishing “Verkstad”…"
        assert page.cancel_button.isEnabled()
        assert not page.publish_button.isEnabled()
        assert not page.connect_button.isEnabled()
        with qtbot.waitSignal(page.controller.finished, timeout=WAIT_MS) as done:
            page.cancel_button.click()
        assert done.args == ["publish", False]
        assert not page.busy_row.isVisible()
        assert page.status.text() == "Not published: cancelled. The team library is as it was."
        assert page.connect_button.isEnabled()
        assert team_link(a, sid) is None  # this laptop does not think it was published
        timer.stop()


def test_a_fetch_waiting_on_a_silent_server_is_cancelled_and_writes_nothing(
    team_url: str, tmp_path: Path, qtbot: QtBot
) -> None:
    """Cancel a fetch stuck on the network: the local library stays exactly as it was."""
    with make_laptop(tmp_path, "a") as a, make_laptop(tmp_path, "b") as b:
        sid = session_with_notes(a, "Verkstad", 2).session.id
        with TeamLibrary(team_url, author="Anna") as team:
            team.publish(a, sid)
        page = connected_page(qtbot, b, team_url, ScriptedDialogs(), author="Bo")
        page.table.selectRow(0)
        with silent_server() as port:
            settings.put(settings.TEAM_URL, f"postgresql://bo@127.0.0.1:{port}/team")
            assert page.fetch_selected()
            assert page.status.text() == "Fetching “Verkstad”…"
            with qtbot.waitSignal(page.controller.finished, timeout=WAIT_MS) as done:
                page.cancel_button.click()
            assert done.args == ["fetch", False]
            assert page.status.text() == "Not fetched: cancelled. Your library is unchanged."
        assert b.list_sessions() == []


def test_a_fetch_never_replaces_the_session_open_in_the_window(
    team_url: str, tmp_path: Path, qtbot: QtBot
) -> None:
    """While the fetched session is open the fetch is refused, saying why; once closed it works."""
    with make_laptop(tmp_path, "a") as a:
        sid = session_with_notes(a, "Verkstad", 2).session.id
        with TeamLibrary(team_url, author="Anna") as team:
            team.publish(a, sid)
        add_note(a, sid, "ändrad här")
        open_now: set[str] = {sid}
        dialogs = ScriptedDialogs()
        page = TeamPage(a, dialogs, open_sessions=lambda: open_now)
        qtbot.addWidget(page)
        page.url_edit.setText(team_url)
        with qtbot.waitSignal(page.controller.finished, timeout=WAIT_MS):
            page.connect_now()
        page.table.selectRow(0)
        with qtbot.waitSignal(page.controller.finished, timeout=WAIT_MS) as done:
            assert page.fetch_selected()
        assert done.args == ["fetch", False]
        assert dialogs.errors[-1][0] == "Not fetched"
        assert "“Verkstad” is open" in dialogs.errors[-1][1]
        assert "ändrad här" in {n.text for n in a.load(sid).all(Note)}
        open_now.clear()
        with qtbot.waitSignal(page.controller.finished, timeout=WAIT_MS) as done:
            assert page.fetch_selected()
        assert done.args == ["fetch", True]
        assert "ändrad här" not in {n.text for n in a.load(sid).all(Note)}


def test_own_templates_and_method_cards_are_offered_for_publishing(
    team_url: str, tmp_path: Path, qtbot: QtBot
) -> None:
    """"Publish…" lists an own method card too, and publishes it as a team item."""
    from n3desk.resources import resource

    with make_laptop(tmp_path, "a") as a:
        card = resource("methods", "brainwriting.json").read_text(encoding="utf-8")
        card = card.replace('"id": "brainwriting"', '"id": "var-brainwriting"')
        (a.data_dir / "methods").mkdir()
        (a.data_dir / "methods" / "var-brainwriting.json").write_text(card, "utf-8")
        dialogs = ScriptedDialogs()
        page = connected_page(qtbot, a, team_url, dialogs)
        labels = [c.label for c in page.controller.local_choices()]
        assert labels == ["Method card: Brainwriting (6-3-5)"]
        dialogs.choices = [0]
        with qtbot.waitSignal(page.controller.finished, timeout=WAIT_MS) as done:
            page.publish_button.click()
        assert done.args == ["publish", True]
        assert page.table.item(0, 1).text() == "Method card"
        assert team_link(a, "method:var-brainwriting") is not None


def test_fetching_the_open_programme_refreshes_the_programmes_page_and_its_undo(
    team_url: str, tmp_path: Path, qtbot: QtBot
) -> None:
    """After a fetch replaced the programme, its page shows the team's and offers no old undo."""
    from n3desk.app.main_window import MainWindow
    from n3desk.domain.programme_edits import new_programme, retitle_ops
    from n3desk.store.programme_store import add_programme, commit_programme

    with make_laptop(tmp_path, "a") as a, make_laptop(tmp_path, "b") as b:
        content = new_programme("Trygg skolväg", language="sv", now=1.0)
        add_programme(a, content)
        pid = content.programme.id
        with TeamLibrary(team_url, author="Anna") as team:
            team.publish(a, pid)
            team.fetch(b, pid)
            commit_programme(b, retitle_ops(content, title="Trygg skolväg 2027"))
            team.publish(b, pid)
        window = MainWindow(a, dialogs=ScriptedDialogs())
        qtbot.addWidget(window)
        programmes = window.show_programmes()
        assert programmes is not None
        assert programmes.document is not None
        programmes.document.undo_stack.clear()
        assert programmes.overview is not None
        programmes.overview.controller.edit_fields(goal="Fler barn går och cyklar")
        assert window.undo_group.canUndo()

        team_page = window.show_team()
        assert team_page is not None
        team_page.url_edit.setText(team_url)
        with qtbot.waitSignal(team_page.controller.finished, timeout=WAIT_MS):
            team_page.connect_now()
        team_page.table.selectRow(0)
        with qtbot.waitSignal(team_page.controller.finished, timeout=WAIT_MS) as done:
            assert team_page.fetch_selected()
        assert done.args == ["fetch", True]

        assert window.show_programmes() is programmes
        assert programmes.document is not None
        assert programmes.document.content.programme.title == "Trygg skolväg 2027"
        assert programmes.document.content.programme.goal == ""
        assert programmes.document.undo_stack.count() == 0
        assert not window.undo_group.canUndo()
        titles = [programmes.list.item(i).text() for i in range(programmes.list.count())]
        assert any(t.startswith("Trygg skolväg 2027\n") for t in titles)
        assert any(t.startswith("Trygg skolväg (local copy)\n") for t in titles)


def test_forgetting_the_saved_password_removes_it_from_the_keyring(
    team_url: str, tmp_path: Path, qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    """"Forget password" asks, then removes it from the keyring; "keep it" keeps it."""
    with make_laptop(tmp_path, "a") as a:
        dialogs = ScriptedDialogs()
        page = TeamPage(a, dialogs)
        qtbot.addWidget(page)
        assert not page.forget_button.isEnabled()  # nothing saved yet
        page.url_edit.setText(team_url.replace("postgres:@", "postgres@"))
        page.password_edit.setText("s3cret")
        with qtbot.waitSignal(page.controller.finished, timeout=WAIT_MS):
            page.connect_now()
        assert list(memory_keyring.passwords.values()) == ["s3cret"]
        assert page.forget_button.isEnabled()

        dialogs.confirm_answer = False  # "Keep it"
        assert not page.forget_password()
        assert list(memory_keyring.passwords.values()) == ["s3cret"]
        assert "postgres" in dialogs.questions[-1]
        assert "s3cret" not in dialogs.questions[-1]

        dialogs.confirm_answer = True
        page.forget_button.click()
        assert memory_keyring.passwords == {}
        assert not page.forget_button.isEnabled()
        assert page.status.text() == "The password for postgres is forgotten on this computer."
        assert "s3cret" not in (tmp_path / "settings").joinpath(
            "n3desk-tests", "n3desk-tests.ini"
        ).read_text(encoding="utf-8")
