"""Seeded workshops of many shapes, built as a facilitator would build them.

The demo session hid real failures (a big board showed empty on the projector, names
were cut on the map, a Danish session spoke Swedish), because every test looked at the
same hand-made content. :func:`generate` builds a whole workshop from a seed: one of the
built-in process templates in one of the four languages, then boards with 0–60 notes of
1–10,000 characters (markup, emoji, right-to-left text among them), frames large and
small, votes and ratings, 1–40 stakeholders with long names and 0–30 relations, 1–15
stages. The same seed always gives the same workshop, so a failure names its seed and
can be rebuilt and looked at.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from pathlib import Path

from n3desk.domain.entities import (
    Decision,
    Entity,
    Frame,
    Note,
    Participant,
    Rating,
    Relation,
    Session,
    Stage,
    Stakeholder,
    Vote,
    VotingRound,
    new_id,
)
from n3desk.domain.palette import NOTE_COLOURS, PARTICIPANT_COLOURS
from n3desk.domain.templates import instantiate
from n3desk.domain.workshop import Workshop
from n3desk.store.template_files import load_templates

LANGUAGES = ("sv", "en", "nb", "da")
NOW = 1_790_000_000.0  # a fixed "now", so that a seed is a whole workshop

# Words a facilitator's notes are made of, per language; a note is a run of them.
WORDS: dict[str, tuple[str, ...]] = {
    "sv": (
        "hemtjänsten",
        "brukaren",
        "trygghet",
        "samverkan",
        "anhöriga",
        "vårdcentralen",
        "digital",
        "träning",
        "ensamhet",
        "kontinuitet",
        "förebyggande",
        "kommunen",
        "behov",
        "idé",
        "tillgänglighet",
        "väntetid",
        "rehabilitering",
        "förtroende",
    ),
    "en": (
        "home",
        "care",
        "citizen",
        "trust",
        "neighbourhood",
        "waiting",
        "digital",
        "loneliness",
        "continuity",
        "prevention",
        "council",
        "need",
        "idea",
        "access",
        "rehabilitation",
        "volunteers",
        "transport",
        "library",
    ),
    "nb": (
        "hjemmetjenesten",
        "innbyggeren",
        "trygghet",
        "samarbeid",
        "pårørende",
        "legekontoret",
        "digital",
        "trening",
        "ensomhet",
        "kontinuitet",
        "forebygging",
        "kommunen",
        "behov",
        "idé",
        "tilgjengelighet",
        "ventetid",
        "frivillige",
        "tillit",
    ),
    "da": (
        "hjemmeplejen",
        "borgeren",
        "tryghed",
        "samarbejde",
        "pårørende",
        "lægehuset",
        "digital",
        "træning",
        "ensomhed",
        "kontinuitet",
        "forebyggelse",
        "kommunen",
        "behov",
        "idé",
        "tilgængelighed",
        "ventetid",
        "frivillige",
        "tillid",
    ),
}

# Actors the way people name them: long, with places and institutions in them.
ACTORS: dict[str, tuple[str, ...]] = {
    "sv": (
        "Hemtjänsten i Södra Sandby",
        "Anhörigföreningen",
        "Distriktssköterskan",
        "Vårdcentralen Värpinge",
        "Pensionärsföreningen PRO Lund",
        "Region Skåne",
        "Fastighetsägaren",
        "Biblioteket",
        "Fritidsförvaltningen",
        "Försäkringskassan",
        "Grannskapsnätverket på Norra Fäladen",
        "Kommunens digitaliseringsenhet",
    ),
    "en": (
        "Home care in the north district",
        "Carers' association",
        "District nurse",
        "General practice at Riverside",
        "Pensioners' club",
        "The regional health board",
        "Housing association",
        "Public library",
        "Leisure department",
        "Social security office",
        "Neighbourhood network of Eastfield",
        "The council's digital unit",
    ),
    "nb": (
        "Hjemmetjenesten i Nordre Aker",
        "Pårørendeforeningen",
        "Helsesykepleieren",
        "Fastlegekontoret på Torshov",
        "Pensjonistforeningen",
        "Helse Sør-Øst",
        "Boligbyggelaget",
        "Deichman bibliotek",
        "Bydelens frivilligsentral",
        "NAV-kontoret",
        "Nabolagsnettverket på Grünerløkka",
        "Kommunens digitaliseringsetat",
    ),
    "da": (
        "Sensorlev Plejecenter",
        "Pårørendeforeningen",
        "Praktiserende læge",
        "Familie og netværk",
        "Ældresagen Roskilde",
        "Region Sjælland",
        "Boligselskabet Sjælland",
        "Roskilde Bibliotekerne",
        "Frivilligcenter Roskilde",
        "Udbetaling Danmark",
        "Naboskabsnetværket i Himmelev",
        "Kommunens digitaliseringsenhed",
    ),
}

# Text a hostile or unlucky facilitator types or pastes.
HOSTILE: tuple[str, ...] = (
    "<b>bold</b> & <script>alert(1)</script> <para>",
    "🙂 Idé med emoji 🚲🏠👵🏽 og mere",
    "שלום עולם — مرحبا بالعالم — mixed left and right",
    "tab\tand\u200bzero width",
    "Donaudampfschifffahrtsgesellschaftskapitänskajütenschlüssel" * 3,
    "%s {0} {name} \\n \\u0000 ${HOME}",
)


@dataclass(frozen=True)
class Shape:
    """How big a generated workshop is; :func:`shape_for` draws one from a seed."""

    language: str
    notes_per_board: tuple[int, ...]
    longest_note: int
    actors: int
    relations: int
    stages: int
    participants: int


def shape_for(seed: int) -> Shape:
    """A shape drawn from ``seed``: the language cycles, the sizes vary widely."""
    rng = random.Random(seed)
    boards = rng.randint(1, 4)
    return Shape(
        language=LANGUAGES[seed % len(LANGUAGES)],
        notes_per_board=tuple(rng.choice((0, 1, 3, 12, 16, 30, 60)) for _ in range(boards)),
        longest_note=rng.choice((1, 40, 600, 2_000, 10_000)),
        actors=rng.choice((1, 5, 14, 25, 40)),
        relations=rng.choice((0, 3, 12, 30)),
        stages=rng.randint(1, 15),
        participants=rng.randint(0, 12),
    )


def generate(seed: int, data_dir: Path, shape: Shape | None = None) -> Workshop:
    """The workshop of ``seed``: a built-in template in the shape's language, filled in."""
    shape = shape or shape_for(seed)
    return _Builder(seed, data_dir, shape).build()


class _Builder:
    """Fills a template's session with participants, notes, votes, actors and stages."""

    def __init__(self, seed: int, data_dir: Path, shape: Shape) -> None:
        self.rng = random.Random(seed * 7919 + 17)
        self.seed = seed
        self.shape = shape
        self.lang = shape.language
        catalogue = load_templates(data_dir, self.lang)
        templates = [t for t in catalogue if t.id != "blank"] or list(catalogue)
        template = templates[seed % len(templates)]
        title = f"{self.lang}-{seed}: " + " ".join(self._words(4))
        self.base = instantiate(template, title, language=self.lang, now=NOW)
        self.sid = self.base.session.id
        self.records: list[Entity] = [r for r in self.base.records() if not isinstance(r, Session)]

    def build(self) -> Workshop:
        participants = self._participants()
        for i, board in enumerate(self.base.boards):
            count = self.shape.notes_per_board[i % len(self.shape.notes_per_board)]
            notes = self._notes(board.id, count, participants)
            self._votes_and_ratings(board.id, notes, participants)
        self._map()
        self._stages()
        self.records.append(
            Decision(new_id(), self.sid, " ".join(self._words(12)), decided_at=NOW, position=0)
        )
        session = replace(
            self.base.session,
            question=" ".join(self._words(10)) + "?",
            place=" ".join(self._words(3)),
            facilitator=self.rng.choice(ACTORS[self.lang]),
            persona_name=" ".join(self._words(2)).title(),
            persona_description=" ".join(self._words(20)),
        )
        return Workshop(session, self.records)

    def _words(self, count: int) -> list[str]:
        return [self.rng.choice(WORDS[self.lang]) for _ in range(count)]

    def _text(self) -> str:
        """A note's text: mostly a short sentence, sometimes hostile, sometimes huge."""
        roll = self.rng.random()
        if roll < 0.12:
            return self.rng.choice(HOSTILE)
        if roll < 0.2:
            length = self.shape.longest_note
        else:
            length = self.rng.randint(1, min(self.shape.longest_note, 120))
        text = ""
        while len(text) < length:
            text += self.rng.choice(WORDS[self.lang]) + " "
        return text[:length].strip() or "x"

    def _participants(self) -> list[Participant]:
        people = []
        for i in range(self.shape.participants):
            name = " ".join(self._words(2)).title()
            initials = "".join(part[0] for part in name.split())[:3].upper()
            colour = PARTICIPANT_COLOURS[i % len(PARTICIPANT_COLOURS)]
            people.append(Participant(new_id(), self.sid, name, initials, colour, i))
        self.records.extend(people)
        return people

    def _notes(self, board_id: str, count: int, people: list[Participant]) -> list[Note]:
        """``count`` notes, in rows as typed, some in a big frame and some in small ones."""
        if count == 0:
            return []
        frames = [f for f in self.records if isinstance(f, Frame) and f.board_id == board_id]
        per_row = self.rng.choice((4, 8, 16))
        columns = min(per_row, count)
        rows = (count + per_row - 1) // per_row
        top = max((f.y + f.height for f in frames), default=0.0) + 80.0
        if self.rng.random() < 0.6:  # one big frame that holds them all
            frames.append(
                Frame(
                    new_id(), board_id, " ".join(self._words(3)), -20.0, top - 60.0,
                    columns * 190.0 + 40.0, rows * 150.0 + 80.0, float(len(frames)),
                )
            )  # fmt: skip
            self.records.append(frames[-1])
        colours = list(NOTE_COLOURS)
        notes = []
        for i in range(count):
            row, column = divmod(i, per_row)
            author = self.rng.choice(people).id if people and self.rng.random() < 0.5 else None
            note = Note(
                new_id(), board_id, self._text(), self.rng.choice(colours),
                x=column * 190.0, y=top + row * 150.0, z=float(i), author_id=author,
                hidden=self.rng.random() < 0.1,
                frame_id=frames[-1].id if frames and self.rng.random() < 0.7 else None,
                created_at=NOW + i,
            )  # fmt: skip
            notes.append(note)
        self.records.extend(notes)
        return notes

    def _votes_and_ratings(
        self, board_id: str, notes: list[Note], people: list[Participant]
    ) -> None:
        if not notes or self.rng.random() < 0.3:
            return
        state = self.rng.choice(("open", "closed", "revealed"))
        voting = VotingRound(new_id(), board_id, " ".join(self._words(2)), 3, 3, state, NOW)
        self.records.append(voting)
        voters: list[str | None] = [p.id for p in people] or [None]
        for voter in voters:
            for note in self.rng.sample(notes, min(3, len(notes))):
                self.records.append(Vote(new_id(), voting.id, note.id, voter, 1))
        criteria = self.base.criteria
        for note in self.rng.sample(notes, min(len(notes), 6)):
            for criterion in criteria:
                value = self.rng.randint(criterion.low, criterion.high)
                self.records.append(Rating(new_id(), note.id, criterion.id, value))

    def _map(self) -> None:
        names = list(ACTORS[self.lang])
        actors = []
        for i in range(self.shape.actors):
            name = names[i % len(names)]
            if i >= len(names):
                name = f"{name} {' '.join(self._words(1 + i % 3))}"
            actors.append(
                Stakeholder(
                    new_id(), self.sid, name, role=" ".join(self._words(6)),
                    influence=self.rng.randint(1, 5), interest=self.rng.randint(1, 5),
                    angle=self.rng.uniform(0, 360), radius=self.rng.uniform(0.2, 0.98),
                )
            )  # fmt: skip
        self.records.extend(actors)
        kinds = ("collaboration", "information", "money", "conflict", "trust")
        for _ in range(self.shape.relations if len(actors) > 1 else 0):
            a, b = self.rng.sample(actors, 2)
            label = " ".join(self._words(self.rng.randint(0, 3)))
            self.records.append(
                Relation(new_id(), self.sid, a.id, b.id, self.rng.choice(kinds), label)
            )

    def _stages(self) -> None:
        """Keep the template's stages, then add or drop to the shape's count."""
        stages = [r for r in self.records if isinstance(r, Stage)]
        keep = stages[: self.shape.stages]
        self.records = [r for r in self.records if not isinstance(r, Stage) or r in keep]
        for i in range(len(keep), self.shape.stages):
            rotation = self.rng.random() < 0.2
            self.records.append(
                Stage(
                    new_id(), self.sid, " ".join(self._words(3)).capitalize(),
                    planned_minutes=self.rng.choice((5, 10, 15, 30, 45)),
                    instructions=" ".join(self._words(self.rng.randint(0, 60))),
                    kind="rotation" if rotation else "timebox",
                    stations=4 if rotation else 0, station_minutes=6 if rotation else 0,
                    position=i,
                )
            )  # fmt: skip
