"""RoomServer: the room's HTTP and WebSocket server (aiohttp), on a thread of its own.

aiohttp parses HTTP and runs its own asyncio loop on a worker thread; no handler ever
touches the session there. Each request that reads or changes the session is handed
to the host's thread with ``submit`` (the GUI thread in the app, one worker thread
for ``n3desk room``) and the handler waits for the answer. The contract is in
``docs/room.md``; the limits in :mod:`n3desk.room.limits`.

Defences, because a room runs on a guest network: the ``Host`` header must name an
address the room is served on (DNS rebinding), an ``Origin`` must be the room's own,
bodies are JSON of at most 16 KB, tokens are per room, every phone and every address
is rate-limited, and every page carries a strict Content-Security-Policy. No CORS
header is ever sent.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import logging
import threading
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from aiohttp import WSMsgType, web

from n3desk.room import limits
from n3desk.room.errors import (
    BAD_INPUT,
    NO_TOKEN,
    NOT_ALLOWED,
    NOT_SAVED,
    TOO_LARGE,
    TOO_MANY,
    RoomError,
)
from n3desk.room.network import LOOPBACK, local_addresses
from n3desk.room.pages import PhonePages
from n3desk.room.phones import Phone, codes_match
from n3desk.room.room import Room

log = logging.getLogger(__name__)

T = TypeVar("T")
Submit = Callable[[Callable[[], Any]], "concurrent.futures.Future[Any]"]

COOKIE = "n3room"
HOST_TIMEOUT_S = 10.0  # a host that does not answer within this is reported as busy
PUSH_INTERVAL_S = 0.25  # live updates: at most four a second, the latest state each time
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
        "form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def _json(body: dict[str, Any], status: int = 200) -> web.Response:
    return web.json_response(body, status=status, dumps=lambda v: json.dumps(v, ensure_ascii=False))


def _refusal(error: RoomError) -> web.Response:
    response = _json(error.body(), error.status)
    if error.retry_after:
        response.headers["Retry-After"] = str(error.retry_after)
    return response


def _encode_shared(shared: dict[str, Any]) -> tuple[str, str]:
    """The shared part of a state as JSON, and as JSON without the clock (to compare)."""
    timeless = {k: v for k, v in shared.items() if k != "server_time"}
    return (
        json.dumps(shared, ensure_ascii=False),
        json.dumps(timeless, ensure_ascii=False),
    )


def _token(request: web.Request) -> str:
    """The phone's token: ``Authorization: Bearer`` (scripts, tests) or the cookie."""
    auth = request.headers.get("Authorization", "")
    bearer = auth[:7].lower() == "bearer "
    return auth[7:].strip() if bearer else request.cookies.get(COOKIE, "")


class RoomServer:
    """Serves one :class:`Room` on ``bind``:``port`` until :meth:`stop`."""

    def __init__(
        self,
        room: Room,
        submit: Submit,
        *,
        bind: str,
        port: int,
        extra_hosts: tuple[str, ...] = (),
    ) -> None:
        self.room = room
        self.submit = submit
        self.bind = bind
        self.port = port
        self.extra_hosts = extra_hosts
        self.pages = PhonePages()
        self.phone_limit = limits.SlidingWindow(limits.PHONE_REQUESTS_PER_MINUTE)
        self.join_limit = limits.SlidingWindow(limits.JOINS_PER_MINUTE)
        self.wrong_codes = limits.SlidingWindow(limits.WRONG_CODES_PER_MINUTE)
        self._sockets: dict[web.WebSocketResponse, str] = {}
        self._sent: dict[web.WebSocketResponse, int] = {}  # what each socket last heard
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self._push_pending = False
        self._stopping = False

    # -- life ----------------------------------------------------------------------------

    @property
    def url(self) -> str:
        shown = self.names()[0]
        host = f"[{shown}]" if ":" in shown else shown
        return f"http://{host}:{self.port}/"

    def names(self) -> list[str]:
        """The addresses phones reach the room by, the one to show first.

        Bound to every address (0.0.0.0, only when the facilitator asks for it), the
        room answers to each of the laptop's own addresses, and to no other name.
        """
        if self.bind in ("0.0.0.0", "::", ""):
            return [*local_addresses(), LOOPBACK, "localhost", *self.extra_hosts]
        return [self.bind, *self.extra_hosts]

    def join_url(self) -> str:
        """The address the QR code holds: the page, with the room code filled in."""
        return f"{self.url}?code={self.room.code}"

    def start(self) -> str:
        """Bind and serve on a new thread; the URL. OSError when the address cannot be used."""
        ready: concurrent.futures.Future[int] = concurrent.futures.Future()
        self._thread = threading.Thread(
            target=self._run, args=(ready,), name="n3desk-room", daemon=True
        )
        self._thread.start()
        self.port = ready.result(timeout=30)
        return self.url

    def _run(self, ready: concurrent.futures.Future[int]) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        try:
            port = loop.run_until_complete(self._serve())
        except BaseException as exc:  # the port is taken, the address is not ours
            ready.set_exception(exc)
            loop.close()
            return
        ready.set_result(port)
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(self._shutdown())
            loop.close()

    async def _serve(self) -> int:
        app = web.Application(
            client_max_size=limits.MAX_BODY_BYTES,
            middlewares=[self._guard],
            handler_args={"max_field_size": 8190, "max_line_size": 8190},
        )
        app.add_routes(
            [
                web.get("/", self._page),
                web.get("/static/{name}", self._static),
                web.post("/api/lobby", self._lobby),
                web.post("/api/join", self._join),
                web.get("/api/state", self._state),
                web.post("/api/notes", self._add_note),
                web.put("/api/notes/{id}", self._edit_note),
                web.delete("/api/notes/{id}", self._withdraw_note),
                web.post("/api/votes", self._vote),
                web.post("/api/ratings", self._rate),
                web.get("/api/live", self._live),
            ]
        )
        self._runner = web.AppRunner(
            app, access_log=None, handle_signals=False, shutdown_timeout=2.0
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.bind, self.port, reuse_address=False)
        await site.start()
        server = site._server  # the bound socket tells the port when 0 was asked for
        sockets = getattr(server, "sockets", None) or []
        return int(sockets[0].getsockname()[1]) if sockets else self.port

    def stop(self) -> None:
        """Close every connection and stop serving; every token dies. Harmless twice."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None or self._stopping:
            return
        self._stopping = True
        self.room.phones.clear()
        if not loop.is_closed():
            loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=15)

    async def _shutdown(self) -> None:
        for socket in list(self._sockets):
            await socket.close(code=1001, message=b"room closed")
        self._sockets.clear()
        self._sent.clear()
        if self._runner is not None:
            await self._runner.cleanup()

    # -- talking to the host ---------------------------------------------------------------

    async def _on_host(self, job: Callable[[], T]) -> T:
        """Run ``job`` on the host's thread and wait for its answer."""
        future = self.submit(job)
        try:
            result: T = await asyncio.wait_for(asyncio.wrap_future(future), HOST_TIMEOUT_S)
        except TimeoutError:
            busy = "the facilitator's laptop is busy; try again"
            raise RoomError(NOT_SAVED, "busy", busy) from None
        return result

    def notify_changed(self) -> None:
        """The session changed: push fresh states to the live phones soon (any thread)."""
        loop = self._loop
        if loop is None or loop.is_closed() or self._stopping:
            return
        if self._push_pending:
            # A push is already scheduled; it builds the states on the host's thread
            # after this change, so it carries it. Waking the loop costs the caller
            # (the GUI thread) a system call per change: skipped in a burst.
            return
        try:
            loop.call_soon_threadsafe(self._schedule_push)
        except RuntimeError:  # the loop closed in between
            return

    def _schedule_push(self) -> None:
        if not self._push_pending:
            self._push_pending = True
            asyncio.get_running_loop().call_later(
                PUSH_INTERVAL_S, lambda: asyncio.ensure_future(self._push())
            )

    async def _push(self) -> None:
        self._push_pending = False
        if not self._sockets:
            return
        tokens = dict(self._sockets)

        def build() -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
            phones = {t: self.room.phones.find_quietly(t) for t in set(tokens.values())}
            return self.room.state_parts({t: p for t, p in phones.items() if p is not None})

        try:
            shared, own = await self._on_host(build)
        except RoomError:
            self._schedule_push()  # the host was busy: try again shortly
            return
        # The shared part (the board's notes: most of the message) is serialised once
        # for every phone, and a phone whose state did not change hears nothing (a
        # private note from one phone changes nothing on the others').
        encoded = _encode_shared(shared)
        for socket, token in tokens.items():
            mine = own.get(token)
            try:
                if mine is None:
                    await socket.send_str(json.dumps({"type": "removed"}))
                    await socket.close(code=4001, message=b"removed")
                    continue
                message = self._state_message(socket, encoded, mine)
                if message is not None:
                    await socket.send_str(message)
            except (ConnectionError, RuntimeError):
                self._sockets.pop(socket, None)
                self._sent.pop(socket, None)

    def _state_message(
        self, socket: web.WebSocketResponse, encoded: tuple[str, str], mine: dict[str, Any]
    ) -> str | None:
        """The state message for ``socket``, or None when it would repeat the last one."""
        shared_json, timeless = encoded
        own_json = json.dumps(mine, ensure_ascii=False)
        signature = hash((timeless, own_json))
        if self._sent.get(socket) == signature:
            return None
        self._sent[socket] = signature
        state = f"{shared_json[:-1]}, {own_json[1:]}"  # the two objects made one
        return f'{{"type": "state", "state": {state}}}'

    # -- the guard every request passes ---------------------------------------------------------

    def allowed_hosts(self) -> set[str]:
        """``Host`` headers that name this room (anything else may be DNS rebinding)."""
        names = set(self.names())
        hosts = set()
        for name in names:
            shown = f"[{name}]" if ":" in name else name
            hosts.add(f"{shown}:{self.port}".lower())
            if self.port == 80:
                hosts.add(shown.lower())
        return hosts

    @web.middleware
    async def _guard(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        try:
            self._check_request(request)
            response = await handler(request)
        except RoomError as error:
            response = _refusal(error)
        except web.HTTPRequestEntityTooLarge:
            response = _refusal(RoomError(TOO_LARGE, "too_large", "the request is too large"))
        except web.HTTPException as exc:
            if exc.status >= 400:
                response = _json({"error": "http", "message": exc.reason}, exc.status)
            else:
                raise
        except Exception:
            log.exception("room request failed: %s %s", request.method, request.path)
            response = _json({"error": "failed", "message": "something went wrong"}, 500)
        if not response.prepared:
            response.headers.update(SECURITY_HEADERS)
        return response

    def _check_request(self, request: web.Request) -> None:
        host = request.headers.get("Host", "").strip().lower()
        if not host:
            raise RoomError(BAD_INPUT, "no_host", "the request names no host")
        if host not in self.allowed_hosts():
            raise RoomError(NOT_ALLOWED, "wrong_host", "this room is not served under that name")
        origin = request.headers.get("Origin")
        origins = {f"http://{h}" for h in self.allowed_hosts()}
        if origin is not None and origin.lower() not in origins:
            raise RoomError(NOT_ALLOWED, "wrong_origin", "requests from other pages are refused")
        length = request.content_length
        if length is not None and length > limits.MAX_BODY_BYTES:
            raise RoomError(TOO_LARGE, "too_large", "the request is too large")

    def _phone(self, request: web.Request) -> Phone:
        """The phone making the request (by its token), within its rate."""
        phone = self.room.phones.find(_token(request))
        if phone is None:
            raise RoomError(NO_TOKEN, "no_token", "join the room first")
        if not self.phone_limit.allow(phone.token):
            wait = self.phone_limit.retry_after(phone.token)
            raise RoomError(
                TOO_MANY, "too_many", "too many requests; wait a moment", retry_after=wait
            )
        return phone

    async def _body(self, request: web.Request) -> dict[str, Any]:
        if request.content_type != "application/json":
            raise RoomError(BAD_INPUT, "bad_input", "send JSON (Content-Type: application/json)")
        raw = await request.read()
        try:
            body = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise RoomError(BAD_INPUT, "bad_json", "the body is not JSON") from None
        if not isinstance(body, dict):
            raise RoomError(BAD_INPUT, "bad_json", "the body must be a JSON object")
        return body

    # -- pages ---------------------------------------------------------------------------

    async def _page(self, request: web.Request) -> web.StreamResponse:
        language = await self._on_host(lambda: self.room.host.workshop.session.language)
        return web.Response(
            text=self.pages.page(language), content_type="text/html", charset="utf-8"
        )

    async def _static(self, request: web.Request) -> web.StreamResponse:
        found = self.pages.static(request.match_info["name"])
        if found is None:
            return _json({"error": "not_found", "message": "no such file"}, 404)
        data, content_type = found
        return web.Response(body=data, content_type=content_type)

    # -- the API -------------------------------------------------------------------------

    def _check_code(self, request: web.Request, body: dict[str, Any]) -> None:
        address = request.remote or "?"
        if self.wrong_codes.full(address) or not self.join_limit.allow(address):
            wait = max(self.wrong_codes.retry_after(address), self.join_limit.retry_after(address))
            raise RoomError(TOO_MANY, "too_many", "too many tries; wait a minute", retry_after=wait)
        code = body.get("code")
        if not isinstance(code, str) or not codes_match(code, self.room.code):
            self.wrong_codes.allow(address)
            raise RoomError(NOT_ALLOWED, "wrong_code", "that is not this room's code")

    def _current(self, request: web.Request) -> Phone | None:
        """The phone a joining request comes from, if it has joined this room already."""
        token = _token(request)
        return self.room.phones.find_quietly(token) if token else None

    async def _lobby(self, request: web.Request) -> web.StreamResponse:
        body = await self._body(request)
        self._check_code(request, body)
        current = self._current(request)
        return _json(await self._on_host(lambda: self.room.lobby(current)))

    async def _join(self, request: web.Request) -> web.StreamResponse:
        body = await self._body(request)
        self._check_code(request, body)
        address = request.remote or "?"
        current = self._current(request)
        phone = await self._on_host(lambda: self.room.join(body, address, current))
        response = _json(
            {
                "token": phone.token,
                "participant": {"id": phone.participant_id, "name": phone.name},
            }
        )
        response.set_cookie(COOKIE, phone.token, httponly=True, samesite="Strict", path="/")
        return response

    async def _state(self, request: web.Request) -> web.StreamResponse:
        phone = self._phone(request)
        return _json(await self._on_host(lambda: self.room.state(phone)))

    async def _add_note(self, request: web.Request) -> web.StreamResponse:
        phone = self._phone(request)
        body = await self._body(request)
        note_id = await self._on_host(lambda: self.room.add_note(phone, body))
        return _json({"id": note_id}, 201)

    async def _edit_note(self, request: web.Request) -> web.StreamResponse:
        phone = self._phone(request)
        body = await self._body(request)
        note_id = request.match_info["id"]
        await self._on_host(lambda: self.room.edit_note(phone, note_id, body))
        return _json({"id": note_id})

    async def _withdraw_note(self, request: web.Request) -> web.StreamResponse:
        phone = self._phone(request)
        note_id = request.match_info["id"]
        await self._on_host(lambda: self.room.withdraw_note(phone, note_id))
        return _json({"id": note_id})

    async def _vote(self, request: web.Request) -> web.StreamResponse:
        phone = self._phone(request)
        body = await self._body(request)
        return _json(await self._on_host(lambda: self.room.vote(phone, body)))

    async def _rate(self, request: web.Request) -> web.StreamResponse:
        phone = self._phone(request)
        body = await self._body(request)
        await self._on_host(lambda: self.room.rate(phone, body))
        return _json({"ok": True})

    async def _live(self, request: web.Request) -> web.StreamResponse:
        """Live updates: the phone's state now and after every change (WebSocket)."""
        phone = self._phone(request)
        socket = web.WebSocketResponse(heartbeat=20.0, max_msg_size=1024)
        await socket.prepare(request)
        self._sockets[socket] = phone.token
        try:
            shared, own = await self._on_host(lambda: self.room.state_parts({phone.token: phone}))
            first = self._state_message(socket, _encode_shared(shared), own[phone.token])
            if first is not None:  # else a live update got there first with the same state
                await socket.send_str(first)
            async for message in socket:  # phones only listen; anything sent is ignored
                if message.type == WSMsgType.ERROR:
                    break
        except RoomError:
            pass
        finally:
            self._sockets.pop(socket, None)
            self._sent.pop(socket, None)
        return socket
