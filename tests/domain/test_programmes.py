"""Programmes: sessions in order, ideas carried forward with their origin, states with decisions."""

from __future__ import annotations

import pytest

from n3desk.domain.changes import Put
from n3desk.domain.entities import Decision, Note, new_id
from n3desk.domain.programme_content import ProgrammeContent
from n3desk.domain.programme_edits import (
    add_session_ops,
    carry_ideas_ops,
    follow_note_ops,
    move_idea_ops,
    new_programme,
    remove_session_ops,
    retitle_ops,
)
from n3desk.domain.programmes import (
    Idea,
    IdeaCarry,
    IdeaStep,
    ProgrammeError,
    ProgrammePut,
    ProgrammeSession,
)
from n3desk.domain.templates import BLANK, instantiate
from n3desk.domain.workshop import Workshop


def _session(title: str, texts: tuple[str, ...] = ()) -> Workshop:
    made = instantiate(BLANK, title, language="sv", now=1000.0)
    board = made.boards[0]
    made.apply([Put(Note(new_id(), board.id, text)) for text in texts])
    return made


def _programme(*workshops: Workshop) -> ProgrammeContent:
    content = new_programme("Roskilde 2027", goal="Trygg skolväg", now=1000.0)
    for ws in workshops:
        content.apply(add_session_ops(content, ws.session.id))
    return content


def test_sessions_keep_their_order_and_belong_once() -> None:
    """Sessions go at the end; adding one twice does nothing; a second membership is refused."""
    first, second = _session("Januari"), _session("April")
    content = _programme(first, second)
    assert content.session_ids == [first.session.id, second.session.id]
    assert add_session_ops(content, first.session.id) == []
    clash = ProgrammeSession(new_id(), content.programme.id, first.session.id, position=9)
    with pytest.raises(ProgrammeError):
        content.apply([ProgrammePut(clash)])
    content.apply(remove_session_ops(content, first.session.id))
    assert content.session_ids == [second.session.id]


def test_carrying_forward_links_each_copy_to_its_origin() -> None:
    """Carried notes become new notes in the later session, each linked back to its note."""
    first = _session("Idéer", ("Gående skolbuss", "Cykelkaravan"))
    second = _session("Koncept")
    content = _programme(first, second)
    notes = first.notes_on(first.boards[0].id)
    result = carry_ideas_ops(
        content, first, [n.id for n in notes], second, second.boards[0].id, now=2000.0
    )
    second.apply(result.session_ops)
    content.apply(result.programme_ops)
    copies = second.notes_on(second.boards[0].id)
    assert sorted(n.text for n in copies) == ["Cykelkaravan", "Gående skolbuss"]
    assert all(n.origin_id is None for n in copies)  # the link lives in the programme
    for copy in copies:
        idea = content.idea_of_note(copy.id)
        assert idea is not None
        assert idea.session_id == first.session.id
        (carry,) = content.carries_of(idea.id)
        assert carry.from_note_id == idea.note_id
        assert carry.note_id == copy.id


def test_carrying_again_follows_the_same_idea() -> None:
    """An idea carried twice (January → April → September) stays one idea with two carries."""
    a, b, c = _session("A", ("Läxhjälp på biblioteket",)), _session("B"), _session("C")
    content = _programme(a, b, c)
    first = carry_ideas_ops(content, a, [n.id for n in a.all(Note)], b, b.boards[0].id, now=1.0)
    b.apply(first.session_ops)
    content.apply(first.programme_ops)
    second = carry_ideas_ops(content, b, [n.id for n in b.all(Note)], c, c.boards[0].id, now=2.0)
    c.apply(second.session_ops)
    content.apply(second.programme_ops)
    (idea,) = content.ideas
    assert [x.session_id for x in content.carries_of(idea.id)] == [b.session.id, c.session.id]


def test_ideas_go_forward_only() -> None:
    """Carrying into an earlier session, or a session outside the programme, is refused."""
    a, b = _session("A", ("x",)), _session("B")
    content = _programme(a, b)
    with pytest.raises(ProgrammeError, match="later"):
        carry_ideas_ops(content, b, [], a, a.boards[0].id, now=1.0)
    with pytest.raises(ProgrammeError, match="belong"):
        carry_ideas_ops(content, a, [], _session("Other"), "x", now=1.0)


def test_states_move_with_the_decision_that_moved_them() -> None:
    """Each move records state, decision and why; the latest is the idea's state; undo restores."""
    a = _session("A", ("Trygga gångstråk",))
    content = _programme(a)
    (note,) = a.all(Note)
    content.apply(follow_note_ops(content, a, note.id, now=1.0))
    (idea,) = content.ideas
    assert content.state_of(idea.id) == "idea"
    decision = Decision(new_id(), a.session.id, "Politikerna valde 2 av 4 koncept", 5.0)
    inverse = content.apply(
        move_idea_ops(content, idea.id, "chosen", now=5.0, decision=decision, why="störst nytta")
    )
    (step,) = content.steps_of(idea.id)
    assert (step.state, step.decision_id, step.session_id, step.why) == (
        "chosen",
        decision.id,
        a.session.id,
        "störst nytta",
    )
    assert content.state_of(idea.id) == "chosen"
    content.apply(inverse)
    assert content.state_of(idea.id) == "idea"


def test_steps_keep_their_order_when_the_clock_goes_back() -> None:
    """A later move is later even if the laptop's clock was set back in between."""
    a = _session("A", ("x",))
    content = _programme(a)
    content.apply(follow_note_ops(content, a, a.all(Note)[0].id, now=1.0))
    (idea,) = content.ideas
    content.apply(move_idea_ops(content, idea.id, "in_test", now=500.0))
    content.apply(move_idea_ops(content, idea.id, "in_operation", now=100.0))
    assert content.state_of(idea.id) == "in_operation"


def test_unknown_states_and_repeats() -> None:
    """An unknown state is refused; moving to the same state with nothing said does nothing."""
    a = _session("A", ("x",))
    content = _programme(a)
    content.apply(follow_note_ops(content, a, a.all(Note)[0].id, now=1.0))
    (idea,) = content.ideas
    with pytest.raises(ProgrammeError):
        move_idea_ops(content, idea.id, "done", now=1.0)
    assert move_idea_ops(content, idea.id, "idea", now=1.0) == []
    bad = IdeaStep(new_id(), idea.id, "whatever")
    with pytest.raises(ProgrammeError):
        content.apply([ProgrammePut(bad)])


def test_removing_an_idea_needs_its_cascade_and_all_or_nothing() -> None:
    """removal_ops takes an idea's carries and steps with it; a broken change changes nothing."""
    a, b = _session("A", ("x",)), _session("B")
    content = _programme(a, b)
    result = carry_ideas_ops(content, a, [a.all(Note)[0].id], b, b.boards[0].id, now=1.0)
    content.apply(result.programme_ops)
    (idea,) = content.ideas
    content.apply(move_idea_ops(content, idea.id, "concept", now=2.0))
    before = ProgrammeContent(content.programme, list(content.records())[1:])
    orphan = IdeaCarry(new_id(), "no-such-idea", b.session.id, "n", a.session.id, "m")
    with pytest.raises(ProgrammeError):
        content.apply(
            [
                ProgrammePut(Idea(new_id(), content.programme.id, "y", a.session.id)),
                ProgrammePut(orphan),
            ]
        )
    assert content == before
    inverse = content.apply(content.removal_ops(idea))
    assert content.ideas == []
    assert content.all(IdeaCarry) == []
    assert content.all(IdeaStep) == []
    content.apply(inverse)
    assert content == before


def test_retitle_changes_only_what_changed() -> None:
    """Editing the programme's fields is one Put, none when nothing changed."""
    content = _programme()
    assert retitle_ops(content, title="Roskilde 2027") == []
    (op,) = retitle_ops(content, goal="Fler barn går till skolan", period_start="2027-01-01")
    content.apply([op])
    assert content.programme.goal == "Fler barn går till skolan"
