"""What one phone sees (``GET /api/state`` and every live update), built on the host's thread.

Only what is the phone's own or public: the stage and its timer, the phone's own
notes (with whether they are still private), the revealed notes of the room's board
without their authors, the phone's own dots (the room's counts only once the round is
revealed) and its own ratings of the notes open for rating.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from n3desk.domain import voting
from n3desk.domain.agenda import current_stage, timer_for
from n3desk.domain.entities import Note, Participant, Rating, Vote, VotingRound
from n3desk.domain.timer import TimerState

if TYPE_CHECKING:
    from n3desk.room.phones import Phone
    from n3desk.room.room import Room

MAX_PUBLIC_NOTES = 500  # a phone lists at most this many notes (newest kept)


def phone_state(room: Room, phone: Phone) -> dict[str, Any]:
    """The whole state for ``phone``: plain JSON values."""
    return phone_states(room, {phone.token: phone})[phone.token]


def phone_states(room: Room, phones: Mapping[str, Phone]) -> dict[str, dict[str, Any]]:
    """The states of many phones at once (a live update): the shared part built once."""
    shared, own = phone_state_parts(room, phones)
    return {token: {**shared, **mine} for token, mine in own.items()}


def phone_state_parts(
    room: Room, phones: Mapping[str, Phone]
) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """What every phone sees alike, and what each sees of its own (by token).

    A live update serialises the shared part once, not once per phone (with 500
    notes on the board it is most of the message).
    """
    workshop = room.host.workshop
    board = room.board()
    rules = room.rules
    notes = workshop.notes_on(board.id) if board is not None else []
    public = sorted((n for n in notes if not n.hidden), key=lambda n: (n.created_at, n.id))
    by_author: dict[str | None, list[Note]] = {}
    for note in sorted(notes, key=lambda n: (n.created_at, n.id)):
        by_author.setdefault(note.author_id, []).append(note)
    shared = {
        "session": {"title": workshop.session.title, "question": workshop.session.question},
        "language": workshop.session.language,
        "stage": _stage(room),
        "board": {"id": board.id, "title": board.title} if board is not None else None,
        "writing": rules.writing and board is not None,
        "private": rules.private,
        "notes": [
            {"id": n.id, "text": n.text, "colour": n.colour} for n in public[-MAX_PUBLIC_NOTES:]
        ],
        "server_time": room.host.now(),
    }
    round_ = voting.latest_round(workshop.rounds_on(board.id)) if board is not None else None
    votes = workshop.votes_in(round_.id) if round_ is not None else []
    tally = voting.tally(votes)
    rated = [n.id for n in public if n.id in rules.rating_note_ids]
    given = _ratings_given(room, rated)
    own: dict[str, dict[str, Any]] = {}
    for token, phone in phones.items():
        person = workshop.get(Participant, phone.participant_id)
        mine = by_author.get(phone.participant_id, [])
        own[token] = {
            "me": {
                "name": person.name if person else phone.name,
                "initials": person.initials if person else "",
            },
            "my_notes": [{"id": n.id, "text": n.text, "private": n.hidden} for n in mine],
            "vote": _vote(room, phone, round_, votes, tally),
            "rating": _rating(room, rated, given.get(phone.participant_id, {})),
        }
    return shared, own


def _stage(room: Room) -> dict[str, Any] | None:
    workshop = room.host.workshop
    now = room.host.now()
    stage = current_stage(workshop, now)
    if stage is None:
        return None
    reading = timer_for(workshop, stage).reading(now)
    segmented = reading.segment_count > 1 and reading.state is not TimerState.OVERTIME
    return {
        "title": stage.title,
        "instructions": stage.instructions,
        "state": str(reading.state),
        "remaining": round(reading.segment_remaining if segmented else reading.remaining, 1),
        "running": reading.state in (TimerState.RUNNING, TimerState.OVERTIME),
    }


def _vote(
    room: Room,
    phone: Phone,
    round_: VotingRound | None,
    votes: list[Vote],
    tally: voting.Tally,
) -> dict[str, Any] | None:
    if round_ is None:
        return None
    count = len(room.host.workshop.participants)
    mine = {
        note_id: dots for (note_id, who), dots in tally.per_cell.items()
        if who == phone.participant_id
    }  # fmt: skip
    return {
        "title": round_.title,
        "open": round_.state == voting.OPEN and room.rules.voting,
        "state": round_.state,
        "budget": voting.budget_of(round_, votes, phone.participant_id, count).voter_total,
        "max_per_note": round_.max_dots_per_note,
        "dots_left": voting.remaining(round_, votes, phone.participant_id, count),
        "mine": mine,
        "counts": dict(tally.per_note) if voting.counts_visible(round_) else None,
    }


def _ratings_given(room: Room, notes: list[str]) -> dict[str, dict[str, dict[str, int]]]:
    """Each participant's own ratings of the notes open for rating: one pass for all phones."""
    opened = set(notes)
    given: dict[str, dict[str, dict[str, int]]] = {}
    if not opened:
        return given
    for rating in room.host.workshop.all(Rating):
        if rating.participant_id is not None and rating.note_id in opened:
            mine = given.setdefault(rating.participant_id, {})
            mine.setdefault(rating.note_id, {})[rating.criterion_id] = rating.value
    return given


def _rating(room: Room, notes: list[str], mine: dict[str, dict[str, int]]) -> dict[str, Any] | None:
    if not notes:
        return None
    criteria = room.host.workshop.criteria
    return {
        "criteria": [{"id": c.id, "name": c.name, "low": c.low, "high": c.high} for c in criteria],
        "notes": notes,
        "mine": mine,
    }
