"""The workshop's records, as frozen dataclasses of plain values.

Every record has an ``id`` and only scalar fields (str, int, float, bool, None), so
that one record is one row of the library and one change is "put this record" or
"remove that record" (see :mod:`n3desk.domain.changes`). Collections live in
:class:`n3desk.domain.workshop.Workshop`, not inside records. Records are immutable:
an edit makes a new record with :func:`with_fields`, which is what makes undo
trivial and safe.

Times are seconds since the epoch (``time.time()``), dates ISO strings
("2026-03-14"), colours named palette keys or "#rrggbb" strings.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance


def new_id() -> str:
    """A fresh, globally unique record id."""
    return uuid.uuid4().hex


@dataclass(frozen=True, slots=True)
class Session:
    """One workshop: what it is about, when and where, and who leads it."""

    id: str
    title: str
    question: str = ""  # the innovation question, "Hur kan vi …?"
    date: str = ""  # ISO date of the workshop, "" when not yet planned
    start_time: str = "09:00"  # HH:MM; the agenda's start times follow from it
    available_minutes: int = 180  # time the room has; the agenda warns past it
    place: str = ""
    facilitator: str = ""
    template_id: str = "blank"
    language: str = "sv"
    facilitator_notes: str = ""
    persona_name: str = ""  # the citizen ("brukaren") at the centre of the map
    persona_description: str = ""
    persona_image: str = ""  # file name inside the library's media folder, or ""
    created_at: float = 0.0
    updated_at: float = 0.0
    deleted_at: float | None = None  # soft delete: undoable while the app runs


@dataclass(frozen=True, slots=True)
class Participant:
    id: str
    session_id: str
    name: str
    initials: str = ""
    colour: str = "#1565c0"
    position: int = 0


@dataclass(frozen=True, slots=True)
class Decision:
    """One line of the decision log, e.g. "politicians chose 2 of 4 concepts".

    The notes it chose (ideas, concepts) are :class:`ChosenNote` records; ``owner`` is
    who carries it out and ``due_date`` by when (ISO date, "" when none was set).
    """

    id: str
    session_id: str
    text: str
    decided_at: float = 0.0
    position: int = 0
    owner: str = ""
    due_date: str = ""


@dataclass(frozen=True, slots=True)
class Foundation:
    """One of the five foundations of the N3 project card, self-rated 1–5."""

    id: str
    session_id: str
    key: str  # one of n3card.FOUNDATION_KEYS
    rating: int | None = None  # 1–5, None while not yet rated
    notes: str = ""
    position: int = 0


@dataclass(frozen=True, slots=True)
class Criterion:
    """A rating criterion such as Nytt (0–3), or "desirable" in other templates."""

    id: str
    session_id: str
    name: str
    low: int = 0
    high: int = 3
    position: int = 0


@dataclass(frozen=True, slots=True)
class Board:
    """A flip-chart sheet on the wall: notes and frames."""

    id: str
    session_id: str
    title: str
    position: int = 0


@dataclass(frozen=True, slots=True)
class Frame:
    """A titled area that clusters notes (affinity diagram)."""

    id: str
    board_id: str
    title: str = ""
    x: float = 0.0
    y: float = 0.0
    width: float = 400.0
    height: float = 300.0
    z: float = 0.0


@dataclass(frozen=True, slots=True)
class Note:
    """A sticky note. Position and size are in board coordinates (pixels at 100 %)."""

    id: str
    board_id: str
    text: str = ""
    colour: str = "yellow"  # a key of palette.NOTE_COLOURS
    x: float = 0.0
    y: float = 0.0
    width: float = 160.0
    height: float = 120.0
    z: float = 0.0
    author_id: str | None = None  # a Participant
    hidden: bool = False  # hidden from the projector until revealed
    frame_id: str | None = None
    origin_id: str | None = None  # the note this one was carried forward from
    created_at: float = 0.0


@dataclass(frozen=True, slots=True)
class VotingRound:
    """A round of dot voting on one board."""

    id: str
    board_id: str
    title: str
    votes_per_participant: int = 3
    max_dots_per_note: int = 3  # 1 means "one dot per note"
    state: str = "open"  # open | closed | revealed
    created_at: float = 0.0
    position: int = 0


@dataclass(frozen=True, slots=True)
class Vote:
    """Dots given to one note in one round, by one participant or by the room."""

    id: str
    round_id: str
    note_id: str
    participant_id: str | None = None  # None: dots entered for the room as a whole
    dots: int = 1


@dataclass(frozen=True, slots=True)
class Rating:
    """A note's score on one criterion, by one participant or by the facilitator.

    ``participant_id`` None is the facilitator's own value (typed on the board, or
    an older room's mean); a participant's comes from their phone in the room.
    """

    id: str
    note_id: str
    criterion_id: str
    value: int
    participant_id: str | None = None  # None: the facilitator's own


@dataclass(frozen=True, slots=True)
class Ring:
    """A concentric ring of the stakeholder map; position 0 is closest to the citizen."""

    id: str
    session_id: str
    label: str
    position: int = 0


@dataclass(frozen=True, slots=True)
class Sector:
    """A slice of the stakeholder map for one type of actor."""

    id: str
    session_id: str
    label: str
    colour: str = "#90a4ae"
    position: int = 0


@dataclass(frozen=True, slots=True)
class Stakeholder:
    """An actor on the map, stored in polar form so the map keeps its shape.

    ``angle`` is in degrees, clockwise from twelve o'clock, [0, 360); ``radius`` is a
    fraction of the map's outer radius, [0, 1]. Sector and ring follow from these.
    """

    id: str
    session_id: str
    name: str
    role: str = ""  # what can they contribute?
    influence: int = 3  # 1–5
    interest: int = 3  # 1–5
    notes: str = ""
    angle: float = 0.0
    radius: float = 0.5


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed line between two stakeholders."""

    id: str
    session_id: str
    source_id: str
    target_id: str
    kind: str = "collaboration"  # collaboration|information|money|conflict|trust|<own>
    label: str = ""
    directed: bool = False


@dataclass(frozen=True, slots=True)
class Stage:
    """One time-box of the agenda, or a station rotation."""

    id: str
    session_id: str
    title: str
    planned_minutes: int = 15
    method_id: str = ""  # a method card id, or ""
    instructions: str = ""  # shown to the room
    board_id: str | None = None  # the board to show during this stage
    kind: str = "timebox"  # timebox | rotation
    stations: int = 0  # rotation: number of stations
    station_minutes: int = 0  # rotation: minutes at each station
    summary_minutes: int = 0  # rotation: optional summary round at the end
    warning_seconds: int = 120
    danger_seconds: int = 30
    position: int = 0


@dataclass(frozen=True, slots=True)
class TimerEvent:
    """One entry of the timer log: start, pause, resume, adjust, end, skip, reopen, rewind."""

    id: str
    session_id: str
    stage_id: str
    kind: str
    at: float  # wall-clock seconds since the epoch
    delta_seconds: int = 0  # for "adjust": the time added (negative: taken away)


@dataclass(frozen=True, slots=True)
class ChosenNote:
    """A note (an idea, a concept) that a decision chose, in the decision's order."""

    id: str
    decision_id: str
    note_id: str
    position: int = 0


Entity = (
    Session
    | Participant
    | Decision
    | Foundation
    | Criterion
    | Board
    | Frame
    | Note
    | VotingRound
    | Vote
    | Rating
    | Ring
    | Sector
    | Stakeholder
    | Relation
    | Stage
    | TimerEvent
    | ChosenNote
)

# Every record type, parents before children: the order to insert a whole session in
# and (reversed) to delete one.
ENTITY_TYPES: tuple[type[Entity], ...] = (
    Session,
    Participant,
    Decision,
    Foundation,
    Criterion,
    Board,
    Frame,
    Note,
    VotingRound,
    Vote,
    Rating,
    Ring,
    Sector,
    Stakeholder,
    Relation,
    Stage,
    TimerEvent,
    ChosenNote,
)

R = TypeVar("R", bound="DataclassInstance")


def with_fields(record: R, **fields: Any) -> R:
    """``record`` with some fields replaced, as the same type of record.

    The one way the code changes a record (a session's or a programme's) whose fields
    are named at run time: ``dataclasses.replace`` with a dict cannot be type-checked
    against a union of records. A field the record does not have raises ``TypeError``.
    """
    return replace(record, **fields)
