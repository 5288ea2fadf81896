"""Where a change acted: the view, board and records an undo or redo should show.

An undo that changes something out of sight is an undo the facilitator cannot
check. After every undo and redo the app shows the place this module names: the
tab (overview, board, map, agenda), the board, the records to select and the
rectangle to bring into view — also for records the step removed, from the copy
that the removal keeps.

When one step touched several kinds of record (a note removed with its votes and
ratings), the place of the record the person acted on wins: notes and frames before
votes and ratings, stakeholders before their relations, and so on (:data:`ORDER`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from n3desk.domain import arrangement
from n3desk.domain.changes import Op, Put
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
)
from n3desk.domain.workshop import Workshop

OVERVIEW, BOARD, MAP, AGENDA = "overview", "board", "map", "agenda"

# Which record's place wins when one step touched several kinds.
ORDER: tuple[type[Entity], ...] = (
    Note,
    Frame,
    Stakeholder,
    Relation,
    Stage,
    Vote,
    Rating,
    VotingRound,
    Criterion,
    Board,
    Ring,
    Sector,
    Participant,
    Decision,
    ChosenNote,
    Foundation,
    Session,
    TimerEvent,
)

# Session fields shown on the map (the citizen at its centre), not on the overview.
PERSONA_FIELDS = ("persona_name", "persona_description", "persona_image")


@dataclass(frozen=True, slots=True)
class Place:
    """A view, and in it what to show.

    ``section`` names a part of the view: on the overview "details", "participants",
    "card" or "decisions"; on the map "stakeholders", "relations" or "setup"; on a
    board "ratings" for a change of the criteria.
    """

    view: str
    board_id: str | None = None
    record_ids: tuple[str, ...] = ()
    area: arrangement.Box | None = None  # board coordinates to bring into view
    section: str = ""


def place_of(workshop: Workshop, applied: Sequence[Op], undone: Sequence[Op]) -> Place | None:
    """Where ``applied`` acted; ``undone`` are the operations it replaced (its inverse).

    ``workshop`` is the workshop after ``applied``. None when nothing has a place.
    """
    by_kind: dict[type[Entity], list[Entity]] = {}
    for op in applied:
        by_kind.setdefault(type(op.record), []).append(op.record)
    kind = next((k for k in ORDER if k in by_kind), None)
    if kind is None:
        return None
    records = by_kind[kind]
    first = records[0]
    if isinstance(first, Note | Frame):
        return _on_board(workshop, [r for r in records if isinstance(r, Note | Frame)])
    if isinstance(first, Vote | Rating):
        notes = [
            _note_of(workshop, applied, undone, r) for r in records if isinstance(r, Vote | Rating)
        ]
        found = [n for n in notes if n is not None]
        return _on_board(workshop, found) if found else Place(BOARD)
    if isinstance(first, VotingRound):
        return Place(BOARD, board_id=_live_board(workshop, first.board_id))
    if isinstance(first, Criterion):
        return Place(BOARD, section="ratings")
    if isinstance(first, Board):
        return Place(BOARD, board_id=_live_board(workshop, first.id))
    if isinstance(first, Stakeholder | Relation):
        section = "stakeholders" if isinstance(first, Stakeholder) else "relations"
        return Place(MAP, record_ids=tuple(r.id for r in records), section=section)
    if isinstance(first, Ring | Sector):
        return Place(MAP, section="setup")
    if isinstance(first, Stage):
        return Place(AGENDA, record_ids=(first.id,))
    if isinstance(first, TimerEvent):
        return Place(AGENDA, record_ids=(first.stage_id,))
    if isinstance(first, Session):
        return _session_place(first, undone)
    if isinstance(first, ChosenNote):  # the notes a decision chose: that decision
        chose = tuple(dict.fromkeys(r.decision_id for r in records if isinstance(r, ChosenNote)))
        return Place(OVERVIEW, record_ids=chose, section="decisions")
    sections = {Participant: "participants", Decision: "decisions", Foundation: "card"}
    return Place(OVERVIEW, record_ids=tuple(r.id for r in records), section=sections[kind])


def _on_board(workshop: Workshop, records: Sequence[Note | Frame]) -> Place:
    """The board of the first record, and the area of all of its records on that board."""
    board_id = records[0].board_id
    here = [r for r in records if r.board_id == board_id]
    area = arrangement.bounds([(r.x, r.y, r.width, r.height) for r in here])
    live = {r.id for r in here if workshop.get(type(r), r.id) is not None}
    return Place(
        BOARD,
        board_id=_live_board(workshop, board_id),
        record_ids=tuple(r.id for r in here if r.id in live),
        area=area,
    )


def _note_of(
    workshop: Workshop, applied: Sequence[Op], undone: Sequence[Op], record: Vote | Rating
) -> Note | None:
    """The note a vote or rating is on, even when the same step removed that note."""
    note = workshop.get(Note, record.note_id)
    if note is not None:
        return note
    for op in (*applied, *undone):
        if isinstance(op.record, Note) and op.record.id == record.note_id:
            return op.record
    return None


def _live_board(workshop: Workshop, board_id: str) -> str | None:
    return board_id if workshop.get(Board, board_id) is not None else None


def _session_place(session: Session, undone: Sequence[Op]) -> Place:
    """The map for the persona at its centre; the overview for everything else."""
    before = next(
        (op.record for op in undone if isinstance(op, Put) and isinstance(op.record, Session)),
        None,
    )
    if before is not None:
        changed = [
            f for f in Session.__dataclass_fields__ if getattr(before, f) != getattr(session, f)
        ]
        if changed and all(f in PERSONA_FIELDS for f in changed):
            return Place(MAP, section="setup")
    return Place(OVERVIEW, section="details")
