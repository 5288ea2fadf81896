"""How much each field may hold, and how text is cleaned at the domain's edge.

One place decides the longest text and the range of every number a workshop
accepts, whether it is typed, imported from a notes file or read from a portable
``.n3desk`` file: :meth:`Workshop.apply` refuses a record that is over a limit
(:class:`LimitError`, one line naming the field and its limit), and the portable
reader refuses a file on the same numbers before building anything from it.

Text is cleaned before it is checked (:func:`clean_text`): a lone surrogate
(``"x\\ud800y"``, which Python strings allow but no file or database can store)
becomes U+FFFD. Nothing else is changed: markup, control characters, emoji and
right-to-left text are the person's text, stored as typed; the views and the
record show them safely.

The limits are generous for people and tight for machines: no facilitator types a
100,000-character sticky note, but a hostile file could ask for a billion stations.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any

from n3desk.domain.changes import IntegrityError, Op, Put
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

# -- text -----------------------------------------------------------------------------

# Every text a person writes (a title, a name, a note, the facilitator's notes)
# holds up to 100,000 characters: far past anything typed in a workshop, and the
# length every view, the record and the CSV are tested with. Past it, a change is
# refused with a message saying so.
TEXT_CHARS = 100_000
NAME_CHARS = TEXT_CHARS  # titles, names, labels, places
NOTE_CHARS = TEXT_CHARS  # a sticky note
QUESTION_CHARS = TEXT_CHARS  # the innovation question
LONG_CHARS = TEXT_CHARS  # facilitator notes, instructions, decisions, roles
CODE_CHARS = 200  # ids of templates, methods, relation kinds
ID_CHARS = 64

# The longest text of each text field (fields not listed are ids or codes: ID_CHARS).
TEXT_LIMITS: dict[type[Entity], dict[str, int]] = {
    Session: {
        "title": NAME_CHARS,
        "question": QUESTION_CHARS,
        "date": 32,
        "start_time": 16,
        "place": NAME_CHARS,
        "facilitator": NAME_CHARS,
        "template_id": CODE_CHARS,
        "language": 8,
        "facilitator_notes": LONG_CHARS,
        "persona_name": NAME_CHARS,
        "persona_description": LONG_CHARS,
        "persona_image": 1_000,
    },
    Participant: {"name": NAME_CHARS, "initials": 16, "colour": 32},
    Decision: {"text": LONG_CHARS, "owner": NAME_CHARS, "due_date": 32},
    Foundation: {"key": 32, "notes": LONG_CHARS},
    Criterion: {"name": NAME_CHARS},
    Board: {"title": NAME_CHARS},
    Frame: {"title": NAME_CHARS},
    Note: {"text": NOTE_CHARS, "colour": 32},
    VotingRound: {"title": NAME_CHARS, "state": 16},
    Vote: {},
    Rating: {},
    Ring: {"label": NAME_CHARS},
    Sector: {"label": NAME_CHARS, "colour": 32},
    Stakeholder: {"name": NAME_CHARS, "role": LONG_CHARS, "notes": LONG_CHARS},
    Relation: {"kind": CODE_CHARS, "label": NAME_CHARS},
    Stage: {
        "title": NAME_CHARS,
        "method_id": CODE_CHARS,
        "instructions": LONG_CHARS,
        "kind": 16,
    },
    TimerEvent: {"kind": 32},
    ChosenNote: {},
}

# -- numbers --------------------------------------------------------------------------

EPOCH_MAX = 1e11  # seconds since 1970: the year 5138
COORDINATE = 1e9  # board coordinates, pixels at 100 %
POSITION = 1_000_000_000  # order among siblings


@dataclass(frozen=True, slots=True)
class Bounds:
    """The smallest and largest value a number field accepts (both included)."""

    low: float
    high: float


_TIME = Bounds(0, EPOCH_MAX)
_XY = Bounds(-COORDINATE, COORDINATE)
_SIZE = Bounds(0, COORDINATE)
_POSITION = Bounds(-POSITION, POSITION)

# The range of each number field. A number field not listed here is refused outright:
# every new field must say what it accepts (tests/domain/test_limits.py checks).
NUMBER_LIMITS: dict[type[Entity], dict[str, Bounds]] = {
    Session: {
        "available_minutes": Bounds(0, 7 * 24 * 60),
        "created_at": _TIME,
        "updated_at": _TIME,
        "deleted_at": _TIME,
    },
    Participant: {"position": _POSITION},
    Decision: {"decided_at": _TIME, "position": _POSITION},
    Foundation: {"rating": Bounds(1, 5), "position": _POSITION},
    Criterion: {"low": Bounds(-1000, 1000), "high": Bounds(-1000, 1000), "position": _POSITION},
    Board: {"position": _POSITION},
    Frame: {"x": _XY, "y": _XY, "width": _SIZE, "height": _SIZE, "z": _XY},
    Note: {
        "x": _XY,
        "y": _XY,
        "width": _SIZE,
        "height": _SIZE,
        "z": _XY,
        "created_at": _TIME,
    },
    VotingRound: {
        "votes_per_participant": Bounds(1, 1000),
        "max_dots_per_note": Bounds(1, 1000),
        "created_at": _TIME,
        "position": _POSITION,
    },
    Vote: {"dots": Bounds(1, 1_000_000)},
    Rating: {"value": Bounds(-1000, 1000)},
    Ring: {"position": _POSITION},
    Sector: {"position": _POSITION},
    Stakeholder: {
        "influence": Bounds(1, 5),
        "interest": Bounds(1, 5),
        "angle": Bounds(-COORDINATE, COORDINATE),
        "radius": Bounds(-COORDINATE, COORDINATE),
    },
    Relation: {},
    Stage: {
        "planned_minutes": Bounds(0, 24 * 60),
        "stations": Bounds(0, 50),
        "station_minutes": Bounds(0, 24 * 60),
        "summary_minutes": Bounds(0, 24 * 60),
        "warning_seconds": Bounds(0, 24 * 3600),
        "danger_seconds": Bounds(0, 24 * 3600),
        "position": _POSITION,
    },
    TimerEvent: {"at": _TIME, "delta_seconds": Bounds(-7 * 24 * 3600, 7 * 24 * 3600)},
    ChosenNote: {"position": _POSITION},
}

# -- counts ---------------------------------------------------------------------------

# The most records of each kind one session holds (a portable file is refused past
# them; a 9,000-note import, the largest seen in a real workshop, fits twice over).
RECORDS_PER_KIND: dict[type[Entity], int] = {
    Session: 1,
    Participant: 500,
    Decision: 2_000,
    Foundation: 5,
    Criterion: 50,
    Board: 200,
    Frame: 2_000,
    Note: 20_000,
    VotingRound: 500,
    Vote: 20_000,
    Rating: 20_000,
    Ring: 20,
    Sector: 50,
    Stakeholder: 1_000,
    Relation: 5_000,
    Stage: 500,
    TimerEvent: 10_000,
    ChosenNote: 10_000,
}
# All kinds together. Reading and checking a portable file of this many records takes
# about a second on a laptop, which bounds the time any refused file can take.
RECORDS_PER_SESSION = 30_000


class LimitError(IntegrityError):
    """A record holds more than its field accepts; the message says which and how much.

    For a text that is too long, ``length`` and ``longest`` say by how much (the
    window words it in the person's language); both are None for other limits.
    """

    def __init__(
        self, message: str, *, length: int | None = None, longest: int | None = None
    ) -> None:
        super().__init__(message)
        self.length = length
        self.longest = longest


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """``text`` as it can be stored: every lone surrogate becomes U+FFFD."""
    if text.isascii():
        return text  # the common case, without a regular expression
    return _SURROGATE.sub("\ufffd", text)


def clean_record(record: Entity) -> Entity:
    """``record`` with every text field cleaned; the same object when nothing changed."""
    changes: dict[str, str] = {}
    for f in fields(record):
        value = getattr(record, f.name)
        if isinstance(value, str):
            cleaned = clean_text(value)
            if cleaned is not value and cleaned != value:
                changes[f.name] = cleaned
    return with_fields(record, **changes) if changes else record


def cleaned_ops(ops: Sequence[Op]) -> list[Op]:
    """``ops`` with the text of every record put cleaned (removals are kept as they are)."""
    result: list[Op] = []
    for op in ops:
        if isinstance(op, Put):
            record = clean_record(op.record)
            result.append(op if record is op.record else Put(record))
        else:
            result.append(op)
    return result


def _field_limits(kind: type[Entity]) -> tuple[tuple[str, int, Bounds | None], ...]:
    """Each field of ``kind`` with its longest text and its range (looked up once)."""
    found = _FIELD_LIMITS.get(kind)
    if found is None:
        texts, numbers = TEXT_LIMITS[kind], NUMBER_LIMITS[kind]
        found = tuple(
            (f.name, texts.get(f.name, ID_CHARS), numbers.get(f.name)) for f in fields(kind)
        )
        _FIELD_LIMITS[kind] = found
    return found


_FIELD_LIMITS: dict[type[Entity], tuple[tuple[str, int, Bounds | None], ...]] = {}


def record_problem(record: Entity) -> str | None:
    """What is over a limit in ``record`` (one line), or None when it is within them all."""
    kind = type(record)
    for name, longest, bounds in _field_limits(kind):
        value: Any = getattr(record, name)
        if value is None or value is True or value is False:
            continue
        if type(value) is str:
            if len(value) > longest:
                return (
                    f"{_label(kind, name)} holds {len(value):,} characters; "
                    f"the most it accepts is {longest:,}"
                )
            if not value.isascii() and _SURROGATE.search(value):
                return f"{_label(kind, name)} holds text that is not valid Unicode"
            continue
        if bounds is None or not isinstance(value, int | float) or isinstance(value, bool):
            return f"{_label(kind, name)} holds a value it does not accept ({value!r})"
        if not bounds.low <= value <= bounds.high:  # False for NaN too
            if isinstance(value, float) and not math.isfinite(value):
                return f"{_label(kind, name)} is not a number ({value!r})"
            return (
                f"{_label(kind, name)} is {_number(value)}; it accepts "
                f"{_number(bounds.low)} to {_number(bounds.high)}"
            )
    return None


def check_record(record: Entity) -> None:
    """Raise :class:`LimitError` if ``record`` is over a limit."""
    problem = record_problem(record)
    if problem is None:
        return
    for name, longest, _bounds in _field_limits(type(record)):
        value = getattr(record, name)
        if type(value) is str and len(value) > longest:
            raise LimitError(problem, length=len(value), longest=longest)
    raise LimitError(problem)


def _label(kind: type[Entity], field: str) -> str:
    """ "the note's text", "the stage's stations": how a message names a field."""
    name = re.sub(r"(?<!^)(?=[A-Z])", " ", kind.__name__).lower()
    return f"the {name}'s {field.replace('_', ' ')}"


def _number(value: float) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else f"{value:g}"
