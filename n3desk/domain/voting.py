"""Dot voting: tallies, one budget per round, what may be seen, and the ranking of notes.

**One budget per round** (see ``docs/voting.md``): a round's budget is the number of
participants × the dots each of them has. Every dot counts against it, whether the
facilitator enters it for a named participant or "not by name" (for the room, when
the paper dots are counted without names). So the facilitator reads one counter,
"9 of 12 dots used, 3 left", and entering per participant adds only each person's
own limit: at most their dots, and never more than the round has left. Likewise a
note takes at most "most dots on one note" from one person, and at most that times
the participants from everyone together. With no participants listed, the round
has no budget (the counter only counts). Counts stay hidden until the facilitator
reveals the round.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from n3desk.domain.changes import Op, Put, Remove
from n3desk.domain.entities import Note, Vote, VotingRound, new_id

OPEN = "open"
CLOSED = "closed"
REVEALED = "revealed"
STATES = (OPEN, CLOSED, REVEALED)

# Which state a round may go to from each state: closing stops the dots, revealing
# shows them; a closed round can be reopened, a revealed one can be hidden again
# by closing it.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    OPEN: (CLOSED, REVEALED),
    CLOSED: (OPEN, REVEALED),
    REVEALED: (CLOSED,),
}

# Why a dot was not given or taken, for the panel to explain.
REFUSED_CLOSED = "closed"
REFUSED_NO_DOTS_LEFT = "no_dots_left"  # the round's budget is used up
REFUSED_VOTER_DONE = "voter_done"  # this participant has given all their dots
REFUSED_NOTE_FULL = "note_full"
REFUSED_NOTHING_TO_TAKE = "nothing_to_take"


@dataclass(frozen=True, slots=True)
class Tally:
    """The dots of one round, counted three ways."""

    per_note: dict[str, int]
    per_participant: dict[str | None, int]
    per_cell: dict[tuple[str, str | None], int]

    def dots(self, note_id: str) -> int:
        return self.per_note.get(note_id, 0)


@dataclass(frozen=True, slots=True)
class DotResult:
    """The operations of a click (+1 or −1), or why there are none."""

    ops: list[Op]
    refused: str | None = None


@dataclass(frozen=True, slots=True)
class Ranked:
    """A note's place in the results; notes with equal dots share a rank."""

    rank: int
    note: Note
    dots: int


def tally(votes: Iterable[Vote]) -> Tally:
    """Count the dots of ``votes`` per note, per participant and per both."""
    per_note: dict[str, int] = {}
    per_participant: dict[str | None, int] = {}
    per_cell: dict[tuple[str, str | None], int] = {}
    for vote in votes:
        per_note[vote.note_id] = per_note.get(vote.note_id, 0) + vote.dots
        who = vote.participant_id
        per_participant[who] = per_participant.get(who, 0) + vote.dots
        cell = (vote.note_id, vote.participant_id)
        per_cell[cell] = per_cell.get(cell, 0) + vote.dots
    return Tally(per_note, per_participant, per_cell)


@dataclass(frozen=True, slots=True)
class Budget:
    """The dots of a round as the facilitator counts them, and those of one voter."""

    used: int  # every dot given in the round, by name or not
    total: int | None  # participants × dots each; None when no participants are listed
    voter_used: int  # the chosen voter's dots (a participant's, or those not by name)
    voter_total: int | None  # a participant's dots each; None for dots not by name

    @property
    def left(self) -> int | None:
        """Dots the round has left; None when it has no budget."""
        return None if self.total is None else max(0, self.total - self.used)

    @property
    def voter_left(self) -> int | None:
        """Dots the chosen voter may still give: their own, within what the round has left."""
        own = None if self.voter_total is None else max(0, self.voter_total - self.voter_used)
        if own is None:
            return self.left
        return own if self.left is None else min(own, self.left)


def round_budget(round_: VotingRound, participant_count: int) -> int | None:
    """The round's dots: participants × dots each; None (no limit) without participants."""
    if participant_count <= 0:
        return None
    return round_.votes_per_participant * participant_count


def budget_of(
    round_: VotingRound, votes: Iterable[Vote], voter: str | None, participant_count: int
) -> Budget:
    """The round's budget and what ``voter`` (a participant id, or None) has used of it."""
    counted = tally(votes)
    return Budget(
        used=sum(counted.per_note.values()),
        total=round_budget(round_, participant_count),
        voter_used=counted.per_participant.get(voter, 0),
        voter_total=round_.votes_per_participant if voter is not None else None,
    )


def note_cap(round_: VotingRound, participant_count: int) -> int | None:
    """Dots one note may take from everyone together; None means no limit."""
    if participant_count <= 0:
        return None
    return round_.max_dots_per_note * participant_count


def remaining(
    round_: VotingRound, votes: Iterable[Vote], voter: str | None, participant_count: int
) -> int | None:
    """Dots ``voter`` may still give (within the round's budget); None means no limit."""
    return budget_of(round_, votes, voter, participant_count).voter_left


def dot_ops(
    round_: VotingRound,
    votes: Sequence[Vote],
    note_id: str,
    participant_id: str | None,
    delta: int,
    participant_count: int,
) -> DotResult:
    """Give (``delta`` = +1) or take back (−1) a dot on a note, within the limits."""
    if round_.state != OPEN:
        return DotResult([], REFUSED_CLOSED)
    existing = next(
        (v for v in votes if v.note_id == note_id and v.participant_id == participant_id), None
    )
    current = existing.dots if existing is not None else 0
    new = current + delta
    if new < 0 or (delta < 0 and current == 0):
        return DotResult([], REFUSED_NOTHING_TO_TAKE)
    if delta > 0:
        refused = _refusal(round_, votes, note_id, participant_id, delta, participant_count)
        if refused is not None:
            return DotResult([], refused)
    if existing is None:
        return DotResult([Put(Vote(new_id(), round_.id, note_id, participant_id, new))])
    if new == 0:
        return DotResult([Remove(existing)])
    return DotResult([Put(replace(existing, dots=new))])


def _refusal(
    round_: VotingRound,
    votes: Sequence[Vote],
    note_id: str,
    voter: str | None,
    delta: int,
    participant_count: int,
) -> str | None:
    """Why ``delta`` more dots from ``voter`` on the note would break a limit, or None."""
    budget = budget_of(round_, votes, voter, participant_count)
    if budget.left is not None and budget.left < delta:
        return REFUSED_NO_DOTS_LEFT
    if budget.voter_total is not None and budget.voter_used + delta > budget.voter_total:
        return REFUSED_VOTER_DONE
    counted = tally(votes)
    if voter is not None and counted.per_cell.get((note_id, voter), 0) + delta > (
        round_.max_dots_per_note
    ):
        return REFUSED_NOTE_FULL
    cap = note_cap(round_, participant_count)
    if cap is not None and counted.dots(note_id) + delta > cap:
        return REFUSED_NOTE_FULL
    return None


def counts_visible(round_: VotingRound | None) -> bool:
    """Whether the dots on the notes may be shown: only once the round is revealed."""
    return round_ is not None and round_.state == REVEALED


def ranking(notes: Iterable[Note], votes: Iterable[Vote]) -> list[Ranked]:
    """Notes by dots, most first; equal dots share a rank, older notes first among them."""
    counts = tally(votes).per_note
    ordered = sorted(notes, key=lambda n: (-counts.get(n.id, 0), n.created_at, n.id))
    result: list[Ranked] = []
    previous: int | None = None
    rank = 0
    for place, note in enumerate(ordered, start=1):
        dots = counts.get(note.id, 0)
        if dots != previous:
            rank = place
            previous = dots
        result.append(Ranked(rank, note, dots))
    return result


def top_voted(notes: Iterable[Note], votes: Iterable[Vote], count: int) -> list[Note]:
    """The notes ranked within the first ``count`` places that got any dots (ties kept)."""
    return [r.note for r in ranking(notes, votes) if r.dots > 0 and r.rank <= count]


def latest_round(rounds: Iterable[VotingRound]) -> VotingRound | None:
    """The most recent round of a board, or None."""
    return max(rounds, key=lambda r: (r.position, r.created_at, r.id), default=None)


def new_round(
    board_id: str,
    title: str,
    *,
    votes_per_participant: int,
    max_dots_per_note: int,
    existing: Sequence[VotingRound],
    now: float,
) -> VotingRound:
    """A new open round after the board's existing ones; limits of at least 1."""
    if votes_per_participant < 1 or max_dots_per_note < 1:
        raise ValueError("a round needs at least one dot per participant and per note")
    return VotingRound(
        id=new_id(),
        board_id=board_id,
        title=title,
        votes_per_participant=votes_per_participant,
        max_dots_per_note=min(max_dots_per_note, votes_per_participant),
        state=OPEN,
        created_at=now,
        position=max((r.position for r in existing), default=-1) + 1,
    )


def state_ops(round_: VotingRound, state: str) -> list[Op]:
    """Move the round to ``state`` if that is allowed from where it is."""
    if state not in TRANSITIONS.get(round_.state, ()):
        return []
    return [Put(replace(round_, state=state))]
