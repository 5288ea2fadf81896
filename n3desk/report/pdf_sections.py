"""The record's sections other than the boards and decisions: cover, agenda, map, N3 card.

Each function returns flowables. User text reaches ReportLab only through
:mod:`n3desk.report.pdf_text`; tables are built by :func:`table`, which starts every
cell in DejaVu Sans (ReportLab would otherwise name Helvetica in the file) and lets
rows split across pages; a text too long for its cell is shortened there and printed
whole in the appendix (:mod:`n3desk.report.pdf_appendix`).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping, Sequence

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from n3desk.domain.agenda import actual_durations, actual_starts, format_hhmm, schedule
from n3desk.domain.entities import Stage
from n3desk.domain.mapgeometry import ring_at, sector_at
from n3desk.domain.n3card import RATING_MAX, foundation_text, work_on_next
from n3desk.domain.workshop import Workshop
from n3desk.report.glyph_fallback import text_width
from n3desk.report.map_drawing import StakeholderMapPicture
from n3desk.report.pdf_appendix import CELL_PADDING, NAME_LIMIT, Appendix
from n3desk.report.pdf_styles import FONT, FONT_BOLD, HEADER_FILL, INK, RULE, ZEBRA, Styles
from n3desk.report.pdf_text import markup, paragraphs

Texts = Mapping[str, str]
ROWS_PER_TABLE = 25  # long tables in pieces: ReportLab re-measures a table on every split
CELL_SIZE = 8.5


def fitted(header: str, values: Iterable[str], *, most: float = 1e9) -> float:
    """A column as wide as its longest one-line value and its heading's longest word.

    Column widths follow the words of the session's language ("ikke gennemført" is
    wider than "not run"), so no value runs past its column's edge; ``most`` caps a
    column whose cells are paragraphs and may wrap.
    """
    head = max((text_width(w, FONT_BOLD, CELL_SIZE) for w in header.split()), default=0.0)
    cells = max((text_width(v, FONT, CELL_SIZE) for v in values), default=0.0)
    return min(max(30.0 - CELL_PADDING, head, cells) + CELL_PADDING + 1, most)


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


def cover(
    workshop: Workshop, texts: Texts, styles: Styles, made_at: float, appendix: Appendix
) -> list[Flowable]:
    """Title, innovation question, date, place, facilitator and participants."""
    s = workshop.session
    story: list[Flowable] = [Paragraph(texts["record"], styles.muted), Spacer(1, 4)]
    story.append(Paragraph(appendix.inline(s.title or "–", texts["title"]), styles.title))
    if s.question.strip():
        story.append(Paragraph(texts["question"], styles.h3))
        story += paragraphs(s.question, styles.body, appendix.width)
    facts = [
        (texts["date"], s.date),
        (texts["place"], s.place),
        (texts["facilitator"], s.facilitator),
    ]
    rows = [
        [
            Paragraph(label, styles.cell_head),
            Paragraph(appendix.inline(value, label), styles.cell),
        ]
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
        label = texts["participants"]
        names = [
            appendix.inline(p.name, label)
            + (f" ({appendix.inline(p.initials, label, limit=20)})" if p.initials else "")
            for p in people
        ]
        story.append(Paragraph(" · ".join(names), styles.body))
    else:
        story.append(Paragraph(texts["no_participants"], styles.muted))
    made = time.strftime("%Y-%m-%d %H:%M", time.localtime(made_at))
    story.append(Spacer(1, 10))
    story.append(Paragraph(texts["made"].format(when=made), styles.muted))
    return story


def agenda(
    workshop: Workshop, texts: Texts, styles: Styles, width: float, appendix: Appendix
) -> list[Flowable]:
    """Stages with planned and actual start and length (actual from the timer log)."""
    story: list[Flowable] = [Paragraph(texts["agenda"], styles.h1)]
    rows_in = schedule(workshop)
    if not rows_in:
        return [*story, Paragraph(texts["no_stages"], styles.muted)]
    actual = actual_durations(workshop)
    starts = actual_starts(workshop)
    figures: list[list[str]] = []
    for row in rows_in:
        seconds = actual.get(row.stage.id)
        started = starts.get(row.stage.id)
        figures.append(
            [
                format_hhmm(row.start),
                texts["minutes"].format(n=round(row.minutes)),
                time.strftime("%H:%M", time.localtime(started)) if started else "–",
                texts["minutes"].format(n=round(seconds / 60)) if seconds else texts["not_run"],
            ]
        )
    planned_total = round(sum(r.minutes for r in rows_in))
    actual_total = round(sum(actual.values()) / 60)
    totals = [
        "",
        texts["minutes"].format(n=planned_total),
        "",
        texts["minutes"].format(n=actual_total) if actual else "–",
    ]
    head = [
        texts["stage"],
        texts["planned_start"],
        texts["planned"],
        texts["actual_start"],
        texts["actual"],
    ]
    numbers = [
        fitted(heading, (r[i] for r in [*figures, totals])) for i, heading in enumerate(head[1:])
    ]
    widths = [width - sum(numbers), *numbers]
    rows: list[list[Flowable | str]] = [
        [_stage_cell(row.stage, texts, styles, widths[0], appendix), *values]
        for row, values in zip(rows_in, figures, strict=True)
    ]
    rows.append([Paragraph(texts["total"], styles.cell_head), *totals])
    return [*story, *table(head, rows, widths, styles)]


def _stage_cell(
    stage: Stage, texts: Texts, styles: Styles, column: float, appendix: Appendix
) -> list[Flowable]:
    """A stage's title, its stations and its instructions, for the agenda's first column."""
    label = texts["stage"]
    title = appendix.cell(stage.title or "–", styles.cell, label, column=column, limit=NAME_LIMIT)
    if stage.kind == "rotation" and stage.stations:
        detail = texts["rotation"].format(stations=stage.stations, minutes=stage.station_minutes)
        if stage.summary_minutes:
            detail += ", " + texts["summary_round"].format(minutes=stage.summary_minutes)
        title.append(Paragraph(detail, styles.small))
    if stage.instructions.strip():
        title += appendix.cell(
            stage.instructions, styles.small, label, column=column, owner=stage.title
        )
    return title


def stakeholder_map(
    workshop: Workshop,
    texts: Texts,
    styles: Styles,
    room: tuple[float, float],
    appendix: Appendix,
) -> list[Flowable]:
    """The map as a picture, then tables of stakeholders and relations."""
    width, picture_height = room
    story: list[Flowable] = [Paragraph(texts["map"], styles.h1)]
    s = workshop.session
    if s.persona_name.strip() or s.persona_description.strip():
        name = appendix.inline(s.persona_name, texts["persona"].format(name="").strip(" :"))
        story.append(Paragraph(texts["persona"].format(name=name), styles.h3))
        if s.persona_description.strip():
            story += paragraphs(s.persona_description, styles.body, appendix.width)
    story.append(StakeholderMapPicture(workshop, texts, max_height=picture_height))
    people = workshop.stakeholders
    if not people:
        return [*story, Paragraph(texts["no_stakeholders"], styles.muted)]
    sectors, rings = workshop.sectors, workshop.rings
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
    widths = [105, 80, ring_w, width - (105 + 80 + ring_w + infl_w + int_w), infl_w, int_w]
    rows: list[list[Flowable | str]] = []
    for p in people:
        si, ri = sector_at(p.angle, len(sectors)), ring_at(p.radius, len(rings))
        sector = sectors[si].label if si is not None else "–"
        rows.append(
            [
                appendix.cell(
                    p.name or "–", styles.cell, texts["name"], column=105, limit=NAME_LIMIT
                ),
                appendix.cell(sector, styles.cell, texts["sector"], column=80, limit=NAME_LIMIT),
                str(ri + 1) if ri is not None else "–",
                appendix.cell(p.role, styles.cell, texts["role"], column=widths[3], owner=p.name)
                + appendix.cell(
                    p.notes, styles.small, texts["notes"], column=widths[3], owner=p.name
                ),
                str(p.influence),
                str(p.interest),
            ]
        )
    story.append(Paragraph(texts["stakeholders"], styles.h2))
    story += table(head, rows, widths, styles)
    names = {p.id: p.name for p in people}
    if workshop.relations:
        kinds = {texts.get(f"kind_{r.kind}", r.kind) + " →" for r in workshop.relations}
        kind_w = fitted(texts["kind"], kinds, most=140)
        label_w = width - 240 - kind_w
        story.append(Paragraph(texts["relations"], styles.h2))
        rel_rows: list[list[Flowable | str]] = [
            [
                Paragraph(appendix.inline(names.get(r.source_id, "–"), texts["from"]), styles.cell),
                Paragraph(
                    appendix.inline(texts.get(f"kind_{r.kind}", r.kind), texts["kind"])
                    + (" →" if r.directed else ""),
                    styles.cell,
                ),
                Paragraph(appendix.inline(names.get(r.target_id, "–"), texts["to"]), styles.cell),
                appendix.cell(r.label, styles.cell, texts["label"], column=label_w),
            ]
            for r in workshop.relations
        ]
        head = [texts["from"], texts["kind"], texts["to"], texts["label"]]
        story += table(head, rel_rows, [120, kind_w, 120, label_w], styles)
    return story


def n3_card(
    workshop: Workshop,
    texts: Texts,
    styles: Styles,
    width: float,
    appendix: Appendix,
    language: str | None = None,
) -> list[Flowable]:
    """The five foundations with their self-ratings, then what to work on next.

    The foundations' names and questions are in ``language`` (default: the session's),
    the same language as ``texts``.
    """
    language = language or workshop.session.language
    story: list[Flowable] = [Paragraph(texts["n3card"], styles.h1)]
    foundations = workshop.foundations
    ratings = [_rating(f.rating, texts) for f in foundations]
    rating_w = fitted(texts["rating"], ratings)
    notes_w = width - 180 - rating_w
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
                appendix.cell(
                    f.notes, styles.cell, texts["notes"], column=notes_w, owner=text.name
                ),
            ]
        )
    head = [texts["foundation"], texts["rating"], texts["notes"]]
    story += table(head, rows, [180, rating_w, notes_w], styles)
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
            story += appendix.cell(
                f.notes,
                styles.muted,
                texts["notes"],
                column=appendix.width + CELL_PADDING,
                owner=text.name,
            )
    return story


def _rating(value: int | None, texts: Texts) -> str:
    if value is None:
        return texts["not_rated"]
    value = max(0, min(RATING_MAX, value))
    return "●" * value + "○" * (RATING_MAX - value) + f"  {value}/{RATING_MAX}"
