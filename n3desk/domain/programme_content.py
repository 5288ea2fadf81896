"""The whole of one programme in memory, and the rules for changing it.

:class:`ProgrammeContent` is to a programme what :class:`~n3desk.domain.workshop.Workshop`
is to a session: it changes only through :meth:`ProgrammeContent.apply`, which checks
the programme's own references, applies the operations all or nothing and returns
their inverse (undo is just another change).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TypeVar

from n3desk.domain.programmes import (
    IDEA_STATES,
    PROGRAMME_REFERENCES,
    PROGRAMME_TYPES,
    Idea,
    IdeaCarry,
    IdeaStep,
    Programme,
    ProgrammeError,
    ProgrammeOp,
    ProgrammePut,
    ProgrammeRecord,
    ProgrammeRemove,
    ProgrammeSession,
)

R = TypeVar("R", bound=ProgrammeRecord)


class ProgrammeContent:
    """One programme and every record that belongs to it."""

    def __init__(self, programme: Programme, records: Iterable[ProgrammeRecord] = ()) -> None:
        self._tables: dict[type, dict[str, ProgrammeRecord]] = {t: {} for t in PROGRAMME_TYPES}
        self._tables[Programme][programme.id] = programme
        for record in records:
            self._tables[type(record)][record.id] = record

    # -- reading -------------------------------------------------------------------

    @property
    def programme(self) -> Programme:
        (programme,) = self._tables[Programme].values()
        assert isinstance(programme, Programme)
        return programme

    def get(self, kind: type[R], record_id: str | None) -> R | None:
        if record_id is None:
            return None
        found = self._tables[kind].get(record_id)
        return found if isinstance(found, kind) else None

    def all(self, kind: type[R]) -> list[R]:
        return [r for r in self._tables[kind].values() if isinstance(r, kind)]

    def records(self) -> Iterator[ProgrammeRecord]:
        """Every record, parents before children."""
        for kind in PROGRAMME_TYPES:
            yield from self._tables[kind].values()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ProgrammeContent):
            return NotImplemented
        return self._tables == other._tables

    __hash__ = None  # type: ignore[assignment]

    @property
    def memberships(self) -> list[ProgrammeSession]:
        """The programme's sessions in their order along the programme."""
        return sorted(self.all(ProgrammeSession), key=lambda m: (m.position, m.id))

    @property
    def session_ids(self) -> list[str]:
        return [m.session_id for m in self.memberships]

    def membership_of(self, session_id: str) -> ProgrammeSession | None:
        return next((m for m in self.all(ProgrammeSession) if m.session_id == session_id), None)

    @property
    def ideas(self) -> list[Idea]:
        return sorted(self.all(Idea), key=lambda i: (i.position, i.created_at, i.id))

    def carries_of(self, idea_id: str) -> list[IdeaCarry]:
        """Where the idea went, in order of carrying."""
        carries = [c for c in self.all(IdeaCarry) if c.idea_id == idea_id]
        return sorted(carries, key=lambda c: (c.carried_at, c.id))

    def steps_of(self, idea_id: str) -> list[IdeaStep]:
        """The idea's moves along the way, oldest first."""
        steps = [s for s in self.all(IdeaStep) if s.idea_id == idea_id]
        return sorted(steps, key=lambda s: (s.at, s.id))

    def state_of(self, idea_id: str) -> str:
        """Where the idea is now: its latest step, or "idea" before any."""
        steps = self.steps_of(idea_id)
        return steps[-1].state if steps else IDEA_STATES[0]

    def idea_of_note(self, note_id: str) -> Idea | None:
        """The idea a note is, whether it was born as that note or carried into it."""
        for idea in self.all(Idea):
            if idea.note_id == note_id:
                return idea
        for carry in self.all(IdeaCarry):
            if carry.note_id == note_id:
                return self.get(Idea, carry.idea_id)
        return None

    # -- changing ------------------------------------------------------------------

    def apply(self, ops: Sequence[ProgrammeOp]) -> list[ProgrammeOp]:
        """Apply ``ops`` in order, all or nothing; the operations that undo them."""
        inverse: list[ProgrammeOp] = []
        try:
            for op in ops:
                inverse.append(self._apply_one(op))
        except ProgrammeError:
            for undo in reversed(inverse):
                self._apply_one(undo, check=False)
            raise
        inverse.reverse()
        return inverse

    def _apply_one(self, op: ProgrammeOp, *, check: bool = True) -> ProgrammeOp:
        record = op.record
        table = self._tables[type(record)]
        old = table.get(record.id)
        if isinstance(op, ProgrammePut):
            if check:
                self._check_put(record)
            table[record.id] = record
            return ProgrammePut(old) if old is not None else ProgrammeRemove(record)
        if old is None:
            raise ProgrammeError(f"{type(record).__name__} {record.id} is not in this programme")
        if check:
            self._check_remove(old)
        del table[record.id]
        return ProgrammePut(old)

    def _check_put(self, record: ProgrammeRecord) -> None:
        if isinstance(record, Programme):
            if record.id != self.programme.id:
                raise ProgrammeError("a change may not touch another programme")
            return
        if isinstance(record, IdeaStep) and record.state not in IDEA_STATES:
            raise ProgrammeError(f"unknown state {record.state!r}")
        if isinstance(record, ProgrammeSession):
            other = self.membership_of(record.session_id)
            if other is not None and other.id != record.id:
                raise ProgrammeError("the session is in this programme already")
        for ref in PROGRAMME_REFERENCES:
            if ref.child is not type(record):
                continue
            target = getattr(record, ref.field)
            if ref.parent is Programme:
                if target != self.programme.id:
                    raise ProgrammeError(f"{type(record).__name__} belongs to another programme")
            elif target not in self._tables[ref.parent]:
                raise ProgrammeError(
                    f"{type(record).__name__}.{ref.field} points at a missing {ref.parent.__name__}"
                )

    def _check_remove(self, record: ProgrammeRecord) -> None:
        if isinstance(record, Programme):
            raise ProgrammeError("a programme is removed from the library, not from itself")
        for ref in PROGRAMME_REFERENCES:
            if ref.parent is not type(record):
                continue
            if any(getattr(c, ref.field) == record.id for c in self._tables[ref.child].values()):
                raise ProgrammeError(
                    f"{type(record).__name__} is still used by a {ref.child.__name__}; "
                    "use removal_ops() to remove it with what depends on it"
                )

    def removal_ops(self, record: ProgrammeRecord) -> list[ProgrammeOp]:
        """Operations removing ``record`` and what depends on it, children first."""
        ops: list[ProgrammeOp] = []
        for ref in PROGRAMME_REFERENCES:
            if ref.parent is not type(record):
                continue
            for child in list(self._tables[ref.child].values()):
                if getattr(child, ref.field) == record.id:
                    ops.extend(self.removal_ops(child))
        ops.append(ProgrammeRemove(self._tables[type(record)][record.id]))
        return ops
