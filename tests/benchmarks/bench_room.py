"""Benchmark: 40 phones × 10 notes into the app's room, against a bare aiohttp baseline.

Run from the project root (no display needed):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_room.py

Two servers in the same run, the same 40 client threads over real HTTP on 127.0.0.1:

- bare: aiohttp on a worker thread with a trivial handler (read the JSON, answer 201
  with a fresh id) — what the HTTP library costs alone;
- n3desk: the app's main window with a session open on the board, the projector
  showing that board at 1024×768, and the room opened by its controller (private
  writing off, so each note shows on the projector). Every note goes through the
  GUI thread, the facilitator's undo stack and a durable commit.

Printed (DESIGN.md §7's way: figures next to the baseline, ratios, medians):
- every note committed, none lost or duplicated (the library is read back);
- the time from a phone sending a note to the note being on the facilitator's board
  AND on the projector's board (both scenes hold it): median and 95th percentile,
  next to the bare server's round trip — the budget is p95 ≤ 300 ms;
- frames: the facilitator's board is asked to repaint every 16 ms (a precise timer,
  the app's own event loop) during the burst; the intervals between its paints,
  median and 95th percentile (60 fps: ≤ 16.7 ms), next to the same window's frames
  with no phone writing, timed first (the machine's own lateness: on a loaded,
  shared machine idle frames miss 16.7 ms too);
- the wall time of the 400 notes (the budget: within a minute).
"""

from __future__ import annotations

import asyncio
import http.client
import itertools
import json
import os
import random
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PHONES, NOTES = 40, 10
# Each phone sends a note about every 5 s: 400 notes within a minute, as the budget
# says. --burst sends them all at once instead (a stress figure, for information).
INTERVAL = 5.0
IDLE_S = 10.0  # the frames are first timed this long with no phone writing


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def burst(
    port: int,
    tokens: list[str],
    sent: dict[str, float],
    answered: dict[str, float],
    *,
    every: float = INTERVAL,
) -> list[str]:
    """40 threads, each sending 10 notes ``every`` seconds apart (0: at once); the ids."""
    ids: list[str] = []
    lock = threading.Lock()

    def phone(index: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        headers = {"Host": f"127.0.0.1:{port}", "Content-Type": "application/json"}
        if tokens:
            headers["Authorization"] = f"Bearer {tokens[index]}"
        pace = random.Random(index)
        time.sleep(every * index / PHONES)  # phones start one after another, as in a room
        for n in range(NOTES):
            if every and n:
                time.sleep(every * pace.uniform(0.6, 1.4))  # people type at their own pace
            text = f"telefon {index} lapp {n}"
            start = time.perf_counter()
            with lock:
                sent[text] = start
            conn.request("POST", "/api/notes", body=json.dumps({"text": text}), headers=headers)
            response = conn.getresponse()
            body = json.loads(response.read())
            done = time.perf_counter()
            if response.status == 201:
                with lock:
                    ids.append(body["id"])
                    answered[text] = done
        conn.close()

    threads = [threading.Thread(target=phone, args=(i,)) for i in range(PHONES)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return ids


def bare_baseline(every: float) -> tuple[float, list[float]]:
    """The bare aiohttp server: wall time of the burst, and each round trip."""
    from aiohttp import web

    async def note(request: web.Request) -> web.Response:
        body = await request.json()
        assert isinstance(body.get("text"), str)
        return web.json_response({"id": uuid.uuid4().hex}, status=201)

    ready: Future[tuple[asyncio.AbstractEventLoop, int]] = Future()

    def serve() -> None:
        loop = asyncio.new_event_loop()
        app = web.Application()
        app.add_routes([web.post("/api/notes", note)])
        runner = web.AppRunner(app, access_log=None)
        loop.run_until_complete(runner.setup())
        site = web.TCPSite(runner, "127.0.0.1", 0)
        loop.run_until_complete(site.start())
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        ready.set_result((loop, port))
        loop.run_forever()
        loop.run_until_complete(runner.cleanup())
        loop.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    loop, port = ready.result()
    sent: dict[str, float] = {}
    answered: dict[str, float] = {}
    start = time.perf_counter()
    burst(port, [], sent, answered, every=every)
    wall = time.perf_counter() - start
    loop.call_soon_threadsafe(loop.stop)
    thread.join()
    return wall, [answered[t] - sent[t] for t in answered]


def room_run(folder: Path, every: float) -> dict[str, object]:
    """The app's room: wall time, committed notes, latencies to both boards, frame gaps."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QRect, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from n3desk.app.dialogs import ScriptedDialogs
    from n3desk.app.main import create_application
    from n3desk.app.main_window import MainWindow
    from n3desk.app.projector.state import BOARD, Target
    from n3desk.domain.change_set import ChangeSet
    from n3desk.domain.entities import Note
    from n3desk.domain.templates import BLANK, instantiate
    from n3desk.store import open_library

    app = create_application("sv")
    library = open_library(folder)
    made = instantiate(BLANK, "Benchmark", language="sv", now=time.time())
    library.add(made)
    window = MainWindow(library, dialogs=ScriptedDialogs())
    window.resize(1280, 800)
    session = window.open_session(made.session.id)
    assert session is not None
    assert window.room is not None
    assert window.document is not None
    window.show()
    session.show_view("board")
    board_id = made.boards[0].id
    presenter = session.presenter
    presenter.state.fix(Target(BOARD, board_id))
    presenter.window.place_on(QRect(2000, 0, 1024, 768))
    app.processEvents()
    room = window.room
    room.open("127.0.0.1", 0)
    room.set_rules(private=False)
    status = room.status()
    port = int(status.url.rsplit(":", 1)[1].strip("/"))
    facilitator = session.boards.current_view()
    assert facilitator is not None
    own_scene = facilitator.board_scene
    audience_pane = presenter.window.content.board

    # When is a note on both boards? The scenes follow document.applied first (they
    # connected earlier); this slot runs after them, in the same emission.
    appeared: dict[str, float] = {}

    def on_applied(changes: ChangeSet) -> None:
        now = time.perf_counter()
        audience = audience_pane.scene()
        for record in changes.puts(Note):
            if (
                record.text not in appeared
                and record.id in own_scene.notes
                and audience is not None
                and record.id in audience.notes
            ):
                appeared[record.text] = now

    window.document.applied.connect(on_applied)
    # Frames: ask the facilitator's board for a repaint every 16 ms and time its paints.
    paints: list[float] = []
    viewport = facilitator.viewport()

    class PaintCounter(QObject):
        """Notes the time of each paint of the viewport (an event filter: it only looks)."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                paints.append(time.perf_counter())
            return False

    counter = PaintCounter()
    viewport.installEventFilter(counter)
    ticker = QTimer()
    ticker.setInterval(16)
    ticker.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer's own 5 % would count
    ticker.timeout.connect(viewport.update)

    # Join 40 phones (off the GUI thread, which must run the room's jobs).
    tokens: list[str] = []

    def join_all() -> None:
        for i in range(PHONES):
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            body = json.dumps({"code": status.code, "name": f"Deltagare {i}"})
            headers = {"Host": f"127.0.0.1:{port}", "Content-Type": "application/json"}
            conn.request("POST", "/api/join", body=body, headers=headers)
            tokens.append(json.loads(conn.getresponse().read())["token"])
            conn.close()

    def run_off_gui(job: Callable[[], object]) -> object:
        # A real event loop, as the app runs (not processEvents and sleep, whose
        # 1 ms naps and polling made frames late by themselves): it quits when the
        # job is done.
        result: Future[object] = Future()
        loop = QEventLoop()
        watch = QTimer()
        watch.setInterval(50)
        watch.timeout.connect(lambda: loop.quit() if result.done() else None)
        watch.start()
        threading.Thread(target=lambda: result.set_result(job()), daemon=True).start()
        while not result.done():
            loop.exec()
        watch.stop()
        return result.result()

    run_off_gui(join_all)
    # The frames' own baseline: the same window, the same ticker, no phone writing.
    # On a shared, loaded machine the idle frames are late too; this says by how much.
    ticker.start()
    paints.clear()
    run_off_gui(lambda: time.sleep(IDLE_S))
    idle_gaps = [b - a for a, b in itertools.pairwise(paints)]
    sent: dict[str, float] = {}
    answered: dict[str, float] = {}
    paints.clear()
    start = time.perf_counter()
    ids = run_off_gui(lambda: burst(port, tokens, sent, answered, every=every))
    wall = time.perf_counter() - start
    ticker.stop()
    assert isinstance(ids, list)
    room.close()
    stored = library.load(made.session.id).notes_on(board_id)
    texts = [n.text for n in stored]
    latencies = [appeared[t] - sent[t] for t in sent if t in appeared]
    gaps = [b - a for a, b in itertools.pairwise(paints)]
    window.close_session()
    window.close()
    library.close()
    QApplication.processEvents()
    return {
        "wall": wall,
        "answered": len(ids),
        "stored": len(stored),
        "unique": len(set(texts)),
        "expected": set(texts)
        == {f"telefon {i} lapp {n}" for i in range(PHONES) for n in range(NOTES)},
        "latencies": latencies,
        "round_trips": [answered[t] - sent[t] for t in answered],
        "gaps": gaps,
        "idle_gaps": idle_gaps,
    }


def main() -> int:
    every = 0.0 if "--burst" in sys.argv else INTERVAL
    wall_bare, trips_bare = bare_baseline(every)
    with tempfile.TemporaryDirectory() as tmp:
        result = room_run(Path(tmp), every)
    ms = 1000.0
    lat: list[float] = result["latencies"]  # type: ignore[assignment]
    trips: list[float] = result["round_trips"]  # type: ignore[assignment]
    gaps: list[float] = result["gaps"]  # type: ignore[assignment]
    how = "all at once" if every == 0 else f"one every ~{every:g} s per phone"
    print(f"{PHONES} phones × {NOTES} notes ({how}) over HTTP on 127.0.0.1")
    print(
        f"  bare aiohttp:  {wall_bare:6.2f} s for {len(trips_bare)} notes; round trip "
        f"median {statistics.median(trips_bare) * ms:6.1f} ms, "
        f"p95 {percentile(trips_bare, 95) * ms:6.1f} ms"
    )
    print(
        f"  n3desk room:   {result['wall']:6.2f} s for {result['answered']} notes "
        f"(ratio {result['wall'] / wall_bare:4.1f}×); round trip median "
        f"{statistics.median(trips) * ms:6.1f} ms, p95 {percentile(trips, 95) * ms:6.1f} ms "
        f"(ratio {percentile(trips, 95) / percentile(trips_bare, 95):4.1f}×)"
    )
    print(
        f"  committed: {result['stored']} in the library, {result['unique']} distinct, "
        f"all expected: {result['expected']}  "
        f"(budget: all {PHONES * NOTES}, none lost or duplicated)"
    )
    print(
        f"  note → on the facilitator's board and the projector: median "
        f"{statistics.median(lat) * ms:6.1f} ms, p95 {percentile(lat, 95) * ms:6.1f} ms "
        f"over {len(lat)} notes  (budget: p95 ≤ 300 ms)"
    )
    idle: list[float] = result["idle_gaps"]  # type: ignore[assignment]
    print(
        f"  board repaint interval, idle (no phones, {IDLE_S:g} s): "
        f"median {statistics.median(idle) * ms:5.1f} ms, "
        f"p95 {percentile(idle, 95) * ms:5.1f} ms, {len(idle)} frames"
    )
    print(
        f"  board repaint interval while the notes came in: "
        f"median {statistics.median(gaps) * ms:5.1f} ms, "
        f"p95 {percentile(gaps, 95) * ms:5.1f} ms (ratio to idle "
        f"{percentile(gaps, 95) / percentile(idle, 95):4.2f}×), {len(gaps)} frames  "
        f"(60 fps: ≤ 16.7 ms)"
    )
    print(f"  load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    ok = (
        result["stored"] == result["unique"] == PHONES * NOTES
        and result["expected"]
        and percentile(lat, 95) <= 0.300
        and float(result["wall"]) <= 60.0  # type: ignore[arg-type]
    )
    print("  within budget" if ok else "  OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
