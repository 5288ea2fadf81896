"""The figures of issue 16 beside the board's: start-up, the PDF and ``shot``.

Used by ``bench_app.py --section startup|pdf|shot|all``; each prints its figures
next to a fair bare baseline measured in the same run, as ratios with their
min–max over the runs:

- start-up: the ``n3desk`` command until the window is up (200 sessions) against a
  bare window with the same cached qt-material stylesheet (``bench_foundation``);
- PDF of 10,000 notes against bare ReportLab setting the same paragraphs
  (``bench_pdf``), CPU time;
- ``shot``: ``n3desk shot`` of the board, a fresh process per picture, against a
  bare process that reads the same notes into the bare board and saves a PNG of
  the same size; the CPU time per 1,000 notes shows whether it grows linearly;
- the stakeholder map at 30, 100 and 300 actors: the map's own benchmark
  (``bench_map.py``, the map engineer's), run as it is.
"""

from __future__ import annotations

import io
import itertools
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import bare_board

SHOT_SIZE = (1920, 1080)


def spread(values: list[float]) -> str:
    """Median (min–max)."""
    return f"{statistics.median(values):8.1f} ({min(values):.1f}–{max(values):.1f})"


def ratio_row(name: str, ours: list[float], bare: list[float], goal: str) -> None:
    ratios = [a / b for a, b in zip(ours, bare, strict=True)]
    print(
        f"{name:<34} n3desk {spread(ours):>26} ms  bare {statistics.median(bare):8.1f} ms  "
        f"ratio {statistics.median(ratios):5.2f} ({min(ratios):.2f}–{max(ratios):.2f})   {goal}"
    )


# -- start-up --------------------------------------------------------------------------


def startup_section(runs: int) -> None:
    import bench_foundation

    print(f"\nStart-up, 200 sessions, {runs} runs, load average {os.getloadavg()[0]:.1f}")
    timings = bench_foundation.bench_startup(runs)

    def of(kind: str, field: str) -> list[float]:
        return [float(getattr(t, field)) * 1000 for t in timings[kind]]

    goal = "goal ≤ 1.5 × bare"
    ratio_row("start-up, CPU time until ready", of("command", "cpu"), of("bare", "cpu"), goal)
    ratio_row("  wall clock", of("command", "wall"), of("bare", "wall"), goal)


# -- PDF ---------------------------------------------------------------------------------


def pdf_section(runs: int, notes: int = 10_000) -> None:
    import bench_pdf

    from n3desk.report.pdf_styles import register_fonts
    from n3desk.report.pdf_summary import build_pdf

    register_fonts()
    workshop = bench_pdf.big_session(notes=notes)
    texts, facts = bench_pdf.note_paragraphs(workshop)
    print(f"\nPDF of {len(texts):,} notes, {runs} runs, load average {os.getloadavg()[0]:.1f}")
    bench_pdf.bare(texts[:50], facts[:50])  # warm both up
    build_pdf(workshop, io.BytesIO())
    ours: list[float] = []
    bare: list[float] = []
    for _ in range(runs):
        for out, work in (
            (bare, lambda: bench_pdf.bare(texts, facts)),
            (ours, lambda: build_pdf(workshop, io.BytesIO())),
        ):
            started = time.process_time()
            work()
            out.append((time.process_time() - started) * 1000)
    ratio_row("PDF record, CPU time", ours, bare, "goal ≤ 1.5 × bare")


# -- shot --------------------------------------------------------------------------------


def bare_shot(folder: Path, board_id: str, out: Path) -> None:
    """A fresh process's picture of the bare board: read, build, fit, paint, save."""
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    rows = bare_board.read_notes(folder / "library.sqlite3", board_id)
    scene, _texts = bare_board.build_scene(rows)
    view = bare_board.bare_view()
    view.setScene(scene)
    view.resize(*SHOT_SIZE)
    view.show()
    bare_board.fit(view)
    bare_board.settle(app)
    if not view.grab().save(str(out), "PNG"):
        raise OSError(f"could not write {out}")


def _child_cpu_ms(command: list[str]) -> float:
    """CPU milliseconds (user + system) a child process took."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        command,
        check=True,
        capture_output=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return used * 1000


def shot_section(
    sizes: tuple[int, ...], runs: int, make_library: Callable[[Path, int], dict[str, str]]
) -> None:
    print(f"\n`n3desk shot` of the board, {runs} runs, load average {os.getloadavg()[0]:.1f}")
    per_note: dict[int, float] = {}  # median CPU ms of n3desk's shot, by notes
    with tempfile.TemporaryDirectory(prefix="n3desk-bench-shot-") as tmp:
        for count in sizes:
            folder = Path(tmp) / f"lib{count}"
            ids = make_library(folder, count)
            out = Path(tmp) / "shot.png"
            size = f"{SHOT_SIZE[0]}x{SHOT_SIZE[1]}"
            ours_cmd = [sys.executable, "-m", "n3desk", "--data-dir", str(folder), "shot",
                        ids["session"], str(out), "--view", "board", "--size", size]  # fmt: skip
            bare_cmd = [sys.executable, str(Path(__file__).with_name("bench_app.py")),
                        "--bare-shot", str(folder), ids["session_board"], str(out)]  # fmt: skip
            ours: list[float] = []
            bare: list[float] = []
            for _ in range(runs):
                ours.append(_child_cpu_ms(ours_cmd))
                bare.append(_child_cpu_ms(bare_cmd))
            per_note[count] = statistics.median(ours)
            ratio_row(f"shot, {count:,} notes, CPU", ours, bare, "goal: linear in notes")
    # Linear: each further 1,000 notes cost about the same, whatever the size.
    counts = sorted(per_note)
    steps = [
        f"{a:,}→{b:,}: {(per_note[b] - per_note[a]) / (b - a) * 1000:.0f} ms"
        for a, b in itertools.pairwise(counts)
    ]
    print("  n3desk CPU per further 1,000 notes: " + ", ".join(steps))


# -- the map -----------------------------------------------------------------------------


def map_section(actors: tuple[int, ...] = (30, 100, 300)) -> None:
    """The stakeholder map's own benchmark (bench_map.py), in a process of its own."""
    print(f"\nThe stakeholder map (bench_map.py {' '.join(map(str, actors))})", flush=True)
    subprocess.run(
        [sys.executable, str(Path(__file__).with_name("bench_map.py")), *map(str, actors)],
        check=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
