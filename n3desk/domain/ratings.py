"""Ratings of notes on the session's criteria (N3 by default): values, badges, order.

Each note has at most one :class:`Rating` per criterion from each participant (rated
from a phone in the room) and one of the facilitator's own (``participant_id`` None,
typed on the board). What a note shows on a criterion (:func:`summaries`) is the
facilitator's own value when there is one — what she types is what the room agreed —
else the mean of the participants' values. A board can be sorted or filtered by one
criterion, by the sum of all of them, or by dots; notes without a score come last,
and ties keep the order in which the notes were written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from n3desk.domain.changes import Op, Put, Remove
from n3desk.domain.entities import Criterion, Note, Rating, new_id

TOTAL = "total"  # sort key: the sum of every criterion
VOTES = "votes"  # sort key: dots in the board's latest round

RatingMap = Mapping[str, Mapping[str, float]]  # note id → criterion id → value shown


@dataclass(frozen=True, slots=True)
class Shown:
    """What a note shows on one criterion, and how many participants rated it."""

    value: float  # an int when whole: a single rating shows exactly as it always did
    count: int  # participants' ratings (0: the facilitator's own value alone)
    own: bool  # the value is the facilitator's own (participants' are then not counted in)
    room: float | None = None  # the participants' mean, shown or not; None when none rated


def whole_or_tenth(value: float) -> float:
    """A mean as it is shown: a whole number as an int, else to one decimal."""
    rounded = round(value, 1)
    return int(rounded) if rounded == int(rounded) else rounded


def summaries(ratings: Iterable[Rating]) -> dict[str, dict[str, Shown]]:
    """Every note's shown values by criterion id (see the module's docstring)."""
    own: dict[tuple[str, str], int] = {}
    given: dict[tuple[str, str], list[int]] = {}
    for rating in ratings:
        key = (rating.note_id, rating.criterion_id)
        if rating.participant_id is None:
            own[key] = rating.value
        else:
            given.setdefault(key, []).append(rating.value)
    result: dict[str, dict[str, Shown]] = {}
    for key in own.keys() | given.keys():
        values = given.get(key, [])
        room = whole_or_tenth(sum(values) / len(values)) if values else None
        if key in own:
            shown = Shown(own[key], len(values), own=True, room=room)
        else:
            assert room is not None
            shown = Shown(room, len(values), own=False, room=room)
        result.setdefault(key[0], {})[key[1]] = shown
    return result


def ratings_by_note(ratings: Iterable[Rating]) -> dict[str, dict[str, float]]:
    """Every note's shown values, by criterion id."""
    return {
        note_id: {criterion_id: s.value for criterion_id, s in shown.items()}
        for note_id, shown in summaries(ratings).items()
    }


def clamp(criterion: Criterion, value: int) -> int:
    """``value`` kept within the criterion's scale."""
    return max(criterion.low, min(criterion.high, value))


def rate_ops(
    existing: Sequence[Rating],
    note_id: str,
    criterion: Criterion,
    value: int | None,
    participant_id: str | None = None,
) -> list[Op]:
    """Set (or with None, clear) a note's value on a criterion, by one person.

    ``existing`` are the note's current ratings; ``participant_id`` None is the
    facilitator's own value. A value equal to the current one changes nothing.
    """
    current = next(
        (
            r
            for r in existing
            if r.criterion_id == criterion.id and r.participant_id == participant_id
        ),
        None,
    )
    if value is None:
        return [Remove(current)] if current is not None else []
    value = clamp(criterion, value)
    if current is None:
        return [Put(Rating(new_id(), note_id, criterion.id, value, participant_id))]
    if current.value == value:
        return []
    return [Put(replace(current, value=value))]


def short_labels(names: Sequence[str]) -> list[str]:
    """Badge labels for criteria: initials when they differ, else two letters when those
    differ, else initial + number.

    Desirable / feasible / viable become D, F, V; the Danish Roskilde criteria (Værdi …,
    Gennemførlighed, Nyhedsværdi, Vej …) become Væ, Ge, Ny, Ve — never "N3", which reads
    as the model's name; Nytt / Nyttigt / Nyttiggjort share every short start, so they
    become N1, N2, N3.
    """
    stripped = [name.strip() for name in names]
    for length in (1, 2):
        starts = [(name[:length] or "?").capitalize() for name in stripped]
        if len(set(starts)) == len(starts):
            return starts
    return [f"{(name[:1] or '?').upper()}{n}" for n, name in enumerate(stripped, start=1)]


def score(
    note_id: str, key: str, ratings: RatingMap, dots: Mapping[str, int] | None = None
) -> float | None:
    """The note's value for ``key`` (a criterion id, TOTAL or VOTES); None if unscored."""
    if key == VOTES:
        return (dots or {}).get(note_id, 0)
    values = ratings.get(note_id, {})
    if key == TOTAL:
        return whole_or_tenth(sum(values.values())) if values else None
    return values.get(key)


def sort_notes(
    notes: Iterable[Note], key: str, ratings: RatingMap, dots: Mapping[str, int] | None = None
) -> list[Note]:
    """Notes by ``key``, best first; unscored notes last; ties by age, then id."""

    def order(note: Note) -> tuple[bool, float, float, str]:
        value = score(note.id, key, ratings, dots)
        return (value is None, -(value or 0), note.created_at, note.id)

    return sorted(notes, key=order)


def filter_notes(
    notes: Iterable[Note],
    key: str,
    minimum: float,
    ratings: RatingMap,
    dots: Mapping[str, int] | None = None,
) -> list[Note]:
    """The notes scoring at least ``minimum`` on ``key``."""
    kept = []
    for note in notes:
        value = score(note.id, key, ratings, dots)
        if value is not None and value >= minimum:
            kept.append(note)
    return kept


def ranks(
    notes: Iterable[Note], key: str, ratings: RatingMap, dots: Mapping[str, int] | None = None
) -> list[tuple[int, Note, float | None]]:
    """(rank, note, score) best first; equal scores share a rank; unscored have none."""
    result: list[tuple[int, Note, float | None]] = []
    previous: float | None = None
    rank = 0
    for place, note in enumerate(sort_notes(notes, key, ratings, dots), start=1):
        value = score(note.id, key, ratings, dots)
        if value != previous:
            rank = place
            previous = value
        result.append((rank if value is not None else 0, note, value))
    return result
