"""Stakeholder-map benchmarks in the whole app, against a fair bare baseline (issue 16).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_map.py [30 100 300]

For 30, 100 and 300 actors (generated, seeded, Danish names, relations), measured
the way a user gets the map — the real ``create_application`` and ``MainWindow`` at
1024×768, the session opened and the Stakeholder map tab shown — and, in the same
run, a bare baseline: a plain QGraphicsView of the same size showing a
QGraphicsScene with the same number of word-wrapped text chips (a rounded rect and
a QGraphicsTextItem each), built and painted. Prints min / median / max of several
runs and the ratio of the medians:

* open: switching to the map tab of an open session, until the map's first paint
  (the map's own work: building is done when the session opens, placing now), and,
  for information, the whole ``open_session`` + map tab (every page of the session
  is built; most of that is not the map's) (bare: build the scene, show, first paint);
* one add / one move, until idle: the undoable edit, the placement, the repaint
  (bare: add or move one chip and repaint);
* how many whole layouts an open ran (the old map ran nine) and whether any two
  markers overlap at the end (none may).

Not a test: nothing here fails. The machines are shared; the load average is printed.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for the generator

SIZE = (1024, 768)
RUNS = 7
EDITS = 9


def make_library(folder: Path, actors: int) -> str:
    from map_samples import sample_map

    from n3desk.domain.changes import Put
    from n3desk.domain.templates import BLANK, instantiate
    from n3desk.store import open_library

    library = open_library(folder, lock=False)
    workshop = instantiate(BLANK, f"Kort {actors}", language="da", now=time.time())
    people, links = sample_map(
        workshop.session.id, actors=actors, relations=min(30, actors // 3), language="da",
        seed=actors,
    )  # fmt: skip
    workshop.apply([Put(r) for r in (*people, *links)])
    library.add(workshop)
    library.close()
    return workshop.session.id


class PaintWatch:
    """Counts the paints of a widget (the first paint ends an open)."""

    def __init__(self, widget: object) -> None:
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            def __init__(self) -> None:
                super().__init__()
                self.paints = 0

            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    self.paints += 1
                return False

        self.filter = Filter()
        widget.installEventFilter(self.filter)  # type: ignore[attr-defined]

    def wait(self, app: object, before: int) -> None:
        deadline = time.perf_counter() + 30
        while self.filter.paints <= before and time.perf_counter() < deadline:
            app.processEvents()  # type: ignore[attr-defined]


def stats(samples: list[float]) -> tuple[float, float, float]:
    return (min(samples), statistics.median(samples), max(samples))


def row(name: str, ours: list[float], bare: list[float], budget: str) -> None:
    o, b = stats(ours), stats(bare)
    ratio = o[1] / b[1] if b[1] else float("inf")
    print(
        f"  {name:<26} n3desk {o[0]:7.1f} / {o[1]:7.1f} / {o[2]:7.1f} ms"
        f"   bare {b[0]:6.1f} / {b[1]:6.1f} / {b[2]:6.1f} ms   ratio {ratio:5.2f}   ({budget})"
    )


def bare_chips(actors: int) -> tuple[object, object, list[object]]:
    """A bare view and scene with ``actors`` wrapped text chips (rect + text item)."""
    import random

    from map_samples import NAMES
    from PySide6.QtGui import QBrush, QColor, QPainter, QPen
    from PySide6.QtWidgets import (
        QGraphicsRectItem,
        QGraphicsScene,
        QGraphicsTextItem,
        QGraphicsView,
    )

    rng = random.Random(actors)
    scene = QGraphicsScene()
    scene.setSceneRect(-SIZE[0] / 2, -SIZE[1] / 2, SIZE[0], SIZE[1])
    chips = []
    for i in range(actors):
        text = QGraphicsTextItem(NAMES["da"][i % len(NAMES["da"])])
        text.setTextWidth(120)
        rect = QGraphicsRectItem(text.boundingRect())
        rect.setBrush(QBrush(QColor("#ffffff")))
        rect.setPen(QPen(QColor("#607d8b"), 1.5))
        text.setParentItem(rect)
        rect.setPos(rng.uniform(-300, 200), rng.uniform(-250, 200))
        scene.addItem(rect)
        chips.append(rect)
    view = QGraphicsView(scene)
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    view.resize(*SIZE)
    return view, scene, chips


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    counts = [int(a) for a in sys.argv[1:]] or [30, 100, 300]
    from n3desk.app.main import create_application
    from n3desk.app.main_window import MainWindow
    from n3desk.app.map import edits
    from n3desk.app.map.label_layout import MapLayout
    from n3desk.store import open_library

    app = create_application("da")
    print(
        f"Stakeholder map, whole app at {SIZE[0]}x{SIZE[1]}, {RUNS} opens, {EDITS} edits each; "
        f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs"
    )
    print("  figure                     min / median / max")
    runs_before = 0
    original_full = MapLayout.full

    def counted(self: MapLayout) -> bool:
        nonlocal runs_before
        runs_before += 1
        return original_full(self)

    MapLayout.full = counted  # type: ignore[method-assign]
    for actors in counts:
        folder = Path(tempfile.mkdtemp(prefix="n3desk-bench-map-"))
        session_id = make_library(folder, actors)
        library = open_library(folder, lock=False)
        window = MainWindow(library)
        window.resize(*SIZE)
        window.show()
        app.processEvents()
        opens: list[float] = []
        adds: list[float] = []
        moves: list[float] = []
        layouts: list[int] = []
        overlapping = 0
        tabs: list[float] = []
        for run in range(RUNS):
            runs_before = 0
            started = time.perf_counter()
            session = window.open_session(session_id)
            assert session is not None
            app.processEvents()
            opened = time.perf_counter()
            page = session.show_view("map")
            view = page.view.viewport()  # type: ignore[attr-defined]
            watch = PaintWatch(view)
            watch.wait(app, 0)
            done = time.perf_counter()
            opens.append((done - started) * 1000)
            tabs.append((done - opened) * 1000)
            layouts.append(runs_before)
            if run == RUNS - 1:
                document = session.document
                scene = page.scene  # type: ignore[attr-defined]
                for n in range(EDITS):
                    started = time.perf_counter()
                    record = edits.add_stakeholder(document, f"Ny aktør nummer {n}", 40.0 * n, 0.6)
                    app.processEvents()
                    view.repaint()
                    adds.append((time.perf_counter() - started) * 1000)
                    started = time.perf_counter()
                    edits.move_stakeholders(document, {record.id: (40.0 * n + 17.0, 0.8)})
                    app.processEvents()
                    view.repaint()
                    moves.append((time.perf_counter() - started) * 1000)
                rects = [i.chip_rect().translated(i.pos()) for i in scene.stakeholder_items()]
                overlapping = sum(
                    1 for k, a in enumerate(rects) for b in rects[k + 1 :]
                    if a.adjusted(0.5, 0.5, -0.5, -0.5).intersects(b)
                )  # fmt: skip
            window.close_session()
            app.processEvents()
        bare_opens, bare_adds, bare_moves = bare_figures(app, actors)
        print(f"{actors} actors (whole layouts per open: {sorted(set(layouts))}; "
              f"markers overlapping after the edits: {overlapping})")  # fmt: skip
        row("map tab to first paint", tabs, bare_opens, "≤ 300 ms at 100")
        row("session + map, first paint", opens, bare_opens, "information")
        row("one add, until idle", adds, bare_adds, "≤ 50 ms")
        row("one move, until idle", moves, bare_moves, "≤ 50 ms")
        window.close()
        library.close()


def bare_figures(app: object, actors: int) -> tuple[list[float], list[float], list[float]]:
    from PySide6.QtGui import QBrush, QColor
    from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsTextItem

    opens, adds, moves = [], [], []
    for run in range(RUNS):
        started = time.perf_counter()
        view, scene, chips = bare_chips(actors)
        view.show()  # type: ignore[attr-defined]
        watch = PaintWatch(view.viewport())  # type: ignore[attr-defined]
        watch.wait(app, 0)
        opens.append((time.perf_counter() - started) * 1000)
        if run == RUNS - 1:
            for n in range(EDITS):
                started = time.perf_counter()
                text = QGraphicsTextItem(f"Ny aktør nummer {n}")
                text.setTextWidth(120)
                rect = QGraphicsRectItem(text.boundingRect())
                rect.setBrush(QBrush(QColor("#ffffff")))
                text.setParentItem(rect)
                rect.setPos(10.0 * n, 5.0 * n)
                scene.addItem(rect)  # type: ignore[attr-defined]
                app.processEvents()  # type: ignore[attr-defined]
                view.viewport().repaint()  # type: ignore[attr-defined]
                adds.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                rect.setPos(10.0 * n + 30, 5.0 * n + 20)
                app.processEvents()  # type: ignore[attr-defined]
                view.viewport().repaint()  # type: ignore[attr-defined]
                moves.append((time.perf_counter() - started) * 1000)
        view.close()  # type: ignore[attr-defined]
        del chips
    return opens, adds, moves


if __name__ == "__main__":
    main()
