"""The demo session: a realistic workshop to try every part of n3desk on.

A Swedish municipality's workshop on home exercise after rehabilitation, held the day
before it is made and half run: needs sorted into frames, ideas voted on and rated,
the winners carried forward to a concept board, a stakeholder map around the citizen,
an agenda with a station rotation whose first stages were timed (so planned can be set
against actual), a decision log and a rated N3 card. Texts (in
:mod:`n3desk.domain.demo_content`) are in Swedish, English, bokmål or Danish (Swedish
for any other language). The session
is marked by its template id :data:`DEMO_TEMPLATE_ID` so that ``n3desk --demo`` finds
it again instead of making another.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from datetime import time as clock_time

from n3desk.domain import demo_content as content
from n3desk.domain.entities import (
    Board,
    Decision,
    Entity,
    Foundation,
    Frame,
    Note,
    Participant,
    Rating,
    Relation,
    Session,
    Stage,
    Stakeholder,
    TimerEvent,
    Vote,
    VotingRound,
    new_id,
)
from n3desk.domain.layout import frame_for_grid
from n3desk.domain.palette import PARTICIPANT_COLOURS
from n3desk.domain.templates import BLANK, instantiate
from n3desk.domain.workshop import Workshop

DEMO_TEMPLATE_ID = "demo"
FRAME_GAP = 60.0  # frames stand side by side, this far apart


def build_demo(language: str, now: float) -> Workshop:
    """The demo workshop, held the day before ``now``, with texts in ``language``."""
    demo = _DemoBuilder(language, now)
    demo.add_participants()
    needs, _ = demo.add_board(0, content.NEEDS, "08:45")
    ideas_board, ideas = demo.add_board(1, content.IDEAS, "10:55")
    demo.add_votes_and_ratings(ideas_board, ideas)
    concepts = demo.add_concept_board(ideas)
    demo.add_stakeholder_map()
    demo.add_agenda([needs, ideas_board, concepts])
    demo.add_decisions_and_card()
    return Workshop(demo.session(now), demo.records)


def is_demo(session: Session) -> bool:
    """True for a session made by :func:`build_demo`."""
    return session.template_id == DEMO_TEMPLATE_ID


class _DemoBuilder:
    """Collects the records of the demo; one method per part of the workshop."""

    def __init__(self, language: str, now: float) -> None:
        self.language = language
        langs = content.WORD_LANGUAGES
        self._index = langs.index(language) if language in langs else 0
        self.day: date = datetime.fromtimestamp(now).date() - timedelta(days=1)
        # The blank template gives the N3 criteria, the default rings and sectors and
        # the five foundations; the demo makes its own boards and rates the card.
        self.base = instantiate(BLANK, "", language=language, now=now)
        self.sid = self.base.session.id
        self.records: list[Entity] = [
            r for r in self.base.records() if not isinstance(r, Session | Board | Foundation)
        ]
        self.participants: list[Participant] = []
        self._next_x = 0.0  # where the next frame on the current board starts

    def pick(self, words: content.Words) -> str:
        return words[self._index]

    def at(self, hhmm: str) -> float:
        """Seconds since the epoch at ``HH:MM`` or ``HH:MM:SS`` (local) on the day."""
        hours, minutes, *seconds = (int(p) for p in hhmm.split(":"))
        moment = datetime.combine(
            self.day, clock_time(hours, minutes, seconds[0] if seconds else 0)
        )
        return moment.timestamp()

    def add_participants(self) -> None:
        for i, (name, initials) in enumerate(content.PARTICIPANTS):
            colour = PARTICIPANT_COLOURS[i % len(PARTICIPANT_COLOURS)]
            self.participants.append(Participant(new_id(), self.sid, name, initials, colour, i))
        self.records += self.participants

    def _frame(
        self, board: Board, title: content.Words, index: int, count: int, columns: int = 2
    ) -> tuple[Frame, list[tuple[float, float]]]:
        if index == 0:
            self._next_x = 0.0
        rect, places = frame_for_grid(self._next_x, 0.0, count, columns=columns)
        self._next_x = rect.right + FRAME_GAP
        frame = Frame(
            new_id(),
            board.id,
            self.pick(title),
            rect.x,
            rect.y,
            rect.width,
            rect.height,
            float(index),
        )
        self.records.append(frame)
        return frame, places

    def add_board(
        self, position: int, frames: tuple[content.FrameSpec, ...], created: str
    ) -> tuple[Board, list[Note]]:
        board = Board(new_id(), self.sid, self.pick(content.BOARD_TITLES[position]), position)
        self.records.append(board)
        notes: list[Note] = []
        for index, (title, specs) in enumerate(frames):
            frame, places = self._frame(board, title, index, len(specs))
            for (colour, author, text), (x, y) in zip(specs, places, strict=True):
                notes.append(
                    Note(
                        new_id(),
                        board.id,
                        self.pick(text),
                        colour,
                        x,
                        y,
                        z=float(len(notes)),
                        author_id=self.participants[author].id,
                        frame_id=frame.id,
                        created_at=self.at(created) + 20 * len(notes),
                    )
                )
        self.records += notes
        return board, notes

    def add_votes_and_ratings(self, board: Board, ideas: list[Note]) -> None:
        voting = VotingRound(
            new_id(),
            board.id,
            self.pick(content.VOTING_TITLE),
            votes_per_participant=3,
            max_dots_per_note=2,
            state="revealed",
            created_at=self.at("11:14"),
        )
        self.records.append(voting)
        for (who, idea), dots in sorted(_deal_dots(len(self.participants)).items()):
            self.records.append(
                Vote(new_id(), voting.id, ideas[idea].id, self.participants[who].id, dots)
            )
        for idea, values in content.RATINGS.items():
            for criterion, value in zip(self.base.criteria, values, strict=True):
                self.records.append(Rating(new_id(), ideas[idea].id, criterion.id, value))

    def add_concept_board(self, ideas: list[Note]) -> Board:
        board = Board(new_id(), self.sid, self.pick(content.BOARD_TITLES[2]), 2)
        self.records.append(board)
        made: list[Note] = []
        for index, (title, carried, extra) in enumerate(content.CONCEPTS):
            # Concept titles are long: wider frames keep them readable.
            frame, places = self._frame(board, title, index, len(carried) + len(extra), 3)
            spots = iter(places)
            for idea in carried:  # carried forward: a copy that remembers its origin
                source = ideas[idea]
                x, y = next(spots)
                made.append(
                    Note(
                        new_id(), board.id, source.text, source.colour, x, y,
                        z=float(len(made)), author_id=source.author_id, frame_id=frame.id,
                        origin_id=source.id, created_at=self.at("11:30") + len(made),
                    )
                )  # fmt: skip
            for colour, text in extra:
                x, y = next(spots)
                made.append(
                    Note(
                        new_id(), board.id, self.pick(text), colour, x, y, z=float(len(made)),
                        frame_id=frame.id, created_at=self.at("11:35") + len(made),
                    )
                )  # fmt: skip
        # Prepared before the workshop and kept from the projector until the right moment.
        made.append(
            Note(
                new_id(), board.id, self.pick(content.HIDDEN_NOTE), "purple", 0.0, 460.0,
                z=float(len(made)), hidden=True, created_at=self.at("08:40"),
            )
        )  # fmt: skip
        self.records += made
        return board

    def add_stakeholder_map(self) -> None:
        made = [
            Stakeholder(
                new_id(), self.sid, self.pick(name), self.pick(role), influence, interest,
                angle=angle, radius=radius,
            )
            for name, role, influence, interest, angle, radius in content.STAKEHOLDERS
        ]  # fmt: skip
        self.records += made
        for source, target, kind, label, directed in content.RELATIONS:
            self.records.append(
                Relation(
                    new_id(), self.sid, made[source].id, made[target].id, kind,
                    self.pick(label), directed,
                )
            )  # fmt: skip

    def add_agenda(self, boards: list[Board]) -> None:
        stages = []
        for i, (title, minutes, board, text) in enumerate(content.STAGES):
            rotation = i == content.ROTATION_STAGE
            stages.append(
                Stage(
                    new_id(),
                    self.sid,
                    self.pick(title),
                    minutes,
                    instructions=self.pick(text),
                    board_id=boards[board].id if board is not None else None,
                    kind="rotation" if rotation else "timebox",
                    stations=4 if rotation else 0,
                    station_minutes=7 if rotation else 0,
                    summary_minutes=5 if rotation else 0,
                    position=i,
                )
            )
        self.records += stages
        for stage, events in zip(stages, content.TIMER_LOG, strict=False):
            for kind, hhmm, delta in events:
                self.records.append(
                    TimerEvent(new_id(), self.sid, stage.id, kind, self.at(hhmm), delta)
                )

    def add_decisions_and_card(self) -> None:
        for i, (hhmm, text) in enumerate(content.DECISIONS):
            self.records.append(Decision(new_id(), self.sid, self.pick(text), self.at(hhmm), i))
        for foundation in self.base.foundations:
            rating, notes = content.N3_CARD[foundation.key]
            self.records.append(
                Foundation(
                    foundation.id, self.sid, foundation.key, rating, self.pick(notes),
                    foundation.position,
                )
            )  # fmt: skip

    def session(self, now: float) -> Session:
        texts = content.SESSION
        return Session(
            id=self.sid,
            title=self.pick(texts["title"]),
            question=self.pick(texts["question"]),
            place=self.pick(texts["place"]),
            facilitator_notes=self.pick(texts["facilitator_notes"]),
            persona_name=self.pick(texts["persona_name"]),
            persona_description=self.pick(texts["persona_description"]),
            date=self.day.isoformat(),
            start_time="09:00",
            available_minutes=180,
            facilitator=content.FACILITATOR,
            template_id=DEMO_TEMPLATE_ID,
            language=self.language,
            created_at=now,
            updated_at=now,
        )


def _deal_dots(participants: int) -> dict[tuple[int, int], int]:
    """content.VOTES spread over the participants, as the room would: in turn.

    Each has three dots and gives at most two to one idea. Returns dots by
    (participant index, idea index).
    """
    left = [3] * participants
    given: dict[tuple[int, int], int] = {}
    turn = 0
    for idea, dots in content.VOTES.items():
        for _ in range(dots):
            while left[turn % participants] == 0 or given.get((turn % participants, idea)) == 2:
                turn += 1
            who = turn % participants
            given[(who, idea)] = given.get((who, idea), 0) + 1
            left[who] -= 1
            turn += 1
    return given
