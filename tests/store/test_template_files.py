"""Loading templates from files: built-in ones, the user's, and broken ones."""

from __future__ import annotations

import json
from pathlib import Path

from n3desk.domain.templates import BLANK, instantiate
from n3desk.store.template_files import load_templates, user_template_dir


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
