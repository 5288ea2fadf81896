"""The stakeholder map drawn as a vector picture from its data.

Same geometry as the screen (:mod:`n3desk.domain.mapgeometry`) and the same
placement of names (:mod:`n3desk.report.map_layout`): the citizen's disc at the
centre, equal rings outwards, equal sectors clockwise from twelve o'clock, each
stakeholder's marker at its stored polar position with its whole name beside it (or
its number there and its name in the key). Relations are drawn in the map's own
styles (colour, pattern, width, double line for money) so the legend matches what
the room saw. Ring numbers stand at twelve o'clock; the rings' names are in the legend.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from n3desk.domain.label_index import Box
from n3desk.domain.map_labels import PAD_X, PAD_Y, LabelShape
from n3desk.domain.mapgeometry import CENTRE_RADIUS as CENTRE
from n3desk.domain.mapgeometry import (
    kinds_in_use,
    relation_style,
    ring_bounds,
    sector_at,
    sector_bounds,
)
from n3desk.domain.workshop import Workshop
from n3desk.report.map_layout import LEADING, NOTE_SIZE, MapPlan, plan_map
from n3desk.report.pdf_styles import FONT, FONT_BOLD, INK, MUTED, safe_colour
from n3desk.report.pdf_text import fit, wrap_lines

LEGEND_ROW = 11.0
PATTERNS: dict[str, list[float] | None] = {
    "solid": None,
    "dash": [5, 3],
    "dot": [1, 2.5],
    "dashdot": [5, 2, 1, 2],
}


def pale(hex_colour: str, amount: float = 0.75) -> colors.Color:
    """``hex_colour`` mixed with white (an opaque tint, no transparency: PDF/A-1)."""
    base = safe_colour(hex_colour)
    return colors.Color(*(c + (1 - c) * amount for c in (base.red, base.green, base.blue)))


class StakeholderMapPicture(Flowable):  # type: ignore[misc]
    """The map, as large as fits in ``max_height``, with its legend below."""

    def __init__(self, workshop: Workshop, texts: Mapping[str, str], *, max_height: float):
        super().__init__()
        self.workshop = workshop
        self.texts = texts
        self.max_height = max_height
        self.kinds = [
            k
            for k in kinds_in_use(r.kind for r in workshop.relations)
            if any(r.kind == k for r in workshop.relations)
        ]
        self.legend_height = LEGEND_ROW * (len(workshop.rings) + len(self.kinds) + 1)
        self.plan = MapPlan(100.0)
        self._planned_for: tuple[float, float] | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.map_height = max(self.max_height - self.legend_height - 10, 260.0)
        self.height = self.map_height + self.legend_height + 10
        if self._planned_for != (self.width, self.map_height):
            self.plan = plan_map(self.workshop, self.width, self.map_height)
            self._planned_for = (self.width, self.map_height)
        return self.width, self.height

    @property
    def radius(self) -> float:
        return self.plan.radius

    def _at(self, x: float, y: float) -> tuple[float, float]:
        """A plan point (centre 0, y down) on the canvas."""
        return (self.width / 2 + x, self.legend_height + 10 + self.map_height / 2 - y)

    def _box(self, box: Box) -> tuple[float, float, float, float]:
        """A plan box as the canvas's left, bottom, width, height."""
        left, bottom = self._at(box[0], box[3])
        return (left, bottom, box[2] - box[0], box[3] - box[1])

    def draw(self) -> None:
        canvas: Canvas = self.canv
        canvas.saveState()
        self._draw_sectors(canvas)
        self._draw_rings(canvas)
        self._draw_persona(canvas)
        self._draw_relations(canvas)
        self._draw_stakeholders(canvas)
        self._draw_legend(canvas)
        canvas.restoreState()

    def _draw_sectors(self, canvas: Canvas) -> None:
        sectors = self.workshop.sectors
        cx, cy = self._at(0, 0)
        r = self.radius
        if not sectors:
            canvas.setFillColor(colors.HexColor("#f4f6f8"))
            canvas.circle(cx, cy, r, stroke=0, fill=1)
            return
        canvas.setStrokeColor(colors.white)
        canvas.setLineWidth(1.2)
        for i, sector in enumerate(sectors):
            start, end = sector_bounds(i, len(sectors))
            canvas.setFillColor(pale(sector.colour, 0.55))
            # ReportLab's wedge angles run anticlockwise from three o'clock.
            canvas.wedge(cx - r, cy - r, cx + r, cy + r, 90 - end, end - start, stroke=1, fill=1)
        for box, shape in self.plan.titles:
            self._text(canvas, box, shape, FONT_BOLD, (0.15, 0.05), centred=True)

    def _draw_rings(self, canvas: Canvas) -> None:
        rings = self.workshop.rings
        cx, cy = self._at(0, 0)
        canvas.setStrokeColor(colors.HexColor("#ffffff"))
        canvas.setLineWidth(1.6)
        for i in range(len(rings)):
            _inner, outer = ring_bounds(i, len(rings))
            canvas.circle(cx, cy, outer * self.radius, stroke=1, fill=0)
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT_BOLD, 7)
        for box, text in self.plan.rings:
            x, y = self._at((box[0] + box[2]) / 2, box[3])
            canvas.drawCentredString(x, y + 1.5, text)

    def _draw_persona(self, canvas: Canvas) -> None:
        cx, cy = self._at(0, 0)
        r = CENTRE * self.radius
        canvas.setFillColor(colors.white)
        canvas.setStrokeColor(colors.HexColor("#1f4e79"))
        canvas.setLineWidth(1.2)
        canvas.circle(cx, cy, r, stroke=1, fill=1)
        name = self.workshop.session.persona_name.strip()[:200] or "☺"
        # Whole on up to three lines — set smaller (to 5 pt), then let reach a little
        # past the disc's middle — before any word is broken or cut.
        words = " ".join(name.split())
        for width in (r * 1.7, r * 2.1):
            size = 7.5 if r > 30 else 6.0
            lines = wrap_lines(name, FONT_BOLD, size, width, 3)
            while size > 5.0 and " ".join(lines) != words:
                size = max(5.0, size - 0.5)
                lines = wrap_lines(name, FONT_BOLD, size, width, 3)
            if " ".join(lines) == words:
                break
        canvas.setFillColor(INK)
        canvas.setFont(FONT_BOLD, size)
        y = cy - size * 0.4 + size * 0.6 * (len(lines) - 1)
        for line in lines:
            canvas.drawCentredString(cx, y, line)
            y -= size * 1.2

    def _draw_relations(self, canvas: Canvas) -> None:
        markers = self.plan.markers
        for relation in self.workshop.relations:
            ma, mb = markers.get(relation.source_id), markers.get(relation.target_id)
            if ma is None or mb is None:
                continue
            a, b = self._at(ma[0], ma[1]), self._at(mb[0], mb[1])
            style = relation_style(relation.kind)
            canvas.setStrokeColor(colors.HexColor(style.colour))
            canvas.setLineWidth(style.width / 3)
            canvas.setDash(PATTERNS.get(style.pattern) or [])
            if style.double:
                nx, ny = _normal(a, b, 1.2)
                canvas.line(a[0] + nx, a[1] + ny, b[0] + nx, b[1] + ny)
                canvas.line(a[0] - nx, a[1] - ny, b[0] - nx, b[1] - ny)
            else:
                canvas.line(a[0], a[1], b[0], b[1])
            canvas.setDash([])
            if relation.directed:
                _arrowhead(canvas, a, b, style.colour)
        canvas.setFont(FONT, NOTE_SIZE)
        for box, text in self.plan.notes.values():
            left, bottom, width, height = self._box(box)
            canvas.setFillColor(colors.white)
            canvas.rect(left, bottom, width, height, stroke=0, fill=1)
            canvas.setFillColor(MUTED)
            canvas.drawCentredString(left + width / 2, bottom + height * 0.28, text)

    def _draw_stakeholders(self, canvas: Canvas) -> None:
        sectors = self.workshop.sectors
        plan = self.plan
        for s in self.workshop.stakeholders:
            marker = plan.markers.get(s.id)
            if marker is None:
                continue
            x, y = self._at(marker[0], marker[1])
            index = sector_at(s.angle, len(sectors))
            fill = sectors[index].colour if index is not None else ""
            spot = plan.names.get(s.id) or plan.numbers.get(s.id)
            if spot is not None and spot.leader:
                lx, ly = _nearest(spot.box, marker[0], marker[1])
                canvas.setStrokeColor(colors.HexColor("#9e9e9e"))
                canvas.setLineWidth(0.5)
                canvas.line(x, y, *self._at(lx, ly))
            canvas.setFillColor(safe_colour(fill))
            canvas.setStrokeColor(INK)
            canvas.setLineWidth(0.6)
            canvas.circle(x, y, marker[2], stroke=1, fill=1)
            if spot is not None:
                self._text(canvas, spot.box, spot.shape, FONT, (PAD_X, PAD_Y), centred=True,
                           frame=pale(fill or "#90a4ae", 0.2))  # fmt: skip
            entry = plan.key.get(s.id)
            if entry is not None:
                self._text(canvas, entry.box, entry.shape, FONT, (0.2, 0.02), centred=False)

    def _text(
        self,
        canvas: Canvas,
        box: Box,
        shape: LabelShape,
        font: str,
        pad: tuple[float, float],
        *,
        centred: bool,
        frame: colors.Color | None = None,
    ) -> None:
        """``shape``'s lines in ``box``, on a white ground (framed when ``frame``)."""
        left, bottom, width, height = self._box(box)
        canvas.setFillColor(colors.white)
        if frame is not None:
            canvas.setStrokeColor(frame)
            canvas.setLineWidth(0.5)
        canvas.roundRect(left, bottom, width, height, 1.5, stroke=int(frame is not None), fill=1)
        canvas.setFillColor(INK)
        canvas.setFont(font, shape.size)
        line_height = shape.size * LEADING
        y = bottom + height - pad[1] * shape.size - line_height * 0.78
        for line in shape.lines:
            if centred:
                canvas.drawCentredString(left + width / 2, y, line)
            else:
                canvas.drawString(left + pad[0] * shape.size, y, line)
            y -= line_height

    def _draw_legend(self, canvas: Canvas) -> None:
        y = self.legend_height - LEGEND_ROW
        x = 0.0
        canvas.setFont(FONT, 7.5)
        for i, ring in enumerate(self.workshop.rings):
            canvas.setFillColor(INK)
            canvas.drawString(x, y, fit(f"{i + 1}  {ring.label}", FONT, 7.5, self.width / 2))
            y -= LEGEND_ROW
        for kind in self.kinds:
            style = relation_style(kind)
            canvas.setStrokeColor(colors.HexColor(style.colour))
            canvas.setLineWidth(style.width / 3)
            canvas.setDash(PATTERNS.get(style.pattern) or [])
            canvas.line(x, y + 2.5, x + 24, y + 2.5)
            canvas.setDash([])
            canvas.setFillColor(INK)
            name = self.texts.get(f"kind_{kind}", kind)
            canvas.drawString(x + 30, y, fit(name, FONT, 7.5, self.width / 2))
            y -= LEGEND_ROW


def _nearest(box: Box, x: float, y: float) -> tuple[float, float]:
    return (min(max(x, box[0]), box[2]), min(max(y, box[1]), box[3]))


def _normal(a: tuple[float, float], b: tuple[float, float], length: float) -> tuple[float, float]:
    dx, dy = b[0] - a[0], b[1] - a[1]
    norm = math.hypot(dx, dy) or 1.0
    return (-dy / norm * length, dx / norm * length)


def _arrowhead(canvas: Canvas, a: tuple[float, float], b: tuple[float, float], colour: str) -> None:
    dx, dy = b[0] - a[0], b[1] - a[1]
    norm = math.hypot(dx, dy) or 1.0
    ux, uy = dx / norm, dy / norm
    tip = (b[0] - ux * 6, b[1] - uy * 6)  # stop short of the stakeholder's dot
    path = canvas.beginPath()
    path.moveTo(*tip)
    path.lineTo(tip[0] - ux * 5 - uy * 2.5, tip[1] - uy * 5 + ux * 2.5)
    path.lineTo(tip[0] - ux * 5 + uy * 2.5, tip[1] - uy * 5 - ux * 2.5)
    path.close()
    canvas.setFillColor(colors.HexColor(colour))
    canvas.drawPath(path, stroke=0, fill=1)
