"""The phone page in a real browser: Debian's chromium and chromedriver through Selenium.

Skipped, with the reason, when chromium, chromedriver or selenium is missing (CI
installs them: see .ci/run). Set N3DESK_SHOTS=DIR to keep screenshots at 360×740.
"""

from __future__ import annotations

import os
import shutil
import signal
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from n3desk.domain.entities import Note, Participant, Rating, Vote
from n3desk.store import Library, open_library

from .conftest import RunningRoom
from .test_headless_room import HeadlessRoom

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
# Headless, and no connection to anything but the room (no updates, sync or pings).
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
    "--disable-dev-shm-usage",
)  # fmt: skip

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
if not (shutil.which(CHROMIUM) and shutil.which(CHROMEDRIVER)):
    pytest.skip(
        "Debian's chromium and chromium-driver are not installed "
        "(apt-get install -y chromium chromium-driver)",
        allow_module_level=True,
    )

from selenium.common.exceptions import StaleElementReferenceException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.remote.webdriver import WebDriver  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

pytestmark = pytest.mark.slow  # a real browser or a whole workshop: 8–30 s each

Browser = Callable[[], WebDriver]


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Browser]:
    """Start headless chromium phones (360×740, each its own profile); all quit at the end."""
    started: list[WebDriver] = []

    def start() -> WebDriver:
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for flag in FLAGS:
            options.add_argument(flag)
        options.add_argument(f"--user-data-dir={tempfile.mkdtemp(dir=tmp_path)}")
        options.add_experimental_option(
            "mobileEmulation", {"deviceMetrics": {"width": 360, "height": 740, "pixelRatio": 2}}
        )
        driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        driver.set_page_load_timeout(30)
        started.append(driver)
        return driver

    yield start
    for driver in started:
        driver.quit()


def _wait(driver: WebDriver, check: Callable[[WebDriver], Any], timeout: float = 15) -> Any:
    # The page redraws its lists as the room changes: an element read while it is
    # replaced is stale, and is read again on the next poll.
    wait = WebDriverWait(
        driver, timeout, poll_frequency=0.1, ignored_exceptions=(StaleElementReferenceException,)
    )
    return wait.until(check)


def _shot(driver: WebDriver, name: str) -> None:
    folder = os.environ.get("N3DESK_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(Path(folder) / f"{name}.png"))


def _join(driver: WebDriver, url: str, name: str) -> None:
    driver.get(url)
    field = _wait(driver, lambda d: d.find_element(By.ID, "name"))
    _wait(driver, lambda d: d.find_element(By.ID, "join").is_displayed())
    field.send_keys(name)
    driver.find_element(By.ID, "join-button").click()
    _wait(driver, lambda d: d.find_element(By.ID, "room").is_displayed())


def _write(driver: WebDriver, text: str) -> None:
    before = len(driver.find_elements(By.CSS_SELECTOR, "#my-notes li"))
    driver.find_element(By.ID, "note-text").send_keys(text)
    driver.find_element(By.ID, "note-button").click()
    _wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#my-notes li")) == before + 1)


def _texts(driver: WebDriver, selector: str) -> list[str]:
    return [e.text for e in driver.find_elements(By.CSS_SELECTOR, selector)]


def _stored(library: Library, session_id: str) -> Any:
    other = open_library(library.data_dir, lock=False)
    try:
        return other.load(session_id)
    finally:
        other.close()


def test_join_write_vote_and_rate_from_a_phone(
    served: RunningRoom, browser: Browser, library: Library
) -> None:
    """A phone joins with the QR's address, writes, votes and rates; the session has it all."""
    phone = browser()
    _join(phone, served.server.join_url(), "Åsa Lindqvist")
    assert phone.find_element(By.ID, "code").get_attribute("value") == served.code
    assert phone.execute_script("return document.documentElement.lang") == "sv"
    _write(phone, "Fler bänkar vid hållplatsen")
    _write(phone, "<img src=x onerror=alert(1)>")
    assert _texts(phone, "#my-notes .note-text") == [
        "Fler bänkar vid hållplatsen", "<img src=x onerror=alert(1)>",
    ]  # fmt: skip
    assert phone.find_elements(By.CSS_SELECTOR, "#my-notes img") == []  # text, never markup
    _shot(phone, "phone-write-sv")
    served.control(do="reveal")
    served.control(do="vote", dots=3, per_note=2)
    served.control(do="rate", note_ids="all")
    _wait(phone, lambda d: d.find_element(By.ID, "vote").is_displayed())  # pushed, live
    add = phone.find_elements(By.CSS_SELECTOR, "#vote-notes .dots button")[1]  # +1 on the first
    add.click()
    _wait(phone, lambda d: "2" in d.find_element(By.ID, "dots-left").text)
    _shot(phone, "phone-vote-sv")
    phone.find_elements(By.CSS_SELECTOR, "#rate-notes .scale span")[3].click()  # Nytt: 3
    _wait(phone, lambda d: d.find_element(By.ID, "status").text == "Bedömningen är sparad.")
    _shot(phone, "phone-rate-sv")
    session = _stored(library, served.document.workshop.session.id)
    first = next(n for n in session.all(Note) if n.text == "Fler bänkar vid hållplatsen")
    assert [v.dots for v in session.all(Vote) if v.note_id == first.id] == [1]
    assert [(r.note_id, r.value) for r in session.all(Rating)] == [(first.id, 3)]
    author = session.get(Participant, first.author_id)
    assert author.name == "Åsa Lindqvist"


def test_the_page_follows_the_sessions_language(served: RunningRoom, browser: Browser) -> None:
    """A Danish session serves a Danish page; every label is filled in."""
    from dataclasses import replace

    from n3desk.domain.changes import Put

    served.on_host(
        lambda: served.document.apply(
            [Put(replace(served.document.workshop.session, language="da"))]
        )
    )
    phone = browser()
    phone.get(served.server.join_url())
    _wait(phone, lambda d: d.find_element(By.ID, "join").is_displayed())
    assert phone.find_element(By.ID, "join-heading").text == "Deltag i workshoppen"
    assert phone.find_element(By.ID, "join-button").text == "Deltag"
    _shot(phone, "phone-join-da")
    _join(phone, served.server.join_url(), "Mette Sørensen")
    _write(phone, "Cykelstier til skolen")
    _shot(phone, "phone-write-da")
    assert phone.find_element(By.ID, "write-heading").text == "Skriv en seddel"


def test_a_workshop_of_20_notes_from_5_phones_through_the_headless_room(
    browser: Browser, tmp_path: Path
) -> None:
    """Five browsers write 20 notes into ``n3desk room``; reveal, a vote round, the result."""
    import time

    from n3desk.domain.templates import BLANK, instantiate
    from n3desk.domain.voting import ranking

    folder = tmp_path / "workshop"
    library = open_library(folder)
    made = instantiate(BLANK, "Trygg skolväg", language="sv", now=time.time())
    library.add(made)
    library.close()
    room = HeadlessRoom(folder, made.session.id)
    try:
        url = room.first["join_url"]
        names = ["Anna", "Bo", "Cecilia", "Dawit", "Eva"]
        phones = [browser() for _ in names]
        for phone, name in zip(phones, names, strict=True):
            _join(phone, url, name)
            for n in range(4):
                _write(phone, f"{name}s idé {n + 1}")
            assert len(phone.find_elements(By.CSS_SELECTOR, "#my-notes li")) == 4
        # Private until revealed: Anna sees her own four notes and nobody else's.
        assert not phones[0].find_element(By.ID, "vote").is_displayed()
        assert all(t.startswith("Annas") for t in _texts(phones[0], "#my-notes .note-text"))
        assert room.control(do="reveal")["ok"]
        assert room.control(do="vote", dots=3, per_note=1)["ok"]
        for phone in phones:
            _wait(phone, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#vote-notes li")) == 20)
        favourites = {0: [0, 4, 8], 1: [0, 4, 12], 2: [0, 5, 9], 3: [0, 4, 16], 4: [1, 4, 19]}
        for index, phone in enumerate(phones):
            for note_index in favourites[index]:
                buttons = phone.find_elements(By.CSS_SELECTOR, "#vote-notes li")[note_index]
                buttons.find_elements(By.CSS_SELECTOR, ".dots button")[1].click()
                left = 3 - favourites[index].index(note_index) - 1
                _wait(phone, lambda d, n=left: f": {n}" in d.find_element(By.ID, "dots-left").text)
        assert room.control(do="reveal_vote")["ok"]
        _wait(phones[4], lambda d: "Totalt: 4" in d.find_element(By.ID, "vote-notes").text)
        first = phones[4].find_elements(By.CSS_SELECTOR, "#vote-notes .note-text")[0].text
        assert first == "Annas idé 1"  # revealed results read as a ranking
        phones[4].execute_script("document.getElementById('vote').scrollIntoView()")
        _shot(phones[4], "phone-results-sv")
        room.process.send_signal(signal.SIGTERM)
        assert room.process.wait(timeout=30) == 0
    finally:
        if room.process.poll() is None:
            room.process.kill()
        room.process.wait(timeout=30)
        for stream in (room.process.stdin, room.process.stdout, room.process.stderr):
            if stream is not None:
                stream.close()
    library = open_library(folder, lock=False)
    try:
        session = library.load(made.session.id)
    finally:
        library.close()
    notes = session.notes_on(session.boards[0].id)
    assert len(notes) == 20
    assert not any(n.hidden for n in notes)
    (round_,) = session.rounds_on(session.boards[0].id)
    ranked = ranking(notes, session.votes_in(round_.id))
    assert (ranked[0].note.text, ranked[0].dots) == ("Annas idé 1", 4)
    assert (ranked[1].note.text, ranked[1].dots) == ("Bos idé 1", 4)
    assert sum(r.dots for r in ranked) == 15


def test_edit_withdraw_large_targets_labels_and_the_stage_timer(
    served: RunningRoom, browser: Browser
) -> None:
    """A writer edits and withdraws a private note; targets ≥ 48 px; labels; the timer runs."""
    import time

    from n3desk.domain.agenda import timer_for
    from n3desk.domain.changes import Put
    from n3desk.domain.entities import Stage, new_id

    def start_stage() -> None:
        workshop = served.document.workshop
        stage = Stage(new_id(), workshop.session.id, "Idéer för en trygg skolväg", 12,
                      instructions="Skriv en idé per lapp. Tänk på vägen till skolan.")  # fmt: skip
        served.document.apply([Put(stage)])
        event = timer_for(served.document.workshop, stage).start(time.time())
        assert event is not None
        served.document.apply([Put(event)])

    served.on_host(start_stage)
    phone = browser()
    _join(phone, served.server.join_url(), "Åsa")
    assert phone.find_element(By.ID, "stage-title").text == "Idéer för en trygg skolväg"
    first = phone.find_element(By.ID, "timer").text
    _wait(phone, lambda d: d.find_element(By.ID, "timer").text != first, timeout=5)  # counts down
    assert phone.find_element(By.ID, "timer").text.startswith("11:")
    _write(phone, "Första tanken")
    phone.find_element(By.CSS_SELECTOR, "#my-notes .actions button").click()  # Ändra
    assert phone.find_element(By.ID, "note-text").get_attribute("value") == "Första tanken"
    phone.find_element(By.ID, "note-text").clear()
    phone.find_element(By.ID, "note-text").send_keys("Bättre tanke")
    phone.find_element(By.ID, "note-button").click()
    _wait(phone, lambda d: _texts(d, "#my-notes .note-text") == ["Bättre tanke"])
    _shot(phone, "phone-stage-sv")
    for element in phone.find_elements(By.CSS_SELECTOR, "button, input, textarea"):
        if element.is_displayed():
            size = element.size
            assert size["height"] >= 48, (element.get_attribute("id"), size)
            assert size["width"] >= 48, (element.get_attribute("id"), size)
    for field in phone.find_elements(By.CSS_SELECTOR, "input, textarea"):
        labelled = phone.execute_script(
            "return arguments[0].labels.length > 0 || arguments[0].hasAttribute('aria-label')",
            field,
        )
        assert labelled, field.get_attribute("id")
    withdraw = phone.find_elements(By.CSS_SELECTOR, "#my-notes .actions button")[1]
    assert withdraw.get_attribute("aria-label") == "Ta tillbaka lappen: Bättre tanke"
    withdraw.click()
    _wait(phone, lambda d: d.find_elements(By.CSS_SELECTOR, "#my-notes li") == [])
    assert served.on_host(lambda: served.document.workshop.all(Note)) == []
