"""Every change the stakeholder map makes, as one undoable command each.

The map's views call these and nothing else to change the session: each builds the
domain operations of one gesture and pushes them with :func:`push_edit` (or, for a
cascade, a parent :class:`EditCommand` with child commands), so every gesture is one
undo step, committed to the library as it happens.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from n3desk.app.commands import EditCommand, push_command, push_edit
from n3desk.app.document import SessionDocument
from n3desk.domain.changes import Op, Put, Remove, edited
from n3desk.domain.entities import Relation, Ring, Sector, Stakeholder, new_id
from n3desk.domain.mapgeometry import Cell, cell_of, clamp, free_spot, relocate

E = TypeVar("E", Stakeholder, Relation, Sector, Ring)


def add_stakeholder(
    document: SessionDocument, name: str, angle: float, radius: float
) -> Stakeholder:
    """Put a new stakeholder where it was dropped."""
    angle, radius = clamp(angle, radius)
    record = Stakeholder(new_id(), document.session.id, name, angle=angle, radius=radius)
    push_edit(document, QCoreApplication.translate("MapEdits", "Add stakeholder"), [Put(record)])
    return record


def add_stakeholder_in_cell(
    document: SessionDocument, name: str, sector: int, ring: int
) -> Stakeholder:
    """Put a new stakeholder in a free spot of a sector and ring (typing a name)."""
    workshop = document.workshop
    sectors, rings = len(workshop.sectors), len(workshop.rings)
    sector = min(max(sector, 0), max(sectors - 1, 0))
    ring = min(max(ring, 0), max(rings - 1, 0))
    here = Cell(sector, ring)
    taken = [
        (s.angle, s.radius)
        for s in workshop.stakeholders
        if cell_of(s.angle, s.radius, sectors, rings) == here
    ]
    angle, radius = free_spot(sector, ring, sectors, rings, taken)
    return add_stakeholder(document, name, angle, radius)


def move_stakeholders(document: SessionDocument, moves: Mapping[str, tuple[float, float]]) -> None:
    """Move stakeholders to new polar positions, one undo step for the whole drag."""
    ops: list[Op] = []
    for sid, (angle, radius) in moves.items():
        record = document.workshop.get(Stakeholder, sid)
        if record is None:
            continue
        angle, radius = clamp(angle, radius)
        if (abs(angle - record.angle), abs(radius - record.radius)) != (0.0, 0.0):
            ops.append(Put(replace(record, angle=angle, radius=radius)))
    text = (
        QCoreApplication.translate("MapEdits", "Move stakeholder")
        if len(ops) == 1
        else QCoreApplication.translate("MapEdits", "Move stakeholders")
    )
    push_edit(document, text, ops)


def _edit_fields(
    document: SessionDocument,
    record_type: type[E],
    record_id: str,
    text: str,
    /,
    **fields: object,
) -> None:
    """One undoable edit of some fields of a record; nothing when nothing changes."""
    record = document.workshop.get(record_type, record_id)
    if record is None:
        return
    changed = {k: v for k, v in fields.items() if getattr(record, k) != v}
    if changed:
        push_edit(document, text, [edited(record, **changed)])


def edit_stakeholder(document: SessionDocument, stakeholder_id: str, **fields: object) -> None:
    """Change a stakeholder's name, role, influence, interest or notes (only if changed)."""
    text = QCoreApplication.translate("MapEdits", "Edit stakeholder")
    _edit_fields(document, Stakeholder, stakeholder_id, text, **fields)


def delete_stakeholders(document: SessionDocument, stakeholder_ids: Iterable[str]) -> None:
    """Delete stakeholders; their relations go with them as child commands, one undo step."""
    workshop = document.workshop
    records = [r for i in stakeholder_ids if (r := workshop.get(Stakeholder, i)) is not None]
    if not records:
        return
    text = (
        QCoreApplication.translate("MapEdits", "Delete stakeholder")
        if len(records) == 1
        else QCoreApplication.translate("MapEdits", "Delete stakeholders")
    )
    command = EditCommand(document, text, [Remove(r) for r in records])
    gone = {r.id for r in records}
    for relation in workshop.relations:
        if relation.source_id in gone or relation.target_id in gone:
            EditCommand(
                document,
                QCoreApplication.translate("MapEdits", "Delete relation"),
                [Remove(relation)],
                command,
            )
    push_command(command)


def connect(
    document: SessionDocument, source_id: str, target_id: str, kind: str = "collaboration"
) -> Relation | None:
    """Draw a relation between two stakeholders; None for a stakeholder and itself."""
    if source_id == target_id:
        return None
    relation = Relation(new_id(), document.session.id, source_id, target_id, kind=kind)
    push_edit(
        document, QCoreApplication.translate("MapEdits", "Connect stakeholders"), [Put(relation)]
    )
    return relation


def edit_relation(document: SessionDocument, relation_id: str, **fields: object) -> None:
    """Change a relation's kind, label or direction (only if changed)."""
    text = QCoreApplication.translate("MapEdits", "Edit relation")
    _edit_fields(document, Relation, relation_id, text, **fields)


def delete_relation(document: SessionDocument, relation_id: str) -> None:
    record = document.workshop.get(Relation, relation_id)
    if record is not None:
        push_edit(
            document, QCoreApplication.translate("MapEdits", "Delete relation"), [Remove(record)]
        )


def set_persona(document: SessionDocument, **fields: str) -> None:
    """Change the citizen's name, description or picture file name (only if changed)."""
    session = document.session
    changed = {k: v for k, v in fields.items() if getattr(session, k) != v}
    if changed:
        push_edit(
            document,
            QCoreApplication.translate("MapEdits", "Edit the citizen"),
            [edited(session, **changed)],
        )


# -- rings and sectors ----------------------------------------------------------------


def _reshape(
    document: SessionDocument,
    text: str,
    sectors: list[Sector],
    rings: list[Ring],
    removed: list[Sector | Ring],
) -> None:
    """Replace the map's sectors and rings, keeping every stakeholder in its cell."""
    workshop = document.workshop
    old_s = [s.id for s in workshop.sectors]
    old_r = [r.id for r in workshop.rings]
    new_s = [s.id for s in sectors]
    new_r = [r.id for r in rings]
    ops: list[Op] = []
    for i, sector in enumerate(sectors):
        if workshop.get(Sector, sector.id) != (numbered := replace(sector, position=i)):
            ops.append(Put(numbered))
    for i, ring in enumerate(rings):
        if workshop.get(Ring, ring.id) != (numbered_ring := replace(ring, position=i)):
            ops.append(Put(numbered_ring))
    for stakeholder in workshop.stakeholders:
        angle, radius = relocate(
            (stakeholder.angle, stakeholder.radius), old_s, new_s, old_r, new_r
        )
        if (angle, radius) != (stakeholder.angle, stakeholder.radius):
            ops.append(Put(replace(stakeholder, angle=angle, radius=radius)))
    ops.extend(Remove(r) for r in removed)
    push_edit(document, text, ops)


def add_sector(document: SessionDocument, label: str, colour: str) -> Sector:
    sector = Sector(new_id(), document.session.id, label, colour)
    workshop = document.workshop
    _reshape(
        document,
        QCoreApplication.translate("MapEdits", "Add sector"),
        [*workshop.sectors, sector],
        workshop.rings,
        [],
    )
    return sector


def remove_sector(document: SessionDocument, sector_id: str) -> None:
    """Remove a sector; its stakeholders move to the neighbouring sector."""
    workshop = document.workshop
    gone = [s for s in workshop.sectors if s.id == sector_id]
    kept = [s for s in workshop.sectors if s.id != sector_id]
    if gone:
        _reshape(
            document,
            QCoreApplication.translate("MapEdits", "Remove sector"),
            kept,
            workshop.rings,
            list(gone),
        )


def add_ring(document: SessionDocument, label: str) -> Ring:
    ring = Ring(new_id(), document.session.id, label)
    workshop = document.workshop
    _reshape(
        document,
        QCoreApplication.translate("MapEdits", "Add ring"),
        workshop.sectors,
        [*workshop.rings, ring],
        [],
    )
    return ring


def remove_ring(document: SessionDocument, ring_id: str) -> None:
    """Remove a ring; its stakeholders move to the neighbouring ring."""
    workshop = document.workshop
    gone = [r for r in workshop.rings if r.id == ring_id]
    kept = [r for r in workshop.rings if r.id != ring_id]
    if gone:
        _reshape(
            document,
            QCoreApplication.translate("MapEdits", "Remove ring"),
            workshop.sectors,
            kept,
            list(gone),
        )


def rename_sector(document: SessionDocument, sector_id: str, label: str) -> None:
    text = QCoreApplication.translate("MapEdits", "Rename sector")
    _edit_fields(document, Sector, sector_id, text, label=label)


def recolour_sector(document: SessionDocument, sector_id: str, colour: str) -> None:
    text = QCoreApplication.translate("MapEdits", "Recolour sector")
    _edit_fields(document, Sector, sector_id, text, colour=colour)


def rename_ring(document: SessionDocument, ring_id: str, label: str) -> None:
    text = QCoreApplication.translate("MapEdits", "Rename ring")
    _edit_fields(document, Ring, ring_id, text, label=label)
