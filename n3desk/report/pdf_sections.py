"""The record's sections other than the boards: cover, agenda, map, decisions, N3 card.

Each function returns flowables. User text reaches ReportLab only through
:mod:`n3desk.report.pdf_text`; tables are built by :func:`table`, which starts every
cell in DejaVu Sans (ReportLab would otherwise name Helvetica in the file) and lets
rows split across pages, so no text is ever too long for a table.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping, Sequence

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from n3desk.domain.agenda import actual_durations, actual_starts, format_hhmm, schedule
from n3desk.domain.mapgeometry import ring_at, sector_at
from n3desk.domain.n3card import RATING_MAX, foundation_text, work_on_next
from n3desk.domain.workshop import Workshop
from n3desk.report.glyph_fallback import text_width
from n3desk.report.map_drawing import StakeholderMapPicture
from n3desk.report.pdf_styles import FONT, FONT_BOLD, HEADER_FILL, INK, RULE, ZEBRA, Styles
from n3desk.report.pdf_text import markup, paragraph, paragraphs

Texts = Mapping[str, str]
ROWS_PER_TABLE = 25  # long tables in pieces: ReportLab re-measures a table on every split
CELL_SIZE = 8.5
CELL_PADDING = 6 + 6 + 1  # ReportLab's left and right cell padding, and a point to spare


def fitted(header: str, values: Iterable[str], *, most: float = 1e9) -> float:
    """A column as wide as its longest one-line value and its heading's longest word.

    Column widths follow the words of the session's language ("ikke gennemført" is
    wider than "not run"), so no value runs past its column's edge; ``most`` caps a
    column whose cells are paragraphs and may wrap.
    """
    head = max((text_width(w, FONT_BOLD, CELL_SIZE) for w in header.split()), default=0.0)
    cells = max((text_width(v, FONT, CELL_SIZE) for v in values), default=0.0)
    return min(max(30.0 - CELL_PADDING, head, cells) + CELL_PADDING, most)


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[Flowable | str]],
    widths: Sequence[float],
    styles: Styles,
) -> list[Flowable]:
    """A ruled table (header on each piece), cut into pieces of ROWS_PER_TABLE rows."""
    head = [Paragraph(h, styles.cell_head) for h in header]
    pieces: list[Flowable] = []
    for start in range(0, max(len(rows), 1), ROWS_PER_TABLE):
        chunk = [list(r) for r in rows[start : start + ROWS_PER_TABLE]]
        t = Table([head, *chunk], colWidths=list(widths), repeatRows=1, splitInRow=1)
        commands: list[tuple[object, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        commands += [("BACKGROUND", (0, i), (-1, i), ZEBRA) for i in range(2, len(chunk) + 1, 2)]
        t.setStyle(TableStyle(commands))
        pieces.append(t)
    return pieces


def cover(workshop: Workshop, texts: Texts, styles: Styles, made_at: float) -> list[Flowable]:
    """Title, innovation question, date, place, facilitator and participants."""
    s = workshop.session
    story: list[Flowable] = [Paragraph(texts["record"], styles.muted), Spacer(1, 4)]
    story += paragraphs(s.title or "–", styles.title)
    if s.question.strip():
        story.append(Paragraph(texts["question"], styles.h3))
        story += paragraphs(s.question, styles.body)
    facts = [
        (texts["date"], s.date),
        (texts["place"], s.place),
        (texts["facilitator"], s.facilitator),
    ]
    rows = [
        [Paragraph(label, styles.cell_head), paragraph(value, styles.cell)]
        for label, value in facts
        if value.strip()
    ]
    if rows:
        story.append(Spacer(1, 8))
        t = Table(rows, colWidths=[100, None], splitInRow=1)
        t.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ]
            )
        )
        story.append(t)
    story.append(Paragraph(texts["participants"], styles.h3))
    people = workshop.participants
    if people:
        names = [
            markup(p.name) + (f" ({markup(p.initials)})" if p.initials else "") for p in people
        ]
        story.append(Paragraph(" · ".join(names), styles.body))
    else:
        story.append(Paragraph(texts["no_participants"], styles.muted))
    made = time.strftime("%Y-%m-%d %H:%M", time.localtime(made_at))
    story.append(Spacer(1, 10))
    story.append(Paragraph(texts["made"].format(when=made), styles.muted))
    return story


def agenda(workshop: Workshop, texts: Texts, styles: Styles, width: float) -> list[Flowable]:
    """Stages with planned and actual start and length (actual from the timer log)."""
    story: list[Flowable] = [Paragraph(texts["agenda"], styles.h1)]
    rows_in = schedule(workshop)
    if not rows_in:
        return [*story, Paragraph(texts["no_stages"], styles.muted)]
    actual = actual_durations(workshop)
    starts = actual_starts(workshop)
    rows: list[list[Flowable | str]] = []
    for row in rows_in:
        stage = row.stage
        title = paragraphs(stage.title or "–", styles.cell)
        if stage.kind == "rotation" and stage.stations:
            detail = texts["rotation"].format(
                stations=stage.stations, minutes=stage.station_minutes
            )
            if stage.summary_minutes:
                detail += ", " + texts["summary_round"].format(minutes=stage.summary_minutes)
            title.append(Paragraph(detail, styles.small))
        if stage.instructions.strip():
            title += paragraphs(stage.instructions, styles.small)
        seconds = actual.get(stage.id)
        started = starts.get(stage.id)
        rows.append(
            [
                title,
                format_hhmm(row.start),
                texts["minutes"].format(n=round(row.minutes)),
                time.strftime("%H:%M", time.localtime(started)) if started else "–",
                texts["minutes"].format(n=round(seconds / 60)) if seconds else texts["not_run"],
            ]
        )
    planned_total = round(sum(r.minutes for r in rows_in))
    actual_total = round(sum(actual.values()) / 60)
    rows.append(
        [
            Paragraph(texts["total"], styles.cell_head),
            "",
            texts["minutes"].format(n=planned_total),
            "",
            texts["minutes"].format(n=actual_total) if actual else "–",
        ]
    )
    head = [
        texts["stage"],
        texts["planned_start"],
        texts["planned"],
        texts["actual_start"],
        texts["actual"],
    ]
    numbers = [
        fitted(heading, (str(r[i]) for r in rows)) for i, heading in enumerate(head) if i > 0
    ]
    widths = [width - sum(numbers), *numbers]
    return [*story, *table(head, rows, widths, styles)]




def stakeholder_map(
    workshop: Workshop, texts: Texts, styles: Styles, width: float, picture_height: float
) -> list[Flowable]:
    """The map as a picture, then tables of stakeholders and relations."""
    story: list[Flowable] = [Paragraph(texts["map"], styles.h1)]
    s = workshop.session
    if s.persona_name.strip() or s.persona_description.strip():
        story.append(Paragraph(texts["persona"].format(name=markup(s.persona_name)), styles.h3))
        if s.persona_description.strip():
            story += paragraphs(s.persona_description, styles.body)
    story.append(StakeholderMapPicture(workshop, texts, max_height=picture_height))
    people = workshop.stakeholders
    if not people:
        return [*story, Paragraph(texts["no_stakeholders"], styles.muted)]
    sectors, rings = workshop.sectors, workshop.rings
    rows: list[list[Flowable | str]] = []
    for p in people:
        si, ri = sector_at(p.angle, len(sectors)), ring_at(p.radius, len(rings))
        rows.append(
            [
                paragraphs(p.name or "–", styles.cell),
                paragraph(sectors[si].label if si is not None else "–", styles.cell),
                str(ri + 1) if ri is not None else "–",
                paragraphs(p.role, styles.cell) + paragraphs(p.notes, styles.small),
                str(p.influence),
                str(p.interest),
            ]
        )
    head = [
        texts["name"],
        texts["sector"],
        texts["ring"],
        texts["role"],
        texts["influence"],
        texts["interest"],
    ]
    # Number columns as wide as their heading, so "Inflytande" is never broken.
    ring_w, infl_w, int_w = (fitted(texts[k], ()) for k in ("ring", "influence", "interest"))
    fixed = 105 + 80 + ring_w + infl_w + int_w
    story.append(Paragraph(texts["stakeholders"], styles.h2))
    story += table(head, rows, [105, 80, ring_w, width - fixed, infl_w, int_w], styles)
    names = {p.id: p.name for p in people}
    if workshop.relations:
        story.append(Paragraph(texts["relations"], styles.h2))
        rel_rows: list[list[Flowable | str]] = [
            [
                paragraph(names.get(r.source_id, "–"), styles.cell),
                paragraph(
                    texts.get(f"kind_{r.kind}", r.kind) + (" →" if r.directed else ""), styles.cell
                ),
                paragraph(names.get(r.target_id, "–"), styles.cell),
                paragraphs(r.label, styles.cell),
            ]
            for r in workshop.relations
        ]
        head = [texts["from"], texts["kind"], texts["to"], texts["label"]]
        kinds = {texts.get(f"kind_{r.kind}", r.kind) + " →" for r in workshop.relations}
        kind_w = fitted(texts["kind"], kinds, most=140)
        story += table(head, rel_rows, [120, kind_w, 120, width - 240 - kind_w], styles)
    return story


def decisions(workshop: Workshop, texts: Texts, styles: Styles, width: float) -> list[Flowable]:
    """The decision log, in order."""
    story: list[Flowable] = [Paragraph(texts["decisions"], styles.h1)]
    logged = workshop.decisions
    if not logged:
        return [*story, Paragraph(texts["no_decisions"], styles.muted)]
    rows: list[list[Flowable | str]] = [
        [
            time.strftime("%Y-%m-%d %H:%M", time.localtime(d.decided_at)) if d.decided_at else "–",
            paragraphs(d.text or "–", styles.cell),
        ]
        for d in logged
    ]
    return [*story, *table([texts["time"], texts["decision"]], rows, [90, width - 90], styles)]


def n3_card(
    workshop: Workshop, texts: Texts, styles: Styles, width: float, language: str | None = None
) -> list[Flowable]:
    """The five foundations with their self-ratings, then what to work on next.

    The foundations' names and questions are in ``language`` (default: the session's),
    the same language as ``texts``.
    """
    language = language or workshop.session.language
    story: list[Flowable] = [Paragraph(texts["n3card"], styles.h1)]
    foundations = workshop.foundations
    rows: list[list[Flowable | str]] = []
    for f in foundations:
        text = foundation_text(f.key, language)
        rows.append(
            [
                [
                    Paragraph(markup(text.name), styles.cell_head),
                    Paragraph(markup(text.question), styles.small),
                ],
                _rating(f.rating, texts),
                paragraphs(f.notes, styles.cell),
            ]
        )
    head = [texts["foundation"], texts["rating"], texts["notes"]]
    rating_w = fitted(texts["rating"], (str(r[1]) for r in rows))
    story += table(head, rows, [180, rating_w, width - 180 - rating_w], styles)
    story.append(Paragraph(texts["next"], styles.h2))
    weakest = work_on_next(foundations)
    if not weakest:
        return [*story, Paragraph(texts["nothing_next"], styles.muted)]
    for f in weakest:
        text = foundation_text(f.key, language)
        rating = _rating(f.rating, texts)
        story.append(Paragraph(f"{markup(text.name)} – {rating}", styles.h3))
        story.append(Paragraph(markup(text.question), styles.body))
        if f.notes.strip():
            story += paragraphs(f.notes, styles.muted)
    return story


def _rating(value: int | None, texts: Texts) -> str:
    if value is None:
        return texts["not_rated"]
    value = max(0, min(RATING_MAX, value))
    return "●" * value + "○" * (RATING_MAX - value) + f"  {value}/{RATING_MAX}"
