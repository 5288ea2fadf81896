"""The stakeholder map drawn as a vector picture from its data.

Same geometry as the screen (:mod:`n3desk.domain.mapgeometry`): the citizen's disc at
the centre, equal rings outwards, equal sectors clockwise from twelve o'clock, and
each stakeholder at its stored polar position. Relations are drawn in the map's own
styles (colour, pattern, width, double line for money) so the legend matches what the
room saw. Ring numbers stand at twelve o'clock; the rings' names are in the legend.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from n3desk.domain.mapgeometry import CENTRE_RADIUS as CENTRE
from n3desk.domain.mapgeometry import (
    kinds_in_use,
    polar_to_xy,
    relation_style,
    ring_bounds,
    sector_at,
    sector_bounds,
)
from n3desk.domain.workshop import Workshop
from n3desk.report.pdf_styles import FONT, FONT_BOLD, INK, MUTED, safe_colour
from n3desk.report.pdf_text import fit, wrap_lines

LABEL_ROOM = 70.0  # around the rim, for the sectors' names
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
        self.radius = 100.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        diameter = min(available_width - 2 * LABEL_ROOM, self.max_height - self.legend_height - 40)
        self.radius = max(diameter, 120.0) / 2
        self.width = available_width
        self.height = 2 * self.radius + 40 + self.legend_height
        return self.width, self.height

    def _xy(self, angle: float, radius: float) -> tuple[float, float]:
        x, y = polar_to_xy(angle, radius, self.radius)
        return (self.width / 2 + x, self.legend_height + 20 + self.radius - y)

    def draw(self) -> None:
        canvas: Canvas = self.canv
        canvas.saveState()
        self._draw_sectors(canvas)
        self._draw_rings(canvas)
        self._draw_persona(canvas)
        positions = self._draw_relations(canvas)
        self._draw_stakeholders(canvas, positions)
        self._draw_legend(canvas)
        canvas.restoreState()

    def _draw_sectors(self, canvas: Canvas) -> None:
        sectors = self.workshop.sectors
        cx, cy = self._xy(0, 0)
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
            middle = (start + end) / 2
            lx, ly = self._xy(middle, 1.0)
            dx, dy = math.sin(math.radians(middle)), math.cos(math.radians(middle))
            lines = wrap_lines(sector.label[:200], FONT_BOLD, 7.5, LABEL_ROOM - 6, 2)
            canvas.setFillColor(INK)
            canvas.setFont(FONT_BOLD, 7.5)
            tx, ty = lx + dx * 6, ly + dy * 6 - 2.5 + 4.5 * (len(lines) - 1)
            if abs(dx) <= 0.25:
                ty += 3 if dy > 0 else -5 - 9 * (len(lines) - 1)
            for line in lines:
                if dx > 0.25:
                    canvas.drawString(tx, ty, line)
                elif dx < -0.25:
                    canvas.drawRightString(tx, ty, line)
                else:
                    canvas.drawCentredString(tx, ty, line)
                ty -= 9

    def _draw_rings(self, canvas: Canvas) -> None:
        rings = self.workshop.rings
        cx, cy = self._xy(0, 0)
        canvas.setStrokeColor(colors.HexColor("#ffffff"))
        canvas.setLineWidth(1.6)
        for i in range(len(rings)):
            _inner, outer = ring_bounds(i, len(rings))
            canvas.circle(cx, cy, outer * self.radius, stroke=1, fill=0)
            canvas.setFillColor(MUTED)
            canvas.setFont(FONT_BOLD, 7)
            band_top = cy + (ring_bounds(i, len(rings))[1] - 0.035) * self.radius
            canvas.drawCentredString(cx, band_top - 3, str(i + 1))

    def _draw_persona(self, canvas: Canvas) -> None:
        cx, cy = self._xy(0, 0)
        r = CENTRE * self.radius
        canvas.setFillColor(colors.white)
        canvas.setStrokeColor(colors.HexColor("#1f4e79"))
        canvas.setLineWidth(1.2)
        canvas.circle(cx, cy, r, stroke=1, fill=1)
        name = self.workshop.session.persona_name.strip()[:200] or "☺"
        lines = wrap_lines(name, FONT_BOLD, 7.5, r * 1.7, 2)
        canvas.setFillColor(INK)
        canvas.setFont(FONT_BOLD, 7.5)
        y = cy - 3 + 4.5 * (len(lines) - 1)
        for line in lines:
            canvas.drawCentredString(cx, y, line)
            y -= 9

    def _draw_relations(self, canvas: Canvas) -> dict[str, tuple[float, float]]:
        positions = {s.id: self._xy(s.angle, s.radius) for s in self.workshop.stakeholders}
        for relation in self.workshop.relations:
            a, b = positions.get(relation.source_id), positions.get(relation.target_id)
            if a is None or b is None:
                continue
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
            if relation.label.strip():
                canvas.setFillColor(MUTED)
                canvas.setFont(FONT, 6)
                mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
                canvas.drawCentredString(mx, my + 2, fit(relation.label, FONT, 6, 70))
        return positions

    def _draw_stakeholders(
        self, canvas: Canvas, positions: Mapping[str, tuple[float, float]]
    ) -> None:
        sectors = self.workshop.sectors
        for s in self.workshop.stakeholders:
            x, y = positions[s.id]
            index = sector_at(s.angle, len(sectors))
            fill = sectors[index].colour if index is not None else ""
            radius = 2.5 + max(1, min(5, s.influence)) * 0.9
            canvas.setFillColor(safe_colour(fill))
            canvas.setStrokeColor(INK)
            canvas.setLineWidth(0.6)
            canvas.circle(x, y, radius, stroke=1, fill=1)
            canvas.setFillColor(INK)
            canvas.setFont(FONT, 6.5)
            canvas.drawString(x + radius + 1.5, y - 2.2, fit(s.name, FONT, 6.5, 80))

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
