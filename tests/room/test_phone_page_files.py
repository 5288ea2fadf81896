"""The phone page's files: four complete languages, nothing from elsewhere, text never as HTML,
and colours that read (WCAG 2.1 AA)."""

from __future__ import annotations

import json
import re

import pytest

from n3desk.domain.palette import contrast_ratio
from n3desk.resources import resource

LANGUAGES = ("sv", "en", "nb", "da")


def _file(name: str) -> str:
    return resource("room", name).read_text(encoding="utf-8")


def test_every_language_has_every_text() -> None:
    """sv, en, nb and da have the same keys, none empty, and every key the script uses."""
    texts = json.loads(_file("texts.json"))
    assert set(texts) == set(LANGUAGES)
    keys = set(texts["en"])
    for language in LANGUAGES:
        assert set(texts[language]) == keys, language
        assert all(value.strip() for value in texts[language].values()), language
    used = set(re.findall(r'\bt\("([a-z_]+)"', _file("app.js")))
    used |= set(
        re.findall(r'"([a-z_]+)"', _file("app.js").split("const fixed = {")[1].split("}")[0])
    )
    assert used - keys == set()


def test_every_refusal_the_server_gives_has_a_translation() -> None:
    """Each error key a phone can get (docs/room.md) has an err_ text in every language."""
    from pathlib import Path

    docs = (Path(__file__).resolve().parents[2] / "docs" / "room.md").read_text(encoding="utf-8")
    table = docs.split("| status | KEY | when |")[1].split("\n\n")[0]
    keys = set(re.findall(r"`([a-z_]+)`", table)) - {"no_host", "wrong_host", "wrong_origin"}
    texts = json.loads(_file("texts.json"))
    for language in LANGUAGES:
        missing = {k for k in keys if f"err_{k}" not in texts[language]}
        # Refusals a page cannot meet (its own host, a list of a moment) fall back to the
        # general text; the ones a participant can meet each have their own.
        assert missing <= {"bad_input", "bad_json", "unknown_note", "unknown_criterion",
                           "unknown_participant", "out_of_range", "conflict", "closed",
                           "no_board"}, (language, missing)  # fmt: skip


@pytest.mark.parametrize("name", ["index.html", "app.js", "style.css"])
def test_nothing_is_loaded_from_elsewhere(name: str) -> None:
    """No address outside the room: no CDN, no web font, no remote script or image."""
    text = _file(name)
    assert not re.search(r"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}", text, re.IGNORECASE)
    assert "@import" not in text
    assert "url(" not in text or name != "style.css"


def test_the_script_never_writes_html() -> None:
    """Every text goes in with textContent: no innerHTML, no document.write, no eval."""
    script = _file("app.js")
    for banned in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                   "new Function"):  # fmt: skip
        assert banned not in script
    page = _file("index.html")
    assert re.search(r"<script[^>]*>\s*[^<\s]", page) is None  # no inline script (CSP)
    assert " style=" not in page  # no inline style (CSP)
    assert "<style" not in page
    assert " on" not in re.sub(r'"[^"]*"', '""', page).replace(" one", "")  # no onclick=


def test_colours_meet_wcag_aa() -> None:
    """Every text colour against its background has at least 4.5:1 contrast."""
    css = _file("style.css")
    var = dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-f]{6})", css))
    pairs = [
        (var["text"], var["card"]), (var["muted"], var["card"]), (var["text"], var["page"]),
        (var["muted"], var["page"]), ("#ffffff", var["primary"]), (var["primary"], "#ffffff"),
        ("#ffffff", var["primary-dark"]), (var["error"], "#ffffff"), (var["ok"], var["page"]),
        (var["private"], "#ffffff"), (var["text"], var["note"]), (var["muted"], "#e0e0e0"),
        ("#ffffff", "#16324f"), ("#e3ecf5", "#16324f"), ("#ffd0cc", "#16324f"),
        (var["line"], "#ffffff"),
    ]  # fmt: skip
    for foreground, background in pairs:
        assert contrast_ratio(foreground, background) >= 4.5, (foreground, background)
