"""What a revision holds, as domain records: grouping, fingerprints and copies.

A revision of a session holds that session's records; a revision of a programme
holds the programme's records and every one of its sessions' records. These helpers
turn the flat rows of a revision back into workshops and a programme, tell whether a
local copy changed since it was published, and give a copy new ids throughout.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import fields
from operator import attrgetter
from typing import Any

from n3desk.domain.entities import Entity, Session, new_id, with_fields
from n3desk.domain.programme_content import ProgrammeContent
from n3desk.domain.programmes import Programme, ProgrammeRecord
from n3desk.domain.workshop import Workshop
from n3desk.store.tables import PRIMARY_PARENT

AnyRecord = Entity | ProgrammeRecord


_GETTERS: dict[type, Callable[[Any], tuple[Any, ...]]] = {}


def values_of(record: AnyRecord) -> tuple[Any, ...]:
    """A record's field values, in field order (one C call per record)."""
    kind = type(record)
    getter = _GETTERS.get(kind)
    if getter is None:
        names = [f.name for f in fields(kind)]
        pick = attrgetter(*names)
        getter = _GETTERS[kind] = pick if len(names) > 1 else (lambda r: (pick(r),))
    return getter(record)


def fingerprint(records: Iterable[AnyRecord]) -> str:
    """A digest of the records' content, the same whatever their order.

    ``repr`` of plain values (str, int, float, bool, None) is exact and stable, and
    much cheaper than JSON for a 2,000-note session.
    """
    rows = sorted((type(r).__name__, r.id, values_of(r)) for r in records)
    text = repr(rows)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


_BOOLS: dict[type, tuple[int, ...]] = {}


def fingerprint_rows(rows: Mapping[type, Sequence[tuple[Any, ...]]]) -> str:
    """:func:`fingerprint` of the records these stored rows are, without building them.

    Rows read from SQLite keep booleans as 0 and 1; a record holds True and False,
    whose ``repr`` differs, so those columns are turned back into bool first.
    """
    keyed: list[tuple[str, Any, tuple[Any, ...]]] = []
    for kind, table in rows.items():
        bools = _BOOLS.get(kind)
        if bools is None:
            bools = _BOOLS[kind] = tuple(
                i for i, f in enumerate(fields(kind)) if f.type in ("bool", bool)
            )
        name = kind.__name__
        if bools:
            for row in table:
                listed = list(row)
                for i in bools:
                    listed[i] = bool(listed[i])
                keyed.append((name, row[0], tuple(listed)))
        else:
            keyed.extend((name, row[0], tuple(row)) for row in table)
    keyed.sort()
    return hashlib.sha256(repr(keyed).encode("utf-8", "surrogatepass")).hexdigest()


def _session_of(record: Entity, by_id: dict[tuple[type, str], Entity]) -> str | None:
    if isinstance(record, Session):
        return record.id
    session_id = getattr(record, "session_id", None)
    if isinstance(session_id, str):
        return session_id
    field, parent_kind = PRIMARY_PARENT[type(record)]
    parent = by_id.get((parent_kind, getattr(record, field)))
    return None if parent is None else _session_of(parent, by_id)


def split_sessions(records: Sequence[Entity]) -> list[Workshop]:
    """The workshops in a flat list of session records, in the order of their sessions."""
    by_id = {(type(r), r.id): r for r in records}
    grouped: dict[str, list[Entity]] = {}
    sessions: dict[str, Session] = {}
    for record in records:
        if isinstance(record, Session):
            sessions[record.id] = record
            continue
        owner = _session_of(record, by_id)
        if owner is not None:
            grouped.setdefault(owner, []).append(record)
    return [Workshop(s, grouped.get(s.id, [])) for s in sessions.values()]


def programme_from(records: Sequence[ProgrammeRecord]) -> ProgrammeContent | None:
    """The programme in a flat list of programme records, or None if there is none."""
    programme = next((r for r in records if isinstance(r, Programme)), None)
    if programme is None:
        return None
    return ProgrammeContent(programme, [r for r in records if r is not programme])


def with_new_ids(records: Sequence[AnyRecord], *, title_suffix: str, now: float) -> list[Any]:
    """A copy of ``records`` where every id is new and every link follows its record.

    Any ``…_id`` field that names a record of the copy is pointed at the copy's
    record; links to records outside it are kept (they name nothing in the copy).
    Sessions and programmes get ``title_suffix`` and fresh times.
    """
    mapping = {r.id: new_id() for r in records}
    copied: list[Any] = []
    for record in records:
        changes: dict[str, object] = {"id": mapping[record.id]}
        for f in fields(record):
            value = getattr(record, f.name)
            if f.name.endswith("_id") and isinstance(value, str) and value in mapping:
                changes[f.name] = mapping[value]
        if isinstance(record, Session | Programme):
            changes.update(title=record.title + title_suffix, created_at=now, updated_at=now)
        copied.append(with_fields(record, **changes))
    return copied
