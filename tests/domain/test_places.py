"""Where a change acted: the view, board and records an undo or redo shows."""

from __future__ import annotations

from dataclasses import replace

from n3desk.domain import board_edits, places
from n3desk.domain.changes import Put
from n3desk.domain.entities import (
    ENTITY_TYPES,
    Board,
    ChosenNote,
    Decision,
    Note,
    Participant,
    Rating,
    Stage,
    Stakeholder,
    Vote,
    VotingRound,
    new_id,
)
from n3desk.domain.templates import BLANK, instantiate
from n3desk.domain.workshop import Workshop


def session() -> tuple[Workshop, Board, Note]:
    """A blank session with a second board holding one note far out."""
    workshop = instantiate(BLANK, "Platser", language="sv", now=1.0)
    second = Board(new_id(), workshop.session.id, "Koncept", 1)
    note = Note(new_id(), second.id, "långt bort", x=4000, y=3000)
    workshop.apply([Put(second), Put(note)])
    return workshop, second, note


def test_a_note_edit_shows_its_board_and_its_area() -> None:
    """An edited note: the board tab, that board, the note, its rectangle."""
    workshop, second, note = session()
    moved = replace(note, x=4100)
    undone = workshop.apply([Put(moved)])
    place = places.place_of(workshop, [Put(moved)], undone)
    assert place == places.Place(
        places.BOARD, board_id=second.id, record_ids=(note.id,), area=(4100, 3000, 160, 120)
    )


def test_a_removed_note_with_its_dots_shows_where_it_was() -> None:
    """Removing a note takes votes and ratings along; the note's place wins, unselected."""
    workshop, second, note = session()
    round_ = VotingRound(new_id(), second.id, "R")
    vote = Vote(new_id(), round_.id, note.id, None, 2)
    rating = Rating(new_id(), note.id, workshop.criteria[0].id, 3)
    workshop.apply([Put(round_), Put(vote), Put(rating)])
    ops = board_edits.removal_ops(workshop, [note])
    undone = workshop.apply(ops)
    place = places.place_of(workshop, ops, undone)
    assert place is not None
    assert (place.view, place.board_id, place.record_ids) == (places.BOARD, second.id, ())
    assert place.area == (4000, 3000, 160, 120)


def test_a_dot_and_a_rating_show_their_note() -> None:
    """A dot or a rating shows the note it is on, even when that note is gone too."""
    workshop, second, note = session()
    round_ = VotingRound(new_id(), second.id, "R")
    workshop.apply([Put(round_)])
    vote = Vote(new_id(), round_.id, note.id, None, 1)
    undone = workshop.apply([Put(vote)])
    place = places.place_of(workshop, [Put(vote)], undone)
    assert place is not None
    assert (place.board_id, place.record_ids) == (second.id, (note.id,))
    gone = Rating(new_id(), "no-such-note", workshop.criteria[0].id, 1)
    assert places.place_of(workshop, [Put(gone)], []) == places.Place(places.BOARD)


def test_the_other_views() -> None:
    """Map records go to the map, stages to the agenda, people to the overview."""
    workshop, _second, _note = session()
    sid = workshop.session.id
    actor = Stakeholder(new_id(), sid, "Skolan")
    stage = Stage(new_id(), sid, "Idéer")
    person = Participant(new_id(), sid, "Anna")
    for record, expected in (
        (actor, places.Place(places.MAP, record_ids=(actor.id,), section="stakeholders")),
        (stage, places.Place(places.AGENDA, record_ids=(stage.id,))),
        (person, places.Place(places.OVERVIEW, record_ids=(person.id,), section="participants")),
    ):
        undone = workshop.apply([Put(record)])
        assert places.place_of(workshop, [Put(record)], undone) == expected
    assert places.place_of(workshop, [], []) is None


def test_the_persona_is_on_the_map_and_the_title_on_the_overview() -> None:
    """A session change to the persona shows the map; to anything else, the overview."""
    workshop, _second, _note = session()
    before = workshop.session
    persona = replace(before, persona_name="Leila, 82")
    undone = workshop.apply([Put(persona)])
    assert places.place_of(workshop, [Put(persona)], undone) == places.Place(
        places.MAP, section="setup"
    )
    titled = replace(workshop.session, title="Ny titel")
    undone = workshop.apply([Put(titled)])
    assert places.place_of(workshop, [Put(titled)], undone) == places.Place(
        places.OVERVIEW, section="details"
    )


def test_every_kind_of_record_has_a_place() -> None:
    """A new kind of record (the PDF's chosen notes) is in ORDER, so its undo is shown."""
    assert set(places.ORDER) == set(ENTITY_TYPES)
    assert len(places.ORDER) == len(ENTITY_TYPES)


def test_a_decisions_chosen_notes_show_that_decision() -> None:
    """Choosing notes for a decision, undone or redone, shows the decision in the log."""
    workshop, _second, note = session()
    decision = Decision(new_id(), workshop.session.id, "Vi valde", decided_at=1.0)
    workshop.apply([Put(decision)])
    chosen = [ChosenNote(new_id(), decision.id, note.id, 0)]
    undone = workshop.apply([Put(c) for c in chosen])
    expected = places.Place(places.OVERVIEW, record_ids=(decision.id,), section="decisions")
    assert places.place_of(workshop, [Put(c) for c in chosen], undone) == expected
    assert places.place_of(workshop, undone, [Put(c) for c in chosen]) == expected
