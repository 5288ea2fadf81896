"""The room in the app writes through the library's writer: ack after commit, in order.

A phone's note is on the facilitator's board at once (the GUI thread applies it),
but the phone hears 201 only once the writer thread has committed it; a held or
failing disk never loses the edit, and undo/redo while commits wait keeps order.
"""

from __future__ import annotations

import concurrent.futures
import sqlite3
import threading
from collections.abc import Callable
from typing import Any

from pytestqt.qtbot import QtBot

from n3desk.app.main_window import MainWindow
from n3desk.app.room.panel import RoomPanel
from n3desk.domain.entities import Note
from n3desk.store import Library
from n3desk.store.library import LIBRARY_FILE

from ...room.conftest import Phone  # noqa: TID252 - the room tests' phone
from .test_room_in_app import joined, panel, window  # noqa: F401 - the same fixtures

_pool = concurrent.futures.ThreadPoolExecutor(max_workers=8)


def stored_texts(library: Library) -> set[str]:
    """The notes' texts as a fresh read-only connection finds them in the file now."""
    conn = sqlite3.connect(f"file:{library.data_dir / LIBRARY_FILE}?mode=ro", uri=True)
    try:
        return {row[0] for row in conn.execute("SELECT text FROM notes")}
    finally:
        conn.close()


def board_texts(main: MainWindow) -> set[str]:
    """The notes' texts in the open session, in memory (what the boards show)."""
    assert main.document is not None
    return {n.text for n in main.document.workshop.all(Note)}


def hold_writes(library: Library) -> threading.Event:
    """Make the writer wait at its next commit until the returned event is set."""
    gate = threading.Event()
    real = Library.commit.__get__(library)

    def held(ops: Any, **kwargs: Any) -> None:
        if library.writer.on_writer_thread():
            gate.wait(30)
        real(ops, **kwargs)

    library.commit = held  # type: ignore[method-assign]
    return gate


def fill_disk(library: Library, full: bool) -> None:
    """The writer's own connection may not grow the file: SQLite's real SQLITE_FULL."""
    real = Library.commit.__get__(library)

    def commit(ops: Any, **kwargs: Any) -> None:
        if library.writer.on_writer_thread():
            with library.connection() as connection:
                pages = connection.execute("PRAGMA page_count").fetchone()[0]
                connection.execute(f"PRAGMA max_page_count={pages if full else 2**32 - 2}")
        real(ops, **kwargs)

    library.commit = commit  # type: ignore[method-assign]


def sender(library: Library, phone: Phone) -> Callable[[str], concurrent.futures.Future[Any]]:
    """Send notes from ``phone``; each future gives (reply, texts in the file on the reply)."""

    def post(text: str) -> concurrent.futures.Future[Any]:
        return _pool.submit(lambda: (lambda r: (r, stored_texts(library)))(phone.note(text)))

    return post


def test_a_phone_hears_201_only_once_its_note_is_in_the_file(
    window: MainWindow,  # noqa: F811
    panel: RoomPanel,  # noqa: F811
    library: Library,
    qtbot: QtBot,
) -> None:
    """The writer held: the note is on the board but unanswered; released: 201, on disk."""
    phone = joined(qtbot, window, "Anna")
    gate = hold_writes(library)
    reply = sender(library, phone)("väntar på disken")
    qtbot.waitUntil(lambda: "väntar på disken" in board_texts(window))
    qtbot.wait(300)  # time enough for an answer, were one sent before the commit
    assert not reply.done()
    assert "väntar på disken" not in stored_texts(library)
    gate.set()
    qtbot.waitUntil(reply.done, timeout=20_000)
    answer, in_file = reply.result()
    assert answer.status == 201, answer.body
    assert "väntar på disken" in in_file


def test_forty_notes_from_eight_phones_are_each_in_the_file_when_answered(
    window: MainWindow,  # noqa: F811
    panel: RoomPanel,  # noqa: F811
    library: Library,
    qtbot: QtBot,
) -> None:
    """A burst over real HTTP: every 201 is answered with its note already committed."""
    phones = [joined(qtbot, window, f"Telefon {i}") for i in range(8)]
    replies = {
        f"lapp {p}-{n}": sender(library, phone)(f"lapp {p}-{n}")
        for n in range(5)
        for p, phone in enumerate(phones)
    }
    qtbot.waitUntil(lambda: all(r.done() for r in replies.values()), timeout=60_000)
    for text, reply in replies.items():
        answer, in_file = reply.result()
        assert answer.status == 201, answer.body
        assert text in in_file
    assert window.document is not None
    assert window.document.flush()
    assert library.load(window.document.session.id) == window.document.workshop


def test_undo_and_redo_of_a_phones_note_while_its_commit_waits(
    window: MainWindow,  # noqa: F811
    panel: RoomPanel,  # noqa: F811
    library: Library,
    qtbot: QtBot,
) -> None:
    """Undo, redo, undo with the writer held: the file ends as the board, in order."""
    document = window.document
    assert document is not None
    phone = joined(qtbot, window, "Bo")
    gate = hold_writes(library)
    reply = sender(library, phone)("ångras")
    qtbot.waitUntil(lambda: "ångras" in board_texts(window))
    document.undo_stack.undo()
    assert "ångras" not in board_texts(window)
    document.undo_stack.redo()
    assert "ångras" in board_texts(window)
    document.undo_stack.undo()
    assert not reply.done()
    gate.set()
    qtbot.waitUntil(reply.done, timeout=20_000)
    assert reply.result()[0].status == 201  # its note was written (and then taken back)
    assert document.flush()
    assert "ångras" not in stored_texts(library)
    assert library.load(document.session.id) == document.workshop
    document.undo_stack.redo()
    assert document.flush()
    assert "ångras" in stored_texts(library)


def test_a_full_disk_in_a_burst_tells_the_phones_and_the_facilitator_and_loses_nothing(
    window: MainWindow,  # noqa: F811
    panel: RoomPanel,  # noqa: F811
    library: Library,
    qtbot: QtBot,
) -> None:
    """SQLITE_FULL while 6 phones write: 503 (never 201 for an unwritten note), the
    not-saved bar, every note kept on the board; room on the disk: all of them written."""
    document = window.document
    assert document is not None
    phones = [joined(qtbot, window, f"Telefon {i}") for i in range(6)]
    fill_disk(library, full=True)
    texts = [f"full disk {i} " + "å" * 1900 for i in range(12)]
    with qtbot.waitSignal(document.save_state_changed, timeout=30_000) as told:
        replies = {text: sender(library, phones[i % 6])(text) for i, text in enumerate(texts)}
        qtbot.waitUntil(lambda: all(r.done() for r in replies.values()), timeout=60_000)
    saved, reason = told.args
    assert saved is False
    assert "full" in reason
    assert window.session_window is not None
    assert "NOT SAVED" in window.session_window.window_title()
    for text, reply in replies.items():
        answer, in_file = reply.result()
        assert answer.status in (201, 503), answer.body
        if answer.status == 201:  # written before the disk filled up
            assert text in in_file
        else:
            assert answer.error == "not_saved"
    assert any(r.result()[0].status == 503 for r in replies.values())
    assert set(texts) <= board_texts(window)  # nothing lost in memory
    fill_disk(library, full=False)
    with qtbot.waitSignal(document.save_state_changed, timeout=30_000) as told:
        assert document.flush()
    assert told.args == [True, ""]
    assert set(texts) <= stored_texts(library)
    assert library.load(document.session.id) == document.workshop
