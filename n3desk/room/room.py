"""A room's rules: what a phone may do, as the operations a facilitator's edit would make.

:class:`Room` runs on the host's thread (the GUI thread in the app). Each method
checks what the facilitator allows now (:class:`RoomRules`), builds the operations
with the same domain functions the board uses (a new note, a dot, a rating) and
hands them to the host as one undoable edit. A refusal is a
:class:`~n3desk.room.errors.RoomError` with the status the phone gets.

Phones see only what is theirs or public: their own notes (private or not), the
revealed notes of the room's board, their own dots, and counts only once a round is
revealed. Never another participant's hidden note, never who wrote a note.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from n3desk.domain import voting
from n3desk.domain.agenda import current_stage
from n3desk.domain.arrangement import GAP, bounds, grid_positions
from n3desk.domain.board_edits import NOTE_SIZE, box, new_note, top_z
from n3desk.domain.changes import Put
from n3desk.domain.entities import (
    Board,
    Criterion,
    Note,
    Participant,
    VotingRound,
    new_id,
    with_fields,
)
from n3desk.domain.palette import DEFAULT_NOTE_COLOUR
from n3desk.domain.ratings import rate_ops
from n3desk.domain.workshop import IntegrityError
from n3desk.room import limits
from n3desk.room.errors import BAD_INPUT, NOT_ALLOWED, RoomError
from n3desk.room.host import EDIT, JOIN, NOTE, RATE, VOTE, WITHDRAW, RoomHost
from n3desk.room.phones import Phone, PhoneRegistry
from n3desk.room.state import phone_state, phone_state_parts, phone_states

ROOM_COLUMNS = 6  # phones' notes land in a grid this wide, beside the board's notes
PARTICIPANT_COLOURS = (
    "#1565c0", "#2e7d32", "#c62828", "#6a1b9a", "#ef6c00", "#00838f", "#4e342e", "#ad1457",
)  # fmt: skip


@dataclass
class RoomRules:
    """What the facilitator allows now. Changed only on the host's thread."""

    writing: bool = True
    voting: bool = True
    private: bool = True  # phones' notes are hidden until the facilitator reveals them
    board_id: str = ""  # "" follows the stage's board, else the first board
    rating_note_ids: frozenset[str] = field(default_factory=frozenset)


def initials_of(name: str) -> str:
    """Up to two initials from a name: "Anna-Karin Öberg" → "AÖ"."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    if not words:
        return name.strip()[:2].upper()
    return "".join(w[0] for w in (words[:1] + words[-1:] if len(words) > 1 else words)).upper()


def clean_text(value: object, *, limit: int, what: str) -> str:
    """``value`` as a text to store literally: a string, not blank, at most ``limit``."""
    if not isinstance(value, str):
        raise RoomError(BAD_INPUT, "bad_input", f"{what} must be a string")
    if not value.strip():
        raise RoomError(BAD_INPUT, "empty", f"{what} is empty")
    if len(value) > limit:
        raise RoomError(BAD_INPUT, "too_long", f"{what} is longer than {limit} characters")
    return value


class Room:
    """One opening of the room on one session."""

    def __init__(
        self,
        host: RoomHost,
        code: str,
        phones: PhoneRegistry | None = None,
        rules: RoomRules | None = None,
    ) -> None:
        self.host = host
        self.code = code
        self.phones = phones if phones is not None else PhoneRegistry()
        self.rules = rules if rules is not None else RoomRules()
        self.note_ids: list[str] = []  # notes written through this opening, in order
        # Told after every change of the rules (the server, the app's panel): listeners
        # subscribe here, nothing is assigned onto the room.
        self.rules_listeners: list[Callable[[], None]] = []
        self._origin: tuple[float, float] | None = None

    # -- the facilitator's side --------------------------------------------------------

    def set_rules(self, **changes: Any) -> None:
        """Change what is allowed (writing, voting, private, board_id, rating_note_ids)."""
        self.rules = with_fields(self.rules, **changes)  # a field it lacks: TypeError
        for listener in list(self.rules_listeners):
            listener()

    def board(self) -> Board | None:
        """The board phones write to and vote on."""
        workshop = self.host.workshop
        chosen = workshop.get(Board, self.rules.board_id)
        if chosen is not None:
            return chosen
        stage = current_stage(workshop, self.host.now())
        staged = workshop.get(Board, stage.board_id) if stage is not None else None
        if staged is not None:
            return staged
        boards = workshop.boards
        return boards[0] if boards else None

    def notes_in(self) -> int:
        """Notes that came in through this opening and are still on a board."""
        workshop = self.host.workshop
        return sum(1 for i in self.note_ids if workshop.get(Note, i) is not None)

    def remove_phone(self, token: str) -> Phone | None:
        """Forget a phone: its token stops working (its notes stay)."""
        return self.phones.remove(token)

    # -- joining -----------------------------------------------------------------------

    def lobby(self, current: Phone | None = None) -> dict[str, Any]:
        """What a phone with the right code sees before joining: the session's people.

        A participant another phone has joined as is ``taken``: it cannot be chosen
        (``current``, the asking phone's own, is not taken for it).
        """
        workshop = self.host.workshop
        return {
            "session": workshop.session.title,
            "language": workshop.session.language,
            "participants": [
                {"id": p.id, "name": p.name, "taken": self._taken(p.id, current)}
                for p in workshop.participants
            ],
        }

    def _taken(self, participant_id: str, current: Phone | None) -> bool:
        holder = self.phones.holder(participant_id)
        return holder is not None and (current is None or holder.token != current.token)

    def join(self, body: dict[str, Any], address: str, current: Phone | None = None) -> Phone:
        """Join as a participant of the session (``participant_id``) or by ``name``.

        A name that a participant already has joins as that participant (the room
        opened again), unless another phone holds it: a participant is one phone's
        until the facilitator removes that phone, so nobody with the code can read
        another's private notes by typing their name. ``current`` is the phone the
        request comes from (its cookie), if it has joined already: joining again as
        the same participant keeps its token; as another frees the first.
        """
        workshop = self.host.workshop
        chosen = body.get("participant_id")
        if chosen is not None:
            if not isinstance(chosen, str) or workshop.get(Participant, chosen) is None:
                raise RoomError(BAD_INPUT, "unknown_participant", "no such participant")
            person = workshop.get(Participant, chosen)
            assert person is not None
            return self._claim(person, address, current)
        name = " ".join(clean_text(body.get("name"), limit=limits.MAX_NAME_CHARS, what="name")
                        .split())  # fmt: skip
        if not name:
            raise RoomError(BAD_INPUT, "empty", "name is empty")
        for person in workshop.participants:
            if person.name.casefold() == name.casefold():
                return self._claim(person, address, current)
        self._room_for_one_more(current)
        people = workshop.participants
        person = Participant(
            id=new_id(),
            session_id=workshop.session.id,
            name=name,
            initials=initials_of(name),
            colour=PARTICIPANT_COLOURS[len(people) % len(PARTICIPANT_COLOURS)],
            position=max((p.position for p in people), default=-1) + 1,
        )
        self.host.edit(JOIN, name, [Put(person)])
        if current is not None:
            self.phones.remove(current.token)
        return self.phones.add(person.id, person.name, address)

    def _claim(self, person: Participant, address: str, current: Phone | None) -> Phone:
        """The phone that writes as ``person``, if nobody else's phone does."""
        holder = self.phones.holder(person.id)
        if holder is not None and current is not None and holder.token == current.token:
            return current  # the same phone again: a reload, the join page opened twice
        if holder is not None:
            raise RoomError(NOT_ALLOWED, "taken", "another phone has joined under that name")
        self._room_for_one_more(current)
        if current is not None:
            self.phones.remove(current.token)  # the phone now writes as someone else
        return self.phones.add(person.id, person.name, address)

    def _room_for_one_more(self, current: Phone | None) -> None:
        if current is None and len(self.phones) >= limits.MAX_PHONES:
            raise RoomError(NOT_ALLOWED, "room_full", "the room has as many phones as it takes")

    # -- notes -------------------------------------------------------------------------

    def add_note(self, phone: Phone, body: dict[str, Any]) -> str:
        """A new note from the phone (private while the rules say so); its id."""
        text = clean_text(body.get("text"), limit=limits.MAX_NOTE_CHARS, what="text")
        self._allowed_writing()
        board = self._board_or_refuse()
        workshop = self.host.workshop
        note = new_note(
            board.id,
            self._next_place(board.id),
            colour=DEFAULT_NOTE_COLOUR,
            hidden=self.rules.private,
            now=self.host.now(),
            z=top_z(workshop, board.id) + 1,
            text=text,
        )
        note = replace(note, author_id=self._participant(phone).id)
        self._edit(NOTE, phone, [Put(note)])
        self.note_ids.append(note.id)
        return note.id

    def edit_note(self, phone: Phone, note_id: str, body: dict[str, Any]) -> None:
        """Change the text of one of the phone's own notes, while it is unrevealed."""
        text = clean_text(body.get("text"), limit=limits.MAX_NOTE_CHARS, what="text")
        note = self._own_unrevealed(phone, note_id)
        if note.text != text:
            self._edit(EDIT, phone, [Put(replace(note, text=text))])

    def withdraw_note(self, phone: Phone, note_id: str) -> None:
        """Take back one of the phone's own notes, while it is unrevealed."""
        note = self._own_unrevealed(phone, note_id)
        self._edit(WITHDRAW, phone, self.host.workshop.removal_ops(note))

    def _own_unrevealed(self, phone: Phone, note_id: str) -> Note:
        self._allowed_writing()
        note = self.host.workshop.get(Note, note_id)
        if note is None or note.author_id != phone.participant_id:
            raise RoomError(BAD_INPUT, "unknown_note", "no such note of yours")
        if not note.hidden:
            raise RoomError(NOT_ALLOWED, "revealed", "the note has been revealed")
        return note

    def _allowed_writing(self) -> None:
        if not self.rules.writing:
            raise RoomError(NOT_ALLOWED, "writing_closed", "writing is closed")

    def _next_place(self, board_id: str) -> tuple[float, float]:
        """Where the next phone note goes: a grid to the right of the board's notes."""
        workshop = self.host.workshop
        if self._origin is None:
            taken = [box(n) for n in workshop.notes_on(board_id) if n.id not in self.note_ids]
            taken += [box(f) for f in workshop.frames_on(board_id)]
            around = bounds(taken)
            self._origin = (0.0, 0.0) if around is None else (around[0] + around[2] + 3 * GAP,
                                                              around[1])  # fmt: skip
        count = len(self.note_ids)
        place = grid_positions([NOTE_SIZE] * (count + 1), self._origin, columns=ROOM_COLUMNS)
        return place[count]

    # -- votes and ratings -------------------------------------------------------------

    def vote(self, phone: Phone, body: dict[str, Any]) -> dict[str, Any]:
        """Give (+1) or take back (−1) a dot in the board's open round; the dots left."""
        note_id, dots = body.get("note_id"), body.get("dots")
        if not isinstance(note_id, str) or dots not in (1, -1) or isinstance(dots, bool):
            raise RoomError(BAD_INPUT, "bad_input", 'give "note_id" and "dots": 1 or -1')
        round_ = self._open_round()
        note = self._public_note(note_id)
        if note.board_id != round_.board_id:
            raise RoomError(BAD_INPUT, "unknown_note", "the note is not on the voting board")
        workshop = self.host.workshop
        votes = workshop.votes_in(round_.id)
        count = len(workshop.participants)
        person = self._participant(phone)
        result = voting.dot_ops(round_, votes, note.id, person.id, int(dots), count)
        if result.refused is not None:
            raise RoomError(NOT_ALLOWED, result.refused, f"refused: {result.refused}")
        self._edit(VOTE, phone, result.ops)
        left = voting.remaining(round_, workshop.votes_in(round_.id), person.id, count)
        return {"dots_left": left}

    def _open_round(self) -> VotingRound:
        board = self._board_or_refuse()
        round_ = voting.latest_round(self.host.workshop.rounds_on(board.id))
        if round_ is None or round_.state != voting.OPEN or not self.rules.voting:
            raise RoomError(NOT_ALLOWED, "voting_closed", "no voting round is open")
        return round_

    def rate(self, phone: Phone, body: dict[str, Any]) -> None:
        """The phone's own value for a note on a criterion, stored as the participant's."""
        note_id, criterion_id, value = (
            body.get("note_id"), body.get("criterion_id"), body.get("value"),
        )  # fmt: skip
        if (
            not isinstance(note_id, str)
            or not isinstance(criterion_id, str)
            or not isinstance(value, int)
            or isinstance(value, bool)
        ):
            raise RoomError(BAD_INPUT, "bad_input", 'give "note_id", "criterion_id", "value"')
        workshop = self.host.workshop
        criterion = workshop.get(Criterion, criterion_id)
        if criterion is None:
            raise RoomError(BAD_INPUT, "unknown_criterion", "no such criterion")
        if not criterion.low <= value <= criterion.high:
            raise RoomError(
                BAD_INPUT, "out_of_range", f"value must be {criterion.low}–{criterion.high}"
            )
        if note_id not in self.rules.rating_note_ids:
            raise RoomError(NOT_ALLOWED, "rating_closed", "the note is not open for rating")
        note = self._public_note(note_id)
        person = self._participant(phone)
        ops = rate_ops(workshop.ratings_of(note.id), note.id, criterion, value, person.id)
        self._edit(RATE, phone, ops)

    def _public_note(self, note_id: str) -> Note:
        note = self.host.workshop.get(Note, note_id)
        if note is None or note.hidden:
            raise RoomError(BAD_INPUT, "unknown_note", "no such note")
        return note

    # -- shared ------------------------------------------------------------------------

    def _board_or_refuse(self) -> Board:
        board = self.board()
        if board is None:
            raise RoomError(NOT_ALLOWED, "no_board", "the session has no board")
        return board

    def _participant(self, phone: Phone) -> Participant:
        person = self.host.workshop.get(Participant, phone.participant_id)
        if person is None:  # the facilitator removed the participant (or undid the join)
            self.phones.remove(phone.token)
            raise RoomError(401, "removed", "you are no longer in the room; join again")
        return person

    def _edit(self, action: str, phone: Phone, ops: list[Any]) -> None:
        if not ops:
            return
        try:
            self.host.edit(action, phone.name, ops)
        except IntegrityError as exc:  # the session changed under the request
            raise RoomError(BAD_INPUT, "conflict", str(exc)) from None

    # -- what a phone sees ---------------------------------------------------------------

    def state(self, phone: Phone) -> dict[str, Any]:
        """Everything the phone page shows, for this phone only."""
        return phone_state(self, phone)

    def states(self, phones: dict[str, Phone]) -> dict[str, dict[str, Any]]:
        """The states of many phones, by token (a live update)."""
        return phone_states(self, phones)

    def state_parts(
        self, phones: dict[str, Phone]
    ) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
        """The part of a live update all phones share, and each phone's own part."""
        return phone_state_parts(self, phones)
