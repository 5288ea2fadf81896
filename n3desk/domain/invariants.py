"""The rules a workshop keeps beyond its references, checked on every change and import.

:meth:`Workshop.apply` checks each record it puts with :func:`put_problem`; the
portable reader checks a whole file with :func:`first_problem`, which runs the same
rules over every record at once (with an index instead of a search, so that a file
at the size limit is checked in a fraction of a second). The rules:

- a criterion's low end is not above its high end;
- a note has at most one rating per criterion;
- a vote is for a note on its round's board, and one participant (or the room) has
  at most one vote per note and round;
- the N3 card has each foundation once.

Dots are at least one and ratings and scales are bounded by :mod:`limits`.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass

from n3desk.domain.entities import (
    Criterion,
    Entity,
    Foundation,
    Note,
    Rating,
    Vote,
    VotingRound,
)

Tables = Mapping[type, Mapping[str, Entity]]


@dataclass(frozen=True, slots=True)
class _Unique:
    """At most one record of ``kind`` per ``key``; ``problem`` says what was doubled."""

    kind: type[Entity]
    key: Callable[[Entity], Hashable]
    problem: str


def _rating_key(r: Entity) -> Hashable:
    assert isinstance(r, Rating)
    return (r.note_id, r.criterion_id)


def _vote_key(v: Entity) -> Hashable:
    assert isinstance(v, Vote)
    return (v.round_id, v.note_id, v.participant_id)


def _foundation_key(f: Entity) -> Hashable:
    assert isinstance(f, Foundation)
    return f.key


UNIQUE: tuple[_Unique, ...] = (
    _Unique(Rating, _rating_key, "a note has two ratings on one criterion"),
    _Unique(Vote, _vote_key, "a note has two votes from one participant in one round"),
    _Unique(Foundation, _foundation_key, "the N3 card holds one foundation twice"),
)


def own_problem(tables: Tables, record: Entity) -> str | None:
    """What is wrong with ``record`` given the records it points at, or None."""
    if isinstance(record, Criterion) and record.low > record.high:
        return (
            f"the criterion {record.name[:40]!r} goes from {record.low} to {record.high}; "
            "its low end must not be above its high end"
        )
    if isinstance(record, Vote):
        round_ = tables[VotingRound].get(record.round_id)
        note = tables[Note].get(record.note_id)
        if (
            isinstance(round_, VotingRound)
            and isinstance(note, Note)
            and round_.board_id != note.board_id
        ):
            return "a vote is for a note on another board than its round's"
    return None


def put_problem(tables: Tables, record: Entity) -> str | None:
    """What putting ``record`` into ``tables`` would break, or None."""
    problem = own_problem(tables, record)
    if problem is not None:
        return problem
    for rule in UNIQUE:
        if type(record) is not rule.kind:
            continue
        key = rule.key(record)
        for other in tables[rule.kind].values():
            if other.id != record.id and rule.key(other) == key:
                return rule.problem
    return None


def first_problem(tables: Tables, records: Iterable[Entity]) -> str | None:
    """The first rule ``records`` break (``tables`` holds them all, by kind), or None."""
    seen: dict[type[Entity], set[Hashable]] = {rule.kind: set() for rule in UNIQUE}
    rules = {rule.kind: rule for rule in UNIQUE}
    for record in records:
        problem = own_problem(tables, record)
        if problem is not None:
            return problem
        rule = rules.get(type(record))
        if rule is not None:
            key = rule.key(record)
            if key in seen[rule.kind]:
                return rule.problem
            seen[rule.kind].add(key)
    return None
