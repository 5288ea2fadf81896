"""The PDF's map, read back with pdfplumber: every name whole, no text over another."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pdfplumber
import pytest

from n3desk.domain.changes import Put
from n3desk.domain.templates import BLANK, instantiate
from n3desk.domain.workshop import Workshop
from n3desk.report.map_layout import covered, plan_map
from n3desk.report.pdf_summary import write_pdf

from ..map_samples import LANGUAGES, sample_map  # noqa: TID252 - the shared generator

PICTURE_TEXT = 7.8  # points: the picture's texts are smaller than any table's (8.5)
CASES = [(1, 0), (14, 8), (25, 15), (40, 30)]


def generated(actors: int, relations: int, language: str, seed: int) -> Workshop:
    workshop = instantiate(BLANK, "Kortet", language=language, now=time.time())
    people, links = sample_map(
        workshop.session.id, actors=actors, relations=relations, language=language, seed=seed
    )
    workshop.apply([Put(r) for r in (*people, *links)])
    return workshop


def picture_words(path: Path) -> list[dict[str, object]]:
    """The words drawn in the map's picture (on the first page that has any)."""
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            words = page.extract_words(x_tolerance=1, extra_attrs=["size"])
            small = [w for w in words if float(w["size"]) < PICTURE_TEXT]
            if small:
                return small
    return []


def overlapping(words: list[dict[str, object]]) -> list[tuple[str, str]]:
    def box(w: dict[str, object]) -> tuple[float, float, float, float]:
        return (float(w["x0"]), float(w["top"]), float(w["x1"]), float(w["bottom"]))  # type: ignore[arg-type]

    found = []
    for n, a in enumerate(words):
        ax0, at, ax1, ab = box(a)
        for b in words[n + 1 :]:
            bx0, bt, bx1, bb = box(b)
            w = min(ax1, bx1) - max(ax0, bx0)
            h = min(ab, bb) - max(at, bt)
            if w > 0.4 and h > 0.4:
                found.append((str(a["text"]), str(b["text"])))
    return found


@pytest.mark.parametrize(("actors", "relations"), CASES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_name_is_whole_and_no_word_covers_another(
    tmp_path: Path, actors: int, relations: int, language: str
) -> None:
    """On the printed map every name's words are there, nothing is cut, no word overlaps."""
    workshop = generated(actors, relations, language, seed=actors + len(language))
    path = tmp_path / "map.pdf"
    write_pdf(workshop, path, sections=["map"])
    words = picture_words(path)
    texts = Counter(str(w["text"]) for w in words)
    assert not [t for t in texts if "…" in t]
    wanted = Counter(word for s in workshop.stakeholders for word in s.name.split())
    assert wanted - texts == Counter()
    assert overlapping(words) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_plan_names_everyone_and_covers_nothing(language: str) -> None:
    """The layout itself: each of forty actors named beside its marker or in the key,
    no two texts (names, numbers, key, titles, relation labels) over each other."""
    workshop = generated(40, 30, language, seed=9)
    plan = plan_map(workshop, 481.0, 430.0)
    assert plan.unnamed(workshop) == []
    assert covered(plan) == []
    for sid in plan.key:
        assert sid in plan.numbers  # the key's number stands beside the marker


@pytest.mark.parametrize("citizen", ["Digital Forebyggelse", "Maj-Britt Andersson, 81 år, Ski"])
def test_the_citizens_name_is_whole_in_the_centre(tmp_path: Path, citizen: str) -> None:
    """The name in the centre disc is set smaller and on up to three lines, never cut."""
    workshop = generated(14, 8, "da", seed=3)
    session = replace(workshop.session, persona_name=citizen)
    workshop = Workshop(session, [r for r in workshop.records() if r.id != session.id])
    path = tmp_path / "map.pdf"
    write_pdf(workshop, path, sections=["map"])
    words = picture_words(path)
    assert not [w for w in words if "…" in str(w["text"])]
    drawn = {str(w["text"]) for w in words}
    assert set(citizen.split()) <= drawn
