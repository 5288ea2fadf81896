"""Programmes: many workshops, one line of work (plain Python, like the workshop records).

A programme is a named series of sessions with a goal and a period — Roskilde's
innovation year, say: challenges in January, questions in April, concepts in
September, tests, then operation. Its records follow the same rules as a session's
(frozen dataclasses of scalar values, one record one row) and change through the
same kind of operations, so the library stores them and undo inverts them exactly as
it does for a session. They are kept apart from :data:`ENTITY_TYPES` because they
span sessions: a :class:`~n3desk.domain.workshop.Workshop` holds one session only.

An **idea** is followed across the programme. It is born from a note in one session;
each time it is carried forward into a later session an :class:`IdeaCarry` links the
new note to the note it came from (as ``Note.origin_id`` does within a session); and
each :class:`IdeaStep` moves it along the way — idea, concept, chosen, in test, in
operation, or stopped — with the decision that moved it and why.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# The way of an idea, in order. "stopped" may come at any point.
IDEA_STATES: tuple[str, ...] = ("idea", "concept", "chosen", "in_test", "in_operation", "stopped")
PUT_TO_USE = "in_operation"  # N3's "nyttiggjort"


@dataclass(frozen=True, slots=True)
class Programme:
    """A named series of sessions with a goal and a period (ISO dates, "" when open)."""

    id: str
    title: str
    goal: str = ""
    period_start: str = ""
    period_end: str = ""
    language: str = "sv"
    created_at: float = 0.0
    updated_at: float = 0.0
    deleted_at: float | None = None


@dataclass(frozen=True, slots=True)
class ProgrammeSession:
    """A session's place in a programme. A session belongs to one programme at most."""

    id: str
    programme_id: str
    session_id: str
    position: int = 0


@dataclass(frozen=True, slots=True)
class Idea:
    """An idea followed through the programme, from the note it was born as."""

    id: str
    programme_id: str
    title: str
    session_id: str  # where it was born
    note_id: str | None = None  # the note it was born as (None once that note is gone)
    created_at: float = 0.0
    position: int = 0


@dataclass(frozen=True, slots=True)
class IdeaCarry:
    """The idea carried forward into a later session: the new note and where it came from."""

    id: str
    idea_id: str
    session_id: str  # the later session
    note_id: str  # the new note there
    from_session_id: str
    from_note_id: str
    carried_at: float = 0.0


@dataclass(frozen=True, slots=True)
class IdeaStep:
    """The facilitator moved the idea to ``state``, with the decision that did it."""

    id: str
    idea_id: str
    state: str  # one of IDEA_STATES
    at: float = 0.0
    session_id: str | None = None  # the session where it was decided
    decision_id: str | None = None  # a Decision of that session, if one is logged
    why: str = ""


ProgrammeRecord = Programme | ProgrammeSession | Idea | IdeaCarry | IdeaStep

# Parents before children: the order to insert a programme in.
PROGRAMME_TYPES: tuple[type[ProgrammeRecord], ...] = (
    Programme,
    ProgrammeSession,
    Idea,
    IdeaCarry,
    IdeaStep,
)


@dataclass(frozen=True, slots=True)
class ProgrammeReference:
    """``child.field`` holds the id of a ``parent`` record of the programme."""

    child: type[ProgrammeRecord]
    field: str
    parent: type[ProgrammeRecord]
    on_delete: Literal["cascade"] = "cascade"


# Only references inside the programme are enforced. Links to sessions, notes and
# decisions point into other aggregates: a note deleted on its board must not take
# the idea's history with it, so those are plain ids, resolved when read.
PROGRAMME_REFERENCES: tuple[ProgrammeReference, ...] = (
    ProgrammeReference(ProgrammeSession, "programme_id", Programme),
    ProgrammeReference(Idea, "programme_id", Programme),
    ProgrammeReference(IdeaCarry, "idea_id", Idea),
    ProgrammeReference(IdeaStep, "idea_id", Idea),
)


@dataclass(frozen=True, slots=True)
class ProgrammePut:
    """Insert the programme record, or replace the one with the same id."""

    record: ProgrammeRecord


@dataclass(frozen=True, slots=True)
class ProgrammeRemove:
    """Remove the programme record (kept whole so the change can be inverted)."""

    record: ProgrammeRecord


ProgrammeOp = ProgrammePut | ProgrammeRemove


class ProgrammeError(ValueError):
    """A programme change that does not fit: a missing parent, an unknown state."""
