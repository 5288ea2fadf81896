"""``n3desk room ID``: a real process serving a room, stopped by signals, killed mid-burst."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from n3desk.domain.entities import Note
from n3desk.domain.templates import BLANK, instantiate
from n3desk.store import open_library

from .conftest import Phone


@pytest.fixture
def session_dir(tmp_path: Path) -> tuple[Path, str]:
    """A data folder holding one blank session, not locked by anyone."""
    folder = tmp_path / "kiosk"
    library = open_library(folder)
    try:
        made = instantiate(BLANK, "Kiosk", language="sv", now=time.time())
        library.add(made)
    finally:
        library.close()
    return folder, made.session.id


class HeadlessRoom:
    """A running ``n3desk room`` process and its first line."""

    def __init__(self, folder: Path, session_id: str, *extra: str) -> None:
        command = [
            *(sys.executable, "-m", "n3desk", "--data-dir", str(folder), "room", session_id[:8]),
            *("--bind", "127.0.0.1", "--port", "0", "--json", *extra),
        ]
        self.process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        assert self.process.stdout is not None
        first = self.process.stdout.readline()
        assert first, self.process.stderr.read() if self.process.stderr else ""
        self.first: dict[str, Any] = json.loads(first)
        self.port = int(self.first["url"].rsplit(":", 1)[1].strip("/"))

    def control(self, **command: Any) -> dict[str, Any]:
        assert self.process.stdin is not None
        assert self.process.stdout is not None
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()
        reply: dict[str, Any] = json.loads(self.process.stdout.readline())
        return reply

    def phone(self, name: str) -> Phone:
        phone = Phone(self.port)
        assert phone.join(self.first["code"], name).status == 200
        return phone


@pytest.fixture
def start_room(session_dir: tuple[Path, str]) -> Iterator[Any]:
    """Start headless rooms on the session; any still running is killed at the end."""
    started: list[HeadlessRoom] = []

    def start(*extra: str) -> HeadlessRoom:
        room = HeadlessRoom(*session_dir, *extra)
        started.append(room)
        return room

    yield start
    for room in started:
        if room.process.poll() is None:
            room.process.kill()
        room.process.wait(timeout=30)
        for stream in (room.process.stdin, room.process.stdout, room.process.stderr):
            if stream is not None:
                stream.close()


def _notes(folder: Path, session_id: str) -> dict[str, Note]:
    library = open_library(folder, lock=False)
    try:
        return {n.id: n for n in library.load(session_id).all(Note)}
    finally:
        library.close()


@pytest.mark.parametrize("stop_with", [signal.SIGTERM, signal.SIGINT])
def test_serves_commits_and_stops_cleanly_on_a_signal(
    start_room: Any, session_dir: tuple[Path, str], stop_with: signal.Signals
) -> None:
    """The first line is {"url", "code"}; a note lands in the library; a signal ends it with 0."""
    room = start_room("--code", "k7m 2qx")
    assert room.first["code"] == "K7M2QX"
    assert room.first["url"].startswith("http://127.0.0.1:")
    note_id = room.phone("Anna").note("från telefonen").body["id"]
    room.process.send_signal(stop_with)
    assert room.process.wait(timeout=30) == 0
    assert _notes(*session_dir)[note_id].text == "från telefonen"
    open_library(session_dir[0]).close()  # the lock was released


def test_controls_on_stdin_steer_the_room(start_room: Any) -> None:
    """Reveal, a vote round and its reveal, and undo, through JSON lines on stdin."""
    room = start_room()
    anna, bo = room.phone("Anna"), room.phone("Bo")
    first = anna.note("idé ett").body["id"]
    assert bo.state()["notes"] == []
    assert room.control(do="reveal")["ok"] is True
    assert [n["id"] for n in bo.state()["notes"]] == [first]
    assert room.control(do="vote", dots=2, per_note=2)["ok"] is True
    assert bo.request("POST", "/api/votes", {"note_id": first, "dots": 1}).status == 200
    assert room.control(do="reveal_vote")["ok"] is True
    assert bo.state()["vote"]["counts"] == {first: 1}
    assert room.control(do="status") == {"ok": True, "phones": 2, "notes_in": 1}
    assert room.control(do="nonsense")["ok"] is False
    room.process.send_signal(signal.SIGTERM)
    assert room.process.wait(timeout=30) == 0


def test_refuses_with_4_while_the_app_holds_the_library(session_dir: tuple[Path, str]) -> None:
    """With the library locked (as the app locks it), ``n3desk room`` exits 4 in one line."""
    folder, session_id = session_dir
    holder = open_library(folder)
    try:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "n3desk",
                "--data-dir",
                str(folder),
                "room",
                session_id,
                "--bind",
                "127.0.0.1",
                "--port",
                "0",
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        holder.close()
    assert done.returncode == 4
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr


def test_a_bad_code_or_port_is_a_usage_error(session_dir: tuple[Path, str]) -> None:
    """A code that cannot be a room code, or a port out of range, exits 2."""
    folder, session_id = session_dir
    for extra in (["--code", "O0O0"], ["--port", "70000"]):
        done = subprocess.run(
            [sys.executable, "-m", "n3desk", "--data-dir", str(folder), "room", session_id, *extra],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 2, done.stderr
        assert done.stderr.startswith("n3desk: ")


def test_kill_9_in_a_burst_loses_no_acknowledged_note(
    start_room: Any, session_dir: tuple[Path, str]
) -> None:
    """Eight phones write as fast as they can; kill -9; every note answered 201 is on disk."""
    room = start_room()
    phones = [room.phone(f"P{i}") for i in range(8)]
    acknowledged: list[str] = []
    lock = threading.Lock()

    def burst(phone: Phone, index: int) -> None:
        for n in range(55):  # under the 60-a-minute limit
            try:
                reply = phone.note(f"{index}-{n}")
            except OSError:  # the server is gone
                return
            if reply.status == 201:
                with lock:
                    acknowledged.append(reply.body["id"])

    threads = [threading.Thread(target=burst, args=(p, i)) for i, p in enumerate(phones)]
    for thread in threads:
        thread.start()
    while True:
        with lock:
            if len(acknowledged) >= 40:
                break
        time.sleep(0.01)
    os.kill(room.process.pid, signal.SIGKILL)
    for thread in threads:
        thread.join(timeout=60)
    assert room.process.wait(timeout=30) == -signal.SIGKILL
    stored = _notes(*session_dir)
    with lock:
        missing = [i for i in acknowledged if i not in stored]
        assert len(acknowledged) >= 40
    assert missing == []
