"""Own method cards in <data dir>/methods/: loaded beside the built-in ones, bad files reported."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from n3desk.domain.methods import MethodError, load_methods
from n3desk.resources import resource
from n3desk.store.method_files import (
    MAX_METHOD_BYTES,
    check_method,
    load_method_catalog,
    user_method_dir,
)


def _card(card_id: str = "var-walkshop", name: str = "Gåtur med brukaren") -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resource("methods", "brainwriting.json").read_text(encoding="utf-8")
    )
    data["id"] = card_id
    data["name"] = {"sv": name, "en": "Walk with the citizen"}
    return data


def _write(data_dir: Path, name: str, content: str | bytes) -> None:
    folder = user_method_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        (folder / name).write_bytes(content)
    else:
        (folder / name).write_text(content, encoding="utf-8")


def test_no_folder_gives_just_the_built_in_cards(tmp_path: Path) -> None:
    """Without a methods folder the catalog is the shipped cards, with nothing reported."""
    catalog = load_method_catalog(tmp_path)
    assert len(catalog.library) == len(load_methods())
    assert catalog.own == frozenset()
    assert catalog.errors == ()


def test_an_own_card_is_loaded_beside_the_built_in_ones(tmp_path: Path) -> None:
    """A valid own card (emoji, right-to-left text) is found by id, in its phase, and marked own."""
    data = _card(name="Gåtur 🚶 مع المواطن")
    _write(tmp_path, "var-walkshop.json", json.dumps(data, ensure_ascii=False))
    catalog = load_method_catalog(tmp_path)
    assert catalog.errors == ()
    assert catalog.own == {"var-walkshop"}
    assert len(catalog.library) == len(load_methods()) + 1
    card = catalog.library.get("var-walkshop")
    assert card is not None
    assert card.text("sv").name == "Gåtur 🚶 مع المواطن"
    assert [c.id for c in catalog.library.search("gåtur")] == ["var-walkshop"]


def test_bad_files_are_reported_by_name_and_never_stop_the_others(tmp_path: Path) -> None:
    """Broken JSON, not UTF-8, too large, against the schema, a taken id: each said, none fatal."""
    _write(tmp_path, "a-good.json", json.dumps(_card()))
    _write(tmp_path, "broken.json", "{not json")
    _write(tmp_path, "latin1.json", "{\"id\": \"g\u00e5\"}".encode("latin-1"))
    _write(tmp_path, "huge.json", " " * (MAX_METHOD_BYTES + 1))
    no_english = _card("no-english")
    del no_english["purpose"]["en"]
    _write(tmp_path, "no-english.json", json.dumps(no_english))
    _write(tmp_path, "builtin.json", json.dumps(_card("brainwriting")))
    _write(tmp_path, "twice.json", json.dumps(_card()))
    catalog = load_method_catalog(tmp_path)
    assert catalog.own == {"var-walkshop"}
    problems = {p.file: p.message for p in catalog.errors}
    assert set(problems) == {
        "broken.json",
        "latin1.json",
        "huge.json",
        "no-english.json",
        "builtin.json",
        "twice.json",
    }
    assert problems["broken.json"].startswith("not valid JSON (line 1")
    assert problems["latin1.json"] == "the file is not UTF-8 text"
    assert problems["huge.json"] == "the file is too large for a method card"
    assert "purpose" in problems["no-english.json"]
    assert problems["builtin.json"] == "the id 'brainwriting' is a built-in method card's"
    assert problems["twice.json"] == "the id 'var-walkshop' is already used"
    assert str(catalog.errors[0]).startswith(catalog.errors[0].file + ": ")


def test_the_card_format_schema_is_what_checks_an_own_card(tmp_path: Path) -> None:
    """A language key the schema forbids ("svenska") is refused, though the parser alone took it."""
    data = _card()
    data["tips"]["svenska"] = ["Ta med regnkläder"]
    from n3desk.domain.methods import parse_method

    assert parse_method(data).id == "var-walkshop"  # the parser has no rule about it
    with pytest.raises(MethodError, match=r"not a valid method card \(at tips"):
        check_method(data)
    _write(tmp_path, "var-walkshop.json", json.dumps(data))
    assert [p.file for p in load_method_catalog(tmp_path).errors] == ["var-walkshop.json"]


def test_markup_and_control_characters_in_a_card_stay_text(tmp_path: Path) -> None:
    """Markup and control characters in a card's texts are kept as text, never interpreted."""
    data = _card(name="<b>Gåtur</b>\u0007 &amp;")
    _write(tmp_path, "var-walkshop.json", json.dumps(data))
    card = load_method_catalog(tmp_path).library.get("var-walkshop")
    assert card is not None
    assert card.text("sv").name == "<b>Gåtur</b>\u0007 &amp;"
