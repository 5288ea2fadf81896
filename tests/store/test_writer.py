"""The library's writer thread: commits in order, answers after the disk, stops at a failure."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import replace
from pathlib import Path

from n3desk.domain.changes import Put, Remove
from n3desk.domain.entities import Note, new_id
from n3desk.store import Library, open_library
from n3desk.store.errors import LibraryWriteError
from n3desk.store.library import LIBRARY_FILE

from .conftest import workshop_with_notes


def stored_texts(data_dir: Path) -> dict[str, str]:
    """The notes' texts as a fresh read-only connection finds them in the file now."""
    conn = sqlite3.connect(f"file:{data_dir / LIBRARY_FILE}?mode=ro", uri=True)
    try:
        return dict(conn.execute("SELECT id, text FROM notes").fetchall())
    finally:
        conn.close()


def limit_writer_growth(library: Library, limited: bool) -> None:
    """Before its next commit, the writer's own connection may (not) grow the file.

    SQLite then reports a real SQLITE_FULL: a full disk, as the writer meets it.
    """
    real = Library.commit.__get__(library)

    def commit(ops: object) -> None:
        with library.connection() as connection:  # on the writer thread: the writer's own
            pages = connection.execute("PRAGMA page_count").fetchone()[0]
            connection.execute(f"PRAGMA max_page_count={pages if limited else 2**32 - 2}")
        real(ops)  # type: ignore[arg-type]

    library.commit = commit  # type: ignore[method-assign]


def test_batches_are_committed_in_the_order_they_were_handed_over(
    library: Library, data_dir: Path
) -> None:
    """200 edits of one note and 50 new ones, queued at once: the file ends at the last."""
    made = workshop_with_notes(library, 1)
    note = made.notes_on(made.boards[0].id)[0]
    added = [Note(new_id(), note.board_id, text=f"ny {i}") for i in range(50)]
    for i in range(200):
        library.writer.submit([Put(replace(note, text=f"version {i}"))])
        if i % 4 == 0:
            library.writer.submit([Put(added[i // 4])])
    library.writer.submit([Remove(added[0])])
    assert library.writer.wait() is None
    texts = stored_texts(data_dir)
    assert texts[note.id] == "version 199"
    assert added[0].id not in texts
    assert {texts[n.id] for n in added[1:]} == {f"ny {i}" for i in range(1, 50)}


def test_done_runs_only_once_the_change_is_in_the_file(library: Library, data_dir: Path) -> None:
    """Each batch's "done" finds its note through a fresh connection: ack after commit."""
    made = workshop_with_notes(library, 0)
    seen: list[bool] = []
    notes = [Note(new_id(), made.boards[0].id, text=f"lapp {i}") for i in range(30)]
    for note in notes:

        def done(error: BaseException | None, note: Note = note) -> None:
            seen.append(error is None and stored_texts(data_dir).get(note.id) == note.text)

        library.writer.submit([Put(note)], [done])
    assert library.writer.wait() is None
    assert seen == [True] * 30


def test_a_barrier_answers_after_everything_before_it(library: Library, data_dir: Path) -> None:
    """An empty batch is answered once all earlier ones are written; at once when idle."""
    made = workshop_with_notes(library, 0)
    answers: list[object] = []
    library.writer.submit([], [answers.append])
    assert answers == [None]  # nothing waiting: answered on the spot
    gate = threading.Event()
    real = library.commit

    def held(ops: object) -> None:
        gate.wait(10)
        real(ops)  # type: ignore[arg-type]

    library.commit = held  # type: ignore[method-assign]
    note = Note(new_id(), made.boards[0].id, text="väntar")
    library.writer.submit([Put(note)])
    library.writer.submit([], [lambda error: answers.append(stored_texts(data_dir).get(note.id))])
    assert answers == [None]  # the write is held: nobody is answered yet
    gate.set()
    assert library.writer.wait() is None
    assert answers == [None, "väntar"]


def test_a_full_disk_stops_the_queue_and_a_retry_writes_it_all_in_order(
    library: Library, data_dir: Path
) -> None:
    """SQLITE_FULL on the writer's connection: told to each waiting batch, nothing later
    written before the failed one, and once there is room everything lands in order."""
    made = workshop_with_notes(library, 1)
    note = made.notes_on(made.boards[0].id)[0]
    big = Note(new_id(), note.board_id, text="x" * 100_000)
    answers: list[BaseException | None] = []
    limit_writer_growth(library, limited=True)
    library.writer.submit([Put(big)], [answers.append])
    library.writer.submit([Put(replace(note, text="efter"))], [answers.append])
    error = library.writer.wait()
    assert isinstance(error, LibraryWriteError)
    assert "full" in str(error)
    assert answers
    assert all(isinstance(a, LibraryWriteError) for a in answers)
    assert stored_texts(data_dir)[note.id] == note.text  # the later edit did not jump the queue
    assert big.id not in stored_texts(data_dir)
    limit_writer_growth(library, limited=False)
    assert library.writer.wait() is None
    texts = stored_texts(data_dir)
    assert (texts[note.id], len(texts[big.id])) == ("efter", 100_000)


def test_closing_the_library_writes_what_is_queued(data_dir: Path) -> None:
    """Edits handed over just before close are in the file when it is opened again."""
    library = open_library(data_dir)
    made = workshop_with_notes(library, 0)
    notes = [Note(new_id(), made.boards[0].id, text=f"sist {i}") for i in range(20)]
    for note in notes:
        library.writer.submit([Put(note)])
    library.close()
    with open_library(data_dir) as reopened:
        assert {n.text for n in reopened.load(made.session.id).all(Note)} == {
            f"sist {i}" for i in range(20)
        }


def test_a_read_waits_for_the_writer(library: Library) -> None:
    """load() right after a hand-over sees the change (reads drain the queue first)."""
    made = workshop_with_notes(library, 0)
    note = Note(new_id(), made.boards[0].id, text="genast")
    library.writer.submit([Put(note)])
    assert library.load(made.session.id).get(Note, note.id) == note
