"""The record's decision log: what was decided and when, who carries it out by when, and
which notes (ideas, concepts) it chose, each with the board it is on.

The owner and due-date columns appear only when some decision has one, so a log of
plain decisions keeps its width for the text. A chosen note is quoted by its start:
its whole text is in the boards section.
"""

from __future__ import annotations

import time
from collections.abc import Mapping

from reportlab.platypus import Flowable, Paragraph

from n3desk.domain.entities import Decision, Note
from n3desk.domain.workshop import Workshop
from n3desk.report.pdf_appendix import Appendix
from n3desk.report.pdf_sections import fitted, table
from n3desk.report.pdf_styles import Styles
from n3desk.report.pdf_text import ELLIPSIS, clean, markup

QUOTED = 160  # characters of a chosen note quoted under its decision


def decisions(
    workshop: Workshop,
    texts: Mapping[str, str],
    styles: Styles,
    width: float,
    appendix: Appendix,
) -> list[Flowable]:
    """The decision log, in order."""
    story: list[Flowable] = [Paragraph(texts["decisions"], styles.h1)]
    logged = workshop.decisions
    if not logged:
        return [*story, Paragraph(texts["no_decisions"], styles.muted)]
    times = [
        time.strftime("%Y-%m-%d %H:%M", time.localtime(d.decided_at)) if d.decided_at else "–"
        for d in logged
    ]
    head = [texts["time"], texts["decision"]]
    widths = [fitted(texts["time"], times)]
    owners = any(d.owner.strip() for d in logged)
    dues = any(d.due_date.strip() for d in logged)
    if owners:
        head.append(texts["owner"])
        widths.append(fitted(texts["owner"], (d.owner for d in logged), most=120))
    if dues:
        head.append(texts["due"])
        widths.append(fitted(texts["due"], (d.due_date[:12] for d in logged), most=90))
    text_w = width - sum(widths)
    widths.insert(1, text_w)
    rows: list[list[Flowable | str]] = []
    for when, decision in zip(times, logged, strict=True):
        cell = appendix.cell(decision.text or "–", styles.cell, texts["decision"], column=text_w)
        cell += _chosen(workshop, decision, texts, styles)
        row: list[Flowable | str] = [when, cell]
        if owners:
            owner = appendix.inline(decision.owner, texts["owner"], owner=decision.text)
            row.append(Paragraph(owner, styles.cell))
        if dues:
            due = appendix.inline(decision.due_date, texts["due"], owner=decision.text, limit=40)
            row.append(Paragraph(due, styles.cell))
        rows.append(row)
    return [*story, *table(head, rows, widths, styles)]


def _chosen(
    workshop: Workshop, decision: Decision, texts: Mapping[str, str], styles: Styles
) -> list[Flowable]:
    """ "Chose:" and a line for each chosen note, with the board it is on."""
    notes = [workshop.get(Note, c.note_id) for c in workshop.chosen_by(decision.id)]
    lines = [
        f"• {markup(_quoted(n.text))} <i>({markup(_board_title(workshop, n))})</i>"
        for n in notes
        if n is not None
    ]
    if not lines:
        return []
    return [Paragraph(f"<b>{markup(texts['chose'])}:</b>", styles.small)] + [
        Paragraph(line, styles.small) for line in lines
    ]


def _quoted(text: str) -> str:
    line = " ".join(clean(text[: QUOTED * 2]).split()) or "–"
    return line if len(line) <= QUOTED else line[: QUOTED - 1].rstrip() + ELLIPSIS


def _board_title(workshop: Workshop, note: Note) -> str:
    board = next((b for b in workshop.boards if b.id == note.board_id), None)
    return _quoted(board.title)[:60] if board is not None else "–"
