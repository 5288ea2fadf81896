"""Edits of a programme as operations: make one, add sessions, carry ideas, move them on.

Each function returns the operations of one undoable step; nothing here changes a
programme or a session by itself. Carrying forward touches two aggregates at once —
new notes in the later session and the idea's links in the programme — and returns
both lists, which the app commits in one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from n3desk.domain.board_edits import carry_forward_ops
from n3desk.domain.changes import Op, Put
from n3desk.domain.entities import Decision, Note, new_id, with_fields
from n3desk.domain.programme_content import ProgrammeContent
from n3desk.domain.programmes import (
    IDEA_STATES,
    Idea,
    IdeaCarry,
    IdeaStep,
    Programme,
    ProgrammeError,
    ProgrammeOp,
    ProgrammePut,
    ProgrammeSession,
)
from n3desk.domain.workshop import Workshop


def new_programme(
    title: str,
    *,
    goal: str = "",
    period_start: str = "",
    period_end: str = "",
    language: str = "sv",
    now: float,
) -> ProgrammeContent:
    """An empty programme."""
    programme = Programme(
        new_id(),
        title,
        goal=goal,
        period_start=period_start,
        period_end=period_end,
        language=language,
        created_at=now,
        updated_at=now,
    )
    return ProgrammeContent(programme)


def add_session_ops(content: ProgrammeContent, session_id: str) -> list[ProgrammeOp]:
    """Put a session at the end of the programme (nothing if it is there already)."""
    if content.membership_of(session_id) is not None:
        return []
    last = max((m.position for m in content.memberships), default=-1)
    member = ProgrammeSession(new_id(), content.programme.id, session_id, position=last + 1)
    return [ProgrammePut(member)]


def remove_session_ops(content: ProgrammeContent, session_id: str) -> list[ProgrammeOp]:
    """Take a session out of the programme; the session itself stays in the library."""
    member = content.membership_of(session_id)
    return [] if member is None else content.removal_ops(member)


@dataclass(frozen=True, slots=True)
class CarryResult:
    """What carrying forward does: new notes in the later session, links in the programme."""

    session_ops: list[Op]
    programme_ops: list[ProgrammeOp]
    notes: list[Note]


def carry_ideas_ops(
    content: ProgrammeContent,
    source: Workshop,
    note_ids: Sequence[str],
    target: Workshop,
    board_id: str,
    *,
    now: float,
) -> CarryResult:
    """Copies of ``source``'s notes on a board of the later session ``target``.

    A note that is not yet followed as an idea becomes one (born in ``source``);
    every copy gets an :class:`IdeaCarry` back to the note it came from.
    """
    order = content.session_ids
    if source.session.id not in order or target.session.id not in order:
        raise ProgrammeError("both sessions must belong to the programme")
    if order.index(source.session.id) >= order.index(target.session.id):
        raise ProgrammeError("ideas are carried forward to a later session")
    notes = [n for n in (source.get(Note, i) for i in note_ids) if n is not None]
    session_ops, copies = carry_forward_ops(target, notes, board_id, now=now)
    # The origin and author live in another session: the programme keeps that link.
    copies = [replace(c, origin_id=None, author_id=None) for c in copies]
    session_ops = [Put(c) for c in copies]
    programme_ops: list[ProgrammeOp] = []
    position = max((i.position for i in content.ideas), default=-1) + 1
    for note, copy in zip(notes, copies, strict=True):
        idea = content.idea_of_note(note.id)
        if idea is None:
            idea = Idea(
                new_id(),
                content.programme.id,
                title=note.text,
                session_id=source.session.id,
                note_id=note.id,
                created_at=now,
                position=position,
            )
            position += 1
            programme_ops.append(ProgrammePut(idea))
        carry = IdeaCarry(
            new_id(),
            idea.id,
            session_id=target.session.id,
            note_id=copy.id,
            from_session_id=source.session.id,
            from_note_id=note.id,
            carried_at=now,
        )
        programme_ops.append(ProgrammePut(carry))
    return CarryResult(session_ops, programme_ops, copies)


def follow_note_ops(
    content: ProgrammeContent, workshop: Workshop, note_id: str, *, now: float
) -> list[ProgrammeOp]:
    """Follow a note as an idea of the programme without carrying it (nothing if it is one)."""
    return follow_notes_ops(content, workshop, [note_id], now=now)


def follow_notes_ops(
    content: ProgrammeContent, workshop: Workshop, note_ids: Sequence[str], *, now: float
) -> list[ProgrammeOp]:
    """Follow notes of a session as ideas of the programme; notes already followed are skipped."""
    position = max((i.position for i in content.ideas), default=-1) + 1
    ops: list[ProgrammeOp] = []
    for note_id in dict.fromkeys(note_ids):
        note = workshop.get(Note, note_id)
        if note is None or content.idea_of_note(note_id) is not None:
            continue
        idea = Idea(
            new_id(),
            content.programme.id,
            title=note.text,
            session_id=workshop.session.id,
            note_id=note.id,
            created_at=now,
            position=position,
        )
        position += 1
        ops.append(ProgrammePut(idea))
    return ops


def move_idea_ops(
    content: ProgrammeContent,
    idea_id: str,
    state: str,
    *,
    now: float,
    session_id: str | None = None,
    decision: Decision | None = None,
    why: str = "",
) -> list[ProgrammeOp]:
    """Move an idea to ``state``, with the decision that moved it and why.

    Nothing happens when the idea is already there and nothing new is said.
    """
    if state not in IDEA_STATES:
        raise ProgrammeError(f"unknown state {state!r}")
    if content.get(Idea, idea_id) is None:
        raise ProgrammeError("no such idea in this programme")
    if content.state_of(idea_id) == state and decision is None and not why.strip():
        return []
    if decision is not None:
        session_id = decision.session_id
    steps = content.steps_of(idea_id)
    step = IdeaStep(
        new_id(),
        idea_id,
        state,
        # Steps are ordered by time: never before the previous one, even if the
        # laptop's clock was set back between two workshops.
        at=now if not steps else max(now, steps[-1].at + 0.001),
        session_id=session_id,
        decision_id=None if decision is None else decision.id,
        why=why.strip(),
    )
    return [ProgrammePut(step)]


def retitle_ops(content: ProgrammeContent, **fields: object) -> list[ProgrammeOp]:
    """Change the programme's own fields (title, goal, period); nothing if unchanged."""
    programme = content.programme
    changed = {k: v for k, v in fields.items() if getattr(programme, k) != v}
    if not changed:
        return []
    return [ProgrammePut(with_fields(programme, **changed))]
