"""The room in the app: phones' edits on the facilitator's undo stack, the panel, the join screen.

Phones speak real HTTP from worker threads (the GUI thread must stay free to run
the room's jobs); the test waits for their answers with qtbot.
"""

from __future__ import annotations

import concurrent.futures
import os
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPainter
from pytestqt.qtbot import QtBot

from n3desk.app.dialogs import ScriptedDialogs
from n3desk.app.main_window import MainWindow
from n3desk.app.projector.state import BOARD, Target
from n3desk.app.room import bridge
from n3desk.app.room.join_screen import JoinScreen, qr_matrix
from n3desk.app.room.panel import RoomPanel
from n3desk.domain import voting
from n3desk.domain.changes import Put
from n3desk.domain.entities import Note, Participant, Rating, Vote
from n3desk.domain.workshop import Workshop
from n3desk.store import Library

from ...room.conftest import Phone, Reply  # noqa: TID252 - the room tests' phone

_pool = concurrent.futures.ThreadPoolExecutor(max_workers=8)


def off_gui(qtbot: QtBot, job: Callable[[], Any]) -> Any:
    """Run ``job`` (a phone's request) on a worker thread while the GUI thread keeps running."""
    future = _pool.submit(job)
    qtbot.waitUntil(future.done, timeout=20_000)
    return future.result()


@pytest.fixture
def window(qtbot: QtBot, library: Library, workshop: Workshop) -> Iterator[MainWindow]:
    """The main window with the blank test session open, its projector off-screen."""
    main = MainWindow(library, dialogs=ScriptedDialogs())
    qtbot.addWidget(main)
    main.resize(1280, 800)
    assert main.open_session(workshop.session.id) is not None
    main.show()
    yield main
    main.close_session()


@pytest.fixture
def panel(window: MainWindow, qtbot: QtBot) -> RoomPanel:
    """The room panel with the room open on 127.0.0.1."""
    assert window.room_presence is not None
    shown = window.room_presence.show_panel()  # a child of the session window, gone with it
    shown.address.setEditText("127.0.0.1")
    assert shown.open_room()
    return shown


def joined(qtbot: QtBot, window: MainWindow, name: str) -> Phone:
    assert window.room is not None
    status = window.room.status()
    phone = Phone(int(status.url.rsplit(":", 1)[1].strip("/")))
    reply: Reply = off_gui(qtbot, lambda: phone.join(status.code, name))
    assert reply.status == 200, reply.body
    return phone


def test_the_projector_menu_opens_the_room(window: MainWindow, panel: RoomPanel) -> None:
    """Projector › Open the room… is there; once open the panel shows the address and code."""
    texts = [a.text() for a in window.projector_menu.actions()]
    assert "The room…" in texts
    assert window.room is not None
    status = window.room.status()
    assert status.open
    assert status.url.startswith("http://127.0.0.1:")
    assert len(status.code) == 6
    assert status.code in panel.status.text()


def test_a_phones_note_is_an_undoable_edit_on_the_facilitators_stack(
    window: MainWindow, panel: RoomPanel, qtbot: QtBot, library: Library
) -> None:
    """A note from a phone lands hidden on the board, committed; Ctrl+Z and redo work on it."""
    phone = joined(qtbot, window, "Åsa Lindqvist")
    reply = off_gui(qtbot, lambda: phone.note("Fler bänkar"))
    assert reply.status == 201
    document = window.document
    assert document is not None
    note = document.workshop.get(Note, reply.body["id"])
    assert note is not None
    assert note.hidden
    assert library.load(document.session.id).get(Note, note.id) == note
    stack = document.undo_stack
    assert stack.undoText() == "Note from Åsa Lindqvist"
    scene = window.session_window.boards.current_view().board_scene  # type: ignore[union-attr]
    assert note.id in scene.notes
    stack.undo()
    assert document.workshop.get(Note, note.id) is None
    assert library.load(document.session.id).get(Note, note.id) is None
    stack.redo()
    assert document.workshop.get(Note, note.id) == note
    assert library.load(document.session.id).get(Note, note.id) == note


def test_joining_is_undoable_and_undo_takes_the_phone_out(
    window: MainWindow, panel: RoomPanel, qtbot: QtBot
) -> None:
    """A new name adds a participant (undoable); undoing it makes the phone's token useless."""
    phone = joined(qtbot, window, "Bo Ek")
    document = window.document
    assert document is not None
    assert [p.name for p in document.workshop.all(Participant)] == ["Bo Ek"]
    assert document.undo_stack.undoText() == "Bo Ek joined the room"
    document.undo_stack.undo()
    assert document.workshop.all(Participant) == []
    reply = off_gui(qtbot, lambda: phone.note("efter"))
    assert (reply.status, reply.error) == (401, "removed")
    document.undo_stack.redo()
    assert [p.name for p in document.workshop.all(Participant)] == ["Bo Ek"]


def test_a_dot_and_a_rating_from_phones_undo_and_redo(
    window: MainWindow, panel: RoomPanel, qtbot: QtBot
) -> None:
    """Dots and ratings from a phone are undoable edits like the facilitator's own."""
    document = window.document
    assert document is not None
    phone = joined(qtbot, window, "Cecilia")
    note_id = off_gui(qtbot, lambda: phone.note("idé")).body["id"]
    note = document.workshop.get(Note, note_id)
    assert note is not None
    board = document.workshop.boards[0]
    made = voting.new_round(
        board.id, "Prickar", votes_per_participant=3, max_dots_per_note=2, existing=[], now=1.0
    )
    document.apply([Put(replace(note, hidden=False)), Put(made)])
    reply = off_gui(
        qtbot, lambda: phone.request("POST", "/api/votes", {"note_id": note_id, "dots": 1})
    )
    assert reply.status == 200
    assert document.undo_stack.undoText() == "Dot from Cecilia"
    assert [v.dots for v in document.workshop.all(Vote)] == [1]
    document.undo_stack.undo()
    assert document.workshop.all(Vote) == []
    document.undo_stack.redo()
    assert [v.dots for v in document.workshop.all(Vote)] == [1]
    window.room.set_rules(rating_note_ids=frozenset({note_id}))  # type: ignore[union-attr]
    criterion = document.workshop.criteria[0]
    body = {"note_id": note_id, "criterion_id": criterion.id, "value": 2}
    assert off_gui(qtbot, lambda: phone.request("POST", "/api/ratings", body)).status == 200
    assert document.undo_stack.undoText() == "Rating from Cecilia"
    assert [r.value for r in document.workshop.all(Rating)] == [2]
    document.undo_stack.undo()
    assert document.workshop.all(Rating) == []
    document.undo_stack.redo()
    assert [r.value for r in document.workshop.all(Rating)] == [2]


def test_the_panel_locks_writing_and_removes_a_phone(
    window: MainWindow, panel: RoomPanel, qtbot: QtBot
) -> None:
    """Unticking "Writing open" refuses notes (403); "Remove phone" kills the token (401)."""
    phone = joined(qtbot, window, "Dawit")
    qtbot.waitUntil(lambda: panel.phones.count() == 1)
    assert panel.phones.item(0).text().startswith("Dawit — 127.0.0.1")
    panel.writing.setChecked(False)
    reply = off_gui(qtbot, lambda: phone.note("stängt"))
    assert (reply.status, reply.error) == (403, "writing_closed")
    panel.writing.setChecked(True)
    assert off_gui(qtbot, lambda: phone.note("öppet")).status == 201
    panel.phones.setCurrentRow(0)
    panel.remove_button.click()
    assert panel.phones.count() == 0
    reply = off_gui(qtbot, lambda: phone.request("GET", "/api/state"))
    assert reply.status == 401


def test_opening_rating_takes_the_selected_revealed_notes_or_the_boards(
    window: MainWindow, panel: RoomPanel
) -> None:
    """The panel opens the selected revealed notes for rating; with none selected, all of them."""
    document = window.document
    session = window.session_window
    assert document is not None
    assert session is not None
    board = document.workshop.boards[0]
    shown = [Note(f"n{i}", board.id, f"Idé {i}", x=i * 200.0) for i in range(3)]
    hidden = Note("n-hidden", board.id, "Hemlig", x=600.0, hidden=True)
    document.apply([Put(n) for n in (*shown, hidden)])
    session.show_view("board")
    view = session.boards.current_view()
    assert view is not None
    view.board_scene.select([shown[1].id, hidden.id])
    panel.rate_button.click()
    assert window.room.room.rules.rating_note_ids == {shown[1].id}  # type: ignore[union-attr]
    view.board_scene.select([])
    panel.rate_button.click()
    rated = window.room.room.rules.rating_note_ids  # type: ignore[union-attr]
    assert rated == {n.id for n in shown}


def test_closing_the_session_closes_the_room(
    window: MainWindow, panel: RoomPanel, qtbot: QtBot
) -> None:
    """Going back to the list of sessions stops the server: the phone cannot connect."""
    phone = joined(qtbot, window, "Eva")
    window.show_start()
    assert window.room is None
    with pytest.raises(OSError):  # noqa: PT011 - refused or reset, whichever the OS says
        off_gui(qtbot, lambda: phone.request("GET", "/api/state"))


def test_a_language_switch_keeps_the_room_open(
    window: MainWindow, panel: RoomPanel, qtbot: QtBot
) -> None:
    """Changing the language rebuilds the window, not the room: the phone goes on."""
    phone = joined(qtbot, window, "Frida")
    code = window.room.status().code  # type: ignore[union-attr]
    window.change_language("sv")
    try:
        assert window.room is not None
        assert window.room.status().code == code
        assert off_gui(qtbot, lambda: phone.note("på svenska")).status == 201
        assert window.room_presence is not None
        assert window.room_presence.action.text() == "Rummet…"
        assert window.room_presence.overlay.wanted  # the join screen stays on the projector
    finally:
        window.change_language("en")


def test_the_join_screen_on_the_projector(
    window: MainWindow, panel: RoomPanel, qtbot: QtBot
) -> None:
    """The join screen covers the projector, counts phones and notes, and a blackout hides it."""
    session = window.session_window
    assert session is not None
    projector = session.presenter.window
    projector.place_on(QRect(2000, 0, 1024, 768))
    presence = window.room_presence
    assert presence is not None
    screen = presence.screen
    qtbot.waitUntil(screen.isVisible)
    assert screen.geometry() == projector.rect()
    phone = joined(qtbot, window, "Gustav")
    off_gui(qtbot, lambda: phone.note("en"))
    qtbot.waitUntil(lambda: (screen.joined, screen.notes_in) == (1, 1))
    assert screen.code == window.room.status().code  # type: ignore[union-attr]
    session.presenter.state.set_blackout(True)
    assert not screen.isVisible()
    session.presenter.state.set_blackout(False)
    assert screen.isVisible()
    panel.join_screen.setChecked(False)
    assert not screen.isVisible()


def test_the_qr_code_holds_the_join_address() -> None:
    """The QR code is a real QR symbol of the address with the code (segno's matrix)."""
    matrix = qr_matrix("http://192.168.1.23:8765/?code=K7M2QX")
    assert len(matrix) == len(matrix[0]) >= 21
    assert all(matrix[r][c] for r in range(7) for c in (0, 6))  # the finder pattern's edge


@pytest.mark.parametrize(
    ("size", "language"),
    [((1024, 768), "en"), ((1024, 768), "sv"), ((1920, 1080), "sv"), ((1920, 1080), "da")],
)
def test_the_join_screen_reads_at_projector_sizes(
    qtbot: QtBot, size: tuple[int, int], language: str
) -> None:
    """Every text on the join screen is at least 20 px at 1024×768 and at 1920×1080."""
    from n3desk.app.translation import install_translator

    install_translator(language)
    try:
        screen = JoinScreen()
        qtbot.addWidget(screen)
        screen.resize(*size)
        screen.show_room(
            "http://192.168.1.23:8765/", "http://192.168.1.23:8765/?code=K7M2QX", "K7M2QX"
        )
        screen.show_counts(23, 117)
        picture = screen.grab()
        assert picture.width() == size[0]
        folder = os.environ.get("N3DESK_SHOTS")
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            picture.save(str(Path(folder) / f"join-screen-{size[0]}x{size[1]}-{language}.png"))
        texts = screen.counts_text()
        assert "23" in texts
        assert "117" in texts
    finally:
        install_translator("en")


def test_a_phones_hidden_note_shows_its_writers_initials_to_the_facilitator_only(
    window: MainWindow, panel: RoomPanel, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The facilitator's board shows whose a phone's private note is; the projector shows none."""
    phone = joined(qtbot, window, "Åsa Lindqvist")
    note_id = off_gui(qtbot, lambda: phone.note("hemlig")).body["id"]
    session = window.session_window
    assert session is not None
    scene = session.boards.current_view().board_scene  # type: ignore[union-attr]
    drawn: list[str] = []
    original = QPainter.drawText

    def recording(painter: QPainter, *args: Any) -> Any:
        drawn.extend(a for a in args if isinstance(a, str))
        return original(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", recording)
    image = QImage(400, 300, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    scene.render(painter, source=scene.notes[note_id].sceneBoundingRect())
    painter.end()
    assert "ÅL · Hidden" in drawn
    session.presenter.state.fix(Target(BOARD, scene.board_id))
    session.presenter.window.place_on(
        QRect(0, 0, 1024, 768)
    )  # a projector nobody sees builds nothing
    session.presenter.window.content.board.refit()
    audience = session.presenter.window.content.board.scene()
    assert audience is not None
    assert not audience.notes[note_id].isVisible()


def test_an_ampersand_in_a_name_is_no_shortcut_in_the_edit_menu(
    window: MainWindow, panel: RoomPanel, qtbot: QtBot
) -> None:
    """ "Tom & Jerry" reads as typed in Edit › Undo (a lone & would underline a letter)."""
    phone = joined(qtbot, window, "Tom & Jerry")
    assert off_gui(qtbot, lambda: phone.note("idé")).status == 201
    assert window.undo_action.text() == "Undo Note from Tom && Jerry"
    document = window.document
    assert document is not None
    document.undo_stack.undo()
    assert document.workshop.all(Note) == []
    document.undo_stack.redo()
    assert [n.text for n in document.workshop.all(Note)] == ["idé"]


@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_presenters_preview_shows_the_join_screen_the_room_sees(
    window: MainWindow, panel: RoomPanel, qtbot: QtBot, language: str
) -> None:
    """With the join screen on the projector, the preview shows it; switched off, it does not."""
    if language == "sv":
        window.change_language("sv")
    try:
        _preview_shows_the_join_screen(window, qtbot, language)
    finally:
        if language == "sv":
            window.change_language("en")


def _preview_shows_the_join_screen(window: MainWindow, qtbot: QtBot, language: str) -> None:
    session = window.session_window
    assert session is not None
    projector = session.presenter.window
    projector.place_on(QRect(2000, 0, 1024, 768))
    presence = window.room_presence
    assert presence is not None
    qtbot.waitUntil(presence.screen.isVisible)
    session.presenter_panel.setVisible(True)
    preview = session.presenter_panel.preview
    qtbot.waitUntil(lambda: preview.pixmap() is not None and not preview.pixmap().isNull())
    joining = projector.picture().toImage()
    assert joining == presence.screen.grab().toImage().convertToFormat(joining.format())
    folder = os.environ.get("N3DESK_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        window.resize(1024, 768)
        session.grab().save(str(Path(folder) / f"app-preview-join-screen-{language}.png"))
    panel = presence.show_panel()
    panel.join_screen.setChecked(False)
    board = projector.picture().toImage()
    assert board == projector.content.grab().toImage()
    assert board != joining
    preview.refresh()
    assert preview.pixmap().toImage() != QImage()


def test_ratings_from_two_phones_show_their_mean_and_undo_one_by_one(
    window: MainWindow, panel: RoomPanel, qtbot: QtBot
) -> None:
    """Each phone's rating is its participant's own; the badge shows the mean; undo and redo."""
    document = window.document
    assert document is not None
    anna, bo = joined(qtbot, window, "Anna"), joined(qtbot, window, "Bo")
    note_id = off_gui(qtbot, lambda: anna.note("idé")).body["id"]
    note = document.workshop.get(Note, note_id)
    assert note is not None
    document.apply([Put(replace(note, hidden=False))])
    window.room.set_rules(rating_note_ids=frozenset({note_id}))  # type: ignore[union-attr]
    criterion = document.workshop.criteria[0]
    body = {"note_id": note_id, "criterion_id": criterion.id}
    assert (
        off_gui(qtbot, lambda: anna.request("POST", "/api/ratings", {**body, "value": 3})).status
        == 200
    )
    assert (
        off_gui(qtbot, lambda: bo.request("POST", "/api/ratings", {**body, "value": 2})).status
        == 200
    )
    session = window.session_window
    assert session is not None
    scene = session.boards.current_view().board_scene  # type: ignore[union-attr]
    label = scene.notes[note_id].badges[0][0]
    assert scene.notes[note_id].badges == [(label, 2.5)]
    people = {p.name: p.id for p in document.workshop.participants}
    assert sorted((r.participant_id, r.value) for r in document.workshop.all(Rating)) == sorted(
        [(people["Anna"], 3), (people["Bo"], 2)]
    )
    assert document.undo_stack.undoText() == "Rating from Bo"
    document.undo_stack.undo()
    assert scene.notes[note_id].badges == [(label, 3)]
    document.undo_stack.redo()
    assert scene.notes[note_id].badges == [(label, 2.5)]
    # The facilitator's own value (R and a digit on the board) stands for the note.
    from n3desk.domain.ratings import rate_ops

    document.apply(rate_ops(document.workshop.ratings_of(note_id), note_id, criterion, 1))
    assert scene.notes[note_id].badges == [(label, 1)]
    assert len(document.workshop.all(Rating)) == 3


def test_the_ratings_panel_says_what_the_phones_gave_the_selected_note(
    window: MainWindow, panel: RoomPanel, qtbot: QtBot
) -> None:
    """One selected note rated from two phones: the ratings panel gives their mean and count."""
    document = window.document
    assert document is not None
    anna, bo = joined(qtbot, window, "Anna"), joined(qtbot, window, "Bo")
    note_id = off_gui(qtbot, lambda: anna.note("idé")).body["id"]
    note = document.workshop.get(Note, note_id)
    assert note is not None
    document.apply([Put(replace(note, hidden=False))])
    window.room.set_rules(rating_note_ids=frozenset({note_id}))  # type: ignore[union-attr]
    criterion = document.workshop.criteria[0]
    for phone, value in ((anna, 3), (bo, 0)):
        body = {"note_id": note_id, "criterion_id": criterion.id, "value": value}
        reply = off_gui(qtbot, lambda p=phone, b=body: p.request("POST", "/api/ratings", b))
        assert reply.status == 200
    session = window.session_window
    assert session is not None
    page = session.boards
    page.ratings_action.trigger()  # shows the ratings panel, as R on the toolbar does
    assert page.ratings_action.isChecked()
    scene = session.boards.current_view().board_scene  # type: ignore[union-attr]
    scene.notes[note_id].setSelected(True)
    ratings_panel = page.ratings_panel
    label = scene.notes[note_id].badges[0][0]
    assert ratings_panel.from_phones.text() == f"From the phones: {label} 1.5 (2 ratings)"
    assert ratings_panel.from_phones.isVisibleTo(page)
    folder = os.environ.get("N3DESK_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        window.resize(1024, 768)
        session.show_view("board")
        session.grab().save(str(Path(folder) / "app-ratings-from-phones-1024x768-en.png"))
    scene.clearSelection()
    assert not ratings_panel.from_phones.isVisibleTo(page)


@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_panel_says_a_name_is_freed_by_removing_its_phone(
    window: MainWindow, panel: RoomPanel, qtbot: QtBot, language: str
) -> None:
    """The panel explains taken names; removing the phone lets another phone take the name."""
    first = joined(qtbot, window, "Åsa Lindqvist")
    if language == "sv":
        window.change_language("sv")
    try:
        assert window.room_presence is not None
        shown = window.room_presence.show_panel()
        qtbot.waitUntil(lambda: shown.phones.count() == 1)
        start = {"en": "Each name belongs to the phone", "sv": "Varje namn hör till telefonen"}
        assert shown.names_hint.text().startswith(start[language])
        folder = os.environ.get("N3DESK_SHOTS")
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            shown.grab().save(str(Path(folder) / f"app-room-panel-{language}.png"))
        second = Phone(first.port)
        status = window.room.status()  # type: ignore[union-attr]
        refused = off_gui(qtbot, lambda: second.join(status.code, "Åsa Lindqvist"))
        assert (refused.status, refused.error) == (403, "taken")
        shown.phones.setCurrentRow(0)
        shown.remove_selected()
        assert off_gui(qtbot, lambda: second.join(status.code, "Åsa Lindqvist")).status == 200
    finally:
        if language == "sv":
            window.change_language("en")


def test_phone_notes_arriving_together_share_one_commit_but_not_one_undo_step(
    window: MainWindow, panel: RoomPanel, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Five notes queued while the GUI is busy: one durable write, answered after it, and
    five steps on the undo stack (each phone's action is undone on its own)."""
    document = window.document
    controller = window.room
    assert document is not None
    assert controller is not None
    assert controller.room is not None
    room = controller.room
    phones = [joined(qtbot, window, f"Telefon {i}") for i in range(5)]
    tokens = [p.token for p in phones]
    commits: list[int] = []
    answered_at_commit: list[int] = []
    futures: list[concurrent.futures.Future[Any]] = []
    original = document.library.commit

    def counting(ops: Any, **kwargs: Any) -> None:
        commits.append(len(ops))
        answered_at_commit.append(sum(f.done() for f in futures))
        original(ops, **kwargs)

    monkeypatch.setattr(document.library, "commit", counting)
    # A loaded machine could spend the 8 ms batch budget on fewer than five notes; the
    # budget (the GUI painting between batches) is not what this test is about.
    monkeypatch.setattr(bridge, "BATCH_MS", 10_000.0)

    def note(i: int) -> Callable[[], str]:
        phone = room.phones.find_quietly(tokens[i])
        assert phone is not None
        return lambda: room.add_note(phone, {"text": f"lapp {i}"})

    futures += [controller.host.submit(note(i)) for i in range(5)]  # queued, not yet run
    qtbot.waitUntil(lambda: all(f.done() for f in futures))
    assert sorted(n.text for n in document.workshop.all(Note)) == [f"lapp {i}" for i in range(5)]
    assert len(commits) == 1  # one write for the five notes (and the session's "last changed")
    assert commits[0] >= 5
    assert answered_at_commit[0] == 0  # nobody heard "saved" before the write
    steps = [document.undo_stack.text(i) for i in range(document.undo_stack.count())]
    assert steps[-5:] == [f"Note from Telefon {i}" for i in range(5)]
    document.undo_stack.undo()
    assert sorted(n.text for n in document.workshop.all(Note)) == [f"lapp {i}" for i in range(4)]
    document.undo_stack.redo()
    assert len(document.workshop.all(Note)) == 5
