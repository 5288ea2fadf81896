"""The programme record: the ideas' way from question to operation, parsed back with pypdf."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from n3desk.domain.programme_demo import demo_programme
from n3desk.domain.programme_edits import move_idea_ops, new_programme
from n3desk.domain.programmes import ProgrammePut
from n3desk.domain.templates import BLANK
from n3desk.report.pdf_texts import LANGUAGES
from n3desk.report.programme_pdf import write_programme_pdf
from n3desk.report.programme_texts import PROGRAMME_TEXTS, programme_texts

from .conftest import HOSTILE, HUGE

Kit = Any  # the PdfKit class of conftest.py


@pytest.fixture(scope="module")
def demo_record(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any, Any]:
    """The demo programme's record in Swedish."""
    content, sessions = demo_programme(BLANK, language="sv", now=time.time())
    path = tmp_path_factory.mktemp("programme") / "programme.pdf"
    write_programme_pdf(content, sessions, path)
    return path, content, sessions


def test_the_record_shows_the_way_from_question_to_operation(
    kit: Kit, demo_record: tuple[Path, Any, Any]
) -> None:
    """Asked, the ideas' way, chosen and why, and what is put to use: each with its content."""
    path, content, sessions = demo_record
    text = kit.squeeze(kit.pdf_text(path))
    texts = programme_texts("sv")
    for key in ("timeline", "asked", "way", "chosen", "put_to_use", "all_decisions"):
        assert kit.squeeze(texts[key]) in text, key
    for workshop in sessions:
        assert kit.squeeze(workshop.session.question) in text
    assert kit.squeeze("Politikerna valde 2 av 4 koncept") in text
    assert kit.squeeze("Billigt att pröva och bärs av föräldrarna själva") in text
    in_use = text.split(kit.squeeze(texts["put_to_use"]))[1]
    in_use = in_use.split(kit.squeeze(texts["all_decisions"]))[0]
    assert kit.squeeze("Gående skolbuss med föräldrar") in in_use
    assert kit.squeeze("Cykelkaravan") not in in_use  # stopped, not put to use
    for idea in content.ideas:
        assert kit.squeeze(idea.title) in text


def test_every_page_is_numbered_and_every_font_embedded(
    kit: Kit, demo_record: tuple[Path, Any, Any]
) -> None:
    """Page x of y and the programme's name on each page; only embedded DejaVu fonts."""
    path, content, _ = demo_record
    pages = len(PdfReader(path).pages)
    for number, footer in enumerate(kit.footers(path), start=1):
        assert f"Sida {number} av {pages}" in footer
        assert content.programme.title in footer
    names = kit.base_fonts_in_file(path)
    assert names
    assert all(name.startswith("DejaVuSans") for name in names)
    for font in kit.page_fonts(path):
        if font.get("/Subtype") != "/Type0":
            assert kit.is_embedded(font), font


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_record_speaks_each_language(kit: Kit, tmp_path: Path, language: str) -> None:
    """Headings and states come in sv, en, nb or da, with the demo's own texts."""
    content, sessions = demo_programme(BLANK, language=language, now=time.time())
    path = tmp_path / "p.pdf"
    write_programme_pdf(content, sessions, path)
    text = kit.squeeze(kit.pdf_text(path))
    texts = programme_texts(language)
    assert kit.squeeze(texts["put_to_use"]) in text
    assert kit.squeeze(texts["state_in_operation"]) in text
    assert kit.squeeze(content.programme.title) in text


def test_every_language_has_every_word() -> None:
    """No programme-record label is missing in any language."""
    keys = set(PROGRAMME_TEXTS["sv"])
    for language in LANGUAGES:
        assert set(programme_texts(language)) == keys


def test_hostile_text_is_printed_as_text(kit: Kit, tmp_path: Path) -> None:
    """Markup, control characters, emoji, right-to-left and 100,000 characters never break it."""
    content, sessions = demo_programme(BLANK, language="en", now=time.time())
    hostile = " ".join(HOSTILE.values())
    content.apply([ProgrammePut(replace(content.programme, title=HOSTILE["markup"], goal=HUGE))])
    idea = content.ideas[0]
    content.apply([ProgrammePut(replace(idea, title=hostile))])
    content.apply(move_idea_ops(content, idea.id, "stopped", now=time.time(), why=HUGE[:5000]))
    path = tmp_path / "hostile.pdf"
    write_programme_pdf(content, sessions, path)
    text = kit.squeeze(kit.pdf_text(path))
    assert kit.squeeze("<b>bold</b>") in text
    assert "exploit" in text
    assert not (tmp_path / "pwned").exists()
    assert len(PdfReader(path).pages) > 20  # the huge goal paginates


def test_an_empty_programme_still_makes_a_record(kit: Kit, tmp_path: Path) -> None:
    """No sessions, no ideas: the record says so instead of failing."""
    content = new_programme("Tomt program", now=time.time())
    path = tmp_path / "empty.pdf"
    write_programme_pdf(content, [], path)
    text = kit.squeeze(kit.pdf_text(path))
    texts = programme_texts("sv")
    for key in ("no_sessions", "no_ideas", "nothing_chosen", "nothing_in_use", "no_decisions"):
        assert kit.squeeze(texts[key]) in text
