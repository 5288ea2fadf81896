"""Benchmark: the PDF record of a 2,000-note session against bare ReportLab.

Run from the project root (no display needed):

    .venv/bin/python tests/benchmarks/bench_pdf.py [--runs 5] [--notes 10000]

The bare baseline is ReportLab alone setting the same paragraphs the record sets
for the notes, as plain paragraphs one after another: each note's text and its line
of facts (dots, ratings, author, links), in the same embedded font (DejaVu Sans: the
record must embed it, so a Helvetica baseline would measure the font, not the code).
Both are measured in the same run, interleaved, as CPU time of this process (these
machines are shared and noisy), and the medians are compared; the budget of
DESIGN.md §7 is

- PDF of a 2,000-note session ≤ 1.5 × bare ReportLab setting the same paragraphs.

The figure includes everything else the record does (cover, agenda, two board
pictures, frames, ranking, the map and its tables, the N3 card, page x of y). For
reference the script also prints the ratio against the note texts alone.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import statistics
import time
from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from n3desk.domain.changes import Put
from n3desk.domain.demo import build_demo
from n3desk.domain.entities import Entity, Frame, Note, Rating, Vote, VotingRound, new_id
from n3desk.domain.palette import NOTE_COLOURS
from n3desk.domain.voting import latest_round, tally
from n3desk.domain.workshop import Workshop
from n3desk.report.pdf_boards import BoardIndex, note_facts
from n3desk.report.pdf_styles import FONT, register_fonts
from n3desk.report.pdf_summary import build_pdf
from n3desk.report.pdf_texts import report_texts

NOTES = 2000
BUDGET = 1.5
WORDS = [
    "brukaren",
    "hemtjänst",
    "träning",
    "vardag",
    "trygghet",
    "anhöriga",
    "kommunen",
    "idé",
    "prova",
    "test",
    "samarbete",
    "fysioterapeut",
    "rehab",
    "balans",
    "promenad",
    "stöd",
    "digitalt",
    "grupp",
    "motivation",
    "kostnad",
    "tid",
    "personal",
]


def big_session(seed: int = 1, notes: int = NOTES) -> Workshop:
    """The demo session plus ``notes`` voted and rated notes in frames on its boards."""
    rng = random.Random(seed)
    workshop = build_demo("sv", time.time())
    boards = workshop.boards[:2]
    criteria = workshop.criteria
    people = workshop.participants
    records: list[Entity] = []
    for b, board in enumerate(boards):
        frames = [
            Frame(new_id(), board.id, f"Tema {i + 1}", 3000.0 + i * 1100, 0, 1060, 3000)
            for i in range(10)
        ]
        voting = VotingRound(new_id(), board.id, "Stora rundan", state="revealed", position=9)
        records += [*frames, voting]
        for i in range(notes // len(boards)):
            frame = frames[i % len(frames)]
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 22))).capitalize()
            note = Note(
                new_id(), board.id, f"{text} ({b}-{i})", rng.choice(list(NOTE_COLOURS)),
                frame.x + 20 + (i // 10 % 6) * 170, frame.y + 60 + (i // 60) * 130,
                frame_id=frame.id, author_id=rng.choice(people).id, created_at=i,
            )  # fmt: skip
            records.append(note)
            if rng.random() < 0.5:
                records.append(Vote(new_id(), voting.id, note.id, None, rng.randint(1, 9)))
            for criterion in criteria:
                if rng.random() < 0.3:
                    records.append(Rating(new_id(), note.id, criterion.id, rng.randint(0, 3)))
    workshop.apply([Put(r) for r in records])
    return workshop


def note_paragraphs(workshop: Workshop) -> tuple[list[str], list[str]]:
    """The note texts, and the lines of facts the record prints under them."""
    index = BoardIndex(workshop)
    words = report_texts(workshop.session.language)
    texts: list[str] = []
    facts: list[str] = []
    for board in workshop.boards:
        latest = latest_round(workshop.rounds_on(board.id))
        dots = tally(workshop.votes_in(latest.id)).per_note if latest is not None else {}
        for note in workshop.notes_on(board.id):
            texts.append(note.text)
            facts.append(note_facts(note, dots.get(note.id, 0), index, words))
    return texts, facts


def bare(texts: list[str], facts: list[str] | None = None) -> None:
    """ReportLab alone: the same strings as plain paragraphs, same font, same page."""
    style = ParagraphStyle("bare", fontName=FONT, fontSize=9.5, leading=12.4)
    small = ParagraphStyle("small", fontName=FONT, fontSize=7.5, leading=9.4)
    story = []
    for i, text in enumerate(texts):
        story.append(Paragraph(escape(text), style))
        if facts is not None and facts[i]:
            story.append(Paragraph(escape(facts[i]), small))
    doc = SimpleDocTemplate(io.BytesIO(), pagesize=A4, initialFontName=FONT)
    doc.build(story)


def record(workshop: Workshop) -> None:
    """The n3desk record, into memory (the file write is not what is measured)."""
    build_pdf(workshop, io.BytesIO())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--notes", type=int, default=NOTES, help="notes in the session")
    args = parser.parse_args()
    register_fonts()
    workshop = big_session(notes=args.notes)
    texts, facts = note_paragraphs(workshop)
    load = os.getloadavg()[0]
    print(
        f"n3desk PDF benchmark: {len(texts)} notes, {len(workshop)} records, "
        f"medians of {args.runs} runs, load average {load:.2f} on {os.cpu_count()} CPUs"
    )
    bare(texts[:50], facts[:50])  # warm up imports and font caches for both
    record(workshop)
    times: dict[str, list[float]] = {"bare": [], "texts": [], "record": []}
    for _ in range(args.runs):
        runs: tuple[tuple[str, Callable[[], None]], ...] = (
            ("bare", lambda: bare(texts, facts)),
            ("texts", lambda: bare(texts)),
            ("record", lambda: record(workshop)),
        )
        for name, run in runs:
            started = time.process_time()
            run()
            times[name].append(time.process_time() - started)
    median = {name: statistics.median(values) for name, values in times.items()}
    ms = {name: value * 1000 for name, value in median.items()}
    print(
        f"{'PDF record (CPU time)':<36} n3desk {ms['record']:8.1f} ms  bare {ms['bare']:8.1f} ms  "
        f"ratio {ms['record'] / ms['bare']:5.2f}   (budget ≤ {BUDGET}×; bare: same paragraphs)"
    )
    print(
        f"{'  against the note texts alone':<36} n3desk {ms['record']:8.1f} ms  "
        f"bare {ms['texts']:8.1f} ms  ratio {ms['record'] / ms['texts']:5.2f}   (information)"
    )


if __name__ == "__main__":
    main()
