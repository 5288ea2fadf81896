"""The phone page when a name is taken, and when WebSockets do not get through (polling).

In Debian's chromium through Selenium, like test_phone_page.py (skipped the same way
when chromium, chromedriver or selenium is missing). N3DESK_SHOTS=DIR keeps
screenshots at 360×740.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from aiohttp import web

from n3desk.domain.changes import Put
from n3desk.domain.entities import Rating
from n3desk.room.errors import NOT_ALLOWED, RoomError
from n3desk.room.server import RoomServer

from .conftest import OpenRoom, RunningRoom
from .test_phone_page import Browser, By, _join, _shot, _texts, _wait, _write, browser

pytestmark = pytest.mark.slow  # a real browser or a whole workshop: 8–30 s each

__all__ = ["browser"]  # the fixture, shared with test_phone_page.py


def _english(room: RunningRoom) -> None:
    session = room.document.workshop.session
    room.on_host(lambda: room.document.apply([Put(replace(session, language="en"))]))


@pytest.mark.parametrize("language", ["sv", "en"])
def test_a_name_joined_from_one_phone_is_taken_on_another(
    served: RunningRoom, browser: Browser, language: str
) -> None:
    """The second phone sees the name as taken and cannot choose it; the first goes on."""
    if language == "en":
        _english(served)
    first = browser()
    _join(first, served.server.join_url(), "Åsa Lindqvist")
    _write(first, "Bara min idé")
    second = browser()
    second.get(served.server.join_url())
    taken = _wait(second, lambda d: d.find_element(By.CSS_SELECTOR, "#people button"))
    word = {"sv": "upptaget", "en": "taken"}[language]
    assert taken.text == f"Åsa Lindqvist ({word})"
    assert not taken.is_enabled()
    _shot(second, f"phone-taken-{language}")
    second.find_element(By.ID, "name").send_keys("åsa lindqvist")
    second.find_element(By.ID, "join-button").click()
    alert = _wait(second, lambda d: d.find_element(By.ID, "alert"))
    _wait(second, lambda d: alert.is_displayed() and alert.text)
    assert ("telefon" if language == "sv" else "phone") in alert.text
    assert not second.find_element(By.ID, "room").is_displayed()
    _shot(second, f"phone-taken-refused-{language}")
    assert _texts(first, "#my-notes .note-text") == ["Bara min idé"]
    first.refresh()  # a reload keeps the phone in the room: its cookie still holds the name
    _wait(first, lambda d: d.find_element(By.ID, "room").is_displayed())
    assert _texts(first, "#my-notes .note-text") == ["Bara min idé"]


@pytest.mark.parametrize("language", ["sv", "en"])
def test_a_rating_from_the_phone_page_is_the_participants_own(
    served: RunningRoom, browser: Browser, language: str
) -> None:
    """Two phones rate a note; each sees its own choice; the session keeps both."""
    if language == "en":
        _english(served)
    saved = {"sv": "Bedömningen är sparad.", "en": "Rating saved."}[language]
    phones = [browser(), browser()]
    for phone, name in zip(phones, ("Anna", "Bo"), strict=True):
        _join(phone, served.server.join_url(), name)
    _write(phones[0], "Fler bänkar")
    served.control(do="reveal")
    served.control(do="rate", note_ids="all")
    for phone, value in zip(phones, (3, 1), strict=True):
        _wait(phone, lambda d: d.find_element(By.ID, "rate").is_displayed())
        phone.find_elements(By.CSS_SELECTOR, "#rate-notes .scale span")[value].click()
        _wait(phone, lambda d: d.find_element(By.ID, "status").text == saved)
    _shot(phones[1], f"phone-rate-own-{language}")
    for phone, value in zip(phones, (3, 1), strict=True):  # each sees its own choice
        phone.refresh()
        _wait(phone, lambda d: d.find_element(By.ID, "rate").is_displayed())
        radios = phone.find_elements(By.CSS_SELECTOR, "#rate-notes .scale input")
        assert [r.get_attribute("value") for r in radios if r.is_selected()] == [str(value)]
    workshop = served.document.workshop
    values = served.on_host(
        lambda: sorted((r.participant_id, r.value) for r in workshop.all(Rating))
    )
    people = served.on_host(lambda: {p.name: p.id for p in workshop.participants})
    assert values == sorted([(people["Anna"], 3), (people["Bo"], 1)])


def test_a_new_note_reaches_a_phone_by_polling_when_websockets_are_refused(
    open_room: OpenRoom, browser: Browser, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With /api/live refusing (a proxy that breaks WebSockets), the page polls /api/state."""
    tried: list[str] = []

    async def refuse(self: RoomServer, request: web.Request) -> web.StreamResponse:
        tried.append(request.path)
        raise RoomError(NOT_ALLOWED, "closed", "no live updates here")

    monkeypatch.setattr(RoomServer, "_live", refuse)
    room = open_room()
    reader, writer = browser(), browser()
    _join(reader, room.server.join_url(), "Läsare")
    _join(writer, room.server.join_url(), "Skribent")
    room.control(do="private", on=False)
    room.control(do="vote", dots=3)
    _wait(reader, lambda d: d.find_element(By.ID, "vote").is_displayed(), timeout=20)
    assert tried  # the page did try the WebSocket first
    _write(writer, "Kommer via polling")
    _wait(
        reader,
        lambda d: "Kommer via polling" in d.find_element(By.ID, "vote-notes").text,
        timeout=20,
    )
    assert set(tried) == {"/api/live"}
    assert len(tried) >= 2  # between polls it tries to go live again
