"""A whole session as JSON: what ``n3desk sessions show --json`` prints and portable files hold.

The shape is nested the way a person reads a workshop (boards hold their frames,
notes and voting rounds; notes hold their ratings; the stakeholder map holds its
persona, rings, sectors, stakeholders and relations). Every field of every record is
there under its domain name, except the parent id that the nesting already says
(a note inside a board has no ``board_id`` key). The tests read the
shape back into a :class:`Workshop` (``tests/report/session_json_reader.py``) to
prove nothing is lost. The shape is described in ``docs/cli.md``; a change to it
raises :data:`SCHEMA_VERSION`.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from n3desk.domain.entities import (
    Board,
    Decision,
    Entity,
)
from n3desk.domain.workshop import Workshop

SCHEMA = "n3desk.session"
SCHEMA_VERSION = 3  # 2: decisions' owner, due date, chosen notes; 3: ratings' participant_id

# The persona is stored on the session but belongs, for a reader, to the map.
PERSONA_FIELDS = {
    "persona_name": "name",
    "persona_description": "description",
    "persona_image": "image",
}

Json = dict[str, Any]


def _fields(record: Entity, *, drop: tuple[str, ...] = ()) -> Json:
    return {f.name: getattr(record, f.name) for f in fields(record) if f.name not in drop}


def workshop_to_json(workshop: Workshop) -> Json:
    """The whole session as plain JSON values (dicts, lists, str, int, float, bool, None)."""
    session = workshop.session
    session_json = _fields(session, drop=tuple(PERSONA_FIELDS))
    persona = {short: getattr(session, long) for long, short in PERSONA_FIELDS.items()}
    sid = ("session_id",)
    return {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "session": session_json,
        "participants": [_fields(p, drop=sid) for p in workshop.participants],
        "decisions": [_decision_json(workshop, d) for d in workshop.decisions],
        "n3_card": [_fields(f, drop=sid) for f in workshop.foundations],
        "criteria": [_fields(c, drop=sid) for c in workshop.criteria],
        "boards": [_board_json(workshop, b) for b in workshop.boards],
        "stakeholder_map": {
            "persona": persona,
            "rings": [_fields(r, drop=sid) for r in workshop.rings],
            "sectors": [_fields(s, drop=sid) for s in workshop.sectors],
            "stakeholders": [_fields(s, drop=sid) for s in workshop.stakeholders],
            "relations": [_fields(r, drop=sid) for r in workshop.relations],
        },
        "stages": [_fields(s, drop=sid) for s in workshop.stages],
        "timer_events": [_fields(e, drop=sid) for e in workshop.timer_events],
    }


def _decision_json(workshop: Workshop, decision: Decision) -> Json:
    chosen = workshop.chosen_by(decision.id)
    return {
        **_fields(decision, drop=("session_id",)),
        "chosen_notes": [_fields(c, drop=("decision_id",)) for c in chosen],
    }


def _board_json(workshop: Workshop, board: Board) -> Json:
    on_board = ("board_id",)
    notes = []
    for note in workshop.notes_on(board.id):
        entry = _fields(note, drop=on_board)
        entry["ratings"] = [_fields(r, drop=("note_id",)) for r in workshop.ratings_of(note.id)]
        notes.append(entry)
    rounds = []
    for voting in sorted(workshop.rounds_on(board.id), key=lambda r: (r.position, r.id)):
        entry = _fields(voting, drop=on_board)
        entry["votes"] = [_fields(v, drop=("round_id",)) for v in workshop.votes_in(voting.id)]
        rounds.append(entry)
    return {
        **_fields(board, drop=("session_id",)),
        "frames": [_fields(f, drop=on_board) for f in workshop.frames_on(board.id)],
        "notes": notes,
        "voting_rounds": rounds,
    }
