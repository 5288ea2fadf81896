"""Where the start-up's CPU time goes, phase by phase (the table in docs/performance.md).

Run from the project root (no display needed); it makes a library of 200 sessions
and starts n3desk's real command on it in fresh processes, as bench_foundation does:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/startup_phases.py [--runs 5]

Each child times, with ``time.process_time``, PySide6's import, the command line's
and the app's imports, ``create_application``, opening the library, building the
main window and showing it, and counts the Python enum classes PySide builds until
the event loop runs. Prints the median of each over the runs (the first line also
holds Python's own start). Not a test: nothing fails.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_foundation  # noqa: E402  (this folder is not a package)

CHILD = textwrap.dedent(
    """
    import enum, json, sys, time
    clock = time.process_time
    marks = [("start", 0.0)]
    enums = [0, 0.0]
    create = enum.EnumType._create_
    def counted(cls, *args, **kwargs):
        started = clock()
        try:
            return create(cls, *args, **kwargs)
        finally:
            enums[0] += 1
            enums[1] += clock() - started
    enum.EnumType._create_ = counted
    import PySide6.QtWidgets
    marks.append(("Python, PySide6 QtCore/QtGui/QtWidgets", clock()))
    import n3desk.cli as cli
    marks.append(("import n3desk.cli", clock()))
    import n3desk.app.main as main
    marks.append(("import n3desk.app.main", clock()))
    import n3desk.app.main_window as main_window
    marks.append(("import n3desk.app.main_window", clock()))
    def timed(module, name, label):
        original = getattr(module, name)
        def wrapper(*args, **kwargs):
            result = original(*args, **kwargs)
            marks.append((label, clock()))
            return result
        setattr(module, name, wrapper)
    timed(main, "create_application", "create_application")
    timed(main, "open_for_app", "open_for_app")
    timed(main, "show_main_window", "show_main_window")
    window_init = main_window.MainWindow.__init__
    def init(self, *args, **kwargs):
        marks.append(("(purge, imports)", clock()))
        window_init(self, *args, **kwargs)
        marks.append(("MainWindow with the start page", clock()))
    main_window.MainWindow.__init__ = init
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    exec_original = QApplication.exec
    def exec_then_ready():
        def ready():
            marks.append(("until the event loop runs", clock()))
            print("phases", json.dumps({"marks": marks, "enums": enums}), flush=True)
            QApplication.quit()
        QTimer.singleShot(0, ready)
        return exec_original()
    QApplication.exec = staticmethod(exec_then_ready)
    sys.exit(cli.main(["--data-dir", sys.argv[1]]))
    """
)


def run_child(home: Path, data_dir: Path) -> dict[str, object]:
    """One start: the phases' marks and the enum classes PySide built."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        PYTHONPYCACHEPREFIX=str(home / "pycache"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    output = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout
    line = next(text for text in output.splitlines() if text.startswith("phases "))
    return dict(json.loads(line.removeprefix("phases ")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        data_dir = home / "lib"
        bench_foundation._library_with_sessions(data_dir, 200)
        run_child(home, data_dir)  # the first start renders the look into the cache
        runs = [run_child(home, data_dir) for _ in range(args.runs)]
    print(f"Start-up phases, 200 sessions, {args.runs} runs, load {os.getloadavg()[0]:.1f}")
    print("(CPU ms; medians over the runs)")
    labels = [label for label, _ in runs[0]["marks"]][1:]  # type: ignore[index]
    for index, label in enumerate(labels, start=1):
        spans = [
            (run["marks"][index][1] - run["marks"][index - 1][1]) * 1000  # type: ignore[index]
            for run in runs
        ]
        print(f"  {label:<40} {statistics.median(spans):6.1f}")
    total = [run["marks"][-1][1] * 1000 for run in runs]  # type: ignore[index]
    enums = [run["enums"] for run in runs]
    print(f"  {'total CPU until ready':<40} {statistics.median(total):6.1f}")
    print(
        f"  Python enum classes built: {statistics.median(e[0] for e in enums):.0f}, "  # type: ignore[index]
        f"{statistics.median(e[1] * 1000 for e in enums):.1f} ms"  # type: ignore[index]
    )


if __name__ == "__main__":
    main()
