"""The demo session is complete, sensible and survives the library."""

from __future__ import annotations

from collections import Counter

import pytest

from n3desk.domain.demo import DEMO_TEMPLATE_ID, build_demo, is_demo
from n3desk.domain.entities import Note
from n3desk.domain.mapgeometry import ring_at, ring_bounds, sector_at, sector_bounds
from n3desk.domain.palette import NOTE_COLOURS
from n3desk.domain.timer import StageTimer
from n3desk.domain.workshop import Workshop
from n3desk.store import Library

NOW = 1_773_480_000.0  # a fixed moment, so the demo's dates are the same every run


@pytest.fixture(params=["sv", "en", "nb", "da"])
def demo(request: pytest.FixtureRequest) -> Workshop:
    return build_demo(request.param, NOW)


def test_the_demo_reloads_equal_from_the_library(library: Library) -> None:
    """Every record of the demo is valid: stored and loaded back, it is the same workshop."""
    for language in ("sv", "en", "nb", "da"):
        made = build_demo(language, NOW)
        library.add(made)
        assert library.load(made.session.id) == made


def test_the_demo_is_marked_and_realistic(demo: Workshop) -> None:
    """Title, question, date, place, facilitator, persona, notes and decisions are filled in."""
    s = demo.session
    assert is_demo(s)
    assert s.template_id == DEMO_TEMPLATE_ID
    assert s.title
    assert s.question.endswith("?")
    assert s.place
    assert s.facilitator
    assert s.date
    assert s.persona_name.startswith("Maj-Britt")
    assert s.facilitator_notes
    assert 8 <= len(demo.participants) <= 10
    assert all(p.initials and p.colour.startswith("#") for p in demo.participants)
    assert len(demo.decisions) == 3
    assert all(f.rating is not None and f.notes for f in demo.foundations)
    assert len(demo.criteria) == 3


def test_the_demo_speaks_four_languages() -> None:
    """The demo's texts come in Swedish, English, bokmål and Danish; other languages get
    Swedish. The N3 criteria are the KS tool's words in each language."""
    titles = {lang: build_demo(lang, NOW).session.title for lang in ("sv", "en", "nb", "da")}
    assert titles["sv"].startswith("Hemträning")
    assert titles["en"].startswith("Home exercise")
    assert titles["nb"].startswith("Hjemmetrening")
    assert titles["da"].startswith("Hjemmetræning")
    assert build_demo("fi", NOW).session.title == titles["sv"]
    criteria = {lang: [c.name for c in build_demo(lang, NOW).criteria] for lang in titles}
    assert criteria == {
        "sv": ["Nytt", "Nyttigt", "Nyttiggjort"],
        "en": ["New", "Useful", "Put to use"],
        "nb": ["Nytt", "Nyttig", "Nyttiggjort"],
        "da": ["Nyt", "Nyttigt", "Nyttiggjort"],
    }


def test_boards_frames_and_notes(demo: Workshop) -> None:
    """Three boards with frames, 15–30 notes in all six colours, each inside its frame."""
    assert len(demo.boards) == 3
    notes = demo.all(Note)
    assert 15 <= len(notes) <= 30
    assert {n.colour for n in notes} == set(NOTE_COLOURS)
    for board in demo.boards:
        assert demo.frames_on(board.id)
        frames = {f.id: f for f in demo.frames_on(board.id)}
        for note in demo.notes_on(board.id):
            if note.frame_id is None:
                continue
            f = frames[note.frame_id]
            assert f.x <= note.x
            assert note.x + note.width <= f.x + f.width
            assert f.y <= note.y
            assert note.y + note.height <= f.y + f.height


def test_voting_ratings_and_carried_forward(demo: Workshop) -> None:
    """A revealed round with three dots per participant, rated top ideas, linked concepts."""
    ideas, concepts = demo.boards[1], demo.boards[2]
    (voting,) = demo.rounds_on(ideas.id)
    assert voting.state == "revealed"
    votes = demo.votes_in(voting.id)
    per_person: Counter[str | None] = Counter()
    per_note: Counter[str] = Counter()
    for vote in votes:
        per_person[vote.participant_id] += vote.dots
        per_note[vote.note_id] += vote.dots
        assert vote.dots <= voting.max_dots_per_note
    assert all(d <= voting.votes_per_participant for d in per_person.values())
    assert sum(per_person.values()) == len(demo.participants) * voting.votes_per_participant
    top = [note_id for note_id, _ in per_note.most_common(3)]
    assert all(demo.ratings_of(note_id) for note_id in top)
    carried = [n for n in demo.notes_on(concepts.id) if n.origin_id]
    assert {n.origin_id for n in carried} == set(top)
    assert any(n.hidden for n in demo.notes_on(concepts.id))


def test_stakeholder_map_places_actors_sensibly(demo: Workshop) -> None:
    """At least 8 stakeholders in 5 sectors, 4 relation kinds; the family sits near the centre."""
    sectors, rings = len(demo.sectors), len(demo.rings)
    assert (sectors, rings) == (7, 3)
    people = demo.stakeholders
    assert len(people) >= 8
    assert len({r.kind for r in demo.relations}) >= 4
    for s in people:
        sector, ring = sector_at(s.angle, sectors), ring_at(s.radius, rings)
        assert sector is not None
        assert ring is not None, f"{s.name} sits in the citizen's disc"
        low, high = sector_bounds(sector, sectors)
        inner, outer = ring_bounds(ring, rings)
        assert low + 3 <= s.angle <= high - 3, f"{s.name} is on a sector line"
        assert inner + 0.04 <= s.radius <= outer - 0.04, f"{s.name} is on a ring line"
    assert len({sector_at(s.angle, sectors) for s in people}) >= 5
    in_family = [s for s in people if sector_at(s.angle, sectors) == 0]
    assert in_family
    assert all(ring_at(s.radius, rings) == 0 for s in in_family)


def test_agenda_and_timer_log(demo: Workshop) -> None:
    """6–8 stages, one a 4 × 7 rotation; the first stages' logs give actual times."""
    stages = demo.stages
    assert 6 <= len(stages) <= 8
    rotations = [s for s in stages if s.kind == "rotation"]
    assert [(r.stations, r.station_minutes) for r in rotations] == [(4, 7)]
    assert all(s.instructions for s in stages)
    timed = [s for s in stages if StageTimer(s, demo.timer_events).reading(NOW).started_at]
    assert len(timed) >= 3
    assert timed == stages[: len(timed)]
    first = StageTimer(stages[0], demo.timer_events).reading(NOW)
    assert first.ended_at is not None
    assert first.elapsed == pytest.approx(12 * 60)
    kinds = {e.kind for e in demo.timer_events}
    assert {"start", "pause", "resume", "end"} <= kinds
