"""The rules a workshop keeps beyond its references, checked on every change and import.

:meth:`Workshop.apply` checks each record it puts with a :class:`RuleChecker`; the
portable reader checks a whole file with :func:`first_problem`, which runs the same
checker over every record (with an index instead of a search, so that a file at the
size limit is checked in a fraction of a second). The rules:

- a criterion's low end is not above its high end;
- a note has at most one rating per criterion from each participant (and one of
  the facilitator's own);
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
    return (r.note_id, r.criterion_id, r.participant_id)


def _vote_key(v: Entity) -> Hashable:
    assert isinstance(v, Vote)
    return (v.round_id, v.note_id, v.participant_id)


def _foundation_key(f: Entity) -> Hashable:
    assert isinstance(f, Foundation)
    return f.key


UNIQUE: tuple[_Unique, ...] = (
    _Unique(Rating, _rating_key, "a note has two ratings on one criterion from one person"),
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


class RuleChecker:
    """Checks records put into ``tables`` against the rules, one change at a time.

    The index of each rule's keys is built once, on first need, and kept up to date
    as records are put and removed: a change of thousands of records (an import, a
    carried-forward board) is checked in one pass, not one search per record.
    Records must be announced before the tables change (:meth:`put_problem` before
    the put, :meth:`removing` before the removal).
    """

    def __init__(self, tables: Tables) -> None:
        self.tables = tables
        self._rules = {rule.kind: rule for rule in UNIQUE}
        self._indexes: dict[type[Entity], dict[Hashable, str]] = {}

    def put_problem(self, record: Entity) -> str | None:
        """What putting ``record`` would break (nothing is noted then), or None."""
        problem = own_problem(self.tables, record)
        rule = self._rules.get(type(record))
        if problem is not None or rule is None:
            return problem
        index = self._index(rule)
        key = rule.key(record)
        holder = index.get(key)
        if holder is not None and holder != record.id:
            return rule.problem
        self._forget(rule, index, record.id)
        index[key] = record.id
        return None

    def removing(self, record: Entity) -> None:
        """Note that ``record`` is about to be removed."""
        rule = self._rules.get(type(record))
        if rule is not None and rule.kind in self._indexes:
            self._forget(rule, self._indexes[rule.kind], record.id)

    def _index(self, rule: _Unique) -> dict[Hashable, str]:
        if rule.kind not in self._indexes:
            self._indexes[rule.kind] = {rule.key(r): r.id for r in self.tables[rule.kind].values()}
        return self._indexes[rule.kind]

    def _forget(self, rule: _Unique, index: dict[Hashable, str], record_id: str) -> None:
        old = self.tables[rule.kind].get(record_id)
        if old is not None and index.get(rule.key(old)) == record_id:
            del index[rule.key(old)]


def first_problem(tables: Tables, records: Iterable[Entity]) -> str | None:
    """The first rule ``records`` break (``tables`` holds them all, by kind), or None."""
    checker = RuleChecker(tables)
    for record in records:
        problem = checker.put_problem(record)
        if problem is not None:
            return problem
    return None
