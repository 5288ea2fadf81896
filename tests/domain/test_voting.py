"""Dot voting rules: tallies, limits per participant and per note, visibility, ranking."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from n3desk.domain import voting
from n3desk.domain.changes import Put, Remove
from n3desk.domain.entities import Note, Vote, VotingRound

ROUND = VotingRound("r", "b", "Omgång", votes_per_participant=3, max_dots_per_note=2)


def apply(votes: list[Vote], result: voting.DotResult) -> list[Vote]:
    by_id = {v.id: v for v in votes}
    for op in result.ops:
        assert isinstance(op.record, Vote)
        if isinstance(op, Put):
            by_id[op.record.id] = op.record
        else:
            del by_id[op.record.id]
    return list(by_id.values())


def test_tally_counts_per_note_participant_and_cell() -> None:
    """Dots add up per note, per participant and per note and participant."""
    votes = [Vote("1", "r", "a", "p", 2), Vote("2", "r", "a", "q", 1), Vote("3", "r", "b", "p", 1)]
    tally = voting.tally(votes)
    assert tally.per_note == {"a": 3, "b": 1}
    assert tally.per_participant == {"p": 3, "q": 1}
    assert tally.per_cell[("a", "p")] == 2
    assert tally.dots("zzz") == 0


def test_participant_budget_and_note_cap() -> None:
    """A participant gives at most their dots, at most the cap on one note."""
    votes: list[Vote] = []
    votes = apply(votes, voting.dot_ops(ROUND, votes, "a", "p", 1, 4))
    votes = apply(votes, voting.dot_ops(ROUND, votes, "a", "p", 1, 4))
    refused = voting.dot_ops(ROUND, votes, "a", "p", 1, 4)
    assert refused.refused == voting.REFUSED_NOTE_FULL
    assert refused.ops == []
    votes = apply(votes, voting.dot_ops(ROUND, votes, "b", "p", 1, 4))
    assert voting.remaining(ROUND, votes, "p", 4) == 0
    assert voting.dot_ops(ROUND, votes, "c", "p", 1, 4).refused == voting.REFUSED_VOTER_DONE
    assert voting.remaining(ROUND, votes, "q", 4) == 3  # another participant is untouched


def test_taking_back_dots() -> None:
    """Shift+click takes a dot back; the last one removes the vote; none to take is refused."""
    votes = [Vote("v", "r", "a", None, 1)]
    result = voting.dot_ops(ROUND, votes, "a", None, -1, 0)
    assert result.ops == [Remove(votes[0])]
    assert voting.dot_ops(ROUND, [], "a", None, -1, 0).refused == voting.REFUSED_NOTHING_TO_TAKE


def test_one_budget_for_the_round() -> None:
    """8 people × 3 dots: after 12 dots from 4 people, the round has 12 left, not 24."""
    votes: list[Vote] = []
    for person in ("p1", "p2", "p3", "p4"):
        for note_id in ("a", "b", "c"):
            votes = apply(votes, voting.dot_ops(ROUND, votes, note_id, person, 1, 8))
    budget = voting.budget_of(ROUND, votes, None, 8)
    assert (budget.used, budget.total, budget.left) == (12, 24, 12)
    assert voting.remaining(ROUND, votes, None, 8) == 12  # "not by name" draws on the same
    assert voting.remaining(ROUND, votes, "p1", 8) == 0
    assert voting.remaining(ROUND, votes, "p5", 8) == 3
    votes = apply(votes, voting.dot_ops(ROUND, votes, "d", None, 1, 8))
    assert voting.budget_of(ROUND, votes, "p5", 8).left == 11


def test_dots_not_by_name_and_by_name_never_exceed_the_budget() -> None:
    """Dots entered without names use up the round; a named person then gets none."""
    votes: list[Vote] = []
    for note_id in ("a", "a", "b", "b", "c", "c"):
        votes = apply(votes, voting.dot_ops(ROUND, votes, note_id, None, 1, 2))
    assert voting.budget_of(ROUND, votes, None, 2).left == 0
    assert voting.dot_ops(ROUND, votes, "d", None, 1, 2).refused == voting.REFUSED_NO_DOTS_LEFT
    assert voting.dot_ops(ROUND, votes, "d", "p", 1, 2).refused == voting.REFUSED_NO_DOTS_LEFT
    assert voting.remaining(ROUND, votes, "p", 2) == 0


def test_a_note_takes_at_most_its_share_from_everyone() -> None:
    """A note takes at most "most dots on one note" × participants, by name or not."""
    assert voting.note_cap(ROUND, 2) == 4
    votes = [Vote("1", "r", "a", None, 3)]
    votes = apply(votes, voting.dot_ops(ROUND, votes, "a", "p", 1, 2))
    assert voting.dot_ops(ROUND, votes, "a", "q", 1, 2).refused == voting.REFUSED_NOTE_FULL


def test_without_participants_the_round_only_counts() -> None:
    """No participants listed: no budget and no cap; the counter still counts."""
    assert voting.round_budget(ROUND, 0) is None
    assert voting.note_cap(ROUND, 0) is None
    assert voting.remaining(ROUND, [], None, 0) is None
    votes = [Vote("1", "r", "a", None, 40)]
    budget = voting.budget_of(ROUND, votes, None, 0)
    assert (budget.used, budget.left, budget.voter_left) == (40, None, None)
    assert voting.dot_ops(ROUND, votes, "a", None, 1, 0).refused is None


def test_closed_round_takes_no_dots_and_counts_show_only_when_revealed() -> None:
    """Only an open round takes dots; counts are visible only once revealed."""
    closed = replace(ROUND, state=voting.CLOSED)
    assert voting.dot_ops(closed, [], "a", "p", 1, 1).refused == voting.REFUSED_CLOSED
    assert not voting.counts_visible(ROUND)
    assert not voting.counts_visible(closed)
    assert voting.counts_visible(replace(ROUND, state=voting.REVEALED))
    assert not voting.counts_visible(None)
    assert voting.state_ops(ROUND, voting.REVEALED) == [Put(replace(ROUND, state=voting.REVEALED))]
    assert voting.state_ops(replace(ROUND, state=voting.REVEALED), voting.OPEN) == []


def test_ranking_shares_ranks_and_breaks_ties_by_age() -> None:
    """Equal dots share a rank; the older note comes first; notes without dots come last."""
    notes = [
        Note("n1", "b", created_at=3),
        Note("n2", "b", created_at=1),
        Note("n3", "b", created_at=2),
    ]
    votes = [Vote("1", "r", "n1", None, 2), Vote("2", "r", "n2", None, 2)]
    ranked = voting.ranking(notes, votes)
    assert [(r.rank, r.note.id, r.dots) for r in ranked] == [
        (1, "n2", 2),
        (1, "n1", 2),
        (3, "n3", 0),
    ]
    assert [n.id for n in voting.top_voted(notes, votes, 1)] == ["n2", "n1"]


def test_new_round_follows_the_others() -> None:
    """A new round is open, after the existing ones, with sane limits."""
    made = voting.new_round(
        "b", "Två", votes_per_participant=2, max_dots_per_note=5, existing=[ROUND], now=1.0
    )
    assert (made.state, made.position, made.max_dots_per_note) == (voting.OPEN, 1, 2)
    assert voting.latest_round([ROUND, made]) == made
    with pytest.raises(ValueError, match="at least one"):
        voting.new_round("b", "x", votes_per_participant=0, max_dots_per_note=1, existing=[], now=0)


@given(
    st.lists(
        st.tuples(
            st.sampled_from("abc"), st.sampled_from(["p", "q", None]), st.sampled_from([1, -1])
        ),
        max_size=40,
    )
)
def test_limits_always_hold(clicks: list[tuple[str, str | None, int]]) -> None:
    """Whatever is clicked, the round, each person and each note stay within their limits."""
    votes: list[Vote] = []
    for note_id, who, delta in clicks:
        votes = apply(votes, voting.dot_ops(ROUND, votes, note_id, who, delta, 2))
    tally = voting.tally(votes)
    assert sum(tally.per_note.values()) <= (voting.round_budget(ROUND, 2) or 0)
    for who in ("p", "q"):
        assert tally.per_participant.get(who, 0) <= ROUND.votes_per_participant
    assert all(n <= (voting.note_cap(ROUND, 2) or 0) for n in tally.per_note.values())
    assert all(0 < v.dots <= ROUND.max_dots_per_note for v in votes if v.participant_id is not None)
    assert all(v.dots > 0 for v in votes)
    assert len({(v.note_id, v.participant_id) for v in votes}) == len(votes)
    assert all(v.id for v in votes)
