"""Copying a whole session under new ids (duplicate, portable import)."""

from __future__ import annotations

from dataclasses import fields, replace

from n3desk.domain.changes import REFERENCES
from n3desk.domain.entities import Entity, Session, new_id, with_fields
from n3desk.domain.workshop import Workshop


def copy_workshop(source: Workshop, *, title: str, now: float) -> Workshop:
    """A copy of ``source`` where every record has a new id and references follow."""
    mapping: dict[str, str] = {r.id: new_id() for r in source.records()}
    ref_fields = {(ref.child, ref.field) for ref in REFERENCES}
    copied: list[Entity] = []
    for record in source.records():
        changes: dict[str, object] = {"id": mapping[record.id]}
        for f in fields(record):
            if (type(record), f.name) in ref_fields:
                value = getattr(record, f.name)
                if value is not None:
                    changes[f.name] = mapping.get(value)
        copied.append(with_fields(record, **changes))
    session = next(r for r in copied if isinstance(r, Session))
    session = replace(session, title=title, created_at=now, updated_at=now, deleted_at=None)
    return Workshop(session, [r for r in copied if not isinstance(r, Session)])
