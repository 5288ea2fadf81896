"""Save as template: a session's structure as a template, ready to be written as JSON.

The user's own templates are made from a session they have prepared: its agenda,
boards and frames, rating criteria and map rings and sectors — never its notes,
stakeholders or timer log. :func:`template_from_workshop` returns the plain JSON
value; :func:`n3desk.domain.templates.parse_template` reads it back.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from n3desk.domain.templates import TEMPLATE_FORMAT
from n3desk.domain.workshop import Workshop


def template_id_for(name: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A file-safe id from ``name`` ("Vår BLT-dag" → "var-blt-dag"), unique among ``taken``."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.casefold()).strip("-")[:40] or "template"
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    return candidate


def template_from_workshop(
    workshop: Workshop, *, template_id: str, name: str, description: str = ""
) -> dict[str, Any]:
    """The workshop's agenda, boards, frames, criteria, rings and sectors as a template."""
    boards = workshop.boards
    board_index = {b.id: i for i, b in enumerate(boards)}
    session = workshop.session
    stages: list[dict[str, Any]] = []
    for stage in workshop.stages:
        spec: dict[str, Any] = {
            "title": stage.title or "—",
            "minutes": max(1, min(600, stage.planned_minutes)),
            "instructions": stage.instructions,
            "method": stage.method_id,
            "kind": stage.kind,
            "warning_seconds": stage.warning_seconds,
            "danger_seconds": stage.danger_seconds,
        }
        if stage.board_id in board_index:
            spec["board"] = board_index[stage.board_id]
        if stage.kind == "rotation":
            spec.update(
                stations=stage.stations,
                station_minutes=stage.station_minutes,
                summary_minutes=stage.summary_minutes,
            )
            del spec["minutes"]  # follows from the stations
        stages.append(spec)
    return {
        "format": TEMPLATE_FORMAT,
        "id": template_id,
        "name": name,
        "description": description,
        "start_time": session.start_time,
        "available_minutes": max(10, min(24 * 60, session.available_minutes)),
        "criteria": [{"name": c.name, "low": c.low, "high": c.high} for c in workshop.criteria],
        "rings": [r.label for r in workshop.rings],
        "sectors": [{"label": s.label, "colour": s.colour} for s in workshop.sectors],
        "boards": [
            {
                "title": b.title,
                "frames": [
                    {"title": f.title, "x": f.x, "y": f.y, "width": f.width, "height": f.height}
                    for f in workshop.frames_on(b.id)
                ],
            }
            for b in boards
        ],
        "stages": stages,
    }
