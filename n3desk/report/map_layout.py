"""Where everything on the PDF's map goes, by the screen's own method.

The placement is :mod:`n3desk.domain.map_labels` and :mod:`n3desk.domain.map_key`,
as on screen: names whole beside their markers, with a leader line when they must
stand off, beside the circle, or numbered with their name in the key; sector titles
whole just outside the rim; nothing over anything. Coordinates here are points with
the citizen at (0, 0) and y growing downwards, like the screen's; the drawing turns
them the PDF's way up.
"""

from __future__ import annotations

import math
from collections.abc import Hashable
from dataclasses import dataclass, field
from functools import lru_cache, partial

from reportlab.pdfbase.pdfmetrics import stringWidth

from n3desk.domain.label_index import Box, boxes_overlap, grown
from n3desk.domain.map_key import KEY_PAD, KeyEntry, numbering, place_key
from n3desk.domain.map_labels import LabelShape, LabelSpot, MapLabeller, label_shapes
from n3desk.domain.mapgeometry import CENTRE_RADIUS, polar_to_xy, ring_bounds, sector_bounds
from n3desk.domain.workshop import Workshop
from n3desk.report.pdf_styles import FONT, FONT_BOLD
from n3desk.report.pdf_text import clean

NAME_SIZES = (7.0, 6.5, 6.0)  # points: a name's size on paper, full to smallest
TITLE_SIZE = 7.5
NOTE_SIZE = 5.5
LEADING = 1.2  # a line's height, in font sizes
SIDE_ROOM = 56.0  # points kept beside the circle (titles, names with leader lines)
MIN_SCALE = 0.68  # the smallest circle, against the largest the picture allows


@lru_cache(maxsize=20_000)
def _width(text: str, size: float) -> float:
    return float(stringWidth(text, FONT, size))


@lru_cache(maxsize=2_000)
def _bold_width(text: str, size: float) -> float:
    return float(stringWidth(text, FONT_BOLD, size))


def _height(size: float) -> float:
    return size * LEADING


def _text(value: str) -> str:
    return " ".join(clean(value[:300]).split()) or "…"


@dataclass
class MapPlan:
    """The laid-out map: the circle's radius and every text's box (y down, centre 0)."""

    radius: float
    titles: list[tuple[Box, LabelShape]] = field(default_factory=list)
    rings: list[tuple[Box, str]] = field(default_factory=list)
    markers: dict[str, tuple[float, float, float]] = field(default_factory=dict)
    names: dict[str, LabelSpot] = field(default_factory=dict)  # beside the marker
    numbers: dict[str, LabelSpot] = field(default_factory=dict)  # the key's number instead
    key: dict[str, KeyEntry] = field(default_factory=dict)
    notes: dict[str, tuple[Box, str]] = field(default_factory=dict)  # relation labels

    def unnamed(self, workshop: Workshop) -> list[str]:
        """Ids of actors whose name is nowhere on the picture (no room at all)."""
        return [
            s.id for s in workshop.stakeholders if s.id not in self.names and s.id not in self.key
        ]


def plan_map(workshop: Workshop, width: float, height: float) -> MapPlan:
    """The map laid out in ``width`` × ``height`` points; the circle is made smaller
    (down to :data:`MIN_SCALE`) when its key needs the room beside it."""
    largest = max(40.0, min(width / 2 - SIDE_ROOM, height / 2 - 22.0))
    for _ in range(20):  # the sector titles stand whole inside the picture
        titles = MapPlan(largest)
        _titles(workshop, titles, MapLabeller(bounds=None, disc=None, gap=0.0, cell=24.0))
        over = max(
            [0.0]
            + [max(-b[0] - width / 2, b[2] - width / 2, -b[1] - height / 2, b[3] - height / 2)
               for b, _s in titles.titles]
        )  # fmt: skip
        if over <= 0 or largest <= 40.0:
            break
        largest = max(40.0, largest - over - 1.0)
    scale = 1.0
    plan = _plan(workshop, width, height, largest)
    while plan.unnamed(workshop) and len(workshop.stakeholders) <= 60:
        scale *= 0.88
        if scale < MIN_SCALE:
            break
        plan = _plan(workshop, width, height, largest * scale)
    return plan


def _plan(workshop: Workshop, width: float, height: float, radius: float) -> MapPlan:
    plan = MapPlan(radius)
    labeller = MapLabeller(
        bounds=(-width / 2, -height / 2, width / 2, height / 2),
        disc=(0.0, 0.0, CENTRE_RADIUS * radius),
        gap=1.2,
        cell=24.0,
    )
    _titles(workshop, plan, labeller)
    rings = len(workshop.rings)
    for i in range(rings):
        y = -(ring_bounds(i, rings)[1] - 0.035) * radius
        w = _bold_width(str(i + 1), 7) + 2
        box = (-w / 2, y - 4.5, w / 2, y + 3.5)
        plan.rings.append((box, str(i + 1)))
        labeller.block(("ring", i), box)
    for s in workshop.stakeholders:
        x, y = polar_to_xy(s.angle, s.radius, radius)
        r = 2.5 + max(1, min(5, s.influence)) * 0.9
        box = labeller.place_marker(s.id, x, y, r, reach=8.0)
        plan.markers[s.id] = ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2, r)
    for relation in workshop.relations:
        a, b = plan.markers.get(relation.source_id), plan.markers.get(relation.target_id)
        if a is not None and b is not None:
            labeller.add_line(relation.id, a[0], a[1], b[0], b[1])
    labeller.ration(len(workshop.stakeholders))
    labeller.rim = (0.0, 0.0, radius + 2.0)
    order = sorted(
        workshop.stakeholders,
        key=lambda s: (round(s.radius * 8), -s.influence),  # from the centre out, as on screen
    )
    for s in order:
        x, y, _r = plan.markers[s.id]
        length = math.hypot(x, y) or 1.0
        moved = labeller.place_name(
            s.id,
            _marker_box(plan.markers[s.id]),
            _shapes(_text(s.name)),
            reach=9 * NAME_SIZES[0],
            outward=(x / length, y / length),
        )
        for key, spot in moved.items():
            if spot is None:
                plan.names.pop(str(key), None)
            else:
                plan.names[str(key)] = spot
    _key(workshop, plan, labeller, radius)
    _notes(workshop, plan, labeller)
    return plan


@lru_cache(maxsize=4096)
def _shapes(text: str, width: float | None = None) -> tuple[LabelShape, ...]:
    return tuple(label_shapes(text, NAME_SIZES, _width, _height, width))


def _marker_box(marker: tuple[float, float, float]) -> Box:
    x, y, r = marker
    return (x - r, y - r, x + r, y + r)


def _titles(workshop: Workshop, plan: MapPlan, labeller: MapLabeller) -> None:
    """Each sector's title, whole, just outside the rim at its slice's middle."""
    count = len(workshop.sectors)
    for i, sector in enumerate(workshop.sectors):
        start, end = sector_bounds(i, count)
        middle = math.radians((start + end) / 2)
        ux, uy = math.sin(middle), -math.cos(middle)
        shapes = label_shapes(
            _text(sector.label), (TITLE_SIZE,), _bold_width, _height, 90.0, (0.15, 0.05)
        )
        shape = shapes[0]
        half_w, half_h = shape.width / 2, shape.height / 2
        # Out along the slice's middle until no corner of the title reaches the rim.
        distance = plan.radius
        while True:
            cx, cy = ux * distance, uy * distance
            box = (cx - half_w, cy - half_h, cx + half_w, cy + half_h)
            nearest = math.hypot(max(box[0], 0.0, -box[2]), max(box[1], 0.0, -box[3]))
            if nearest >= plan.radius + 3:
                break
            distance += 1.0
        plan.titles.append((box, shape))
        labeller.block(("title", i), box)


def _key(workshop: Workshop, plan: MapPlan, labeller: MapLabeller, radius: float) -> None:
    """Numbers beside the markers of the actors with no room, their names in the key."""
    left_out = {s.id: s for s in workshop.stakeholders if s.id not in plan.names}
    points = {sid: plan.markers[sid][:2] for sid in left_out}
    misses: dict[bool, float] = {}
    for number, sid in enumerate(numbering(points, 0.0), start=1):
        name = _text(left_out[sid].name)
        entry = place_key(
            labeller,
            [(sid, number, points[sid][0] >= 0, partial(_entry, name, number))],
            rim=(0.0, 0.0, radius + 2.0),
            pad=2.0,
            misses=misses,
        )[sid]
        if entry is None:
            continue
        plan.key[sid] = entry
        tag = label_shapes(str(number), (NAME_SIZES[0],), _width, _height)
        spot = labeller.place_label(
            sid, _marker_box(plan.markers[sid]), tag, reach=40.0, rationed=False
        )
        if spot is not None:
            plan.numbers[sid] = spot


@lru_cache(maxsize=4096)
def _entry(name: str, number: int, width: float) -> tuple[LabelShape, ...]:
    text = f"{number}\u00a0{name}"
    return tuple(label_shapes(text, NAME_SIZES, _width, _height, float(int(width)), KEY_PAD))


def _notes(workshop: Workshop, plan: MapPlan, labeller: MapLabeller) -> None:
    """Relation labels on their lines where that is clear of everything; else left out
    (the relations table lists them all)."""
    for relation in workshop.relations:
        text = _text(relation.label) if relation.label.strip() else ""
        a, b = plan.markers.get(relation.source_id), plan.markers.get(relation.target_id)
        if not text or a is None or b is None:
            continue
        w = _width(text, NOTE_SIZE) + 3
        h = _height(NOTE_SIZE) + 1
        if w > 80:
            continue
        length = math.hypot(b[0] - a[0], b[1] - a[1]) or 1.0
        nx, ny = -(b[1] - a[1]) / length, (b[0] - a[0]) / length
        for t in (0.5, 0.4, 0.6, 0.3, 0.7):
            px, py = a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t
            placed = False
            for side in (0, 1, -1):
                off = (abs(nx) * w + abs(ny) * h) / 2 + 1.5 if side else 0.0
                x, y = px + nx * off * side, py + ny * off * side
                box = (x - w / 2, y - h / 2, x + w / 2, y + h / 2)
                if labeller.free(box):
                    labeller.add_note(relation.id, box)
                    plan.notes[relation.id] = (box, text)
                    placed = True
                    break
            if placed:
                break


def covered(plan: MapPlan) -> list[tuple[Hashable, Hashable]]:
    """Pairs of texts on the plan that cover each other (a check for tests: none)."""
    boxes: list[tuple[Hashable, Box]] = [(("title", n), b) for n, (b, _s) in enumerate(plan.titles)]
    boxes += [(("name", k), s.box) for k, s in plan.names.items()]
    boxes += [(("number", k), s.box) for k, s in plan.numbers.items()]
    boxes += [(("key", k), e.box) for k, e in plan.key.items()]
    boxes += [(("note", k), b) for k, (b, _t) in plan.notes.items()]
    found = []
    for i, (a, box_a) in enumerate(boxes):
        for b, box_b in boxes[i + 1 :]:
            if boxes_overlap(grown(box_a, -0.01), box_b):
                found.append((a, b))
    return found

