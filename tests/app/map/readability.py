"""What can be measured about a laid-out map scene: its text boxes, whole names, overlaps.

Shared by the facilitator's map tests and the projector's; a failing map is saved as
a picture so it can be looked at (the path is in the failure's message).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainterPath, QPolygonF, QTransform
from PySide6.QtWidgets import QWidget

from n3desk.app.map.scene import StakeholderMapScene

# Where failing renders are kept (the generated-map suite names the folder it used).
RENDERS = Path(os.environ.get("N3DESK_RENDERS", "")) if os.environ.get("N3DESK_RENDERS") else None


def _outline(
    rect: QRectF, centre_x: float = 0.0, centre_y: float = 0.0, turn: float = 0.0
) -> QPainterPath:
    """The box half a pixel in from its edges (boxes that only touch do not overlap)."""
    rect = rect.adjusted(0.5, 0.5, -0.5, -0.5)
    path = QPainterPath()
    if turn:
        transform = QTransform().translate(centre_x, centre_y).rotate(turn)
        path.addPolygon(transform.map(QPolygonF(rect)))
    else:
        path.addRect(rect.translated(centre_x, centre_y))
    return path


def text_outlines(scene: StakeholderMapScene) -> list[tuple[str, QPainterPath]]:
    """Every text box drawn on the map (scene coordinates), named for the messages."""
    found: list[tuple[str, QPainterPath]] = []
    turned = [("sector", label) for label in scene.backdrop.sector_labels]
    turned += [("ring", label) for label in scene.backdrop.ring_labels]
    for kind, label in turned:
        outline = _outline(label.rect, label.centre.x(), label.centre.y(), label.rotation)
        found.append((f"{kind} {label.text}", outline))
    for item in scene.stakeholder_items():
        rect = item.label_rect()
        if not rect.isEmpty():
            found.append((f"name {item.stakeholder.name}", _outline(rect.translated(item.pos()))))
    for sid, entry in scene.key.entries().items():
        found.append((f"key {entry.number} {sid[:6]}", _outline(scene.key.entry_rect(sid))))
    for relation in scene.relation_items():
        rect = relation.label_rect()
        if not rect.isEmpty() and relation.isVisible():
            found.append((f"relation {relation.relation.label}", _outline(rect)))
    if scene.legend.isVisible():
        found.append(("legend", _outline(scene.legend.sceneBoundingRect())))
    name = scene.persona.name_rect()
    if not name.isEmpty():
        found.append(("citizen", _outline(name.translated(scene.persona.pos()))))
    return found


def overlaps(scene: StakeholderMapScene) -> list[tuple[str, str]]:
    """Pairs of texts that cover each other, and texts that cover a marker."""
    texts = text_outlines(scene)
    found = [
        (a, b)
        for i, (a, path_a) in enumerate(texts)
        for b, path_b in texts[i + 1 :]
        if path_a.intersects(path_b)
    ]
    for item in scene.stakeholder_items():
        marker = item.chip_rect().translated(item.pos()).adjusted(0.5, 0.5, -0.5, -0.5)
        name = f"marker {item.stakeholder.name}"
        # A key's number drawn in the actor's own marker stands there by design.
        own = f"name {item.stakeholder.name}" if item.is_badge() else None
        found += [(a, name) for a, path in texts if a != own and path.intersects(marker)]
    return found


def markers_overlapping(scene: StakeholderMapScene) -> list[tuple[str, str]]:
    rects = [
        (i.stakeholder_id, i.chip_rect().translated(i.pos())) for i in scene.stakeholder_items()
    ]
    return [
        (a, b)
        for n, (a, ra) in enumerate(rects)
        for b, rb in rects[n + 1 :]
        if ra.adjusted(0.5, 0.5, -0.5, -0.5).intersects(rb)
    ]


def name_of(text: str) -> str:
    return " ".join(text.split())


def missing_names(scene: StakeholderMapScene) -> list[str]:
    """Names not drawn whole: neither beside their marker nor in the key."""
    missing = []
    entries = scene.key.entries()
    for item in scene.stakeholder_items():
        whole = name_of(item.stakeholder.name)
        entry = entries.get(item.stakeholder_id)
        if entry is not None:
            shown = " ".join(entry.shape.lines)
            number = f"{entry.number}\u00a0"
            if shown.startswith(number) and shown[len(number) :] == whole:
                continue
        elif not item.label_rect().isEmpty() and " ".join(item.name_lines()) == whole:
            continue
        missing.append(whole)
    return missing


def unnumbered(scene: StakeholderMapScene) -> list[str]:
    """Names in the key whose number found no room beside their marker."""
    keyed = scene.key.entries()
    return [
        item.stakeholder.name
        for item in scene.stakeholder_items()
        if item.stakeholder_id in keyed and not item.shows_number()
    ]


def outside(scene: StakeholderMapScene) -> list[str]:
    """Texts that reach beyond the part of the scene the view shows."""
    view = scene.sceneRect().adjusted(-0.5, -0.5, 0.5, 0.5)
    return [name for name, path in text_outlines(scene) if not view.contains(path.boundingRect())]


def keep_render(widget: QWidget, name: str) -> str:
    """Save ``widget`` as a picture to look at; the path, for the failure's message."""
    folder = RENDERS or Path(os.environ.get("TMPDIR", "/tmp")) / "n3desk-map-renders"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    return str(path)
