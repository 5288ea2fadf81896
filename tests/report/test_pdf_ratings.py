"""The record shows each note's rating: the facilitator's own, or the phones' mean and count."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from n3desk.domain.demo import build_demo
from n3desk.domain.entities import Rating, new_id
from n3desk.domain.workshop import Workshop
from n3desk.report.pdf_summary import write_pdf

Kit = Any  # the PdfKit class of conftest.py


def _rated_from_phones(language: str) -> tuple[Workshop, str, str]:
    """The demo with one unrated idea rated 3, 2, 2 by three participants, and one
    already rated by the facilitator also rated by two participants."""
    demo = build_demo(language, time.time())
    rated = {r.note_id for r in demo.all(Rating)}
    criterion = demo.criteria[0]
    notes = [n for b in demo.boards for n in demo.notes_on(b.id) if not n.hidden]
    free = next(n for n in notes if n.id not in rated)
    own = next(r for r in demo.all(Rating) if r.criterion_id == criterion.id)
    people = demo.participants
    extra = [
        Rating(new_id(), free.id, criterion.id, value, person.id)
        for value, person in zip((3, 2, 2), people, strict=False)
    ] + [
        Rating(new_id(), own.note_id, criterion.id, criterion.low, person.id)
        for person in people[:2]
    ]
    workshop = Workshop(demo.session, [*demo.records(), *extra])
    return workshop, criterion.name, f"{criterion.name} {own.value}/{criterion.high}"


@pytest.mark.parametrize(
    ("language", "mean"),
    [("sv", "{name} 2,3/{high} (medel av 3)"), ("en", "{name} 2.3/{high} (mean of 3)")],
)
def test_a_note_rated_from_phones_shows_the_mean_and_how_many_rated(
    kit: Kit, tmp_path: Path, language: str, mean: str
) -> None:
    """Three phones' 3, 2, 2 read "2,3/3 (medel av 3)"; the facilitator's own value stays as is."""
    workshop, name, own = _rated_from_phones(language)
    high = workshop.criteria[0].high
    path = tmp_path / "record.pdf"
    write_pdf(workshop, path, language=language, sections=["boards"])
    text = kit.squeeze(kit.pdf_text(path))
    assert kit.squeeze(mean.format(name=name, high=high)) in text
    assert kit.squeeze(own) in text
