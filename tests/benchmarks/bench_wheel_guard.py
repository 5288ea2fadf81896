"""What the application-wide wheel guard costs, against the same work without it.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_wheel_guard.py

The guard is a filter on each combo box and spin box, put there by the application's
style as Qt polishes them (it used to be a filter on the whole application, which saw
every event of every widget); fields made while it was on keep their filter. This
prints the medians of three kinds of work done alternately with and without it in
one process (these machines are noisy: ratios, medians): opening the demo session in
the main window and showing each tab; 25 repaints of a 2,000-note board; 200 wheel
steps scrolling that board. Not a test: nothing here fails.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).parent))
    from bench_board import make_library
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    from n3desk.app import wheel_guard
    from n3desk.app.board.page import BoardsPage
    from n3desk.app.document import SessionDocument
    from n3desk.app.main_window import MainWindow
    from n3desk.domain.demo import build_demo
    from n3desk.store import open_library

    app = QApplication(sys.argv)
    guard = wheel_guard.WheelGuard(app)
    folder = Path(tempfile.mkdtemp(prefix="n3desk-bench-guard-"))
    board_session, _board = make_library(folder)  # (session id, board id)
    library = open_library(folder, lock=False)
    demo = build_demo("en", time.time())
    library.add(demo)

    def open_demo() -> float:
        started = time.perf_counter()
        window = MainWindow(library)
        window.resize(1280, 800)
        window.show()
        session = window.open_session(demo.session.id)
        assert session is not None
        for view in ("overview", "board", "map", "agenda"):
            session.show_view(view)
            app.processEvents()
        elapsed = time.perf_counter() - started
        window.close_session()
        window.close()
        window.deleteLater()
        app.processEvents()
        return elapsed * 1000

    document = SessionDocument(library, library.load(board_session))
    page = BoardsPage(document)
    page.resize(1920, 1080)
    page.show()
    app.processEvents()
    view = page.current_view()
    assert view is not None
    view.fit_all()
    view.set_zoom(1.0)

    def repaint() -> float:
        started = time.perf_counter()
        for _ in range(25):
            view.viewport().repaint()
        return (time.perf_counter() - started) * 1000

    def scroll() -> float:
        started = time.perf_counter()
        for step in range(200):
            delta = QPoint(0, -120 if step % 2 else 120)
            event = QWheelEvent(
                QPointF(400, 300),
                QPointF(view.viewport().mapToGlobal(QPoint(400, 300))),
                QPoint(0, 0),
                delta,
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
                Qt.ScrollPhase.NoScrollPhase,
                False,
            )
            app.sendEvent(view.viewport(), event)
            app.processEvents()
        return (time.perf_counter() - started) * 1000

    print(f"wheel guard cost, medians of {RUNS}, load average {os.getloadavg()[0]:.2f}")
    for name, work in (
        ("open the demo, show every tab", open_demo),
        ("25 repaints, 2,000-note board", repaint),
        ("200 wheel steps over the board", scroll),
    ):
        work()  # warm up
        timings: dict[bool, list[float]] = {True: [], False: []}
        for _ in range(RUNS):
            for on in (False, True):
                # The guard rides on the application's style (wheel_guard.GuardingStyle).
                app.setStyle(wheel_guard.GuardingStyle("Fusion", guard) if on else "Fusion")
                timings[on].append(work())
        with_guard = statistics.median(timings[True])
        without = statistics.median(timings[False])
        print(
            f"{name:<34} guard {with_guard:8.1f} ms   without {without:8.1f} ms   "
            f"ratio {with_guard / without:5.2f}"
        )
    library.close()


if __name__ == "__main__":
    main()
