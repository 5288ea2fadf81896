"""Seeded boards of many shapes for the board and projector tests (not the demo).

``board_ops(seed, board_id)`` gives the operations that fill one board: 0–60 notes,
frames large and small (some empty), notes of 1–10,000 characters in Swedish,
Danish and English with emoji and right-to-left text, some hidden, some rated. The
same seed always gives the same board, so a failure can be drawn again by its seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from n3desk.domain.changes import Op, Put
from n3desk.domain.entities import Criterion, Frame, Note, Rating, new_id
from n3desk.domain.palette import NOTE_COLOURS

WORDS = (
    "hemtjänsten", "träning", "anhöriga", "brukaren", "tid", "trygghet", "kommunen", "idé",
    "stöd", "borgeren", "sundhed", "hjemme", "pårørende", "ældre", "kommune", "træning",
    "citizen", "home", "support", "time", "neighbours", "walk", "together",
    "🏃\u200d♀️", "💡", "✅", "שלום", "עולם", "مرحبا", "بالعالم", "Sønderborg", "Åtvidaberg",
)  # fmt: skip


@dataclass(frozen=True)
class GeneratedBoard:
    """What was generated: the operations, and the notes the room may see."""

    ops: list[Op]
    visible: list[Note]
    frames: list[Frame]


def text_of(rng: random.Random) -> str:
    """A note's text: mostly a few words, sometimes a paragraph, rarely a very long one."""
    kind = rng.random()
    if kind < 0.05:
        length = rng.choice([1, 2])
        return rng.choice(WORDS)[:length]
    if kind < 0.75:
        count = rng.randint(1, 12)
    elif kind < 0.93:
        count = rng.randint(40, 110)  # about 600 characters
    else:
        count = rng.randint(1000, 1600)  # up to 10,000 characters
    text = " ".join(rng.choice(WORDS) for _ in range(count))
    return text[:10_000]


def board_ops(
    seed: int, board_id: str, criteria: list[Criterion], *, notes: int | None = None
) -> GeneratedBoard:
    """A board filled from ``seed``: frames, notes in and around them, ratings."""
    rng = random.Random(seed)
    count = rng.randint(0, 60) if notes is None else notes
    frames: list[Frame] = []
    ops: list[Op] = []
    y = 0.0
    for index in range(rng.randint(0, 4)):
        columns = rng.choice([1, 2, 4, 8, 16])
        rows = rng.choice([1, 1, 2, 3])
        width = 40 + columns * 180.0
        height = 48 + 40 + rows * 140.0
        title = rng.choice(["Hinder", "Idéer från personalen", "Koncept C", "عنوان", "💡 Nyt"])
        frame = Frame(new_id(), board_id, f"{title} {index + 1}", 0.0, y, width, height, index)
        frames.append(frame)
        ops.append(Put(frame))
        y += height + rng.choice([40.0, 120.0, 400.0])
    made: list[Note] = []
    for index in range(count):
        text = text_of(rng)
        colour = rng.choice(list(NOTE_COLOURS))
        hidden = rng.random() < 0.1
        if frames and rng.random() < 0.7:
            frame = rng.choice(frames)
            columns = max(1, int((frame.width - 40) // 180))
            rows = max(1, int((frame.height - 88) // 140))
            slot = rng.randrange(columns * rows)
            x = frame.x + 20 + (slot % columns) * 180.0
            top = frame.y + 48 + (slot // columns) * 140.0
            frame_id: str | None = frame.id
        else:
            x = rng.choice([-600.0, 0.0, 900.0, 3000.0]) + rng.randrange(0, 6) * 180.0
            top = y + rng.randrange(0, 5) * 140.0
            frame_id = None
        note = Note(
            new_id(), board_id, text, colour, x, top, z=float(index), hidden=hidden,
            frame_id=frame_id, created_at=float(index),
        )  # fmt: skip
        made.append(note)
        ops.append(Put(note))
    for note in made:
        if criteria and rng.random() < 0.25:
            for criterion in criteria[: rng.randint(1, len(criteria))]:
                ops.append(Put(Rating(new_id(), note.id, criterion.id, rng.randint(0, 3))))
    return GeneratedBoard(ops, [n for n in made if not n.hidden], frames)
