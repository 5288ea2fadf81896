"""Changes to a workshop, as data: put a record, remove a record.

Every edit the facilitator makes becomes a short list of these operations. The same
list changes the in-memory :class:`~n3desk.domain.workshop.Workshop`, is committed to
the library in one transaction, and is announced to the views. Applying a list
returns its inverse, which is how undo works: undo is just another change.

References between records (a note's board, a vote's note, a relation's ends) are
declared here once; :func:`removal_ops` uses them to turn "remove this record" into
the full cascade (children removed, optional links cleared) so that the document and
the library never disagree about what a removal took with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from n3desk.domain.entities import (
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


@dataclass(frozen=True, slots=True)
class Put:
    """Insert the record, or replace the record with the same id."""

    record: Entity


@dataclass(frozen=True, slots=True)
class Remove:
    """Remove the record (the whole record is kept so the change can be inverted)."""

    record: Entity


Op = Put | Remove


class IntegrityError(ValueError):
    """A change would leave a record pointing at nothing, or break a rule of the workshop."""


OnDelete = Literal["cascade", "set_null"]


@dataclass(frozen=True, slots=True)
class Reference:
    """``child.field`` holds the id of a ``parent``; what happens when it goes."""

    child: type[Entity]
    field: str
    parent: type[Entity]
    on_delete: OnDelete


REFERENCES: tuple[Reference, ...] = (
    *(
        Reference(t, "session_id", Session, "cascade")
        for t in (
            Participant,
            Decision,
            Foundation,
            Criterion,
            Board,
            Ring,
            Sector,
            Stakeholder,
            Relation,
            Stage,
            TimerEvent,
        )
    ),
    Reference(Frame, "board_id", Board, "cascade"),
    Reference(Note, "board_id", Board, "cascade"),
    Reference(Note, "frame_id", Frame, "set_null"),
    Reference(Note, "origin_id", Note, "set_null"),
    Reference(Note, "author_id", Participant, "set_null"),
    Reference(VotingRound, "board_id", Board, "cascade"),
    Reference(Vote, "round_id", VotingRound, "cascade"),
    Reference(Vote, "note_id", Note, "cascade"),
    Reference(Vote, "participant_id", Participant, "cascade"),
    Reference(Rating, "note_id", Note, "cascade"),
    Reference(Rating, "criterion_id", Criterion, "cascade"),
    Reference(Rating, "participant_id", Participant, "cascade"),
    Reference(Relation, "source_id", Stakeholder, "cascade"),
    Reference(Relation, "target_id", Stakeholder, "cascade"),
    Reference(Stage, "board_id", Board, "set_null"),
    Reference(TimerEvent, "stage_id", Stage, "cascade"),
    Reference(ChosenNote, "decision_id", Decision, "cascade"),
    Reference(ChosenNote, "note_id", Note, "cascade"),
)


def references_to(parent: type[Entity]) -> tuple[Reference, ...]:
    """The references that point at records of type ``parent``."""
    return tuple(r for r in REFERENCES if r.parent is parent)


def references_from(child: type[Entity]) -> tuple[Reference, ...]:
    """The references that records of type ``child`` hold."""
    return tuple(r for r in REFERENCES if r.child is child)


def edited(record: Entity, **fields: Any) -> Put:
    """A Put of ``record`` with some fields replaced: the common shape of an edit."""
    return Put(with_fields(record, **fields))
