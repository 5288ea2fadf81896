"""The JSON schemas of templates and method cards describe the shipped files and agree
with the parsers: what the schema accepts the parser accepts, and the reverse."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from n3desk.domain.methods import MethodError, parse_method
from n3desk.domain.templates import TemplateError, instantiate
from n3desk.domain.templates_export import template_from_workshop
from n3desk.resources import resource
from n3desk.store.template_files import load_templates, parse_template


def _validator(name: str) -> Draft202012Validator:
    schema = json.loads(resource("schema", name).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _shipped(folder: str) -> list[tuple[str, Any]]:
    return [
        (entry.name, json.loads(entry.read_text(encoding="utf-8")))
        for entry in sorted(resource(folder).iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".json")
    ]


def test_every_shipped_template_and_card_matches_its_schema() -> None:
    """The five templates and twenty cards validate against template-v1 and method-v1."""
    templates, methods = _validator("template-v1.json"), _validator("method-v1.json")
    shipped_templates, shipped_cards = _shipped("templates"), _shipped("methods")
    assert len(shipped_templates) >= 5
    assert len(shipped_cards) >= 20
    for name, data in shipped_templates:
        assert not list(templates.iter_errors(data)), name
    for name, data in shipped_cards:
        assert not list(methods.iter_errors(data)), name


def test_a_saved_user_template_and_an_old_one_match_the_schema(data_dir: Path) -> None:
    """'Save as template' writes plain one-language texts; an old file without format,
    criteria, rings or sectors still validates and loads (with the defaults)."""
    validator = _validator("template-v1.json")
    catalog = load_templates(data_dir, "da")
    roskilde = catalog.get("roskilde")
    assert roskilde is not None
    made = instantiate(roskilde, "Vores dag", language="da", now=1.0)
    saved = template_from_workshop(made, template_id="vores-dag", name="Vores dag")
    assert not list(validator.iter_errors(saved))
    old = {"id": "gammel", "name": "Gammel skabelon", "stages": [{"title": "Ét", "minutes": 5}]}
    assert not list(validator.iter_errors(old))
    session = instantiate(parse_template(old, builtin=False), "x", language="da", now=1.0)
    assert [c.name for c in session.criteria] == ["Nyt", "Nyttigt", "Nyttiggjort"]


@pytest.mark.parametrize(
    "data",
    [
        {"id": "bad id", "name": "X"},
        {"id": "t", "name": {"sv": 3}},
        {"id": "t", "name": {}},
        {"id": "t", "name": "X", "stages": [{"title": "A", "minutes": 0}]},
        {"id": "t", "name": "X", "stages": [{"title": "A", "minutes": 5, "kind": "loop"}]},
        {"id": "t", "name": "X", "sectors": [{"label": "S", "colour": "red"}]},
        {"id": "t", "name": "X", "criteria": [{"name": "C", "low": 11}]},
        {"id": "t", "name": "X", "start_time": "9"},
        {"id": "t", "name": "X", "format": 2},
    ],
)
def test_schema_and_parser_refuse_the_same_bad_templates(data: dict[str, Any]) -> None:
    """Each broken template is refused by the schema and by parse_template."""
    assert list(_validator("template-v1.json").iter_errors(data))
    with pytest.raises(TemplateError):
        parse_template(data)


def _card(**changes: Any) -> dict[str, Any]:
    both = {"sv": "Text", "en": "Text"}
    lists = {"sv": ["Ett"], "en": ["One"]}
    card = {"id": "c", "phase": "test", "minutes": 5, "name": both, "purpose": both,
            "place": both, "time": both, "group_size": both, "materials": both,
            "steps": lists, "tips": lists}  # fmt: skip
    return {**card, **changes}


@pytest.mark.parametrize(
    "data",
    [
        _card(phase="later"),
        _card(minutes=0),
        _card(name={"sv": "Bara svenska"}),
        _card(steps={"sv": ["Ett"], "en": []}),
        _card(steps={"sv": ["Ett"], "en": ["One"], "da": "ikke en liste"}),
    ],
)
def test_schema_and_parser_refuse_the_same_bad_cards(data: dict[str, Any]) -> None:
    """Each broken card is refused by the schema and by parse_method."""
    assert list(_validator("method-v1.json").iter_errors(data))
    with pytest.raises(MethodError):
        parse_method(data)
    assert not list(_validator("method-v1.json").iter_errors(_card()))
    parse_method(_card())
