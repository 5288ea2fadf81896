"""Records change through one typed path, ``with_fields``, never a bare ``replace(**dict)``."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import n3desk
from n3desk.domain.changes import Put, edited
from n3desk.domain.entities import Note, Stage, new_id, with_fields


def test_with_fields_gives_the_same_kind_of_record_with_the_fields_changed() -> None:
    """The copy is a Note with the new values; the original is untouched."""
    note = Note(new_id(), new_id(), "först", colour="yellow")
    changes: dict[str, object] = {"text": "sedan", "colour": "pink"}
    moved = with_fields(note, **changes)
    assert type(moved) is Note
    assert (moved.id, moved.text, moved.colour) == (note.id, "sedan", "pink")
    assert (note.text, note.colour) == ("först", "yellow")
    assert edited(note, x=5.0) == Put(with_fields(note, x=5.0))


def test_a_field_the_record_does_not_have_is_refused() -> None:
    """A name from another record type raises TypeError instead of passing silently."""
    stage = Stage(new_id(), new_id(), "Inledning", planned_minutes=10)
    with pytest.raises(TypeError):
        with_fields(stage, colour="pink")


def test_no_module_splats_a_dict_into_dataclasses_replace() -> None:
    """Outside entities.py no call is ``replace(record, **fields)``: it could not be typed."""
    package = Path(n3desk.__file__).parent
    offenders = []
    for path in sorted(package.rglob("*.py")):
        if path.name == "entities.py" and path.parent.name == "domain":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", "")) == "replace"
                and any(k.arg is None for k in node.keywords)
            ):
                offenders.append(f"{path.relative_to(package)}:{node.lineno}")
    assert offenders == []
