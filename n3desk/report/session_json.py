"""A whole session as JSON: what ``n3desk sessions show --json`` prints and portable files hold.

The shape is nested the way a person reads a workshop (boards hold their frames,
notes and voting rounds; notes hold their ratings; the stakeholder map holds its
persona, rings, sectors, stakeholders and relations). Every field of every record is
there under its domain name, except the parent id that the nesting already says
(a note inside a board has no ``board_id`` key). :func:`workshop_from_json` turns the
shape back into a :class:`Workshop`, so nothing is lost either way. The shape is
described in ``docs/cli.md``; a change to it raises :data:`SCHEMA_VERSION`.
"""

from __future__ import annotations

from dataclasses import MISSING, fields
from typing import Any

from n3desk.domain.entities import (
    Board,
    ChosenNote,
    Criterion,
    Decision,
    Entity,
    Foundation,
    Frame,
    Note,
    Participant,
    Rating,
    Relation,
    Ring,
    Sector,
    Session,
    Stage,
    Stakeholder,
    TimerEvent,
    Vote,
    VotingRound,
)
from n3desk.domain.workshop import Workshop

SCHEMA = "n3desk.session"
SCHEMA_VERSION = 2  # 2: decisions have an owner, a due date and their chosen notes
READS = (1, 2)  # a version 1 document is a version 2 one whose decisions chose nothing

# The persona is stored on the session but belongs, for a reader, to the map.
PERSONA_FIELDS = {
    "persona_name": "name",
    "persona_description": "description",
    "persona_image": "image",
}

Json = dict[str, Any]


class SessionJsonError(ValueError):
    """The JSON is not a session of this shape; the message says where."""


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


# -- back to records -------------------------------------------------------------------


def workshop_from_json(data: Any) -> Workshop:
    """The Workshop that :func:`workshop_to_json` made ``data`` from.

    Checks the shape and every field's type, raising :class:`SessionJsonError`; it
    does not check references (``Workshop.apply`` and the library do that).
    """
    top = _obj(data, "")
    if top.get("schema") != SCHEMA or top.get("schema_version") not in READS:
        raise SessionJsonError(f"not an {SCHEMA} version {SCHEMA_VERSION} document")
    smap = _obj(top.get("stakeholder_map"), "stakeholder_map")
    persona = _obj(smap.get("persona"), "stakeholder_map.persona")
    session_values = dict(_obj(top.get("session"), "session"))
    for long, short in PERSONA_FIELDS.items():
        session_values[long] = persona.get(short, "")
    session = _record(Session, session_values, "session", {})
    assert isinstance(session, Session)
    sid = {"session_id": session.id}
    records: list[Entity] = []
    top_level: tuple[tuple[str, type[Entity]], ...] = (
        ("participants", Participant),
        ("n3_card", Foundation),
        ("criteria", Criterion),
    )
    for key, kind in top_level:
        records += _records(kind, top.get(key), key, sid)
    for i, decision_value in enumerate(_list(top.get("decisions"), "decisions")):
        where = f"decisions[{i}]"
        decision_obj = _obj(decision_value, where)
        plain = {k: v for k, v in decision_obj.items() if k != "chosen_notes"}
        decision = _record(Decision, plain, where, sid)
        records.append(decision)
        chosen = decision_obj.get("chosen_notes", [])
        records += _records(
            ChosenNote, chosen, f"{where}.chosen_notes", {"decision_id": decision.id}
        )
    for i, board_value in enumerate(_list(top.get("boards"), "boards")):
        where = f"boards[{i}]"
        board_obj = _obj(board_value, where)
        board_plain = {k: v for k, v in board_obj.items() if k not in BOARD_CHILDREN}
        board = _record(Board, board_plain, where, sid)
        records.append(board)
        bid = {"board_id": board.id}
        records += _records(Frame, board_obj.get("frames"), f"{where}.frames", bid)
        for j, note_value in enumerate(_list(board_obj.get("notes"), f"{where}.notes")):
            nwhere = f"{where}.notes[{j}]"
            note_obj = _obj(note_value, nwhere)
            plain = {k: v for k, v in note_obj.items() if k != "ratings"}
            note = _record(Note, plain, nwhere, bid)
            records.append(note)
            ratings = note_obj.get("ratings", [])
            records += _records(Rating, ratings, f"{nwhere}.ratings", {"note_id": note.id})
        rounds = _list(board_obj.get("voting_rounds"), f"{where}.voting_rounds")
        for j, round_value in enumerate(rounds):
            rwhere = f"{where}.voting_rounds[{j}]"
            round_obj = _obj(round_value, rwhere)
            plain = {k: v for k, v in round_obj.items() if k != "votes"}
            voting = _record(VotingRound, plain, rwhere, bid)
            records.append(voting)
            votes = round_obj.get("votes", [])
            records += _records(Vote, votes, f"{rwhere}.votes", {"round_id": voting.id})
    on_map: tuple[tuple[str, type[Entity]], ...] = (
        ("rings", Ring),
        ("sectors", Sector),
        ("stakeholders", Stakeholder),
        ("relations", Relation),
    )
    for key, kind in on_map:
        records += _records(kind, smap.get(key), f"stakeholder_map.{key}", sid)
    records += _records(Stage, top.get("stages"), "stages", sid)
    records += _records(TimerEvent, top.get("timer_events"), "timer_events", sid)
    return Workshop(session, records)


BOARD_CHILDREN = ("frames", "notes", "voting_rounds")


def _obj(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise SessionJsonError(f"{where or 'document'}: expected an object")
    return value


def _list(value: Any, where: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise SessionJsonError(f"{where}: expected a list")
    return value


def _records(kind: type[Entity], value: Any, where: str, parent: Json) -> list[Entity]:
    return [
        _record(kind, _obj(item, f"{where}[{i}]"), f"{where}[{i}]", parent)
        for i, item in enumerate(_list(value, where))
    ]


_TYPES: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "float": (int, float),
    "bool": (bool,),
    "str | None": (str, type(None)),
    "int | None": (int, type(None)),
    "float | None": (int, float, type(None)),
}


def _record(kind: type[Entity], values: Json, where: str, parent: Json) -> Entity:
    merged = {**values, **parent}
    known = {f.name for f in fields(kind)}
    unknown = sorted(set(merged) - known)
    if unknown:
        raise SessionJsonError(f"{where}: unknown field {unknown[0]!r}")
    args: Json = {}
    for f in fields(kind):
        if f.name not in merged:
            if f.default is MISSING and f.default_factory is MISSING:
                raise SessionJsonError(f"{where}: missing field {f.name!r}")
            continue
        value = merged[f.name]
        allowed = _TYPES[str(f.type)]
        is_bool = isinstance(value, bool)
        if not isinstance(value, allowed) or (is_bool and bool not in allowed):
            raise SessionJsonError(f"{where}.{f.name}: expected {f.type}")
        if "float" in str(f.type) and isinstance(value, int):
            value = float(value)  # JSON writes 3.0 as 3
        args[f.name] = value
    return kind(**args)
