"""The session JSON shape: complete, stable, and reversible."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from n3desk.domain.changes import Put, Remove
from n3desk.domain.demo import build_demo
from n3desk.domain.entities import ChosenNote, Rating, new_id
from n3desk.domain.workshop import Workshop
from n3desk.report.session_json import SCHEMA_VERSION, workshop_to_json

from .session_json_reader import SessionJsonError, workshop_from_json

NOW = 1_773_480_000.0


@pytest.fixture
def demo() -> Workshop:
    return build_demo("sv", NOW)


def test_round_trip_through_json_text(demo: Workshop) -> None:
    """to_json, json.dumps, json.loads, from_json gives the same workshop."""
    text = json.dumps(workshop_to_json(demo), ensure_ascii=False)
    assert workshop_from_json(json.loads(text)) == demo


def test_the_shape_nests_like_the_workshop(demo: Workshop) -> None:
    """Boards hold frames, notes (with ratings) and rounds (with votes); the map its parts."""
    data = workshop_to_json(demo)
    assert data["schema_version"] == SCHEMA_VERSION
    ideas = data["boards"][1]
    assert ideas["frames"]
    assert ideas["notes"]
    assert ideas["voting_rounds"][0]["votes"]
    assert any(n["ratings"] for n in ideas["notes"])
    assert "board_id" not in ideas["notes"][0]
    assert "session_id" not in ideas
    persona = data["stakeholder_map"]["persona"]
    assert persona["name"].startswith("Maj-Britt")
    assert "persona_name" not in data["session"]
    assert len(data["timer_events"]) == len(demo.timer_events)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(schema_version=99), "version"),
        (lambda d: d["boards"][0]["notes"][0].update(x="far"), r"notes\[0\]\.x"),
        (lambda d: d["boards"][0]["notes"][0].update(colour=None), "colour"),
        (lambda d: d["session"].update(surprise=1), "unknown field 'surprise'"),
        (lambda d: d["session"].pop("title"), "missing field 'title'"),
        (lambda d: d.update(stages={}), "stages: expected a list"),
        (lambda d: d["n3_card"][0].update(rating=True), "rating"),
    ],
)
def test_bad_documents_are_refused_with_a_place(demo: Workshop, change, message: str) -> None:  # type: ignore[no-untyped-def]
    """A wrong type, an unknown or missing field, or another version says where."""
    data = workshop_to_json(demo)
    change(data)
    with pytest.raises(SessionJsonError, match=message):
        workshop_from_json(data)


def test_a_decision_carries_its_owner_date_and_chosen_notes(demo: Workshop) -> None:
    """Each decision lists the notes it chose (in order), its owner and its due date."""
    decision = demo.decisions[0]
    ideas = demo.notes_on(demo.boards[1].id)[:2]
    demo.apply(
        [
            Put(replace(decision, owner="Kommunstyrelsen", due_date="2027-03-01")),
            *(Put(ChosenNote(new_id(), decision.id, n.id, i)) for i, n in enumerate(ideas)),
        ]
    )
    data = workshop_to_json(demo)
    first = data["decisions"][0]
    assert (first["owner"], first["due_date"]) == ("Kommunstyrelsen", "2027-03-01")
    assert [c["note_id"] for c in first["chosen_notes"]] == [n.id for n in ideas]
    assert "decision_id" not in first["chosen_notes"][0]
    assert workshop_from_json(json.loads(json.dumps(data))) == demo


def test_a_version_1_document_is_still_read(demo: Workshop) -> None:
    """A document from before decisions had owners reads as decisions that chose nothing."""
    data = workshop_to_json(demo)
    data["schema_version"] = 1
    for decision in data["decisions"]:
        for key in ("owner", "due_date", "chosen_notes"):
            del decision[key]
    assert workshop_from_json(data) == demo


def test_ratings_say_who_gave_them_and_older_documents_are_the_facilitators(
    demo: Workshop,
) -> None:
    """A participant's rating keeps its participant_id; a version 2 rating without one is
    the facilitator's own."""
    person = demo.participants[0]
    note_id = demo.all(Rating)[0].note_id
    criterion = demo.criteria[0].id
    phone = Rating(new_id(), note_id, criterion, demo.criteria[0].low, person.id)
    demo.apply([Put(phone)])
    data = workshop_to_json(demo)
    listed = [r for b in data["boards"] for n in b["notes"] for r in n["ratings"]]
    assert {r["participant_id"] for r in listed} == {None, person.id}
    assert workshop_from_json(json.loads(json.dumps(data))) == demo
    demo.apply([Remove(phone)])
    older = workshop_to_json(demo)
    older["schema_version"] = 2
    for board in older["boards"]:
        for note in board["notes"]:
            for rating in note["ratings"]:
                del rating["participant_id"]
    assert workshop_from_json(older) == demo
