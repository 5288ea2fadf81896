"""Benchmark: start-up and one durable edit, each against a bare baseline in the same run.

Run from the project root (any time, no display needed):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_foundation.py

These machines are noisy, so every figure is a median of several runs and is printed
next to its bare baseline as a ratio; the budgets are those of DESIGN.md §7:

- start to an interactive main window with a library of 200 sessions
  ≤ 1.5 × a bare PySide6 + qt-material window;
- one edit durably committed ≤ 2 × a bare sqlite3 UPDATE + COMMIT with the same pragmas.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import replace
from pathlib import Path

BARE_WINDOW = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
    import qt_material
    app = QApplication(sys.argv)
    qt_material.apply_stylesheet(app, "light_blue.xml")
    window = QMainWindow()
    window.setCentralWidget(QLabel("bare"))
    window.resize(1280, 800)
    window.show()
    def ready():
        print("ready", flush=True)
        app.quit()
    QTimer.singleShot(0, ready)
    app.exec()
    """
)

APP_WINDOW = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from n3desk.app.main import benchmark_start
    sys.exit(benchmark_start(Path(sys.argv[1])))
    """
)


def _time_child(code: str, *args: str) -> float:
    """Seconds from spawning a Python child until it prints 'ready'."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "ready":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"child exited without 'ready' (exit {proc.wait()})")
    proc.wait(timeout=30)
    return elapsed


def _library_with_sessions(data_dir: Path, count: int) -> None:
    from n3desk.domain.templates import BLANK, instantiate
    from n3desk.store import open_library

    library = open_library(data_dir)
    try:
        for i in range(count):
            library.add(instantiate(BLANK, f"Verkstad {i}", language="sv", now=time.time()))
    finally:
        library.close()


def bench_startup(runs: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "lib"
        _library_with_sessions(data_dir, 200)
        # Warm the OS file cache for both sides before measuring.
        _time_child(BARE_WINDOW)
        _time_child(APP_WINDOW, str(data_dir))
        bare, app = [], []
        for _ in range(runs):
            bare.append(_time_child(BARE_WINDOW))
            app.append(_time_child(APP_WINDOW, str(data_dir)))
    return statistics.median(bare), statistics.median(app)


def bench_bare_commit(path: Path, runs: int) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "busy_timeout=5000"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("CREATE TABLE notes (id TEXT PRIMARY KEY, x REAL, y REAL)")
    conn.execute("INSERT INTO notes VALUES ('a', 0, 0)")
    times = []
    for i in range(runs):
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("UPDATE notes SET x = ?, y = ? WHERE id = 'a'", (float(i), float(i)))
        conn.execute("COMMIT")
        times.append(time.perf_counter() - start)
    conn.close()
    return statistics.median(times)


def bench_document_commit(data_dir: Path, runs: int) -> float:
    from PySide6.QtWidgets import QApplication

    from n3desk.app.commands import push_edit
    from n3desk.app.document import SessionDocument
    from n3desk.domain import Note, Put, new_id
    from n3desk.domain.templates import BLANK, instantiate
    from n3desk.store import open_library

    app = QApplication.instance() or QApplication(sys.argv)
    library = open_library(data_dir)
    workshop = instantiate(BLANK, "Bench", language="sv", now=time.time())
    library.add(workshop)
    document = SessionDocument(library, workshop)
    note = Note(new_id(), workshop.boards[0].id, "Idé")
    push_edit(document, "Add", [Put(note)])
    times = []
    for i in range(runs):
        current = document.workshop.get(Note, note.id)
        assert current is not None
        start = time.perf_counter()
        push_edit(document, "Move", [Put(replace(current, x=float(i), y=float(i)))])
        times.append(time.perf_counter() - start)
    assert document.saved
    library.close()
    del app
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="start-up runs per side")
    parser.add_argument("--edits", type=int, default=200, help="commits per side")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    with tempfile.TemporaryDirectory() as tmp:
        bare_commit = bench_bare_commit(Path(tmp) / "bare.sqlite3", args.edits)
        doc_commit = bench_document_commit(Path(tmp) / "lib", args.edits)
    print(
        f"one edit committed:  n3desk {doc_commit * 1000:7.2f} ms   "
        f"bare sqlite3 {bare_commit * 1000:7.2f} ms   ratio {doc_commit / bare_commit:5.2f}  "
        "(budget ≤ 2.0)"
    )
    bare_start, app_start = bench_startup(args.runs)
    print(
        f"start-up, 200 sessions: n3desk {app_start * 1000:7.0f} ms   "
        f"bare window {bare_start * 1000:7.0f} ms   ratio {app_start / bare_start:5.2f}  "
        "(budget ≤ 1.5)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
