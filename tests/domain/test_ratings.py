"""Ratings: setting and clearing values, badge labels, sorting, filtering and ranks."""

from __future__ import annotations

from n3desk.domain import ratings
from n3desk.domain.changes import Put, Remove
from n3desk.domain.entities import Criterion, Note, Rating

NYTT = Criterion("c1", "s", "Nytt")
NYTTIGT = Criterion("c2", "s", "Nyttigt")
NOTES = [Note("a", "b", created_at=1), Note("b", "b", created_at=2), Note("c", "b", created_at=3)]
VALUES = {"a": {"c1": 1, "c2": 3}, "b": {"c1": 3, "c2": 1}}


def test_rate_sets_changes_clamps_and_clears() -> None:
    """A value is put, changed, kept within the scale, left alone when equal, cleared by None."""
    (put,) = ratings.rate_ops([], "a", NYTT, 2)
    assert isinstance(put, Put)
    assert isinstance(put.record, Rating)
    assert put.record.value == 2
    existing = [put.record]
    (changed,) = ratings.rate_ops(existing, "a", NYTT, 9)
    assert isinstance(changed.record, Rating)
    assert changed.record.value == 3
    assert ratings.rate_ops(existing, "a", NYTT, 2) == []
    assert ratings.rate_ops(existing, "a", NYTT, None) == [Remove(put.record)]
    assert ratings.rate_ops([], "a", NYTT, None) == []


def test_short_labels() -> None:
    """Distinct initials are used as they are; N3's three N's are numbered."""
    assert ratings.short_labels(["Nytt", "Nyttigt", "Nyttiggjort"]) == ["N1", "N2", "N3"]
    assert ratings.short_labels(["desirable", "feasible", "viable"]) == ["D", "F", "V"]
    danish = ["Værdi for borgeren", "Gennemførlighed", "Nyhedsværdi", "Vej til drift"]
    assert ratings.short_labels(danish) == ["Væ", "Ge", "Ny", "Ve"]  # no "N3" beside N3
    assert ratings.short_labels(["", "x"]) == ["?", "X"]


def test_sort_by_criterion_total_and_votes() -> None:
    """Best first; unscored notes last; ties keep the older note first."""
    assert [n.id for n in ratings.sort_notes(NOTES, "c1", VALUES)] == ["b", "a", "c"]
    assert [n.id for n in ratings.sort_notes(NOTES, ratings.TOTAL, VALUES)] == ["a", "b", "c"]
    dots = {"c": 4, "a": 1}
    assert [n.id for n in ratings.sort_notes(NOTES, ratings.VOTES, VALUES, dots)] == ["c", "a", "b"]


def test_filter_and_ranks() -> None:
    """Filtering keeps scores at or above the minimum; equal scores share a rank."""
    assert [n.id for n in ratings.filter_notes(NOTES, "c2", 2, VALUES)] == ["a"]
    ranked = ratings.ranks(NOTES, ratings.TOTAL, VALUES)
    assert [(r, n.id, s) for r, n, s in ranked] == [(1, "a", 4), (1, "b", 4), (0, "c", None)]
    assert ratings.ratings_by_note([Rating("r", "a", "c1", 2)]) == {"a": {"c1": 2}}
