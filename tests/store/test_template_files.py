"""Loading templates from files: built-in ones, the user's, and broken ones."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from n3desk.domain.templates import BLANK, TemplateError, instantiate
from n3desk.store.template_files import load_templates, parse_template, user_template_dir


def test_blank_is_first_and_builtins_parse(tmp_path: Path) -> None:
    """Without user files: blank first, every built-in file parses and instantiates."""
    catalog = load_templates(tmp_path, "sv")
    assert catalog.templates[0] is BLANK
    assert not catalog.errors, [str(e) for e in catalog.errors]
    for template in catalog:
        assert template.builtin
        made = instantiate(template, "x", language="sv", now=1.0)
        assert len(made.boards) == len(template.boards)


def test_user_templates_load_and_broken_ones_are_reported(tmp_path: Path) -> None:
    """A good user file is loaded as the user's; bad JSON, bad shape and a taken id are errors."""
    folder = user_template_dir(tmp_path)
    folder.mkdir()
    good = {
        "id": "own",
        "name": {"sv": "Egen", "en": "Own"},
        "stages": [{"title": "A", "minutes": 5}],
    }
    (folder / "good.json").write_text(json.dumps(good), encoding="utf-8")
    (folder / "badjson.json").write_text("{", encoding="utf-8")
    (folder / "badshape.json").write_text(json.dumps({"id": "x", "name": 3}), encoding="utf-8")
    (folder / "taken.json").write_text(json.dumps({"id": "blank", "name": "B"}), encoding="utf-8")
    (folder / "notes.txt").write_text("ignored", encoding="utf-8")
    catalog = load_templates(tmp_path, "en")
    own = catalog.get("own")
    assert own is not None
    assert not own.builtin
    assert catalog.name(own) == "Own"
    assert sorted(p.file for p in catalog.errors) == ["badjson.json", "badshape.json", "taken.json"]
    assert all(p.message for p in catalog.errors)


_STAGE = {"title": "A", "minutes": 5}
_ROTATION = {"title": "A", "kind": "rotation", "stations": 3, "station_minutes": 5}


@pytest.mark.parametrize(
    ("data", "said"),
    [
        ([], "template: expected an object"),
        ({"id": "bad id", "name": "X"}, "id: expected letters, digits, '-' or '_'"),
        ({"id": "t"}, "name: missing"),
        ({"id": "t", "name": {"sv": 3}}, "name: expected text or a mapping from language to text"),
        ({"id": "t", "name": "X", "format": 2}, "template format 2 is not supported (expected 1)"),
        ({"id": "t", "name": "X", "start_time": "9"}, "start_time: expected a time as HH:MM"),
        (
            {"id": "t", "name": "X", "available_minutes": True},
            "available_minutes: expected a whole number from 10 to 1440",
        ),
        ({"id": "t", "name": "X", "stages": "many"}, "stages: expected a list"),
        ({"id": "t", "name": "X", "stages": [{"title": "A"}]}, "stages[0].minutes: missing"),
        (
            {"id": "t", "name": "X", "stages": [{**_STAGE, "kind": "loop"}]},
            "stages[0].kind: expected 'timebox' or 'rotation'",
        ),
        (
            {"id": "t", "name": "X", "stages": [{**_ROTATION, "stations": 0}]},
            "stages[0].stations: expected a whole number of 1 or more",
        ),
        (
            {"id": "t", "name": "X", "stages": [{**_ROTATION, "minutes": 10}]},
            "stages[0].minutes: a rotation of 3 × 5 + 0 minutes lasts 15 minutes",
        ),
        (
            {"id": "t", "name": "X", "stages": [{**_STAGE, "board": 0}]},
            "stages[0].board: the template has no boards",
        ),
        (
            {
                "id": "t",
                "name": "X",
                "boards": [{"title": "B"}],
                "stages": [{**_STAGE, "board": 1}],
            },
            "stages[0].board: expected a whole number from 0 to 0",
        ),
        (
            {"id": "t", "name": "X", "sectors": [{"label": "S", "colour": "red"}]},
            "sectors[0].colour: expected a colour as #rrggbb",
        ),
        (
            {"id": "t", "name": "X", "criteria": [{"name": "C", "low": 3, "high": 2}]},
            "criteria[0]: high must be above low",
        ),
        (
            {"id": "t", "name": "X", "boards": [{"title": "B", "frames": [{"x": "left"}]}]},
            "boards[0].frames[0].x: expected a number",
        ),
    ],
)
def test_a_refused_template_says_where_and_what_was_expected(data: Any, said: str) -> None:
    """The schema's refusals and the few rules it cannot say read as one line each."""
    with pytest.raises(TemplateError) as raised:
        parse_template(data)
    assert str(raised.value) == said


def test_a_whole_number_written_with_a_point_is_taken_as_one() -> None:
    """JSON Schema counts 5.0 as an integer: the template then holds the int 5."""
    template = parse_template(
        {"id": "t", "name": "X", "available_minutes": 90.0, "stages": [{**_STAGE, "minutes": 5.0}]}
    )
    assert template.available_minutes == 90
    assert type(template.stages[0].minutes) is int
    made = instantiate(template, "Punkt", language="sv", now=1.0)
    assert [s.planned_minutes for s in made.stages] == [5]
