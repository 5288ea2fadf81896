"""Emoji and symbols in the PDF: set in the bundled Noto Emoji, embedded, and real text."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from n3desk.domain.entities import Board, Note, Participant, Stakeholder, new_id
from n3desk.domain.templates import BLANK, instantiate
from n3desk.domain.workshop import Workshop
from n3desk.report.pdf_summary import write_pdf


def emoji_workshop() -> Workshop:
    """Emoji in the title (footer), a note (list and picture), an author and a map name."""
    made = instantiate(BLANK, "Workshop 🌱", language="da", now=time.time())
    sid = made.session.id
    person = Participant(new_id(), sid, "Anne 🦊")
    board = Board(new_id(), sid, "Idéer 💡", 1)
    note = Note(new_id(), board.id, "Kaffe ☕ i opgangen", x=0, y=0, width=600, height=300,
                author_id=person.id)  # fmt: skip
    actor = Stakeholder(new_id(), sid, "Lægen 🩺", angle=40, radius=0.6)
    records = [r for r in made.records() if r.id != sid]
    session = replace(made.session, question="Hvordan 🤔?")
    return Workshop(session, [*records, person, board, note, actor])


def test_emoji_are_real_text_wherever_the_record_prints_them(kit: Any, tmp_path: Path) -> None:
    """Paragraphs, the board picture, the facts line, the map and the footer carry the emoji."""
    path = tmp_path / "emoji.pdf"
    write_pdf(emoji_workshop(), path)
    pages = [page.extract_text() or "" for page in PdfReader(path).pages]
    whole = "\n".join(pages)
    for expected in ("Hvordan 🤔?", "Idéer 💡", "Kaffe ☕ i opgangen", "Anne 🦊", "Lægen 🩺"):
        assert expected in whole, expected
    assert all("Workshop 🌱" in footer for footer in kit.footers(path))
    board_page = next(text for text in pages if "Tavle: Idéer" in text)
    assert board_page.count("Kaffe ☕ i opgangen") == 2  # in the picture and in the list
    assert "□" not in whole


def test_the_fallback_font_is_embedded_and_no_standard_font_named(kit: Any, tmp_path: Path) -> None:
    """Noto Emoji is in the file as an embedded subset beside DejaVu; no standard-14 font."""
    path = tmp_path / "emoji.pdf"
    write_pdf(emoji_workshop(), path)
    names = kit.base_fonts_in_file(path)
    assert "NotoEmoji-Regular" in names
    assert not names & kit.STANDARD_14
    fonts = kit.page_fonts(path)
    emoji = [f for f in fonts if str(f.get("/BaseFont", "")).endswith("NotoEmoji-Regular")]
    assert emoji
    assert all(kit.is_embedded(f) for f in emoji if f.get("/Subtype") != "/Type0")
