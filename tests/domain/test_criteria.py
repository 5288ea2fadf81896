"""Editing criteria as operations: add, rename, remove with ratings, reorder, range, N3."""

from __future__ import annotations

from dataclasses import replace

import pytest

from n3desk.domain import criteria
from n3desk.domain.changes import Put
from n3desk.domain.entities import Criterion, Note, Rating, new_id
from n3desk.domain.templates import BLANK, CriterionSpec, instantiate
from n3desk.domain.workshop import Workshop

ROSKILDE_CRITERIA = (
    CriterionSpec({"da": "Værdi for borgeren", "sv": "Värde för borgaren"}),
    CriterionSpec({"da": "Gennemførlighed", "sv": "Genomförbarhet"}),
    CriterionSpec({"da": "Nyhedsværdi", "sv": "Nyhetsvärde"}),
    CriterionSpec({"da": "Vej til drift", "sv": "Väg till drift"}),
)


def roskilde(language: str = "da") -> Workshop:
    """A session rating on four criteria of its own, none of N3 (as Roskilde's template)."""
    template = replace(BLANK, id="roskilde", criteria=ROSKILDE_CRITERIA)
    return instantiate(template, "Politikerworkshop", language=language, now=1.0)


def rated(workshop: Workshop, values: list[int]) -> tuple[Criterion, list[Rating]]:
    """The first criterion, with one rated note per value."""
    first = workshop.criteria[0]
    board = workshop.boards[0]
    ops = []
    made = []
    for value in values:
        note = Note(new_id(), board.id, f"idé {value}")
        rating = Rating(new_id(), note.id, first.id, value)
        ops += [Put(note), Put(rating)]
        made.append(rating)
    workshop.apply(ops)
    return first, made


def test_the_n3_three_join_any_template() -> None:
    """Roskilde rates on four criteria of its own; the N3 three come after them, once."""
    workshop = roskilde()
    assert len(workshop.criteria) == 4
    assert criteria.missing_n3(workshop) == ["Nyt", "Nyttigt", "Nyttiggjort"]  # in Danish
    inverse = workshop.apply(criteria.n3_ops(workshop))
    names = [c.name for c in workshop.criteria]
    assert names[4:] == ["Nyt", "Nyttigt", "Nyttiggjort"]
    assert [(c.low, c.high, c.position) for c in workshop.criteria[4:]] == [
        (0, 3, 4),
        (0, 3, 5),
        (0, 3, 6),
    ]
    assert criteria.n3_ops(workshop) == []
    workshop.apply(inverse)
    assert len(workshop.criteria) == 4


def test_only_the_missing_n3_criteria_are_added() -> None:
    """A Danish session that has "nytt" (Swedish, or an older n3desk) gets only two more."""
    workshop = roskilde()
    ops, _made = criteria.add_ops(workshop, "  nytt ")
    workshop.apply(ops)
    assert criteria.missing_n3(workshop) == ["Nyttigt", "Nyttiggjort"]
    workshop.apply(criteria.n3_ops(workshop))
    assert [c.name for c in workshop.criteria][4:] == ["nytt", "Nyttigt", "Nyttiggjort"]
    english = roskilde("en")
    assert criteria.missing_n3(english) == ["New", "Useful", "Put to use"]


def test_add_rename_and_reorder() -> None:
    """A new criterion goes last; renaming cleans the name; moving renumbers them all."""
    workshop = roskilde("sv")
    ops, made = criteria.add_ops(workshop, "Kostnad\x00 \n för  kommunen", 1, 5)
    workshop.apply(ops)
    assert (made.name, made.low, made.high, made.position) == ("Kostnad för kommunen", 1, 5, 4)
    workshop.apply(criteria.rename_ops(made, "Kostnad"))
    assert workshop.criteria[-1].name == "Kostnad"
    assert criteria.rename_ops(workshop.criteria[-1], "Kostnad ") == []
    moving = workshop.criteria[-1]
    workshop.apply(criteria.move_ops(workshop, moving, 0))
    assert workshop.criteria[0].id == moving.id
    assert [c.position for c in workshop.criteria] == [0, 1, 2, 3, 4]


def test_bad_names_and_ranges_are_refused_with_a_reason() -> None:
    """No empty name, no reversed range or one past 0–10; a 100,000-character name is cut."""
    workshop = roskilde()
    with pytest.raises(criteria.CriterionError, match="needs a name"):
        criteria.add_ops(workshop, " \t\u200b")
    with pytest.raises(criteria.CriterionError, match="low below high"):
        criteria.add_ops(workshop, "Pris", 3, 3)
    with pytest.raises(criteria.CriterionError, match="0 to 10"):
        criteria.range_ops(workshop, workshop.criteria[0], 0, 11)
    _ops, long = criteria.add_ops(workshop, "x" * 100_000)
    assert len(long.name) == criteria.LONGEST_NAME


def test_removing_takes_the_ratings_and_undo_brings_them_back() -> None:
    """A removed criterion takes its ratings along; the inverse restores both."""
    workshop = roskilde()
    first, ratings_given = rated(workshop, [0, 2, 3])
    assert len(criteria.ratings_on(workshop, first)) == 3
    inverse = workshop.apply(criteria.remove_ops(workshop, first))
    assert first not in workshop.criteria
    assert workshop.all(Rating) == []
    assert [c.position for c in workshop.criteria] == [0, 1, 2]
    workshop.apply(inverse)
    assert workshop.criteria[0] == first
    assert sorted(r.id for r in workshop.all(Rating)) == sorted(r.id for r in ratings_given)


def test_a_narrower_range_moves_ratings_inside_and_back() -> None:
    """0–3 to 1–2: a 0 becomes 1 and a 3 becomes 2; the inverse gives them back."""
    workshop = roskilde()
    first, _given = rated(workshop, [0, 2, 3])
    assert [r.value for r in criteria.outside(workshop, first, 1, 2)] == [0, 3]
    inverse = workshop.apply(criteria.range_ops(workshop, first, 1, 2))
    assert (workshop.criteria[0].low, workshop.criteria[0].high) == (1, 2)
    assert sorted(r.value for r in workshop.all(Rating)) == [1, 2, 2]
    workshop.apply(inverse)
    assert sorted(r.value for r in workshop.all(Rating)) == [0, 2, 3]
    assert criteria.range_ops(workshop, workshop.criteria[0], 0, 3) == []
