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


def test_each_participant_rates_on_their_own_and_the_note_shows_the_mean() -> None:
    """A participant's rating is theirs alone; several give a mean to one decimal."""
    (anna,) = ratings.rate_ops([], "a", NYTT, 3, "anna")
    assert isinstance(anna.record, Rating)
    assert anna.record.participant_id == "anna"
    (bo,) = ratings.rate_ops([anna.record], "a", NYTT, 2, "bo")  # a new record, Anna's kept
    assert isinstance(bo.record, Rating)
    assert bo.record.id != anna.record.id
    (again,) = ratings.rate_ops([anna.record, bo.record], "a", NYTT, 1, "anna")
    assert isinstance(again.record, Rating)
    assert again.record.id == anna.record.id
    cecilia = Rating("r3", "a", "c1", 2, "cecilia")
    shown = ratings.summaries([anna.record, bo.record, cecilia])["a"]["c1"]
    assert shown == ratings.Shown(2.3, 3, own=False, room=2.3)  # (3 + 2 + 2) / 3
    assert ratings.ratings_by_note([anna.record, bo.record]) == {"a": {"c1": 2.5}}
    whole = ratings.ratings_by_note([anna.record, Rating("r4", "a", "c1", 1, "bo")])
    assert whole == {"a": {"c1": 2}}
    assert isinstance(whole["a"]["c1"], int)  # a whole mean reads "2", as one rating does


def test_the_facilitators_own_value_stands_for_the_note() -> None:
    """With her own value set, it is shown; clearing it shows the participants' mean again."""
    own = Rating("own", "a", "c1", 1)
    phones = [Rating("p1", "a", "c1", 3, "anna"), Rating("p2", "a", "c1", 2, "bo")]
    assert ratings.summaries([own, *phones])["a"]["c1"] == ratings.Shown(1, 2, own=True, room=2.5)
    assert ratings.rate_ops([own, *phones], "a", NYTT, None) == [Remove(own)]
    assert ratings.ratings_by_note(phones) == {"a": {"c1": 2.5}}
    assert ratings.summaries([own])["a"]["c1"] == ratings.Shown(1, 0, own=True, room=None)


def test_means_sort_and_filter_like_whole_values() -> None:
    """A mean of 2.5 sorts above 2 and below 3, and passes a minimum of 2."""
    values = {"a": {"c1": 2}, "b": {"c1": 2.5}, "c": {"c1": 3}}
    assert [n.id for n in ratings.sort_notes(NOTES, "c1", values)] == ["c", "b", "a"]
    assert [n.id for n in ratings.filter_notes(NOTES, "c1", 2.5, values)] == ["b", "c"]
