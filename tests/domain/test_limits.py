"""Limits and rules at the domain's edge: one table of limits, clean text, checked on apply."""

from __future__ import annotations

import time
import typing
from dataclasses import fields, replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from n3desk.domain.changes import IntegrityError, Put
from n3desk.domain.entities import (
    ENTITY_TYPES,
    Board,
    Criterion,
    Note,
    Rating,
    Stage,
    Vote,
    VotingRound,
    new_id,
)
from n3desk.domain.limits import (
    NOTE_CHARS,
    NUMBER_LIMITS,
    TEXT_LIMITS,
    LimitError,
    clean_text,
    record_problem,
)
from n3desk.domain.templates import BLANK, instantiate
from n3desk.domain.workshop import Workshop


def _workshop() -> Workshop:
    return instantiate(BLANK, "Gränser", language="sv", now=time.time())


def test_every_field_of_every_record_has_a_limit() -> None:
    """Each text field has a longest text (or is an id) and each number field a range."""
    for kind in ENTITY_TYPES:
        hints = typing.get_type_hints(kind)
        for f in fields(kind):
            allowed = set(typing.get_args(hints[f.name])) or {hints[f.name]}
            if allowed & {int, float}:
                assert f.name in NUMBER_LIMITS[kind], f"{kind.__name__}.{f.name}"
            elif str in allowed and not (f.name == "id" or f.name.endswith("_id")):
                assert f.name in TEXT_LIMITS[kind], f"{kind.__name__}.{f.name}"


@given(st.text())
def test_clean_text_can_always_be_stored(text: str) -> None:
    """Any string cleans to valid UTF-8, and cleaning it again changes nothing."""
    cleaned = clean_text(text)
    cleaned.encode("utf-8")
    assert clean_text(cleaned) == cleaned
    assert len(cleaned) == len(text)  # one character for each, nothing dropped


@pytest.mark.parametrize(
    "text",
    [
        "<b>fet</b> & <script>alert(1)</script>",
        "🎉 Idéer för äldreboendet 👵🏽",
        "مرحبا بالعالم",
        "שלום \u200f עולם",
        "rad ett\r\nrad två\tmed tabb, NUL\x00 och klocka\x07",
    ],
)
def test_hostile_text_is_kept_as_it_is(text: str) -> None:
    """Markup, emoji, right-to-left text and control characters are the person's text."""
    assert clean_text(text) == text


def test_a_lone_surrogate_becomes_the_replacement_character() -> None:
    """The one thing no file or database can store is replaced, not dropped."""
    assert clean_text("x\ud800y\udfff") == "x\ufffdy\ufffd"
    assert clean_text("🎉") == "🎉"  # a proper pair stays


def test_apply_refuses_a_text_past_its_limit_and_changes_nothing() -> None:
    """One character past the longest note: LimitError naming the field and the limit."""
    workshop = _workshop()
    before = list(workshop.records())
    board = workshop.boards[0].id
    fits = Note(new_id(), board, text="x" * NOTE_CHARS)
    too_long = Note(new_id(), board, text="x" * (NOTE_CHARS + 1))
    with pytest.raises(LimitError, match=r"note's text holds 100,001 characters.*100,000"):
        workshop.apply([Put(fits), Put(too_long)])
    assert list(workshop.records()) == before
    workshop.apply([Put(fits)])


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("stations", 10**9),
        ("station_minutes", -1),
        ("planned_minutes", 10**7),
        ("warning_seconds", float("nan")),
        ("position", 2**70),
    ],
)
def test_apply_refuses_a_number_out_of_range(field: str, value: object) -> None:
    """A rotation of a billion stations (and its kin) is refused before anything uses it."""
    workshop = _workshop()
    stage = Stage(new_id(), workshop.session.id, "Stationer", kind="rotation")
    with pytest.raises(LimitError, match=field.replace("_", " ")):
        workshop.apply([Put(replace(stage, **{field: value}))])  # type: ignore[arg-type]
    assert record_problem(stage) is None


def test_apply_keeps_the_rules_of_the_workshop() -> None:
    """Two ratings on one criterion, a vote across boards, a scale from 5 to 1: refused."""
    workshop = _workshop()
    board = workshop.boards[0]
    other = Board(new_id(), workshop.session.id, "Andra", position=5)
    note = Note(new_id(), board.id, "Idé")
    elsewhere = Note(new_id(), other.id, "Där borta")
    criterion = workshop.criteria[0]
    round_ = VotingRound(new_id(), board.id, "Omgång")
    rating = Rating(new_id(), note.id, criterion.id, 2)
    workshop.apply([Put(other), Put(note), Put(elsewhere), Put(round_), Put(rating)])
    before = list(workshop.records())
    refused = [
        Rating(new_id(), note.id, criterion.id, 3),
        Vote(new_id(), round_.id, elsewhere.id, None, 1),
        Criterion(new_id(), workshop.session.id, "Baklänges", low=5, high=1),
        Vote(new_id(), round_.id, note.id, None, -2),
    ]
    for record in refused:
        with pytest.raises(IntegrityError):
            workshop.apply([Put(record)])
        assert list(workshop.records()) == before
    workshop.apply([Put(replace(rating, value=3))])  # the same rating, changed: fine
