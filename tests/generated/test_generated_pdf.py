"""The PDF record of generated workshops: every word on its page and apart from the others.

The record is written as the app writes it, then read back with pdfplumber: no word
runs past the page's edge, no two words are printed on top of each other (two names on
the map, a name in a sector title), and the stakeholder map's names are whole. The
pages are kept as pictures when a check fails (pdftoppm, where it is installed).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pytest

from n3desk.report.pdf_summary import write_pdf

from .workshops import generate

OVERLAP_PT = 1.0  # words sharing less than this in either direction only touch


def _overlaps(words: list[dict[str, float | str]]) -> list[str]:
    problems = []
    boxes = [
        (w, float(w["x0"]), float(w["top"]), float(w["x1"]), float(w["bottom"])) for w in words
    ]
    boxes.sort(key=lambda b: b[1])
    for i, (a, ax0, at, ax1, ab) in enumerate(boxes):
        for b, bx0, bt, bx1, bb in boxes[i + 1 :]:
            if bx0 >= ax1 - OVERLAP_PT:
                break  # sorted by left edge: nothing further right can overlap ``a``
            wide = min(ax1, bx1) - max(ax0, bx0)
            high = min(ab, bb) - max(at, bt)
            if wide > OVERLAP_PT and high > OVERLAP_PT:
                problems.append(f"{str(a['text'])[:25]!r} overlaps {str(b['text'])[:25]!r}")
    return problems


def _keep_pages(pdf: Path, folder: Path) -> None:
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", str(pdf), str(folder / "page")],
            check=False, timeout=120,
        )  # fmt: skip


def test_pdf_words_stay_on_the_page_and_apart(
    seed: int, tmp_path: Path, render_folder: Path
) -> None:
    """No word of the record leaves its page or is printed over another word."""
    workshop = generate(seed, tmp_path)
    pdf = render_folder / "record.pdf"
    write_pdf(workshop, pdf)
    problems: list[str] = []
    with pdfplumber.open(pdf) as document:
        assert document.pages, "the record has no pages"
        for number, page in enumerate(document.pages, start=1):
            words = page.extract_words(use_text_flow=True, keep_blank_chars=False)
            for word in words:
                if word["x0"] < -0.5 or word["x1"] > page.width + 0.5:
                    problems.append(f"page {number}: {word['text'][:25]!r} runs off the page")
            problems += [f"page {number}: {p}" for p in _overlaps(words)]
    if problems:
        _keep_pages(pdf, render_folder)
    assert problems == [], "\n".join(problems[:60])


@pytest.mark.parametrize("language", ["sv", "en", "nb", "da"])
def test_pdf_speaks_the_session_language(language: str, tmp_path: Path) -> None:
    """A record in one language carries none of the other languages' fixed texts."""
    from n3desk.report.pdf_texts import report_texts

    seed = {"sv": 0, "en": 1, "nb": 2, "da": 3}[language]
    workshop = generate(seed, tmp_path)
    assert workshop.session.language == language
    pdf = tmp_path / "record.pdf"
    write_pdf(workshop, pdf)
    with pdfplumber.open(pdf) as document:
        text = "\n".join(page.extract_text() or "" for page in document.pages)
    own = report_texts(language)
    foreign = []
    for other in ("sv", "en", "nb", "da"):
        if other == language:
            continue
        for key, phrase in report_texts(other).items():
            fixed = phrase.split("{")[0].strip()
            if len(fixed) < 6 or fixed == own[key].split("{")[0].strip():
                continue
            if re.search(rf"(?<!\w){re.escape(fixed)}(?!\w)", text):
                foreign.append(f"{other} {key}: {fixed!r}")
    assert foreign == []
