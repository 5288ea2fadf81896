"""One applied change as the views read it: its operations, grouped by record type.

A view asks a :class:`ChangeSet` for what it draws (``changes.puts(Note)``,
``changes.touches(Stage, TimerEvent)``) instead of filtering a list of operations
with ``isinstance``. :data:`KIND_TOPICS` names, for every record type, the topic a
change of it is announced under (:class:`n3desk.app.document.SessionDocument` has a
signal per topic), so a view can subscribe to exactly the records it draws.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from n3desk.domain import entities as rec
from n3desk.domain.changes import Op, Put, Remove

E = TypeVar("E", bound=rec.Entity)

# The topic each record type is announced under, declared once; every record type
# has one (tests/domain/test_change_set.py).
KIND_TOPICS: dict[type[rec.Entity], str] = {
    rec.Session: "session",
    rec.Participant: "participants",
    rec.Decision: "decisions",
    rec.ChosenNote: "decisions",
    rec.Foundation: "card",
    rec.Criterion: "criteria",
    rec.Board: "boards",
    rec.Frame: "frames",
    rec.Note: "notes",
    rec.VotingRound: "votes",
    rec.Vote: "votes",
    rec.Rating: "ratings",
    rec.Ring: "map",
    rec.Sector: "map",
    rec.Stakeholder: "map",
    rec.Relation: "map",
    rec.Stage: "agenda",
    rec.TimerEvent: "timer",
}
TOPICS: tuple[str, ...] = tuple(dict.fromkeys(KIND_TOPICS.values()))


@dataclass(frozen=True)
class ChangeSet:
    """The operations one edit, undo or redo applied, in order.

    ``replay`` is True for an undo or a redo; ``undone`` then holds the operations
    it replaced (the window shows where the step acted).
    """

    ops: tuple[Op, ...]
    replay: bool = False
    undone: tuple[Op, ...] = ()
    _by_kind: dict[type, list[Op]] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        for op in self.ops:
            self._by_kind.setdefault(type(op.record), []).append(op)

    @classmethod
    def of_ops(
        cls, ops: Iterable[Op], *, replay: bool = False, undone: Iterable[Op] = ()
    ) -> ChangeSet:
        return cls(tuple(ops), replay, tuple(undone))

    @property
    def kinds(self) -> frozenset[type[rec.Entity]]:
        """The record types this change touched."""
        return frozenset(self._by_kind)

    @property
    def topics(self) -> frozenset[str]:
        """The topics (:data:`KIND_TOPICS`) this change is announced under."""
        return frozenset(KIND_TOPICS[kind] for kind in self._by_kind)

    def touches(self, *kinds: type[rec.Entity]) -> bool:
        """Whether any record of these types was put or removed."""
        return any(kind in self._by_kind for kind in kinds)

    def pairs(self, kind: type[E]) -> list[tuple[Op, E]]:
        """Each operation on a record of ``kind`` with its record, typed, in order."""
        ops = self._by_kind.get(kind, ())
        return [(op, r) for op in ops if isinstance(r := op.record, kind)]

    def puts(self, kind: type[E]) -> list[E]:
        """The records of ``kind`` that were added or changed, as they are now."""
        ops = self._by_kind.get(kind, ())
        return [r for op in ops if isinstance(op, Put) and isinstance(r := op.record, kind)]

    def removed(self, kind: type[E]) -> list[E]:
        """The records of ``kind`` that were removed, as they were."""
        ops = self._by_kind.get(kind, ())
        return [r for op in ops if isinstance(op, Remove) and isinstance(r := op.record, kind)]

    def records(self, kind: type[E]) -> list[E]:
        """Every record of ``kind`` the change touched, put or removed."""
        return [r for op in self._by_kind.get(kind, ()) if isinstance(r := op.record, kind)]
