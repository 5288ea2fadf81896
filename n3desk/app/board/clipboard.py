"""Copy and paste of notes, within a board, between boards and from other programs.

Copied notes travel as JSON under our own MIME type (and as plain text, one line
per note, for other programs). Pasted plain text becomes one note per line. The
clipboard is outside input: every field is checked, and odd values are dropped.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QMimeData

from n3desk.domain import arrangement, board_edits
from n3desk.domain.entities import Note, new_id
from n3desk.domain.palette import NOTE_COLOURS
from n3desk.domain.workshop import Workshop

MIME_TYPE = "application/x-n3desk-notes"
MAX_PASTED = 5000


def to_mime(notes: Sequence[Note]) -> QMimeData:
    """Clipboard data for ``notes``: our own format, and plain text."""
    data = QMimeData()
    payload = [
        {
            "text": n.text,
            "colour": n.colour,
            "x": n.x,
            "y": n.y,
            "width": n.width,
            "height": n.height,
            "hidden": n.hidden,
        }
        for n in notes
    ]
    data.setData(MIME_TYPE, json.dumps(payload).encode("utf-8"))
    data.setText("\n".join(" ".join(n.text.split()) for n in notes))
    return data


def _number(value: Any, default: float, low: float, high: float) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return max(low, min(high, float(value)))
    return default


def _read_payload(raw: bytes) -> list[dict[str, Any]]:
    try:
        payload = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return []
    if not isinstance(payload, list):
        return []
    return [p for p in payload[:MAX_PASTED] if isinstance(p, dict)]


def pasted_notes(
    workshop: Workshop,
    board_id: str,
    data: QMimeData,
    at: arrangement.Point,
    *,
    colour: str,
    hidden: bool,
    now: float,
) -> list[Note]:
    """New notes for ``data`` pasted with their top-left corner at ``at``."""
    if data.hasFormat(MIME_TYPE):
        items = _read_payload(bytes(data.data(MIME_TYPE).data()))
        if items:
            return _from_payload(workshop, board_id, items, at, hidden=hidden, now=now)
    if data.hasText():
        return board_edits.text_to_notes(
            workshop, board_id, data.text(), at, colour=colour, hidden=hidden, now=now
        )
    return []


def _from_payload(
    workshop: Workshop,
    board_id: str,
    items: list[dict[str, Any]],
    at: arrangement.Point,
    *,
    hidden: bool,
    now: float,
) -> list[Note]:
    base = Note(id="", board_id=board_id)
    notes: list[Note] = []
    for item in items:
        text = item.get("text")
        colour = item.get("colour")
        notes.append(
            replace(
                base,
                text=text if isinstance(text, str) else "",
                colour=colour if colour in NOTE_COLOURS else base.colour,
                x=_number(item.get("x"), 0.0, -40_000, 40_000),
                y=_number(item.get("y"), 0.0, -40_000, 40_000),
                width=_number(item.get("width"), base.width, 40, 2000),
                height=_number(item.get("height"), base.height, 40, 2000),
                hidden=hidden or item.get("hidden") is True,
            )
        )
    left = min(n.x for n in notes)
    top = min(n.y for n in notes)
    z = board_edits.top_z(workshop, board_id)
    return [
        replace(
            n,
            id=new_id(),
            x=round(n.x - left + at[0], 1),
            y=round(n.y - top + at[1], 1),
            z=z + 1 + i,
            created_at=now,
        )
        for i, n in enumerate(notes)
    ]
