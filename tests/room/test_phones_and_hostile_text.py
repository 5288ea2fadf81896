"""Many phones at once and hostile text, over real HTTP into a real library."""

from __future__ import annotations

import sys
import threading
from collections import Counter

from n3desk.domain.entities import Note
from n3desk.room import limits
from n3desk.store import Library, open_library

from .conftest import RunningRoom

HOSTILE = [
    "<script>alert('x')</script>",
    "<b>fet</b> &amp; <i>kursiv</i> <img src=x onerror=alert(1)>",
    "'; DROP TABLE notes; --",
    "{{lang}} ${jndi:ldap://x} %s %n",
    "rad ett\nrad två\r\nrad tre\ttabb",
    "styr\x00tecken\x07\x1b[31mröd\x1b[0m\u200b\u202e",
    "emoji 🎉👩🏽‍🚀🇸🇪 och ZWJ 👨‍👩‍👧",
    "ערבית и русский עברית مرحبا بالعالم",
    "\ud7ff\ue000\uffff",
    "x" * limits.MAX_NOTE_CHARS,
]


def _stored_notes(library: Library, session_id: str) -> list[Note]:
    other = open_library(library.data_dir, lock=False)
    try:
        return other.load(session_id).all(Note)
    finally:
        other.close()


def test_forty_phones_writing_at_once_lose_and_duplicate_nothing(
    served: RunningRoom, library: Library
) -> None:
    """40 phones on 40 threads send 10 notes each: all 400 answered 201 and in the library once."""
    phones = [served.joined(f"Deltagare {i}") for i in range(40)]
    acknowledged: list[str] = []
    failures: list[object] = []
    lock = threading.Lock()

    def write(index: int) -> None:
        for n in range(10):
            reply = phones[index].note(f"telefon {index} lapp {n}")
            with lock:
                if reply.status == 201:
                    acknowledged.append(reply.body["id"])
                else:
                    failures.append(reply.body)

    threads = [threading.Thread(target=write, args=(i,)) for i in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert len(acknowledged) == 400
    stored = _stored_notes(library, served.document.workshop.session.id)
    texts = Counter(n.text for n in stored)
    assert len(stored) == 400
    assert set(texts.values()) == {1}
    assert {n.id for n in stored} == set(acknowledged)
    assert texts.keys() == {f"telefon {i} lapp {n}" for i in range(40) for n in range(10)}


def test_hostile_text_is_stored_literally(served: RunningRoom, library: Library) -> None:
    """Markup, control characters, emoji, right-to-left and the longest note: stored as sent."""
    phone = served.joined("<b>Mallory</b>")
    ids = []
    for text in HOSTILE:
        reply = phone.note(text)
        assert reply.status == 201, (text[:40], reply.body)
        ids.append(reply.body["id"])
    stored = {n.id: n.text for n in _stored_notes(library, served.document.workshop.session.id)}
    assert [stored[i] for i in ids] == HOSTILE
    assert [n["text"] for n in phone.state()["my_notes"]] == HOSTILE


def test_a_lone_surrogate_is_stored_as_the_replacement_character(
    served: RunningRoom, library: Library
) -> None:
    """JSON may carry a lone surrogate; it is stored as U+FFFD, as the app's document does."""
    phone = served.joined("Anna")
    reply = phone.request(
        "POST",
        "/api/notes",
        raw=b'{"text": "x\\ud800y"}',
        headers={"Content-Type": "application/json"},
    )
    assert reply.status == 201, reply.body
    stored = {n.id: n.text for n in _stored_notes(library, served.document.workshop.session.id)}
    assert stored[reply.body["id"]] == "x\ufffdy"


def test_100000_characters_are_refused_with_a_clear_error(served: RunningRoom) -> None:
    """A 100,000-character note is refused (413) and nothing is stored; the phone can go on."""
    phone = served.joined("Anna")
    reply = phone.note("å" * 100_000)
    assert reply.status == 413
    assert reply.body["message"]
    assert phone.note("kort lapp").status == 201
    assert [n["text"] for n in phone.state()["my_notes"]] == ["kort lapp"]


_watching: list[list[tuple[str, str]]] = []


def _audit(event: str, _args: tuple[object, ...]) -> None:
    if _watching and event in ("socket.connect", "socket.getaddrinfo", "socket.sendto"):
        _watching[-1].append((event, threading.current_thread().name))


sys.addaudithook(_audit)  # hooks cannot be removed: it records only while a test watches


def test_the_server_reaches_nothing(served: RunningRoom) -> None:
    """Serving joins, notes, states and live updates, the server's thread connects nowhere."""
    events: list[tuple[str, str]] = []
    _watching.append(events)
    try:
        phone = served.joined("Anna")
        phone.note("en lapp")
        served.control(do="reveal")
        phone.state()
        assert phone.request("GET", "/").status == 200
    finally:
        _watching.remove(events)
    from_server = [e for e in events if e[1] == "n3desk-room"]
    assert from_server == []
    assert any(e[0] == "socket.connect" for e in events)  # the phones' own connections
