"""Fixtures of the report tests: hostile workshops and PDF readers."""

from __future__ import annotations

import re
import time
from dataclasses import fields, replace
from pathlib import Path
from typing import TypeVar

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from n3desk.domain.entities import (
    Board,
    Criterion,
    Decision,
    Entity,
    Frame,
    Note,
    Participant,
    Rating,
    Relation,
    Stage,
    Stakeholder,
    TimerEvent,
    Vote,
    VotingRound,
    new_id,
)
from n3desk.domain.templates import BLANK, instantiate
from n3desk.domain.workshop import Workshop

E = TypeVar("E", bound=Entity)

STANDARD_14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique",
    "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique",
    "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats",
}  # fmt: skip

CVE_PAYLOAD = (
    "<para><font color=\"[ [ getattr(pow,Word('__globals__'))['os'].system('touch pwned') "
    "for Word in [orgTypeFun('Word', (str,), { 'mutated': 1, 'startswith': lambda self, x: "
    "False, '__eq__': lambda self,x: self.mutate() and self.mutated < 0 and str(self) == x, "
    "'mutate': lambda self: {setattr(self, 'mutated', self.mutated - 1)}, '__hash__': lambda "
    "self: hash(str(self)) })] ] and 'red'\">exploit</font></para>"
)

HOSTILE: dict[str, str] = {
    "markup": "<b>bold</b> & <i>italic</i> &amp; &lt;",
    "unclosed": "<para><font name='Courier'>never closed <u>",
    "img": '<img src="/etc/passwd" width="100" height="100"/> <a href="file:///etc">x</a>',
    "cve": CVE_PAYLOAD,
    "controls": "bell\x07 null\x00 escape\x1b[31m tab\tform\x0cfeed\rreturn\x7fdel\x85",
    "rtl": "مرحبا بالعالم שלום עולם",
    "emoji": "Bra jobbat ☺ ★ ✓ 👍🏽 🎉 👩‍👩‍👧",
    "cjk": "你好，世界 こんにちは 안녕하세요",
    "bidi_override": "abc\u202edcba\u202c \u200b\ufeff end",
    "long_word": "x" * 3000,
}

HUGE = ("Lång text utan slut. " * 5000)[:100_000]

# Text fields that are not free text: ids, codes and formats the domain checks.
NOT_FREE_TEXT = {"id", "colour", "language", "template_id", "state", "key", "date",
                 "start_time", "persona_image", "method_id"}  # fmt: skip


def every_field_workshop(text: str) -> Workshop:
    """A workshop with ``text`` in every free-text field of every kind of record.

    Made from the Roskilde template (agenda, boards, frames, criteria, map sectors and
    rings), with a participant, notes, a round, ratings, stakeholders, a relation, a
    decision and a timer log added; then every string field that holds what a person
    typed (not ids, colours, dates or codes; a relation's own kind included) is ``text``.
    """
    from n3desk.resources import resource
    from n3desk.store.template_files import load_template_file

    template = load_template_file(resource("templates", "roskilde.json"), builtin=True)
    now = time.time()
    made = instantiate(template, "t", language="sv", now=now)
    sid = made.session.id
    records: list[Entity] = [r for r in made.records() if r.id != sid]
    person = Participant(new_id(), sid, "p", "p")
    board = next(r for r in records if isinstance(r, Board))
    frame = next(r for r in records if isinstance(r, Frame) and r.board_id == board.id)
    notes = [Note(new_id(), board.id, "n", x=i * 180.0, frame_id=frame.id if i else None,
                  author_id=person.id, created_at=now + i) for i in range(3)]  # fmt: skip
    voting = VotingRound(new_id(), board.id, "r", state="revealed")
    criteria = [r for r in records if isinstance(r, Criterion)]
    people = [Stakeholder(new_id(), sid, "s", angle=i * 50.0) for i in range(3)]
    stage = next(r for r in records if isinstance(r, Stage))
    records += [person, *notes, voting, Vote(new_id(), voting.id, notes[0].id, None, 2), *people,
                *(Rating(new_id(), notes[0].id, c.id, 1) for c in criteria),
                Relation(new_id(), sid, people[0].id, people[1].id, "own", "l"),
                Decision(new_id(), sid, "d", now),
                TimerEvent(new_id(), sid, stage.id, "start", now),
                TimerEvent(new_id(), sid, stage.id, "end", now + 60)]  # fmt: skip
    filled = [_filled(r, text) for r in records]
    return Workshop(_filled(made.session, text), filled)


def _filled(record: E, text: str) -> E:
    changes = {
        f.name: text
        for f in fields(record)
        if f.type in ("str", str)
        and f.name not in NOT_FREE_TEXT
        and not f.name.endswith("_id")
        and not (f.name == "kind" and not isinstance(record, Relation))
    }
    return replace(record, **changes)  # type: ignore[arg-type]


def hostile_workshop(*, notes_per_board: int = 0, huge: bool = True) -> Workshop:
    """A session with every hostile text in titles, notes, map names and instructions."""
    now = time.time()
    made = instantiate(BLANK, "Hostile <b>title</b> & " + CVE_PAYLOAD, language="sv", now=now)
    sid = made.session.id
    session = replace(
        made.session,
        question=HOSTILE["markup"] + " " + HOSTILE["img"],
        place=HOSTILE["unclosed"],
        facilitator=HOSTILE["rtl"],
        persona_name=HOSTILE["emoji"],
        persona_description=HOSTILE["cve"],
    )
    records: list[Entity] = [r for r in made.records() if r.id != sid]
    board = Board(new_id(), sid, "Tavla " + HOSTILE["markup"], 5)
    frame = Frame(new_id(), board.id, HOSTILE["unclosed"], 0, 0, 800, 400)
    records += [board, frame]
    texts = list(HOSTILE.values()) + ([HUGE] if huge else [])
    notes = [
        Note(new_id(), board.id, text, "pink", 20 + 180 * (i % 4), 60 + 140 * (i // 4),
             frame_id=frame.id if i % 2 else None, created_at=now + i)
        for i, text in enumerate(texts)
    ]  # fmt: skip
    notes += [
        Note(new_id(), board.id, f"Idé nummer {i}", "blue", (i % 50) * 180.0,
             600 + (i // 50) * 140.0, created_at=now + 100 + i)
        for i in range(notes_per_board)
    ]  # fmt: skip
    records += notes
    voting = VotingRound(new_id(), board.id, HOSTILE["img"], state="revealed")
    records += [voting, Vote(new_id(), voting.id, notes[0].id, None, 3)]
    people = [
        Stakeholder(new_id(), sid, text[:500], role=text, angle=(i * 37.0) % 360,
                    radius=0.3 + (i % 5) * 0.12)
        for i, text in enumerate(HOSTILE.values())
    ]  # fmt: skip
    records += people
    records.append(Relation(new_id(), sid, people[0].id, people[1].id, HOSTILE["cve"][:200],
                            HOSTILE["markup"], directed=True))  # fmt: skip
    stage = Stage(new_id(), sid, HOSTILE["cve"], 10, instructions=HOSTILE["img"] + HOSTILE["cjk"])
    records += [stage, TimerEvent(new_id(), sid, stage.id, "start", now)]
    records.append(Decision(new_id(), sid, HOSTILE["controls"] + HOSTILE["rtl"], now))
    return Workshop(session, records)


def squeeze(text: str) -> str:
    """Text without any whitespace (PDF extraction breaks lines where the layout did)."""
    return "".join(text.split())


def pdf_text(path: Path) -> str:
    """All the text of a PDF, pages joined, without the footers.

    The footer (session name, "page x of y") is drawn last on each page, so it is
    the last two lines of the page's text; without it a note that runs over pages
    reads back in one piece.
    """
    pages = [(page.extract_text() or "").splitlines() for page in PdfReader(path).pages]
    return "\n".join("\n".join(lines[:-2]) for lines in pages)


def footers(path: Path) -> list[str]:
    """The footer of every page (its last two lines of text)."""
    pages = [(page.extract_text() or "").splitlines() for page in PdfReader(path).pages]
    return ["\n".join(lines[-2:]) for lines in pages]


def base_fonts_in_file(path: Path) -> set[str]:
    """Every /BaseFont named anywhere in the file, used or not, without subset prefix."""
    names = re.findall(rb"/BaseFont\s*/([^\s/<>\[\]()]+)", path.read_bytes())
    return {n.decode("latin-1").split("+")[-1] for n in names}


def page_fonts(path: Path) -> list[DictionaryObject]:
    """The font dictionaries the pages use (descendants of composite fonts included)."""
    found: list[DictionaryObject] = []
    for page in PdfReader(path).pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources is not None else None
        for ref in (fonts.get_object() if fonts is not None else {}).values():
            font = ref.get_object()
            found.append(font)
            for descendant in font.get("/DescendantFonts", []):
                found.append(descendant.get_object())
    return found


def is_embedded(font: DictionaryObject) -> bool:
    """Whether a simple or descendant font carries its font program."""
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    d = descriptor.get_object()
    return any(key in d for key in ("/FontFile", "/FontFile2", "/FontFile3"))


class PdfKit:
    """The helpers above, handed to tests as a fixture (test modules cannot import them)."""

    HOSTILE = HOSTILE
    HUGE = HUGE
    STANDARD_14 = STANDARD_14
    hostile_workshop = staticmethod(hostile_workshop)
    every_field_workshop = staticmethod(every_field_workshop)
    squeeze = staticmethod(squeeze)
    pdf_text = staticmethod(pdf_text)
    footers = staticmethod(footers)
    base_fonts_in_file = staticmethod(base_fonts_in_file)
    page_fonts = staticmethod(page_fonts)
    is_embedded = staticmethod(is_embedded)


@pytest.fixture(scope="session")
def kit() -> type[PdfKit]:
    """Hostile workshops and PDF readers for the PDF tests."""
    return PdfKit
