"""Layout of the record on real workshop content, read back as word boxes with pdfplumber."""

from __future__ import annotations

import itertools
import time
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from n3desk.domain.entities import (
    Board,
    Entity,
    Frame,
    Note,
    Stage,
    TimerEvent,
    Vote,
    VotingRound,
    new_id,
)
from n3desk.domain.templates import instantiate
from n3desk.domain.workshop import Workshop
from n3desk.report.pdf_styles import MARGIN
from n3desk.report.pdf_summary import write_pdf
from n3desk.report.pdf_texts import LANGUAGES, report_texts
from n3desk.resources import resource
from n3desk.store.template_files import load_template_file


def roskilde(language: str, *extra: Entity) -> Workshop:
    """A session from the Roskilde template whose first stage ran and the rest did not."""
    template = load_template_file(resource("templates", "roskilde.json"), builtin=True)
    now = time.time()
    made = instantiate(template, "Roskilde", language=language, now=now)
    first = min((r for r in made.records() if isinstance(r, Stage)), key=lambda s: s.position)
    ran = [
        TimerEvent(new_id(), made.session.id, first.id, "start", now - 900),
        TimerEvent(new_id(), made.session.id, first.id, "end", now),
    ]
    records = [r for r in made.records() if r.id != made.session.id]
    return Workshop(made.session, [*records, *ran, *extra])


def words_by_page(path: Path) -> list[tuple[float, list[dict[str, Any]]]]:
    """Each page's width and its words with their boxes."""
    with pdfplumber.open(path) as pdf:
        return [(float(page.width), page.extract_words()) for page in pdf.pages]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_word_runs_past_the_right_margin(tmp_path: Path, language: str) -> None:
    """Every word, "ikke gennemført" in its agenda column included, ends inside the margin."""
    path = tmp_path / f"{language}.pdf"
    write_pdf(roskilde(language), path, sections=["agenda", "map", "n3card"])
    not_run = report_texts(language)["not_run"].split()[-1]
    seen = 0
    for width, words in words_by_page(path):
        for word in words:
            assert word["x1"] <= width - MARGIN + 0.5, word["text"]
            seen += word["text"] == not_run
    assert seen >= 5  # the stages that never ran, each with its word whole in the column


def test_empty_boards_take_a_few_lines_each(tmp_path: Path) -> None:
    """Six empty boards (template frames, no notes) share one page, each saying it is empty."""
    path = tmp_path / "empty.pdf"
    workshop = roskilde("da")
    write_pdf(workshop, path, sections=["boards"])
    pages = words_by_page(path)
    assert len(pages) == 1
    text = " ".join(w["text"] for w in pages[0][1])
    assert text.count(report_texts("da")["no_notes"]) == len(workshop.boards) == 6
    assert "Symptom" in text  # the frames are named, not drawn empty


def test_a_long_row_of_notes_is_drawn_in_strips_with_readable_text(tmp_path: Path) -> None:
    """40 notes in one row (as Tab used to make them) show their text at 6 pt or more."""
    base = roskilde("sv")
    board = Board(new_id(), base.session.id, "Rad", 9)
    notes = [
        Note(new_id(), board.id, f"Lapp{i:02d}", x=i * 180.0, y=0, created_at=float(i))
        for i in range(40)
    ]
    others = [r for r in base.records() if r.id != base.session.id]
    workshop = Workshop(base.session, [*others, board, *notes])
    path = tmp_path / "row.pdf"
    write_pdf(workshop, path, sections=["boards"])
    sizes: dict[str, list[float]] = {}
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for word in page.extract_words(extra_attrs=["size"]):
                if word["text"].startswith("Lapp"):
                    sizes.setdefault(word["text"], []).append(float(word["size"]))
    assert sorted(sizes) == [f"Lapp{i:02d}" for i in range(40)]
    for found in sizes.values():
        assert len(found) == 2  # once in the picture, once in the list
        assert min(found) >= 5.9


def test_a_rank_of_three_digits_stays_clear_of_the_note(tmp_path: Path) -> None:
    """Ranks 100 and beyond are set smaller in the indent, never over the note's text."""
    base = roskilde("sv")
    board = Board(new_id(), base.session.id, "Många", 9)
    notes = [
        Note(new_id(), board.id, f"Idé{i:03d}", x=(i % 10) * 180.0, y=(i // 10) * 140.0)
        for i in range(120)
    ]
    voting = VotingRound(new_id(), board.id, "Runda", state="revealed")
    votes = [Vote(new_id(), voting.id, n.id, None, 200 - i) for i, n in enumerate(notes)]
    others = [r for r in base.records() if r.id != base.session.id]
    workshop = Workshop(base.session, [*others, board, *notes, voting, *votes])
    path = tmp_path / "ranks.pdf"
    write_pdf(workshop, path, sections=["boards"])
    found = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            words = page.extract_words(x_tolerance=0.5)
            for rank, text in itertools.pairwise(words):
                if (rank["text"], text["text"]) in (("100.", "Idé099"), ("120.", "Idé119")):
                    assert rank["x1"] <= text["x0"] - 1, (rank, text)
                    found += 1
    assert found == 2


def test_a_notes_words_stay_clear_of_its_dot_badge(tmp_path: Path) -> None:
    """A voted note's text wraps short of the badge in its corner: no word under the number."""
    base = roskilde("en")
    board = Board(new_id(), base.session.id, "Voted", 9)
    notes = [
        Note(new_id(), board.id, "library access library digital prevention", x=i * 180.0, y=0)
        for i in range(3)
    ]
    voting = VotingRound(new_id(), board.id, "Round", state="revealed")
    votes = [Vote(new_id(), voting.id, n.id, None, 7) for n in notes]
    others = [r for r in base.records() if r.id != base.session.id]
    workshop = Workshop(base.session, [*others, board, *notes, voting, *votes])
    path = tmp_path / "badges.pdf"
    write_pdf(workshop, path, sections=["boards"])
    badges = 0
    for _, words in words_by_page(path):
        numbers = [w for w in words if w["text"] == "7"]
        badges += len(numbers)
        for number in numbers:
            for word in words:
                if word is number:
                    continue
                apart = (
                    word["x1"] <= number["x0"] or number["x1"] <= word["x0"]
                    or word["bottom"] <= number["top"] or number["bottom"] <= word["top"]
                )  # fmt: skip
                assert apart, (word["text"], number)
    assert badges == 6  # three badges on the picture, three "7 votes" in the list


def test_a_frame_is_drawn_whole_below_its_title(tmp_path: Path) -> None:
    """The picture reaches the frame's bottom edge: the title's band does not cut it off."""
    base = roskilde("en")
    board = Board(new_id(), base.session.id, "Framed", 9)
    frame = Frame(new_id(), board.id, "Group", x=0, y=300, width=600, height=400)
    note = Note(new_id(), board.id, "Top", x=0, y=0)
    others = [r for r in base.records() if r.id != base.session.id]
    workshop = Workshop(base.session, [*others, board, frame, note])
    path = tmp_path / "frame.pdf"
    write_pdf(workshop, path, sections=["boards"])
    with pdfplumber.open(path) as pdf:
        page = next(p for p in pdf.pages if "Framed" in (p.extract_text() or ""))
        paper = max(page.rects, key=lambda r: r["width"] * r["height"])
        (drawn,) = page.curves  # the frame's rounded box
        assert paper["top"] < drawn["top"]
        assert drawn["bottom"] <= paper["bottom"] - 1
