"""The whole of one session in memory: its records, and the rules for changing them.

:class:`Workshop` is what the document holds, what the store loads and saves, what
the reports draw from and what a portable file carries. It changes only through
:meth:`Workshop.apply`, which checks references, applies a list of operations and
returns the inverse list.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TypeVar

from n3desk.domain.changes import (
    IntegrityError,
    Op,
    Put,
    Remove,
    references_from,
    references_to,
)
from n3desk.domain.entities import (
    ENTITY_TYPES,
    Board,
    ChosenNote,
    Criterion,
    Decision,
    Entity,
    Foundation,
    Frame,
    Note,
    Participant,
    Rating,
    Relation,
    Ring,
    Sector,
    Session,
    Stage,
    Stakeholder,
    TimerEvent,
    Vote,
    VotingRound,
    with_fields,
)
from n3desk.domain.invariants import RuleChecker
from n3desk.domain.limits import check_record

E = TypeVar("E", bound=Entity)

__all__ = ["IntegrityError", "Workshop"]


class Workshop:
    """One session and every record that belongs to it."""

    def __init__(self, session: Session, records: Iterable[Entity] = ()) -> None:
        self._tables: dict[type, dict[str, Entity]] = {t: {} for t in ENTITY_TYPES}
        self._tables[Session][session.id] = session
        # Each board's notes, kept as they change: a board of 10,000 notes is not
        # sorted out of every note of the session at each keystroke.
        self._notes_by_board: dict[str, dict[str, Note]] = {}
        for record in records:
            self._tables[type(record)][record.id] = record
            if isinstance(record, Note):
                self._notes_by_board.setdefault(record.board_id, {})[record.id] = record

    # -- reading -------------------------------------------------------------------

    @property
    def session(self) -> Session:
        (session,) = self._tables[Session].values()
        assert isinstance(session, Session)
        return session

    def get(self, kind: type[E], record_id: str | None) -> E | None:
        """The record of ``kind`` with ``record_id``, or None."""
        if record_id is None:
            return None
        found = self._tables[kind].get(record_id)
        return found if isinstance(found, kind) else None

    def all(self, kind: type[E]) -> list[E]:
        """Every record of ``kind``, ordered by position where the kind has one."""
        items: list[E] = [r for r in self._tables[kind].values() if isinstance(r, kind)]
        if items and hasattr(items[0], "position"):
            items.sort(key=lambda r: (getattr(r, "position", 0), r.id))
        return items

    def records(self) -> Iterator[Entity]:
        """Every record, parents before children (the order to insert them in)."""
        for kind in ENTITY_TYPES:
            yield from self._tables[kind].values()

    def __len__(self) -> int:
        return sum(len(t) for t in self._tables.values())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Workshop):
            return NotImplemented
        return self._tables == other._tables

    __hash__ = None  # type: ignore[assignment]

    # Convenience views used by every layer.
    @property
    def participants(self) -> list[Participant]:
        return self.all(Participant)

    @property
    def decisions(self) -> list[Decision]:
        return sorted(self.all(Decision), key=lambda d: (d.position, d.decided_at, d.id))

    @property
    def foundations(self) -> list[Foundation]:
        return self.all(Foundation)

    @property
    def criteria(self) -> list[Criterion]:
        return self.all(Criterion)

    @property
    def boards(self) -> list[Board]:
        return self.all(Board)

    @property
    def rings(self) -> list[Ring]:
        return self.all(Ring)

    @property
    def sectors(self) -> list[Sector]:
        return self.all(Sector)

    @property
    def stakeholders(self) -> list[Stakeholder]:
        return sorted(self.all(Stakeholder), key=lambda s: (s.name.casefold(), s.id))

    @property
    def relations(self) -> list[Relation]:
        return self.all(Relation)

    @property
    def stages(self) -> list[Stage]:
        return self.all(Stage)

    @property
    def timer_events(self) -> list[TimerEvent]:
        return sorted(self.all(TimerEvent), key=lambda e: (e.at, e.id))

    def notes_on(self, board_id: str) -> list[Note]:
        """The board's notes, back to front."""
        notes = self._notes_by_board.get(board_id, {}).values()
        return sorted(notes, key=lambda n: (n.z, n.created_at, n.id))

    def top_z(self, board_id: str) -> float:
        """The highest z of a note on the board (0 when it has none)."""
        return max((n.z for n in self._notes_by_board.get(board_id, {}).values()), default=0.0)

    def frames_on(self, board_id: str) -> list[Frame]:
        frames = [f for f in self.all(Frame) if f.board_id == board_id]
        return sorted(frames, key=lambda f: (f.z, f.id))

    def rounds_on(self, board_id: str) -> list[VotingRound]:
        return [r for r in self.all(VotingRound) if r.board_id == board_id]

    def votes_in(self, round_id: str) -> list[Vote]:
        return [v for v in self.all(Vote) if v.round_id == round_id]

    def ratings_of(self, note_id: str) -> list[Rating]:
        return [r for r in self.all(Rating) if r.note_id == note_id]

    def chosen_by(self, decision_id: str) -> list[ChosenNote]:
        """The links to the notes a decision chose, in the decision's order."""
        return [c for c in self.all(ChosenNote) if c.decision_id == decision_id]

    # -- changing ------------------------------------------------------------------

    def apply(self, ops: Sequence[Op]) -> list[Op]:
        """Apply ``ops`` in order and return the operations that undo them.

        All or nothing: if any operation breaks a reference, the workshop is left as
        it was and :class:`IntegrityError` is raised.
        """
        inverse: list[Op] = []
        rules = RuleChecker(self._tables)
        try:
            for op in ops:
                inverse.append(self._apply_one(op, rules))
        except IntegrityError:
            for undo in reversed(inverse):
                self._apply_one(undo)
            raise
        inverse.reverse()
        return inverse

    def _apply_one(self, op: Op, rules: RuleChecker | None = None) -> Op:
        record = op.record
        kind = type(record)
        table = self._tables[kind]
        old = table.get(record.id)
        if isinstance(op, Put):
            if rules is not None:
                self._check_put(record, rules)
            table[record.id] = record
            if isinstance(record, Note):
                if isinstance(old, Note) and old.board_id != record.board_id:
                    self._notes_by_board.get(old.board_id, {}).pop(old.id, None)
                self._notes_by_board.setdefault(record.board_id, {})[record.id] = record
            return Put(old) if old is not None else Remove(record)
        if old is None:
            raise IntegrityError(f"{kind.__name__} {record.id} is not in this session")
        if rules is not None:
            self._check_remove(old)
            rules.removing(old)
        del table[record.id]
        if isinstance(old, Note):
            self._notes_by_board.get(old.board_id, {}).pop(old.id, None)
        return Put(old)

    def _check_put(self, record: Entity, rules: RuleChecker) -> None:
        check_record(record)  # LimitError (an IntegrityError) past a field's limit
        if isinstance(record, Session):
            if record.id != self.session.id:
                raise IntegrityError("a change may not touch another session")
            return
        for ref in references_from(type(record)):
            target = getattr(record, ref.field)
            if target is None:
                continue
            if ref.parent is Session:
                if target != self.session.id:
                    raise IntegrityError(f"{type(record).__name__} belongs to another session")
            elif target not in self._tables[ref.parent]:
                raise IntegrityError(
                    f"{type(record).__name__}.{ref.field} points at a missing {ref.parent.__name__}"
                )
        problem = rules.put_problem(record)
        if problem is not None:
            raise IntegrityError(problem)

    def _check_remove(self, record: Entity) -> None:
        if isinstance(record, Session):
            raise IntegrityError("a session is removed from the library, not from itself")
        for ref in references_to(type(record)):
            for child in self._tables[ref.child].values():
                if getattr(child, ref.field) == record.id:
                    raise IntegrityError(
                        f"{type(record).__name__} is still used by a {ref.child.__name__}; "
                        "use removal_ops() to remove it with what depends on it"
                    )

    # -- cascades ------------------------------------------------------------------

    def removal_ops(self, record: Entity) -> list[Op]:
        """Operations that remove ``record`` and whatever depends on it.

        Children are removed first, optional links to the record are cleared, then
        the record itself goes: the list can be applied as it is.
        """
        ops: list[Op] = []
        seen: set[tuple[type[Entity], str]] = set()
        self._collect_removal(record, ops, seen)
        return ops

    def _collect_removal(
        self, record: Entity, ops: list[Op], seen: set[tuple[type[Entity], str]]
    ) -> None:
        key = (type(record), record.id)
        if key in seen:
            return
        seen.add(key)
        for ref in references_to(type(record)):
            for child in list(self._tables[ref.child].values()):
                if getattr(child, ref.field) != record.id:
                    continue
                if ref.on_delete == "cascade":
                    self._collect_removal(child, ops, seen)
                elif (type(child), child.id) not in seen:
                    cleared = with_fields(child, **{ref.field: None})
                    ops.append(Put(_latest(ops, cleared, ref.field)))
        ops.append(Remove(self._tables[type(record)][record.id]))


def _latest(ops: list[Op], record: Entity, field: str) -> Entity:
    """``record`` with ``field`` cleared, on top of any earlier Put of it in ``ops``.

    A note may lose both its frame and its origin in one cascade; the second Put
    must keep the first one's change.
    """
    for op in reversed(ops):
        if isinstance(op, Put) and type(op.record) is type(record) and op.record.id == record.id:
            return with_fields(op.record, **{field: None})
    return record
