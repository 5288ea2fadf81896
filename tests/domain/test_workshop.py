"""The Workshop applies operations all-or-nothing, inverts them, and cascades removals."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from n3desk.domain import (
    Board,
    Frame,
    IntegrityError,
    Note,
    Participant,
    Put,
    Rating,
    Relation,
    Remove,
    Stakeholder,
    Vote,
    VotingRound,
    Workshop,
    new_id,
)
from n3desk.domain.copying import copy_workshop
from n3desk.domain.templates import BLANK, instantiate


@pytest.fixture
def ws() -> Workshop:
    return instantiate(BLANK, "Test", language="sv", now=1000.0)


def test_put_and_inverse_restore_exactly(ws: Workshop) -> None:
    """Applying a change and then its inverse gives back the same workshop."""
    before = Workshop(ws.session, [r for r in ws.records() if r is not ws.session])
    board = ws.boards[0]
    note = Note(new_id(), board.id, "Idé")
    inverse = ws.apply([Put(note), Put(replace(note, x=50.0))])
    assert ws.get(Note, note.id) == replace(note, x=50.0)
    ws.apply(inverse)
    assert ws == before


def test_broken_reference_changes_nothing(ws: Workshop) -> None:
    """A change pointing at a missing board is refused whole; earlier ops are rolled back."""
    board = ws.boards[0]
    good = Note(new_id(), board.id, "ok")
    bad = Note(new_id(), "no-such-board", "bad")
    count = len(ws)
    with pytest.raises(IntegrityError):
        ws.apply([Put(good), Put(bad)])
    assert len(ws) == count
    assert ws.get(Note, good.id) is None


def test_remove_with_dependents_is_refused(ws: Workshop) -> None:
    """Removing a board that still has notes needs removal_ops, not a bare Remove."""
    board = ws.boards[0]
    ws.apply([Put(Note(new_id(), board.id, "x"))])
    with pytest.raises(IntegrityError):
        ws.apply([Remove(board)])


def test_removal_ops_cascade_and_clear_links(ws: Workshop) -> None:
    """Removing a board takes its notes, frames, rounds, votes and ratings; links clear."""
    board = ws.boards[0]
    other = Board(new_id(), ws.session.id, "Koncept", 1)
    frame = Frame(new_id(), board.id, "Kluster")
    person = Participant(new_id(), ws.session.id, "Anna", "AL")
    note = Note(new_id(), board.id, "Idé", frame_id=frame.id, author_id=person.id)
    carried = Note(new_id(), other.id, "Idé", origin_id=note.id)
    rnd = VotingRound(new_id(), board.id, "Runda 1")
    vote = Vote(new_id(), rnd.id, note.id, person.id, 2)
    rating = Rating(new_id(), note.id, ws.criteria[0].id, 3)
    ws.apply([Put(r) for r in (other, frame, person, note, carried, rnd, vote, rating)])

    ops = ws.removal_ops(board)
    inverse = ws.apply(ops)
    for gone in (board, frame, note, rnd, vote, rating):
        assert ws.get(type(gone), gone.id) is None
    assert ws.get(Note, carried.id) == replace(carried, origin_id=None)
    ws.apply(inverse)
    assert ws.get(Note, carried.id) == carried
    assert ws.get(Vote, vote.id) == vote


def test_note_losing_frame_and_origin_keeps_both_changes(ws: Workshop) -> None:
    """Two cleared links on one note in one cascade both stay cleared."""
    board = ws.boards[0]
    other = Board(new_id(), ws.session.id, "B", 1)
    frame = Frame(new_id(), other.id)
    origin = Note(new_id(), other.id, "o")
    note = Note(new_id(), board.id, "n", frame_id=frame.id, origin_id=origin.id)
    ws.apply([Put(other), Put(frame), Put(origin), Put(note)])
    ws.apply(ws.removal_ops(other))
    assert ws.get(Note, note.id) == replace(note, frame_id=None, origin_id=None)


def test_stakeholder_removal_takes_relations(ws: Workshop) -> None:
    """A stakeholder goes with its relations, in one list of operations."""
    a = Stakeholder(new_id(), ws.session.id, "Hemtjänsten")
    b = Stakeholder(new_id(), ws.session.id, "Anhöriga")
    rel = Relation(new_id(), ws.session.id, a.id, b.id, "trust")
    ws.apply([Put(a), Put(b), Put(rel)])
    ws.apply(ws.removal_ops(a))
    assert ws.relations == []
    assert ws.stakeholders == [b]


def test_copy_has_new_ids_and_same_shape(ws: Workshop) -> None:
    """A duplicated session has fresh ids everywhere and references that follow them."""
    board = ws.boards[0]
    note = Note(new_id(), board.id, "Idé")
    ws.apply([Put(note), Put(Rating(new_id(), note.id, ws.criteria[0].id, 2))])
    copy = copy_workshop(ws, title="Kopia", now=time.time())
    assert copy.session.title == "Kopia"
    assert not {r.id for r in copy.records()} & {r.id for r in ws.records()}
    assert len(copy) == len(ws)
    (copied_note,) = copy.notes_on(copy.boards[0].id)
    assert copied_note.text == "Idé"
    assert copy.ratings_of(copied_note.id)[0].value == 2


def test_one_rating_per_note_criterion_and_participant(ws: Workshop) -> None:
    """Two participants and the facilitator may rate a note; nobody twice on one criterion."""
    board = ws.boards[0]
    anna = Participant(new_id(), ws.session.id, "Anna", "A")
    bo = Participant(new_id(), ws.session.id, "Bo", "B")
    note = Note(new_id(), board.id, "Idé")
    criterion = ws.criteria[0].id
    given = [
        Rating(new_id(), note.id, criterion, 1),
        Rating(new_id(), note.id, criterion, 2, anna.id),
        Rating(new_id(), note.id, criterion, 3, bo.id),
    ]
    ws.apply([Put(anna), Put(bo), Put(note), *(Put(r) for r in given)])
    assert len(ws.ratings_of(note.id)) == 3
    with pytest.raises(IntegrityError, match="from one person"):
        ws.apply([Put(Rating(new_id(), note.id, criterion, 0, anna.id))])
    with pytest.raises(IntegrityError, match="from one person"):
        ws.apply([Put(Rating(new_id(), note.id, criterion, 0))])
    inverse = ws.apply(ws.removal_ops(anna))  # her ratings go with her; undo brings them
    assert [r.participant_id for r in ws.ratings_of(note.id)] == [None, bo.id]
    ws.apply(inverse)
    assert len(ws.ratings_of(note.id)) == 3
