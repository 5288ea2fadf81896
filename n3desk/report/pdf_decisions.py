"""The record's decision log: what was decided, when, by whom to carry out, and what was chosen."""

from __future__ import annotations

import time
from collections.abc import Mapping

from reportlab.platypus import Flowable, Paragraph

from n3desk.domain.workshop import Workshop
from n3desk.report.pdf_appendix import Appendix
from n3desk.report.pdf_sections import fitted, table
from n3desk.report.pdf_styles import Styles


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
    time_w = fitted(texts["time"], times)
    rows: list[list[Flowable | str]] = [
        [when, appendix.cell(d.text or "–", styles.cell, texts["decision"], column=width - time_w)]
        for when, d in zip(times, logged, strict=True)
    ]
    head = [texts["time"], texts["decision"]]
    return [*story, *table(head, rows, [time_w, width - time_w], styles)]
