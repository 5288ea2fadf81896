"""Reads the session JSON shape back into a Workshop, to prove the shape loses nothing.

Only the tests need this: the app reads sessions from its library and from portable
files (:mod:`n3desk.store.portable`), never from ``sessions show --json``.
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
from n3desk.report.session_json import PERSONA_FIELDS, SCHEMA, SCHEMA_VERSION, Json

# A version 1 document is a version 2 one whose decisions chose nothing; a version 1 or
# 2 one is a version 3 one whose ratings are all the facilitator's own (no participant).
READS = (1, 2, 3)


class SessionJsonError(ValueError):
    """The JSON is not a session of this shape; the message says where."""


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
