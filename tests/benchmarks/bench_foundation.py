"""Benchmark: start-up and one durable edit, each against a bare baseline in the same run.

Run from the project root (any time, no display needed):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_foundation.py

These machines are noisy, so every figure is a median of several runs and is printed
next to its bare baseline as a ratio; the budgets are those of DESIGN.md §7:

- start to an interactive main window with a library of 200 sessions
  ≤ 1.5 × a bare PySide6 window with the same cached qt-material stylesheet (the
  files n3desk's first start renders; the bare window applies them without
  qt_material, as n3desk does). n3desk is started by its real command line
  (``n3desk --data-dir ...``); both sides get fresh settings and share one cache
  folder, warmed by one start (the very first start, which renders qt-material's
  look into the cache, is printed for information);
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
from dataclasses import dataclass, replace
from pathlib import Path

# The bare window applies the look n3desk caches (qt-material's stylesheet and icons,
# rendered once by n3desk's first start) as n3desk does -- Fusion, the palette's text
# colour, the icon path, the stylesheet -- but from the files alone: no qt_material,
# no Jinja, none of n3desk's code.
BARE_WINDOW = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from PySide6.QtCore import QDir, QTimer
    from PySide6.QtGui import QColor, QGuiApplication, QPalette
    from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
    app = QApplication(sys.argv)
    folder = Path(sys.argv[1])
    details = json.loads((folder / "look.json").read_text(encoding="utf-8"))
    app.setStyle("Fusion")
    palette = QGuiApplication.palette()
    palette.setColor(QPalette.ColorRole.Text, QColor(details["text_colour"]))
    QGuiApplication.setPalette(palette)
    QDir.setSearchPaths("icon", [str(folder)])
    app.setStyleSheet((folder / "stylesheet.qss").read_text(encoding="utf-8"))
    window = QMainWindow()
    window.setCentralWidget(QLabel("bare"))
    window.resize(1280, 800)
    window.show()
    def ready():
        print("ready", time.process_time(), flush=True)
        app.quit()
    QTimer.singleShot(0, ready)
    app.exec()
    """
)

# n3desk started by its real command line (`n3desk --data-dir DIR`), and the app
# alone (run_app, without the command line's own imports). The only addition is a
# hook on QApplication.exec that prints "ready" and the CPU time used so far once
# the event loop runs with the window shown (the start page listing 200 sessions).
READY_HOOK = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    exec_original = QApplication.exec
    def exec_then_ready():
        def ready():
            print("ready", time.process_time(), flush=True)
            QApplication.quit()
        QTimer.singleShot(0, ready)
        return exec_original()
    QApplication.exec = staticmethod(exec_then_ready)
    """
)
APP_COMMAND = READY_HOOK + textwrap.dedent(
    """
    from n3desk.cli import main
    sys.exit(main(["--data-dir", sys.argv[1]]))
    """
)
APP_ONLY = READY_HOOK + textwrap.dedent(
    """
    from pathlib import Path
    from n3desk.app.main import run_app
    sys.exit(run_app(Path(sys.argv[1]), language=None, demo_session_id=None))
    """
)


@dataclass
class Timing:
    """A child's wall-clock and CPU seconds until it is ready."""

    wall: float
    cpu: float


def _time_child(code: str, home: Path, *args: str) -> Timing:
    """Run a Python child until it prints 'ready'; its settings and caches under ``home``."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        # Compiled once, as an installed n3desk is: with PYTHONDONTWRITEBYTECODE (set
        # on some machines) every start compiled n3desk's modules anew, ~150 ms.
        PYTHONPYCACHEPREFIX=str(home / "pycache"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("ready"):
            elapsed = time.perf_counter() - start
            cpu = float(line.split()[1])
            break
    else:
        raise RuntimeError(f"child exited without 'ready' (exit {proc.wait()})")
    proc.wait(timeout=30)
    return Timing(elapsed, cpu)


def _library_with_sessions(data_dir: Path, count: int) -> None:
    from n3desk.domain.templates import BLANK, instantiate
    from n3desk.store import open_library

    library = open_library(data_dir)
    try:
        for i in range(count):
            library.add(instantiate(BLANK, f"Verkstad {i}", language="sv", now=time.time()))
    finally:
        library.close()


def cached_look(home: Path) -> str:
    """The folder of the look n3desk's first start rendered into its cache."""
    found = sorted((home / "cache").glob("n3desk/qt-material/*/stylesheet.qss"))
    if not found:
        raise RuntimeError("n3desk's first start left no cached look")
    return str(found[0].parent)


def bench_startup(runs: int) -> dict[str, list[Timing]]:
    """Bare window, n3desk's command and the app alone, in turn, ``runs`` times each."""
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        data_dir = home / "lib"
        _library_with_sessions(data_dir, 200)
        # The very first start renders qt-material's look into the (empty) cache.
        first = _time_child(APP_COMMAND, home, str(data_dir))
        look = cached_look(home)
        _time_child(BARE_WINDOW, home, look)  # warm the OS file cache for the bare side too
        timings: dict[str, list[Timing]] = {"bare": [], "command": [], "app": [], "first": [first]}
        for _ in range(runs):
            timings["bare"].append(_time_child(BARE_WINDOW, home, look))
            timings["command"].append(_time_child(APP_COMMAND, home, str(data_dir)))
            timings["app"].append(_time_child(APP_ONLY, home, str(data_dir)))
    return timings


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
        document.flush()  # the commit runs on the writer thread: "durably" means waiting for it
        times.append(time.perf_counter() - start)
    assert document.saved
    library.close()
    del app
    return statistics.median(times)


def row(name: str, ours: float, bare: float, unit: str, budget: str) -> None:
    """One figure: n3desk, its bare baseline and the ratio, with the budget."""
    print(
        f"{name:<34} n3desk {ours:8.2f} {unit:<3} bare {bare:8.2f} {unit:<3} "
        f"ratio {ours / bare:5.2f}   ({budget})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="start-up runs per side")
    parser.add_argument("--edits", type=int, default=200, help="commits per side")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    load = os.getloadavg()[0]
    cpus = os.cpu_count()
    print(f"n3desk foundation benchmark: medians, load average {load:.2f} on {cpus} CPUs")

    with tempfile.TemporaryDirectory() as tmp:
        bare_commit = bench_bare_commit(Path(tmp) / "bare.sqlite3", args.edits)
        doc_commit = bench_document_commit(Path(tmp) / "lib", args.edits)
    row("one edit committed", doc_commit * 1000, bare_commit * 1000, "ms", "budget ≤ 2×")
    timings = bench_startup(args.runs)

    def median(kind: str, field: str) -> float:
        return statistics.median(float(getattr(t, field)) * 1000 for t in timings[kind])

    bare_wall, bare_cpu = median("bare", "wall"), median("bare", "cpu")
    budget = "budget ≤ 1.5×"
    row("start-up, `n3desk` command, wall", median("command", "wall"), bare_wall, "ms", budget)
    row("  same, CPU time until ready", median("command", "cpu"), bare_cpu, "ms", budget)
    row("  app alone (run_app), wall", median("app", "wall"), bare_wall, "ms", "information")
    row("  app alone, CPU time", median("app", "cpu"), bare_cpu, "ms", "information")
    row(
        "  very first start, no theme cache",
        median("first", "wall"),
        bare_wall,
        "ms",
        "information",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
