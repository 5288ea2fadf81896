"""What a board on the projector costs each edit, against the same edits with it off.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_projector.py [NOTES]

A session window with a board of NOTES notes (2,000 by default) in frames of fifty;
the median time of one text edit and of one note moved, committed and drawn (the
document's change, the facilitator's board and, when on, the projector's part of the
board worked out again and repainted), with the projector off (the baseline, measured
in the same run) and showing the board at 1024×768. Not a test: nothing here fails.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

EDITS = 40


def build(notes: int) -> object:
    from n3desk.app.document import SessionDocument
    from n3desk.domain.changes import Op, Put
    from n3desk.domain.entities import Frame, Note, new_id
    from n3desk.domain.templates import BLANK, instantiate
    from n3desk.store import open_library

    library = open_library(Path(tempfile.mkdtemp(prefix="n3desk-bench-")))
    made = instantiate(BLANK, "Bänk", language="sv", now=time.time())
    board = made.boards[0].id
    ops: list[Op] = []
    for f in range(max(1, notes // 50)):
        frame = Frame(new_id(), board, f"Ram {f}", (f % 5) * 1900.0, (f // 5) * 800.0, 1880, 780, f)
        ops.append(Put(frame))
        for i in range(min(50, notes - f * 50)):
            x = frame.x + 20 + (i % 10) * 180
            y = frame.y + 48 + (i // 10) * 140
            text = f"Idé {f}-{i} om träning hemma med stöd"
            ops.append(Put(Note(new_id(), board, text, x=x, y=y, z=i, frame_id=frame.id)))
    made.apply(ops)
    library.add(made)
    return SessionDocument(library, library.load(made.session.id))


def measure(notes: int, projector: bool) -> tuple[float, float]:
    """Median ms of a text edit and of a move, with the projector on or off."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication

    from n3desk.app.projector.state import BOARD, Target
    from n3desk.app.session_window import SessionWindow
    from n3desk.domain.changes import Put
    from n3desk.domain.entities import Note

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    document = build(notes)
    window = SessionWindow(document)  # type: ignore[arg-type]
    window.resize(1280, 800)
    window.show()
    window.show_view("board")
    board = window.document.workshop.boards[0].id
    presenter = window.presenter
    if projector:
        presenter.state.fix(Target(BOARD, board))
        presenter.window.place_on(QRect(0, 0, 1024, 768))
    else:
        presenter.leave()
    for _ in range(5):
        app.processEvents()
    ids = [n.id for n in window.document.workshop.notes_on(board)]

    def run(kind: str) -> float:
        times = []
        for k in range(EDITS):
            note = window.document.workshop.get(Note, ids[k * 7 % len(ids)])
            assert note is not None
            new = (
                replace(note, text=note.text + "!")
                if kind == "text"
                else replace(note, x=note.x + 1)
            )
            start = time.perf_counter()
            window.document.apply([Put(new)])
            app.processEvents()  # the projector's refit and the repaints
            times.append(time.perf_counter() - start)
        return statistics.median(times) * 1000

    result = (run("text"), run("move"))
    window.close()
    window.deleteLater()
    window.document.library.close()
    return result


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from n3desk.app.main import create_application

    create_application("sv")
    notes = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    off = measure(notes, projector=False)
    on = measure(notes, projector=True)
    load = os.getloadavg()[0]
    print(f"n3desk projector benchmark: {notes} notes, medians of {EDITS}, load {load:.2f}")
    for name, a, b in (("text edit", on[0], off[0]), ("note moved", on[1], off[1])):
        print(
            f"{name:<12} projector on {a:8.1f} ms   off (baseline) {b:8.1f} ms   ratio {a / b:5.2f}"
        )


if __name__ == "__main__":
    main()
