"""The session JSON shape: complete, stable, and reversible."""

from __future__ import annotations

import json

import pytest

from n3desk.domain.demo import build_demo
from n3desk.domain.workshop import Workshop
from n3desk.report.session_json import (
    SCHEMA_VERSION,
    SessionJsonError,
    workshop_from_json,
    workshop_to_json,
)

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
