"""Fixtures for the room: a real room server on 127.0.0.1 over a real library, and phones.

The server is the one ``n3desk room`` runs (a HeadlessDocument on one host thread),
started in-process; phones speak plain HTTP to it with ``http.client``.
"""

from __future__ import annotations

import http.client
import json
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import pytest

from n3desk.domain.workshop import Workshop
from n3desk.room.headless import HeadlessDocument
from n3desk.room.phones import new_room_code
from n3desk.room.room import Room
from n3desk.room.server import COOKIE, RoomServer
from n3desk.store import Library, open_library


@dataclass
class Reply:
    """One HTTP answer."""

    status: int
    headers: http.client.HTTPMessage
    body: Any

    @property
    def error(self) -> str:
        return str(self.body.get("error", "")) if isinstance(self.body, dict) else ""


@dataclass
class Phone:
    """A phone talking to one room: a token once it has joined."""

    port: int
    token: str = ""
    host_header: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def request(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        raw: bytes | None = None,
        headers: dict[str, str] | None = None,
        token: str | None = None,
    ) -> Reply:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        sent = {"Host": self.host_header or f"127.0.0.1:{self.port}", **self.extra}
        data = raw
        if body is not None:
            data = json.dumps(body).encode("utf-8")
            sent["Content-Type"] = "application/json"
        use = self.token if token is None else token
        if use:
            sent["Authorization"] = f"Bearer {use}"
        sent.update(headers or {})
        try:
            conn.request(method, path, body=data, headers=sent)
            response = conn.getresponse()
            payload = response.read()
        finally:
            conn.close()
        kind = response.headers.get("Content-Type", "")
        parsed: Any = json.loads(payload) if "json" in kind and payload else payload
        return Reply(response.status, response.headers, parsed)

    def join(self, code: str, name: str) -> Reply:
        reply = self.request("POST", "/api/join", {"code": code, "name": name})
        if reply.status == 200:
            self.token = reply.body["token"]
        return reply

    def note(self, text: str) -> Reply:
        return self.request("POST", "/api/notes", {"text": text})

    def state(self) -> dict[str, Any]:
        reply = self.request("GET", "/api/state")
        assert reply.status == 200, reply.body
        body: dict[str, Any] = reply.body
        return body


@dataclass
class RunningRoom:
    """A room being served, and what it writes into."""

    room: Room
    document: HeadlessDocument
    server: RoomServer
    host: ThreadPoolExecutor

    @property
    def port(self) -> int:
        return self.server.port

    @property
    def code(self) -> str:
        return self.room.code

    def phone(self) -> Phone:
        return Phone(self.port)

    def joined(self, name: str) -> Phone:
        phone = self.phone()
        reply = phone.join(self.code, name)
        assert reply.status == 200, reply.body
        return phone

    def on_host(self, job: Callable[[], Any]) -> Any:
        """Run ``job`` on the room's host thread (where the session may be touched)."""
        return self.host.submit(job).result()

    def control(self, **command: Any) -> Any:
        from n3desk.room.control import run_control

        return self.on_host(lambda: run_control(self.room, self.document, command))


OpenRoom = Callable[[], RunningRoom]


@pytest.fixture
def open_room(library: Library, workshop: Workshop) -> Iterator[OpenRoom]:
    """Open rooms on the test's blank session (each a new code); all closed at the end.

    The rooms share one host thread and one HeadlessDocument, whose library
    connection is made on that thread (SQLite connections stay on their thread).
    """
    opened: list[RunningRoom] = []
    host = ThreadPoolExecutor(max_workers=1)
    own = host.submit(open_library, library.data_dir, lock=False).result()
    document = host.submit(lambda: HeadlessDocument(own, own.load(workshop.session.id))).result()

    def opener() -> RunningRoom:
        room = Room(document, new_room_code())
        server = RoomServer(room, host.submit, bind="127.0.0.1", port=0)
        server.start()
        document.listeners.append(lambda _ops: server.notify_changed())
        room.rules_listeners.append(server.notify_changed)
        running = RunningRoom(room, document, server, host)
        opened.append(running)
        return running

    yield opener
    for running in opened:
        running.server.stop()
    host.submit(own.close).result()
    host.shutdown(wait=True)


@pytest.fixture
def served(open_room: OpenRoom) -> RunningRoom:
    """One open room."""
    return open_room()


__all__ = ["COOKIE", "Phone", "Reply", "RunningRoom"]
