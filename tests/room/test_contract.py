"""The room's HTTP contract (docs/room.md) over real HTTP on 127.0.0.1, every error code."""

from __future__ import annotations

import json
import time

from n3desk.domain.changes import Put
from n3desk.domain.entities import Note, Participant, Rating, Vote, new_id
from n3desk.domain.ratings import ratings_by_note
from n3desk.room import limits
from n3desk.store import Library, open_library

from .conftest import COOKIE, OpenRoom, RunningRoom


def _reload(library: Library, session_id: str) -> object:
    """The session as a second connection to the library file reads it."""
    other = open_library(library.data_dir, lock=False)
    try:
        return other.load(session_id)
    finally:
        other.close()


def test_join_gives_a_token_and_a_strict_cookie(served: RunningRoom) -> None:
    """POST /api/join with the code and a name: a token, the participant, an HttpOnly cookie."""
    reply = served.phone().join(served.code.lower(), "Anna-Karin Öberg")
    assert reply.status == 200
    assert len(reply.body["token"]) >= 32  # 192 random bits, URL-safe
    assert reply.body["participant"]["name"] == "Anna-Karin Öberg"
    cookie = reply.headers["Set-Cookie"]
    assert f"{COOKIE}={reply.body['token']}" in cookie
    assert "HttpOnly" in cookie
    assert "SameSite=Strict" in cookie
    person = served.on_host(
        lambda: served.document.workshop.get(Participant, reply.body["participant"]["id"])
    )
    assert person.initials == "AÖ"


def test_the_cookie_alone_authorises(served: RunningRoom) -> None:
    """A browser sends only the cookie: GET /api/state works with it and without Bearer."""
    phone = served.joined("Bo")
    reply = phone.request(
        "GET", "/api/state", token="", headers={"Cookie": f"{COOKIE}={phone.token}"}
    )
    assert reply.status == 200
    assert reply.body["me"]["name"] == "Bo"


def test_joining_as_a_participant_of_the_session(served: RunningRoom) -> None:
    """The lobby lists the session's people; choosing a free one joins as that participant."""
    session_id = served.document.workshop.session.id
    person = Participant(new_id(), session_id, "Cecilia", "C", "#1565c0", 0)
    served.on_host(lambda: served.document.edit("join", "Cecilia", [Put(person)]))
    lobby = served.phone().request("POST", "/api/lobby", {"code": served.code})
    assert lobby.status == 200
    chosen = next(p for p in lobby.body["participants"] if p["name"] == "Cecilia")
    assert chosen["taken"] is False
    phone = served.phone()
    reply = phone.request(
        "POST", "/api/join", {"code": served.code, "participant_id": chosen["id"]}
    )
    assert reply.status == 200
    assert reply.body["participant"]["id"] == chosen["id"]


def test_a_participant_joined_from_one_phone_is_taken_for_another(served: RunningRoom) -> None:
    """A second phone can neither pick nor type a joined participant's name (403 taken)."""
    first = served.joined("Cecilia")
    private = first.note("bara min").body["id"]
    lobby = served.phone().request("POST", "/api/lobby", {"code": served.code})
    (listed,) = lobby.body["participants"]
    assert (listed["name"], listed["taken"]) == ("Cecilia", True)
    other = served.phone()
    by_id = other.request(
        "POST", "/api/join", {"code": served.code, "participant_id": listed["id"]}
    )
    assert (by_id.status, by_id.error) == (403, "taken")
    by_name = other.join(served.code, " cecilia ")
    assert (by_name.status, by_name.error) == (403, "taken")
    assert other.token == ""
    assert other.request("GET", "/api/state").status == 401
    assert [n["id"] for n in first.state()["my_notes"]] == [private]


def test_the_same_phone_joins_again_and_its_own_name_is_not_taken_for_it(
    served: RunningRoom,
) -> None:
    """A rejoin with the phone's own cookie keeps its token; its lobby shows its name free."""
    first = served.joined("Cecilia")
    mine = first.request("POST", "/api/lobby", {"code": served.code})
    assert mine.body["participants"][0]["taken"] is False
    again = first.request("POST", "/api/join", {"code": served.code, "name": "Cecilia"})
    assert again.status == 200
    assert again.body["token"] == first.token
    by_cookie = served.phone().request(
        "POST",
        "/api/join",
        {"code": served.code, "name": "Cecilia"},
        headers={"Cookie": f"{COOKIE}={first.token}"},
    )
    assert (by_cookie.status, by_cookie.body["token"]) == (200, first.token)


def test_removing_the_phone_frees_its_participant(served: RunningRoom) -> None:
    """Once the facilitator removes the first phone, another phone may join under the name."""
    first = served.joined("Cecilia")
    first.note("kvar")
    token = first.token
    served.on_host(lambda: served.room.remove_phone(token))
    assert first.request("GET", "/api/state").status == 401
    second = served.phone()
    assert second.join(served.code, "Cecilia").status == 200
    assert [n["text"] for n in second.state()["my_notes"]] == ["kvar"]


def test_a_wrong_code_is_403(served: RunningRoom) -> None:
    """A wrong room code is refused with 403 and a JSON error, and nobody joins."""
    reply = served.phone().join("ZZZZZZ" if served.code != "ZZZZZZ" else "YYYYYY", "Eve")
    assert reply.status == 403
    assert reply.error == "wrong_code"
    assert served.on_host(lambda: served.document.workshop.participants) == []


def test_a_note_is_201_with_its_id_and_committed_private(
    served: RunningRoom, library: Library
) -> None:
    """POST /api/notes → 201 {"id"}; the note is in the library, hidden, by the writer."""
    phone = served.joined("Dana Ek")
    reply = phone.note("Fler bänkar vid busshållplatsen")
    assert reply.status == 201
    stored = _reload(library, served.document.workshop.session.id)
    note = stored.get(Note, reply.body["id"])  # type: ignore[attr-defined]
    assert note.text == "Fler bänkar vid busshållplatsen"
    assert note.hidden is True
    person = stored.get(Participant, note.author_id)  # type: ignore[attr-defined]
    assert person.name == "Dana Ek"


def test_own_unrevealed_notes_can_be_edited_and_withdrawn(served: RunningRoom) -> None:
    """PUT and DELETE /api/notes/ID work on one's own private note, never on another's."""
    anna, bo = served.joined("Anna"), served.joined("Bo")
    note_id = anna.note("first").body["id"]
    assert anna.request("PUT", f"/api/notes/{note_id}", {"text": "second"}).status == 200
    assert [n["text"] for n in anna.state()["my_notes"]] == ["second"]
    assert bo.request("PUT", f"/api/notes/{note_id}", {"text": "mine now"}).status == 400
    assert bo.request("DELETE", f"/api/notes/{note_id}").status == 400
    assert anna.request("DELETE", f"/api/notes/{note_id}").status == 200
    assert served.on_host(lambda: served.document.workshop.get(Note, note_id)) is None


def test_a_revealed_note_can_no_longer_be_edited(served: RunningRoom) -> None:
    """Once the facilitator reveals a note, its writer may not change it (403)."""
    anna = served.joined("Anna")
    note_id = anna.note("idea").body["id"]
    served.control(do="reveal")
    reply = anna.request("PUT", f"/api/notes/{note_id}", {"text": "changed"})
    assert (reply.status, reply.error) == (403, "revealed")


def test_others_hidden_notes_are_never_in_the_state(served: RunningRoom) -> None:
    """A phone sees its own private notes, no one else's, and never who wrote a note."""
    anna, bo = served.joined("Anna"), served.joined("Bo")
    anna.note("Annas hemliga idé")
    state = bo.state()
    text = json.dumps(state, ensure_ascii=False)
    assert "Annas hemliga idé" not in text
    assert state["notes"] == []
    served.control(do="reveal")
    state = bo.state()
    assert [n["text"] for n in state["notes"]] == ["Annas hemliga idé"]
    assert set(state["notes"][0]) == {"id", "text", "colour"}  # no author, no initials


def test_voting_gives_dots_within_the_budget_and_hides_counts(
    served: RunningRoom, library: Library
) -> None:
    """POST /api/votes: +1 and −1 within the round's budget; counts only after reveal."""
    anna, bo = served.joined("Anna"), served.joined("Bo")
    ids = [anna.note(f"idea {i}").body["id"] for i in range(3)]
    served.control(do="reveal")
    served.control(do="vote", dots=2, per_note=1)
    assert anna.request("POST", "/api/votes", {"note_id": ids[0], "dots": 1}).body == {
        "dots_left": 1
    }
    full = anna.request("POST", "/api/votes", {"note_id": ids[0], "dots": 1})
    assert (full.status, full.error) == (403, "note_full")
    assert anna.request("POST", "/api/votes", {"note_id": ids[1], "dots": 1}).status == 200
    spent = anna.request("POST", "/api/votes", {"note_id": ids[2], "dots": 1})
    assert (spent.status, spent.error) == (403, "voter_done")
    assert anna.request("POST", "/api/votes", {"note_id": ids[1], "dots": -1}).body == {
        "dots_left": 1
    }
    assert bo.request("POST", "/api/votes", {"note_id": ids[0], "dots": 1}).status == 200
    vote = bo.state()["vote"]
    assert vote["counts"] is None
    assert vote["mine"] == {ids[0]: 1}
    served.control(do="reveal_vote")
    assert bo.state()["vote"]["counts"] == {ids[0]: 2}
    stored = _reload(library, served.document.workshop.session.id)
    dots = sum(v.dots for v in stored.all(Vote))  # type: ignore[attr-defined]
    assert dots == 2


def test_votes_are_refused_when_no_round_is_open(served: RunningRoom) -> None:
    """Without an open round (or with voting locked) a dot is refused with 403."""
    anna = served.joined("Anna")
    note_id = anna.note("idea").body["id"]
    served.control(do="reveal")
    reply = anna.request("POST", "/api/votes", {"note_id": note_id, "dots": 1})
    assert (reply.status, reply.error) == (403, "voting_closed")
    served.control(do="vote", dots=3)
    served.control(do="voting", on=False)
    reply = anna.request("POST", "/api/votes", {"note_id": note_id, "dots": 1})
    assert (reply.status, reply.error) == (403, "voting_closed")


def test_each_participants_rating_is_stored_and_the_note_shows_the_mean(
    served: RunningRoom, library: Library
) -> None:
    """POST /api/ratings stores one rating per participant; the note shows their mean."""
    anna, bo = served.joined("Anna"), served.joined("Bo")
    note_id = anna.note("idea").body["id"]
    served.control(do="reveal")
    criterion = served.on_host(lambda: served.document.workshop.criteria[0])
    body = {"note_id": note_id, "criterion_id": criterion.id, "value": 3}
    closed = anna.request("POST", "/api/ratings", body)
    assert (closed.status, closed.error) == (403, "rating_closed")
    served.control(do="rate", note_ids="all")
    assert anna.request("POST", "/api/ratings", body).status == 200
    assert bo.request("POST", "/api/ratings", {**body, "value": 2}).status == 200
    assert anna.request("POST", "/api/ratings", {**body, "value": 1}).status == 200  # changed
    stored = _reload(library, served.document.workshop.session.id)
    people = {p.id: p.name for p in stored.all(Participant)}  # type: ignore[attr-defined]
    given = {people[r.participant_id]: r.value for r in stored.all(Rating)}  # type: ignore[attr-defined]
    assert given == {"Anna": 1, "Bo": 2}
    assert ratings_by_note(stored.all(Rating)) == {note_id: {criterion.id: 1.5}}  # type: ignore[attr-defined]
    assert anna.state()["rating"]["mine"] == {note_id: {criterion.id: 1}}
    assert bo.state()["rating"]["mine"] == {note_id: {criterion.id: 2}}
    out_of_range = anna.request("POST", "/api/ratings", {**body, "value": 9})
    assert (out_of_range.status, out_of_range.error) == (400, "out_of_range")


def test_a_phones_ratings_come_back_when_the_room_opens_again(open_room: OpenRoom) -> None:
    """Closed and reopened, the room still knows who rated what: the phone sees its own."""
    room = open_room()
    anna = room.joined("Anna")
    note_id = anna.note("idea").body["id"]
    room.control(do="reveal")
    room.control(do="rate", note_ids="all")
    criterion = room.on_host(lambda: room.document.workshop.criteria[0])
    body = {"note_id": note_id, "criterion_id": criterion.id, "value": 2}
    assert anna.request("POST", "/api/ratings", body).status == 200
    room.server.stop()
    again = open_room()
    back = again.joined("Anna")
    again.control(do="rate", note_ids="all")
    assert back.state()["rating"]["mine"] == {note_id: {criterion.id: 2}}


def test_writing_locked_is_403(served: RunningRoom) -> None:
    """With writing locked, a note is refused with 403 and nothing is stored."""
    anna = served.joined("Anna")
    served.control(do="writing", on=False)
    reply = anna.note("too late")
    assert (reply.status, reply.error) == (403, "writing_closed")
    assert served.on_host(lambda: served.document.workshop.all(Note)) == []


def test_bad_input_is_400(served: RunningRoom) -> None:
    """Not JSON, not an object, a missing or blank text, a wrong type: 400 with an error."""
    anna = served.joined("Anna")
    cases = [
        anna.request(
            "POST", "/api/notes", raw=b"{not json", headers={"Content-Type": "application/json"}
        ),
        anna.request(
            "POST",
            "/api/notes",
            raw=b"text=hi",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        ),
        anna.request("POST", "/api/notes", ["a list"]),
        anna.request("POST", "/api/notes", {}),
        anna.request("POST", "/api/notes", {"text": "   "}),
        anna.request("POST", "/api/notes", {"text": 42}),
        anna.request("POST", "/api/notes", {"text": "x" * (limits.MAX_NOTE_CHARS + 1)}),
        anna.request("POST", "/api/votes", {"note_id": "x", "dots": 2}),
        anna.request("POST", "/api/votes", {"note_id": "x", "dots": True}),
        anna.request("POST", "/api/ratings", {"note_id": "x"}),
        served.phone().request("POST", "/api/join", {"code": served.code, "name": ""}),
    ]
    for reply in cases:
        assert reply.status == 400, reply.body
        assert reply.error
        assert reply.body["message"]
    assert served.on_host(lambda: served.document.workshop.all(Note)) == []


def test_no_or_a_bad_token_is_401(served: RunningRoom) -> None:
    """Every phone endpoint answers 401 without a token or with a made-up one."""
    phone = served.phone()
    for token in ("", "made-up-token"):
        for method, path, body in (
            ("GET", "/api/state", None),
            ("POST", "/api/notes", {"text": "x"}),
            ("PUT", "/api/notes/abc", {"text": "x"}),
            ("DELETE", "/api/notes/abc", None),
            ("POST", "/api/votes", {"note_id": "x", "dots": 1}),
            ("POST", "/api/ratings", {"note_id": "x", "criterion_id": "y", "value": 1}),
            ("GET", "/api/live", None),
        ):
            reply = phone.request(method, path, body, token=token)
            assert (reply.status, reply.error) == (401, "no_token"), (method, path)


def test_a_body_over_16_kb_is_413(served: RunningRoom) -> None:
    """A body larger than 16 KB is refused with 413 before it is read, and stores nothing."""
    anna = served.joined("Anna")
    reply = anna.note("x" * (limits.MAX_BODY_BYTES + 10))
    assert (reply.status, reply.error) == (413, "too_large")
    assert served.on_host(lambda: served.document.workshop.all(Note)) == []


def test_more_than_60_requests_a_minute_is_429(served: RunningRoom) -> None:
    """A phone's 61st request within a minute is refused with 429 and a Retry-After."""
    anna = served.joined("Anna")
    statuses = [
        anna.request("GET", "/api/state").status for _ in range(limits.PHONE_REQUESTS_PER_MINUTE)
    ]
    assert set(statuses) == {200}
    reply = anna.request("GET", "/api/state")
    assert (reply.status, reply.error) == (429, "too_many")
    assert int(reply.headers["Retry-After"]) >= 1
    assert served.joined("Bo").request("GET", "/api/state").status == 200  # per phone


def test_guessing_codes_is_429_after_a_few_tries(served: RunningRoom) -> None:
    """After a few wrong codes from one address, even the right code waits (429)."""
    phone = served.phone()
    for _ in range(limits.WRONG_CODES_PER_MINUTE):
        assert phone.join("AAAAAA" if served.code != "AAAAAA" else "BBBBBB", "x").status == 403
    reply = phone.join(served.code, "Mallory")
    assert (reply.status, reply.error) == (429, "too_many")


def test_a_full_room_refuses_the_next_phone(served: RunningRoom) -> None:
    """At 100 phones the room is full: the next one gets 403."""
    for i in range(limits.MAX_PHONES):
        served.room.phones.add(f"p{i}", f"P{i}", "127.0.0.1")
    reply = served.phone().join(served.code, "One too many")
    assert (reply.status, reply.error) == (403, "room_full")


def test_a_token_from_one_room_is_refused_by_the_next(open_room: OpenRoom) -> None:
    """Closing the room kills its tokens: the next opening (a new code) answers 401."""
    first = open_room()
    anna = first.joined("Anna")
    assert anna.request("GET", "/api/state").status == 200
    first.server.stop()
    second = open_room()
    assert second.code != first.code or second.port != first.port
    stale = type(anna)(second.port, token=anna.token)
    reply = stale.request("GET", "/api/state")
    assert (reply.status, reply.error) == (401, "no_token")


def test_a_wrong_host_is_refused(served: RunningRoom) -> None:
    """A Host header that does not name the room (DNS rebinding) is refused with 403."""
    phone = served.phone()
    phone.host_header = f"evil.example:{served.port}"
    for path in ("/", "/api/state"):
        reply = phone.request("GET", path)
        assert (reply.status, reply.error) == (403, "wrong_host")
    reply = phone.request("POST", "/api/join", {"code": served.code, "name": "x"})
    assert reply.status == 403
    assert served.on_host(lambda: served.document.workshop.participants) == []


def test_another_origin_is_refused_and_no_cors_is_offered(served: RunningRoom) -> None:
    """A request from another page's origin is refused; no response ever allows CORS."""
    phone = served.phone()
    phone.extra = {"Origin": "http://evil.example"}
    reply = phone.request("POST", "/api/join", {"code": served.code, "name": "x"})
    assert (reply.status, reply.error) == (403, "wrong_origin")
    own = served.phone()
    own.extra = {"Origin": f"http://127.0.0.1:{served.port}"}
    reply = own.join(served.code, "Own page")
    assert reply.status == 200
    assert not any(k.lower().startswith("access-control") for k in reply.headers)


def test_the_page_has_a_strict_content_security_policy(served: RunningRoom) -> None:
    """GET / is the phone page in the session's language, under default-src 'self'."""
    reply = served.phone().request("GET", "/")
    assert reply.status == 200
    assert b'lang="sv"' in reply.body
    csp = reply.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert reply.headers["X-Content-Type-Options"] == "nosniff"
    assert served.phone().request("GET", "/static/app.js").status == 200
    assert served.phone().request("GET", "/static/..%2Fpages.py").status == 404


def test_the_state_shows_the_stage_and_its_timer(served: RunningRoom) -> None:
    """The phone sees the current stage's title, instructions and a running timer."""
    from n3desk.domain.agenda import timer_for
    from n3desk.domain.changes import Put
    from n3desk.domain.entities import Stage, new_id

    def add_stage() -> None:
        workshop = served.document.workshop
        stage = Stage(
            new_id(), workshop.session.id, "Idéer", 10, instructions="Skriv en idé per lapp"
        )
        served.document.apply([Put(stage)])
        event = timer_for(served.document.workshop, stage).start(time.time())
        assert event is not None
        served.document.apply([Put(event)])

    served.on_host(add_stage)
    stage = served.joined("Anna").state()["stage"]
    assert stage["title"] == "Idéer"
    assert stage["instructions"] == "Skriv en idé per lapp"
    assert stage["running"] is True
    assert 590 <= stage["remaining"] <= 600


def test_bound_to_every_address_it_answers_to_the_laptops_own_names(
    library: Library, workshop: object
) -> None:
    """With 0.0.0.0 (asked for), the room shows a real address and refuses foreign names."""
    from concurrent.futures import ThreadPoolExecutor

    from n3desk.room.headless import HeadlessDocument
    from n3desk.room.network import local_addresses
    from n3desk.room.room import Room
    from n3desk.room.server import RoomServer

    from .conftest import Phone

    host = ThreadPoolExecutor(max_workers=1)
    own = host.submit(open_library, library.data_dir, lock=False).result()
    session_id = workshop.session.id  # type: ignore[attr-defined]
    document = host.submit(lambda: HeadlessDocument(own, own.load(session_id))).result()
    server = RoomServer(Room(document, "K7M2QX"), host.submit, bind="0.0.0.0", port=0)
    server.start()
    try:
        assert "0.0.0.0" not in server.url
        assert server.url.startswith(f"http://{(local_addresses() or ['127.0.0.1'])[0]}:")
        phone = Phone(server.port)
        assert phone.request("GET", "/").status == 200  # Host: 127.0.0.1:PORT
        phone.host_header = f"attacker.example:{server.port}"
        assert phone.request("GET", "/").status == 403
    finally:
        server.stop()
        host.submit(own.close).result()
        host.shutdown()
