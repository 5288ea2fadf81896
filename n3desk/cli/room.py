"""``n3desk room ID``: serve one session's room with no window (a kiosk laptop, tests).

The same path as the app's room: requests become operations, applied by a
:class:`~n3desk.room.headless.HeadlessDocument` that commits each one before the
phone hears it landed. The library is locked like the app locks it (exit 4 while
the app holds it). The first line on standard output is ``{"url", "code"}`` with
``--json``; facilitator controls come as JSON lines on standard input
(:mod:`n3desk.room.control`). SIGINT or SIGTERM stops it cleanly.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import FrameType
from typing import Any

from n3desk.cli.common import EXIT_OK, UsageError, out, resolve_session
from n3desk.room.control import ControlError, run_control
from n3desk.room.headless import HeadlessDocument
from n3desk.room.network import DEFAULT_PORT, default_address
from n3desk.room.phones import new_room_code, normal_code, valid_code
from n3desk.room.room import Room
from n3desk.room.server import RoomServer
from n3desk.store import Library, open_library


def room(args: argparse.Namespace, data_dir: Path) -> int:
    """n3desk room ID [--bind ADDR] [--port N] [--code CODE] [--json]"""
    if args.code is not None and not valid_code(args.code):
        raise UsageError("a room code is six letters and digits (no 0, O, 1, I or L)")
    port_given = args.port is not None
    port = args.port if port_given else DEFAULT_PORT
    if not 0 <= port <= 65535:
        raise UsageError("the port must be from 0 to 65535 (0: any free port)")
    code = normal_code(args.code) if args.code else new_room_code()
    bind = args.bind or default_address()
    # SQLite connections belong to the thread that made them: the library is opened,
    # used and closed on the host thread, where every edit runs.
    host = ThreadPoolExecutor(max_workers=1, thread_name_prefix="n3desk-room-host")
    try:
        library = host.submit(open_library, data_dir, lock=True).result()
        try:
            document = host.submit(_document, library, args.id).result()
            the_room = Room(document, code)
            server = _start(the_room, document, host, bind, port, port_given=port_given)
            try:
                _serve(the_room, document, server, host, as_json=args.json)
            finally:
                server.stop()
        finally:
            host.submit(library.close).result()
    finally:
        host.shutdown(wait=True)
    return EXIT_OK


def _document(library: Library, given_id: str) -> HeadlessDocument:
    return HeadlessDocument(library, library.load(resolve_session(library, given_id)))


def _start(
    the_room: Room,
    document: HeadlessDocument,
    host: ThreadPoolExecutor,
    bind: str,
    port: int,
    *,
    port_given: bool,
) -> RoomServer:
    """The running server; the default port falls back to any free one when taken."""
    server = RoomServer(the_room, host.submit, bind=bind, port=port)
    try:
        server.start()
    except OSError as exc:
        if port_given or port == 0:
            reason = exc.strerror or exc
            raise UsageError(f"the room cannot be served on {bind}:{port}: {reason}") from None
        server = RoomServer(the_room, host.submit, bind=bind, port=0)
        server.start()
    document.listeners.append(lambda _ops: server.notify_changed())
    the_room.rules_listeners.append(server.notify_changed)
    return server


def _serve(
    the_room: Room,
    document: HeadlessDocument,
    server: RoomServer,
    host: ThreadPoolExecutor,
    *,
    as_json: bool,
) -> None:
    """Print where the room is, take controls on stdin, and wait for a signal."""
    stop = threading.Event()
    printing = threading.Lock()

    def say(value: dict[str, Any]) -> None:
        with printing:
            out(json.dumps(value, ensure_ascii=False))
            sys.stdout.flush()

    def on_signal(_number: int, _frame: FrameType | None) -> None:
        stop.set()

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        if as_json:
            say({"url": server.url, "code": the_room.code, "join_url": server.join_url()})
        else:
            with printing:
                out(f"The room is open at {server.url} — room code {the_room.code}")
                out("Phones on the same network open that address. Ctrl+C closes the room.")
                sys.stdout.flush()

        def controls() -> None:
            for line in sys.stdin:
                if not line.strip():
                    continue
                try:
                    command = json.loads(line)
                    reply = host.submit(run_control, the_room, document, command).result()
                except (ValueError, ControlError) as exc:
                    reply = {"ok": False, "error": str(exc)}
                except Exception as exc:  # a refused edit (RoomError) among them
                    reply = {"ok": False, "error": str(exc)}
                say(reply)

        threading.Thread(target=controls, name="n3desk-room-controls", daemon=True).start()
        while not stop.wait(0.5):
            pass
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
