"""Durability: an acknowledged commit survives the app being killed at any moment."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from n3desk.domain.entities import Note
from n3desk.store import open_library
from n3desk.store.library import LIBRARY_FILE

from .conftest import workshop_with_notes

RUNS = 20

# The app's part: open the library, then commit edits as fast as it can, saying
# "acknowledged" (printing the id) only after commit() has returned.
WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from n3desk.domain.changes import Put
    from n3desk.domain.entities import Note
    from n3desk.store import open_library

    data_dir, run, board_id = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    library = open_library(data_dir)
    print("ready", flush=True)
    i = 0
    while True:
        pair = [
            Put(Note(f"{run}-{i}-{half}", board_id, text=f"run {run} edit {i} " + "å" * 300))
            for half in ("a", "b")
        ]
        library.commit(pair)
        print(f"{run}-{i}", flush=True)
        i += 1
    """
)

# The same through the library's writer thread, as the app's document commits: edits
# are queued as fast as the loop goes; each is acknowledged from the writer's "done"
# (after its durable commit), as a phone's answer is.
WRITER_QUEUE = textwrap.dedent(
    """
    import sys, threading
    from pathlib import Path
    from n3desk.domain.changes import Put
    from n3desk.domain.entities import Note
    from n3desk.store import open_library

    data_dir, run, board_id = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    library = open_library(data_dir)
    print("ready", flush=True)
    room = threading.Semaphore(50)  # at most 50 edits waiting, as a busy room

    def acknowledge(edit):
        def done(error):
            assert error is None, error
            print(edit, flush=True)
            room.release()
        return done

    i = 0
    while True:
        room.acquire()
        pair = [
            Put(Note(f"{run}-{i}-{half}", board_id, text=f"run {run} edit {i} " + "å" * 300))
            for half in ("a", "b")
        ]
        library.writer.submit(pair, [acknowledge(f"{run}-{i}")])
        i += 1
    """
)


@pytest.mark.slow
@pytest.mark.parametrize("script", [WRITER, WRITER_QUEUE], ids=["direct", "writer-thread"])
def test_acknowledged_commits_survive_sigkill(data_dir: Path, script: str) -> None:
    """SIGKILL at random moments, 20 times: every acknowledged edit is there, file sound."""
    with open_library(data_dir) as library:
        made = workshop_with_notes(library, 1)
    board_id = made.boards[0].id
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    acknowledged: list[str] = []
    for run in range(RUNS):
        child = subprocess.Popen(
            [sys.executable, "-c", script, str(data_dir), f"r{run}", board_id],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert child.stdout is not None
        early: list[bytes] = []
        if run % 4 == 0:
            # Every fourth run dies at a random moment of starting and opening
            # (lock, check, backup), whatever the machine's speed.
            time.sleep(rng.uniform(0.0, 0.6))
        else:
            # The others die mid-stream: after at least one acknowledged commit.
            early = [child.stdout.readline(), child.stdout.readline()]
            assert early[0] == b"ready\n", child.stderr.read().decode() if child.stderr else ""
            time.sleep(rng.uniform(0.0, 0.3))
        child.send_signal(signal.SIGKILL)
        # Read the rest through the same buffered pipe that readline() used:
        # communicate() reads the raw descriptor and would skip what readline()
        # had already buffered, leaving a line cut in two ("lost ''").
        assert child.stderr is not None
        out, err = child.stdout.read(), child.stderr.read()
        child.wait()
        assert child.returncode == -signal.SIGKILL, err.decode()  # it was writing, not failing
        # Only whole lines count: each was printed after its commit returned.
        lines = (b"".join(early) + out).decode().split("\n")[:-1]
        acknowledged.extend(line for line in lines if line != "ready")

    print(f"{len(acknowledged)} acknowledged commits in {RUNS} runs (seed {seed})")
    assert len(acknowledged) >= RUNS * 3 // 4, f"too few commits to prove anything (seed {seed})"
    with open_library(data_dir) as library:
        notes = library.load(made.session.id).all(Note)
    present = {n.id for n in notes}
    for edit in acknowledged:
        assert {f"{edit}-a", f"{edit}-b"} <= present, f"lost {edit} (seed {seed})"
    halves = {n.id.rsplit("-", 1)[0] for n in notes if n.id.startswith("r")}
    for edit in halves:
        assert {f"{edit}-a", f"{edit}-b"} <= present, f"half a transaction: {edit}"
    conn = sqlite3.connect(data_dir / LIBRARY_FILE)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    assert not (data_dir / "damaged").exists()
