"""Process templates are data: each loads, validates and makes the session it describes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from n3desk.domain.agenda import total_minutes
from n3desk.domain.methods import load_methods
from n3desk.domain.templates import Template, TemplateError, instantiate, localized
from n3desk.domain.templates_export import template_from_workshop, template_id_for
from n3desk.domain.timer import planned_seconds
from n3desk.store.template_files import load_templates, parse_template
from n3desk.store.user_templates import save_user_template

BUILTIN = ("n3-blt", "roskilde", "double-diamond", "design-thinking", "learning-stations")


def _catalog(data_dir: Path) -> dict[str, Template]:
    catalog = load_templates(data_dir, "sv")
    assert catalog.errors == ()
    return {t.id: t for t in catalog}


@pytest.mark.parametrize("template_id", BUILTIN)
@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_builtin_template_makes_the_session_it_describes(
    data_dir: Path, template_id: str, language: str
) -> None:
    """Stages, boards, frames, criteria, rings and sectors follow the template exactly."""
    template = _catalog(data_dir)[template_id]
    ws = instantiate(template, "Verkstad", language=language, now=1.0)
    assert [s.title for s in ws.stages] == [localized(s.title, language) for s in template.stages]
    assert [b.title for b in ws.boards] == [localized(b.title, language) for b in template.boards]
    for board, board_spec in zip(ws.boards, template.boards, strict=True):
        assert [f.title for f in ws.frames_on(board.id)] == [
            localized(f.title, language) for f in board_spec.frames
        ]
    assert [c.name for c in ws.criteria] == [localized(c.name, language) for c in template.criteria]
    assert [r.label for r in ws.rings] == [localized(r, language) for r in template.rings]
    assert [s.label for s in ws.sectors] == [localized(s.label, language) for s in template.sectors]
    for stage, spec in zip(ws.stages, template.stages, strict=True):
        assert planned_seconds(stage) == spec.minutes * 60
        expected_board = ws.boards[spec.board].id if spec.board is not None else None
        assert stage.board_id == expected_board
        assert stage.instructions.strip()
    assert total_minutes(ws.stages) <= ws.session.available_minutes


@pytest.mark.parametrize("template_id", BUILTIN)
def test_builtin_templates_name_only_real_method_cards(data_dir: Path, template_id: str) -> None:
    """Every method a template names exists in the method library."""
    methods = load_methods()
    template = _catalog(data_dir)[template_id]
    for spec in template.stages:
        assert spec.method == "" or spec.method in methods
    assert len(template.stages) >= 6
    assert any(s.board is not None for s in template.stages)


def test_learning_stations_template_runs_a_rotation(data_dir: Path) -> None:
    """The learning-stations template's main stage is 5 stations × 7 minutes plus a summary."""
    template = _catalog(data_dir)["learning-stations"]
    rotation = next(s for s in template.stages if s.kind == "rotation")
    assert (rotation.stations, rotation.station_minutes, rotation.summary_minutes) == (5, 7, 10)
    assert rotation.minutes == 45


def test_a_malformed_user_template_is_reported_and_the_rest_still_load(data_dir: Path) -> None:
    """A broken user file gives a clear message naming it; built-in templates all load."""
    folder = data_dir / "templates"
    folder.mkdir()
    (folder / "broken.json").write_text('{"id": "mine", "name": "Min", "stages": [', "utf-8")
    (folder / "rotation.json").write_text(
        json.dumps(
            {
                "id": "rot",
                "name": "Fel",
                "stages": [
                    {
                        "title": "R",
                        "kind": "rotation",
                        "stations": 3,
                        "station_minutes": 5,
                        "minutes": 20,
                    }
                ],
            }
        ),
        "utf-8",
    )
    catalog = load_templates(data_dir, "sv")
    messages = [str(p) for p in catalog.errors]
    assert any(m.startswith("broken.json: not valid JSON") for m in messages)
    assert any("rotation.json" in m and "lasts 15 minutes" in m for m in messages)
    assert {t.id for t in catalog} >= set(BUILTIN)


def test_save_as_template_round_trips_the_structure(data_dir: Path) -> None:
    """A session saved as a template makes a new session with the same structure."""
    template = _catalog(data_dir)["design-thinking"]
    ws = instantiate(template, "Original", language="sv", now=1.0)
    tid = template_id_for("Vår <b>egen</b> dag ✨", taken={"var-b-egen-b-dag"})
    assert tid == "var-b-egen-b-dag-2"
    data = template_from_workshop(ws, template_id=tid, name="Vår <b>egen</b> dag ✨")
    path = save_user_template(data_dir, data)
    assert path.name == f"{tid}.json"
    mine = _catalog(data_dir)[tid]
    assert not mine.builtin
    copy = instantiate(mine, "Kopia", language="sv", now=2.0)
    assert [(s.title, planned_seconds(s), s.kind, s.instructions) for s in copy.stages] == [
        (s.title, planned_seconds(s), s.kind, s.instructions) for s in ws.stages
    ]
    assert [b.title for b in copy.boards] == [b.title for b in ws.boards]
    assert [r.label for r in copy.rings] == [r.label for r in ws.rings]
    assert [s.label for s in copy.sectors] == [s.label for s in ws.sectors]
    assert [c.name for c in copy.criteria] == [c.name for c in ws.criteria]
    assert copy.session.available_minutes == ws.session.available_minutes


def test_template_format_extensions_are_checked() -> None:
    """start_time, available_minutes and thresholds are validated with clear messages."""
    base = {"id": "t", "name": "T", "stages": [{"title": "A", "minutes": 5}]}
    with pytest.raises(TemplateError, match="start_time"):
        parse_template({**base, "start_time": "9"})
    with pytest.raises(TemplateError, match="available_minutes"):
        parse_template({**base, "available_minutes": 0})
    stage = {"title": "A", "minutes": 5, "warning_seconds": -1}
    with pytest.raises(TemplateError, match="warning_seconds"):
        parse_template({**base, "stages": [stage]})
    ws = instantiate(
        parse_template({**base, "start_time": "08:15", "available_minutes": 90}),
        "x",
        language="sv",
        now=0,
    )
    assert (ws.session.start_time, ws.session.available_minutes) == ("08:15", 90)
