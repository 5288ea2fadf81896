"""The note palette stays readable on a projector; the N3 card knows what to work on next."""

from __future__ import annotations

import pytest

from n3desk.domain.entities import Foundation
from n3desk.domain.n3card import FOUNDATION_KEYS, foundation_text, work_on_next
from n3desk.domain.palette import NOTE_COLOURS, NOTE_TEXT, colour_for_key, contrast_ratio


@pytest.mark.parametrize("name", list(NOTE_COLOURS))
def test_every_note_colour_has_readable_text(name: str) -> None:
    """Dark note text has a WCAG contrast of at least 4.5:1 on every note colour."""
    assert contrast_ratio(NOTE_COLOURS[name], NOTE_TEXT) >= 4.5


def test_keys_one_to_six_pick_six_distinct_colours() -> None:
    """Keys 1–6 map onto the six palette colours in order."""
    assert [colour_for_key(i) for i in range(1, 7)] == list(NOTE_COLOURS)


def test_contrast_extremes() -> None:
    """Black on white is 21:1 and a colour on itself 1:1."""
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)


@pytest.mark.parametrize("language", ["sv", "en", "nb", "da", "fi"])
def test_every_foundation_has_name_and_question(language: str) -> None:
    """Each foundation has a name and a guiding question; unknown languages fall back."""
    for key in FOUNDATION_KEYS:
        text = foundation_text(key, language)
        assert text.name
        assert text.question.endswith("?")


def test_work_on_next_prefers_unrated_then_weakest() -> None:
    """Unrated foundations come first, then the lowest rated; strong ones are left out."""
    ratings = {"behov": 5, "losning": 2, "drivkraft": None, "team": 4, "forankring": 1}
    card = [Foundation(k, "s", k, r) for k, r in ratings.items()]
    assert [f.key for f in work_on_next(card, count=3)] == ["drivkraft", "forankring", "losning"]
