"""Editing a session's rating criteria: add, rename, remove, reorder, change the range.

Each function returns the operations of one edit, so the app pushes it as one undo
step. A removal takes the criterion's ratings with it (undo brings them back); a
narrower range moves the ratings outside it to the nearest value that is left (undo
gives the old values back). :func:`n3_ops` adds the N3 three — Nytt, Nyttigt,
Nyttiggjort, 0–3 — that a session does not have yet, so any session, whatever its
template, can rate on them.

Values run from 0 to 10, as templates allow: R and a digit rate 0–9 from the
keyboard, the panel's buttons every value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from n3desk.domain.changes import Op, Put
from n3desk.domain.entities import Criterion, Rating, new_id
from n3desk.domain.templates import DEFAULT_CRITERIA, CriterionSpec, localized
from n3desk.domain.workshop import Workshop

LOWEST = 0
HIGHEST = 10
LONGEST_NAME = 60  # a badge, a table header and a PDF line must still hold it


class CriterionError(ValueError):
    """The edit cannot be made; the message says why, in plain words."""


def clean_name(name: str) -> str:
    """``name`` on one line, without control characters, at most :data:`LONGEST_NAME` long."""
    printable = "".join(ch if ch.isprintable() else " " for ch in name)
    flat = " ".join(printable.split())
    if not flat:
        raise CriterionError("a criterion needs a name")
    return flat[:LONGEST_NAME].rstrip()


def check_range(low: int, high: int) -> None:
    """Refuse a range that is empty, reversed or outside 0–10."""
    if not LOWEST <= low < high <= HIGHEST:
        raise CriterionError(f"the range must run from {LOWEST} to {HIGHEST}, low below high")


def add_ops(
    workshop: Workshop, name: str, low: int = 0, high: int = 3
) -> tuple[list[Op], Criterion]:
    """A new criterion after the others."""
    check_range(low, high)
    position = max((c.position for c in workshop.criteria), default=-1) + 1
    criterion = Criterion(new_id(), workshop.session.id, clean_name(name), low, high, position)
    return [Put(criterion)], criterion


def rename_ops(criterion: Criterion, name: str) -> list[Op]:
    """The criterion under a new name (nothing when the name does not change)."""
    cleaned = clean_name(name)
    return [] if cleaned == criterion.name else [Put(replace(criterion, name=cleaned))]


def ratings_on(workshop: Workshop, criterion: Criterion) -> list[Rating]:
    """Every rating given on ``criterion``."""
    return [r for r in workshop.all(Rating) if r.criterion_id == criterion.id]


def remove_ops(workshop: Workshop, criterion: Criterion) -> list[Op]:
    """The criterion and its ratings removed, the others renumbered."""
    ops = workshop.removal_ops(criterion)
    rest = [c for c in workshop.criteria if c.id != criterion.id]
    return [*ops, *_numbered(rest)]


def move_ops(workshop: Workshop, criterion: Criterion, index: int) -> list[Op]:
    """The criterion moved to place ``index`` (clamped), the others renumbered."""
    order = [c for c in workshop.criteria if c.id != criterion.id]
    order.insert(max(0, min(index, len(order))), criterion)
    return _numbered(order)


def outside(workshop: Workshop, criterion: Criterion, low: int, high: int) -> list[Rating]:
    """The ratings on ``criterion`` that a range of ``low``–``high`` would not hold."""
    return [r for r in ratings_on(workshop, criterion) if not low <= r.value <= high]


def range_ops(workshop: Workshop, criterion: Criterion, low: int, high: int) -> list[Op]:
    """A new range; ratings outside it move to the nearest value inside."""
    check_range(low, high)
    if (low, high) == (criterion.low, criterion.high):
        return []
    moved = [
        Put(replace(r, value=max(low, min(high, r.value))))
        for r in outside(workshop, criterion, low, high)
    ]
    return [Put(replace(criterion, low=low, high=high)), *moved]


def n3_names(language: str) -> list[str]:
    """The N3 three in ``language``: Nytt, Nyttigt, Nyttiggjort."""
    return [localized(spec.name, language) for spec in DEFAULT_CRITERIA]


def _all_names(spec: CriterionSpec) -> set[str]:
    """Every language's name of an N3 criterion, folded for comparing."""
    names = [spec.name] if isinstance(spec.name, str) else list(spec.name.values())
    return {_folded(n) for n in names}


def _folded(name: str) -> str:
    return " ".join(name.split()).casefold()


def missing_n3(workshop: Workshop) -> list[str]:
    """The N3 criteria the session does not have yet, in its language.

    A criterion counts as one of the three when its name is that criterion's name in
    any of the four languages (case and spaces ignored): a session keeps "Nytt" from
    an older n3desk and does not get "Nyt" beside it.
    """
    have = {_folded(c.name) for c in workshop.criteria}
    language = workshop.session.language
    return [
        localized(spec.name, language) for spec in DEFAULT_CRITERIA if not have & _all_names(spec)
    ]


def n3_ops(workshop: Workshop) -> list[Op]:
    """The N3 three the session lacks, added after its own criteria (0–3 each)."""
    position = max((c.position for c in workshop.criteria), default=-1) + 1
    have = {_folded(c.name) for c in workshop.criteria}
    ops: list[Op] = []
    for spec in DEFAULT_CRITERIA:
        if have & _all_names(spec):
            continue
        name = localized(spec.name, workshop.session.language)
        record = Criterion(new_id(), workshop.session.id, name, spec.low, spec.high, position)
        ops.append(Put(record))
        position += 1
    return ops


def _numbered(criteria: Sequence[Criterion]) -> list[Op]:
    return [Put(replace(c, position=i)) for i, c in enumerate(criteria) if c.position != i]
