"""The whole app at 500 to 20,000 notes, each figure next to a fair bare baseline.

Run from the project root (no display needed; ``--quick`` on a loaded machine):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_app.py [--quick]
    ... bench_app.py --notes 10000 --runs 5        # one size
    ... bench_app.py --section startup|pdf|shot|map|all   # the other figures of issue 16

n3desk is the app a facilitator gets: ``create_application`` and ``MainWindow``,
the session opened from its library and shown on the Boards tab, the board's
viewport 1920×1080, with everything that listens to the document (the other tabs,
the hidden panels, the projector that is not shown). The bare side is
:mod:`bare_board`: the same notes read with one SELECT into word-wrapped
``QGraphicsTextItem`` notes in a plain view of the same size.

Each size runs in fresh processes, n3desk and bare in turn, ``--runs`` times; each
figure is the median of its steps within a run, and is printed as the median over
the runs with the min–max, next to the bare median and the ratio of each run's
pair (median, min–max). Figures (goals of issue 16):

- open to first paint: from ``open_session`` to the board's first paint (≤ 2 × bare);
  "until idle" adds the work queued behind it;
- pan and zoom frames at fit, 100 % and 160 %: a step (32 px, or ×1.15) until
  painted (≤ 16.7 ms); "settle" is the first full repaint after far zoom steps;
- typed edit committed: the text of a note being typed, committed (Esc, Tab or
  the idle second) through the document and durably on disk (the library's writer
  thread waited for), against a bare ``UPDATE … COMMIT``
  (≤ 2 ×); "until idle" adds the repaint and whatever the edit queued (≤ 50 ms);
- N: a new note at a free spot in the middle of a full board, cursor in it,
  until painted (≤ 16 ms), against a bare item added and INSERTed;
- peak RSS of the process after all of it (≤ 2 × bare).

Not a test: nothing fails. The machine is shared: the load average is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import app_figures  # noqa: E402  (this folder is not a package)
import bare_board  # noqa: E402

SIZES = (500, 2000, 5000, 10000, 20000)
QUICK_SIZES = (500, 2000, 10000)
VIEWPORT = (1920, 1080)
WARM_NOTES = 30
EDITS = 8
PLACES = 8
PRAGMAS = {"journal_mode": "WAL", "synchronous": "FULL", "foreign_keys": "ON"}
WORDS = (
    "brukaren",
    "hemtjänst",
    "träning",
    "vardag",
    "trygghet",
    "anhöriga",
    "kommunen",
    "idé",
    "prova",
    "test",
    "samarbete",
    "fysioterapeut",
    "rehab",
    "balans",
    "promenad",
    "stöd",
    "digitalt",
    "grupp",
    "motivation",
    "kostnad",
    "tid",
    "personal",
    "biblioteket",
    "mötesplats",
    "äldre",
    "kvarteret",
    "skolan",
    "föräldrar",
)

Runs = list[dict[str, float]]  # the figures of each run of one side

# key, label, goal (text), goal kind: "ratio" (≤ value × bare) or "ms"/"MB" absolute
FIGURES: tuple[tuple[str, str, str, float], ...] = (
    ("open", "open to first paint", "ratio", 2.0),
    ("open_idle", "  open until idle", "info", 0),
    ("pan_fit", "pan frame, fit", "ms", 16.7),
    ("zoom_fit", "zoom frame, fit", "ms", 16.7),
    ("settle_fit", "  settle after zooming, fit", "ms", 16.7),
    ("pan_100", "pan frame, 100 %", "ms", 16.7),
    ("zoom_100", "zoom frame, 100 %", "ms", 16.7),
    ("pan_160", "pan frame, 160 %", "ms", 16.7),
    ("zoom_160", "zoom frame, 160 %", "ms", 16.7),
    ("typed_commit", "typed edit committed", "ratio", 2.0),
    ("edit_idle", "  typed edit until idle", "ms", 50.0),
    ("place", "N places a note", "ms", 16.0),
    ("rss", "peak RSS (MB)", "ratio", 2.0),
)


# -- the library ---------------------------------------------------------------------


def make_library(folder: Path, count: int) -> dict[str, str]:
    """A library with a session of ``count`` notes in frames of 100 (ratings, dots) and
    a small session to warm up with; the ids the children need."""
    from n3desk.domain.changes import Put
    from n3desk.domain.entities import Frame, Note, Rating, Vote, VotingRound, new_id
    from n3desk.domain.palette import NOTE_COLOURS
    from n3desk.domain.templates import BLANK, instantiate
    from n3desk.store import open_library

    rng = random.Random(count)
    library = open_library(folder, lock=False)
    ids: dict[str, str] = {}
    for name, notes in (("warm", WARM_NOTES), ("session", count)):
        workshop = instantiate(BLANK, f"Bänk {notes}", language="sv", now=time.time())
        board = workshop.boards[0]
        records: list[object] = []
        round_ = VotingRound(new_id(), board.id, "Omgång 1", state="revealed")
        records.append(round_)
        frames = -(-notes // 100)
        across = max(1, round(frames**0.5 * 1.2))
        colours = list(NOTE_COLOURS)
        for f in range(frames):
            fx, fy = (f % across) * 2000.0, (f // across) * 1600.0
            frame = Frame(new_id(), board.id, f"Tema {f + 1}", fx, fy, 1900, 1540, f)
            records.append(frame)
            for i in range(min(100, notes - f * 100)):
                words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 22)))
                note = Note(
                    new_id(), board.id, f"{words.capitalize()} ({f}.{i})",
                    colours[rng.randrange(6)], fx + 24 + (i % 10) * 184.0,
                    fy + 72 + (i // 10) * 144.0, z=float(f * 100 + i), frame_id=frame.id,
                    created_at=float(i),
                )  # fmt: skip
                records.append(note)
                if rng.random() < 0.25:
                    for criterion in workshop.criteria:
                        records.append(Rating(new_id(), note.id, criterion.id, rng.randint(0, 3)))
                if rng.random() < 0.15:
                    records.append(Vote(new_id(), round_.id, note.id, None, rng.randint(1, 4)))
        workshop.apply([Put(r) for r in records])  # type: ignore[arg-type]
        library.add(workshop)
        ids[name] = workshop.session.id
        ids[f"{name}_board"] = board.id
    library.close()
    return ids


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def sleep_then_settle(app: object, seconds: float = 0.3) -> None:
    """Let timers that wait for a pause (the zoom's settling) come due, then run them."""
    time.sleep(seconds)
    bare_board.settle(app)  # type: ignore[arg-type]


# -- n3desk ---------------------------------------------------------------------------


def app_child(folder: Path, ids: dict[str, str]) -> dict[str, float]:
    """The whole app: open the big session on the Boards tab, then every figure."""
    from n3desk.app.main import create_application

    app = create_application("sv")
    from n3desk.app.board.note_item import NoteItem
    from n3desk.app.main_window import MainWindow
    from n3desk.store import open_library

    library = open_library(folder, lock=False)
    window = MainWindow(library)
    window.resize(1600, 1000)
    window.show()
    bare_board.settle(app)
    counter = bare_board.PaintCounter()

    def open_on_board(session_id: str) -> tuple[float, float]:
        started = time.perf_counter()
        shown = window.open_session(session_id)
        assert shown is not None
        shown.show_view("board")
        view = shown.boards.current_view()
        assert view is not None
        view.viewport().installEventFilter(counter)
        bare_board.until_painted(app, counter, counter.count)
        first = time.perf_counter()
        bare_board.settle(app)
        return (first - started) * 1000, (time.perf_counter() - started) * 1000

    # Warm up (imports, fonts, the session window's classes), and size the window so
    # that the board's viewport is exactly VIEWPORT.
    open_on_board(ids["warm"])
    assert window.session_window is not None
    viewport = window.session_window.boards.current_view().viewport()  # type: ignore[union-attr]
    window.resize(
        window.width() + VIEWPORT[0] - viewport.width(),
        window.height() + VIEWPORT[1] - viewport.height(),
    )
    bare_board.settle(app)
    window.show_start()
    bare_board.settle(app)

    out: dict[str, float] = {}
    out["open"], out["open_idle"] = open_on_board(ids["session"])
    session = window.session_window
    assert session is not None
    view = session.boards.current_view()
    assert view is not None
    scene = view.board_scene
    out["viewport_w"], out["viewport_h"] = view.viewport().width(), view.viewport().height()
    centre = scene.content_rect().center()

    def place(zoom: float | None) -> None:
        if zoom is None:
            view.fit_all()
        else:
            view.set_zoom(zoom)
            view.centerOn(centre)
        sleep_then_settle(app)
        bare_board.frame_ms(app, counter, view.viewport().update)

    for name, zoom in (("fit", None), ("100", 1.0), ("160", 1.6)):
        place(zoom)
        out[f"pan_{name}"] = bare_board.pan_frames(app, view, counter, view.pan)
        out[f"zoom_{name}"] = bare_board.zoom_frames(app, counter, view.zoom_by)
        if zoom is None:
            time.sleep(0.3)  # past the settling pause of far zoom steps
            out["settle_fit"] = bare_board.frame_ms(app, counter, view.viewport().update)

    # Typed edits, at 100 % in the middle of the board.
    place(1.0)
    controller = session.boards.controller
    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    items = [i for i in scene.items(seen) if isinstance(i, NoteItem)][:EDITS]
    commits, idles = [], []
    for item in items:
        controller.editing.start(scene, item.note.id)
        assert controller.editing.editor is not None
        controller.editing.editor.setPlainText(item.note.text + " och mer")
        bare_board.settle(app)
        before = counter.count
        started = time.perf_counter()
        controller.editing.commit()
        session.document.flush()  # durable: the writer thread's commit is on disk
        commits.append((time.perf_counter() - started) * 1000)
        bare_board.until_painted(app, counter, before, limit=5)
        bare_board.settle(app, 1)
        idles.append((time.perf_counter() - started) * 1000)
        controller.editing.finish()
        bare_board.settle(app)
    out["typed_commit"] = statistics.median(commits)
    out["edit_idle"] = statistics.median(idles)

    # N with nothing selected: a free spot near the middle of what is in view.
    places = []
    for _ in range(PLACES):
        scene.clearSelection()
        bare_board.settle(app)
        places.append(bare_board.frame_ms(app, counter, controller.new_note))
        controller.editing.finish()  # an empty note is not kept
        bare_board.settle(app)
    out["place"] = statistics.median(places)
    out["notes_after"] = len(scene.notes)
    out["rss"] = peak_rss_mb()
    window.close_session()
    library.close()
    return out


# -- bare -----------------------------------------------------------------------------


def bare_child(folder: Path, ids: dict[str, str]) -> dict[str, float]:
    """The bare board: the same steps on the same notes, with no n3desk code."""
    from PySide6.QtWidgets import QApplication, QGraphicsTextItem, QGraphicsView, QMainWindow

    app = QApplication(sys.argv[:1])
    path = folder / "library.sqlite3"
    window = QMainWindow()
    window.resize(*VIEWPORT)
    window.show()
    bare_board.settle(app)
    counter = bare_board.PaintCounter()

    def open_board(
        board_id: str,
    ) -> tuple[QGraphicsView, dict[str, QGraphicsTextItem], float, float, list[bare_board.Row]]:
        started = time.perf_counter()
        rows = bare_board.read_notes(path, board_id)
        scene, texts = bare_board.build_scene(rows)
        view = bare_board.bare_view()
        view.setScene(scene)
        window.setCentralWidget(view)
        view.viewport().installEventFilter(counter)
        bare_board.fit(view)
        bare_board.until_painted(app, counter, counter.count)
        first = time.perf_counter()
        bare_board.settle(app)
        idle = time.perf_counter()
        return view, texts, (first - started) * 1000, (idle - started) * 1000, rows

    # Warm up alike, and size the window so that the viewport is exactly VIEWPORT.
    warm = open_board(ids["warm_board"])[0]
    window.resize(
        window.width() + VIEWPORT[0] - warm.viewport().width(),
        window.height() + VIEWPORT[1] - warm.viewport().height(),
    )
    bare_board.settle(app)
    view, texts, first, idle, rows = open_board(ids["session_board"])
    out: dict[str, float] = {"open": first, "open_idle": idle}
    out["viewport_w"], out["viewport_h"] = view.viewport().width(), view.viewport().height()
    cx, cy = bare_board.content_centre(rows)

    def pan(dx: int, dy: int) -> None:
        bare_board.scroll_by(view, dx, dy)

    def zoom_by(factor: float) -> None:
        view.scale(factor, factor)

    for name, zoom in (("fit", None), ("100", 1.0), ("160", 1.6)):
        if zoom is None:
            bare_board.fit(view)
        else:
            bare_board.set_zoom(view, zoom, cx, cy)
        sleep_then_settle(app)
        bare_board.frame_ms(app, counter, view.viewport().update)
        out[f"pan_{name}"] = bare_board.pan_frames(app, view, counter, pan)
        out[f"zoom_{name}"] = bare_board.zoom_frames(app, counter, zoom_by)
        if zoom is None:
            time.sleep(0.3)
            out["settle_fit"] = bare_board.frame_ms(app, counter, view.viewport().update)

    # A bare edit: the text item and an UPDATE … COMMIT with the library's pragmas.
    bare_board.set_zoom(view, 1.0, cx, cy)
    sleep_then_settle(app)
    db = Path(tempfile.mkdtemp(prefix="n3desk-bare-")) / "bare.sqlite3"
    conn = sqlite3.connect(db, isolation_level=None)
    for pragma, value in PRAGMAS.items():
        conn.execute(f"PRAGMA {pragma}={value}")
    conn.execute("CREATE TABLE notes (id TEXT PRIMARY KEY, text TEXT, x REAL, y REAL)")
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO notes VALUES (?, ?, ?, ?)", [r[:2] + r[3:5] for r in rows])
    conn.execute("COMMIT")
    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    chosen = [r for r in rows if seen.contains(r[3], r[4])][:EDITS] or rows[:EDITS]
    commits, idles = [], []
    for row in chosen:
        text = row[1] + " och mer"
        before = counter.count
        started = time.perf_counter()
        texts[row[0]].setPlainText(text)
        write = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("UPDATE notes SET text = ? WHERE id = ?", (text, row[0]))
        conn.execute("COMMIT")
        commits.append((time.perf_counter() - write) * 1000)
        bare_board.until_painted(app, counter, before, limit=5)
        bare_board.settle(app, 1)
        idles.append((time.perf_counter() - started) * 1000)
    out["typed_commit"] = statistics.median(commits)
    out["edit_idle"] = statistics.median(idles)

    font = bare_board.bare_font()
    scene = view.scene()
    places = []
    for i in range(PLACES):
        row = (f"new{i}", "", "yellow", cx - 80, cy - 60, 160.0, 120.0)

        def add(row: bare_board.Row = row) -> None:
            rect, _label = bare_board.note_item(row, font)
            scene.addItem(rect)
            conn.execute("BEGIN")
            conn.execute("INSERT INTO notes VALUES (?, ?, ?, ?)", (row[0], "", row[3], row[4]))
            conn.execute("COMMIT")

        places.append(bare_board.frame_ms(app, counter, add))
    out["place"] = statistics.median(places)
    out["rss"] = peak_rss_mb()
    conn.close()
    return out


# -- the parent ------------------------------------------------------------------------


def run_child(kind: str, folder: Path, ids: dict[str, str], home: Path) -> dict[str, float]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(folder), json.dumps(ids)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{kind} child failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):8.1f} ({min(values):.1f}–{max(values):.1f})"


def report_size(count: int, ours: Runs, bare: Runs) -> None:
    load = os.getloadavg()
    print(
        f"\n{count:,} notes, {len(ours)} runs, viewport "
        f"{ours[0]['viewport_w']:.0f}×{ours[0]['viewport_h']:.0f} "
        f"(bare {bare[0]['viewport_w']:.0f}×{bare[0]['viewport_h']:.0f}), "
        f"load average {load[0]:.1f} / {load[1]:.1f} on {os.cpu_count()} CPUs"
    )
    print(f"{'figure':<30} {'n3desk ms, median (min–max)':>30} {'bare ms':>10} "
          f"{'ratio (min–max)':>22}   goal")  # fmt: skip
    for key, label, kind, goal in FIGURES:
        mine = [r[key] for r in ours]
        theirs = [r[key] for r in bare]
        ratios = [a / b for a, b in zip(mine, theirs, strict=True) if b > 0]
        ratio = f"{statistics.median(ratios):6.2f} ({min(ratios):.2f}–{max(ratios):.2f})"
        if kind == "ratio":
            met = statistics.median(ratios) <= goal
            target = f"≤ {goal:g} × bare"
        elif kind == "info":
            met, target = True, "information"
        else:
            met = statistics.median(mine) <= goal
            target = f"≤ {goal:g} ms"
        mark = "" if kind == "info" else ("  met" if met else "  NOT MET")
        print(
            f"{label:<30} {spread(mine):>30} {statistics.median(theirs):10.1f} "
            f"{ratio:>22}   {target}{mark}"
        )


def report_growth(results: dict[int, tuple[Runs, Runs]]) -> None:
    keys = ["open", "pan_fit", "zoom_fit", "pan_100", "zoom_100", "pan_160", "zoom_160",
            "edit_idle", "place", "rss"]  # fmt: skip
    print("\nGrowth: n3desk median (ratio to bare)")
    print(f"{'notes':>7} " + " ".join(f"{k:>15}" for k in keys))
    for count, (ours, bare) in sorted(results.items()):
        cells = []
        for key in keys:
            mine = statistics.median(r[key] for r in ours)
            ratio = statistics.median(
                a[key] / b[key] for a, b in zip(ours, bare, strict=True) if b[key] > 0
            )
            cells.append(f"{mine:7.1f} ({ratio:4.1f}×)")
        print(f"{count:>7,} " + " ".join(f"{c:>15}" for c in cells))


def board_section(sizes: tuple[int, ...], runs: int) -> None:
    print(
        f"n3desk whole-app board benchmark: {runs} runs per size, fresh processes, "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )
    results = {}
    with tempfile.TemporaryDirectory(prefix="n3desk-bench-app-") as tmp:
        home = Path(tmp) / "home"
        for count in sizes:
            folder = Path(tmp) / f"lib{count}"
            ids = make_library(folder, count)
            ours: list[dict[str, float]] = []
            bare: list[dict[str, float]] = []
            for run in range(runs):
                order = ("app", "bare") if run % 2 == 0 else ("bare", "app")
                for kind in order:
                    (ours if kind == "app" else bare).append(run_child(kind, folder, ids, home))
            report_size(count, ours, bare)
            results[count] = (ours, bare)
            sys.stdout.flush()
    if len(results) > 1:
        report_growth(results)


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--bare-shot":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app_figures.bare_shot(Path(sys.argv[2]), sys.argv[3], Path(sys.argv[4]))
        return
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        kind, folder, ids = sys.argv[2], Path(sys.argv[3]), json.loads(sys.argv[4])
        child = app_child if kind == "app" else bare_child
        profile = os.environ.get("N3DESK_BENCH_PROFILE")
        if profile:  # --profile: where the child's time goes, for pstats or snakeviz
            import cProfile

            with cProfile.Profile() as profiler:
                out = child(folder, ids)
            profiler.dump_stats(f"{profile}/{kind}-{folder.name}-{os.getpid()}.prof")
        else:
            out = child(folder, ids)
        print(json.dumps(out))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="500, 2,000, 10,000 notes, 3 runs")
    parser.add_argument("--notes", type=int, nargs="*", help="sizes (default: all five)")
    parser.add_argument("--runs", type=int, help="runs per size (default 5; quick 3)")
    parser.add_argument("--profile", metavar="DIR", help="write each child's cProfile here")
    parser.add_argument("--section", choices=("board", "startup", "pdf", "shot", "map", "all"),
                        default="board")  # fmt: skip
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.profile:
        Path(args.profile).mkdir(parents=True, exist_ok=True)
        os.environ["N3DESK_BENCH_PROFILE"] = str(Path(args.profile).resolve())
    sizes = tuple(args.notes) if args.notes else (QUICK_SIZES if args.quick else SIZES)
    runs = args.runs or (3 if args.quick else 5)
    if args.section in ("board", "all"):
        board_section(sizes, runs)
    if args.section in ("startup", "all"):
        app_figures.startup_section(max(runs, 5))
    if args.section in ("pdf", "all"):
        app_figures.pdf_section(runs)
    if args.section in ("shot", "all"):
        app_figures.shot_section(sizes, runs, make_library)
    if args.section in ("map", "all"):
        app_figures.map_section()


if __name__ == "__main__":
    main()
