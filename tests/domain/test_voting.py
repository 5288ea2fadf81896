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
    assert voting.dot_ops(ROUND, votes, "c", "p", 1, 4).refused == voting.REFUSED_NO_DOTS_LEFT
    assert voting.remaining(ROUND, votes, "q", 4) == 3  # another participant is untouched


def test_taking_back_dots() -> None:
    """Shift+click takes a dot back; the last one removes the vote; none to take is refused."""
    votes = [Vote("v", "r", "a", None, 1)]
    result = voting.dot_ops(ROUND, votes, "a", None, -1, 0)
    assert result.ops == [Remove(votes[0])]
    assert voting.dot_ops(ROUND, [], "a", None, -1, 0).refused == voting.REFUSED_NOTHING_TO_TAKE


def test_the_room_shares_everyones_dots() -> None:
    """Dots for the room are limited to all participants' dots together, or unlimited."""
    assert voting.budget(ROUND, None, 4) == 12
    assert voting.note_cap(ROUND, None, 4) == 8
    assert voting.budget(ROUND, None, 0) is None
    assert voting.remaining(ROUND, [], None, 0) is None


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
    """Whatever is clicked, nobody exceeds their dots or the cap, and no count goes negative."""
    votes: list[Vote] = []
    for note_id, who, delta in clicks:
        votes = apply(votes, voting.dot_ops(ROUND, votes, note_id, who, delta, 2))
    tally = voting.tally(votes)
    for who in ("p", "q", None):
        limit = voting.budget(ROUND, who, 2)
        assert limit is not None
        assert tally.per_participant.get(who, 0) <= limit
    assert all(0 < v.dots <= (voting.note_cap(ROUND, v.participant_id, 2) or 99) for v in votes)
    assert len({(v.note_id, v.participant_id) for v in votes}) == len(votes)
    assert all(v.id for v in votes)
