"""The PDF record of a programme: what was asked, what was chosen and why, what is in use.

A municipality files this at the end of an innovation year. It reuses the session
record's fonts (embedded, DejaVu as the base font), styles, tables and numbered
canvas. Sections: the cover (title, goal, period), a timeline of the workshops,
each workshop's innovation question, every idea's way from question to operation
(drawn as a row of states, then its steps with the decision that moved it), what
was chosen and why, what is now put to use (N3: *nyttiggjort*), and the decisions
of every workshop.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)

from n3desk.atomic_file import atomic_output
from n3desk.domain.entities import Decision, Note
from n3desk.domain.programme_content import ProgrammeContent
from n3desk.domain.programmes import IDEA_STATES, PUT_TO_USE, Idea
from n3desk.domain.workshop import Workshop
from n3desk.report.pdf_sections import table
from n3desk.report.pdf_styles import (
    ACCENT,
    FONT,
    FONT_BOLD,
    MARGIN,
    MUTED,
    PAGE_SIZES,
    RULE,
    Styles,
    make_styles,
    register_fonts,
)
from n3desk.report.pdf_summary import NumberedCanvas, _FooterInfo
from n3desk.report.pdf_text import clean, fit, markup, paragraphs
from n3desk.report.programme_texts import programme_texts

Texts = Mapping[str, str]
WAY = IDEA_STATES[:-1]  # idea → … → in operation; "stopped" may end the way anywhere
STOPPED = IDEA_STATES[-1]
CHOSEN_OR_LATER = frozenset(("chosen", "in_test", "in_operation"))
STOP_RED = colors.HexColor("#b3261e")


def write_programme_pdf(
    content: ProgrammeContent,
    workshops: Sequence[Workshop],
    path: Path | str,
    *,
    language: str | None = None,
    pagesize: str = "A4",
) -> None:
    """Write the programme's record to ``path`` (atomically); ``workshops`` in any order."""
    if pagesize not in PAGE_SIZES:
        raise ValueError(f"unknown page size {pagesize!r}; use A4 or Letter")
    with atomic_output(Path(path), suffix=".pdf.part") as out:
        build_programme_pdf(content, workshops, out, language=language, pagesize=pagesize)


def build_programme_pdf(
    content: ProgrammeContent,
    workshops: Sequence[Workshop],
    out: Any,
    *,
    language: str | None = None,
    pagesize: str = "A4",
) -> None:
    """Lay the programme record out into ``out`` (a binary file object)."""
    register_fonts()
    programme = content.programme
    texts = programme_texts(language or programme.language)
    styles = make_styles()
    doc = SimpleDocTemplate(
        out,
        pagesize=PAGE_SIZES[pagesize],
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 4 * mm,
        bottomMargin=MARGIN,
        title=clean(programme.title[:500]),
        subject=texts["record"],
        creator="n3desk",
        initialFontName=FONT,
        initialFontSize=10,
        invariant=1,
    )
    by_id = {w.session.id: w for w in workshops}
    ordered = [by_id[s] for s in content.session_ids if s in by_id]
    record = _Record(content, ordered, by_id, texts, styles, doc.width)
    story: list[Flowable] = [*record.cover(), *record.timeline(), *record.asked()]
    story += [PageBreak(), *record.ways()]
    story += [CondPageBreak(doc.height * 0.3), *record.chosen()]
    story += [CondPageBreak(doc.height * 0.3), *record.put_to_use()]
    story += [CondPageBreak(doc.height * 0.3), *record.decisions()]
    footer = _FooterInfo(programme.title, texts["page"])
    doc.build(story, canvasmaker=lambda *a, **k: NumberedCanvas(*a, footer=footer, **k))


class _Record:
    """The sections of one programme record."""

    def __init__(
        self,
        content: ProgrammeContent,
        ordered: list[Workshop],
        by_id: dict[str, Workshop],
        texts: Texts,
        styles: Styles,
        width: float,
    ) -> None:
        self.content = content
        self.ordered = ordered
        self.by_id = by_id
        self.texts = texts
        self.styles = styles
        self.width = width

    def _title(self, session_id: str | None) -> str:
        workshop = self.by_id.get(session_id or "")
        return self.texts["unknown_session"] if workshop is None else workshop.session.title

    def _state(self, state: str) -> str:
        return self.texts[f"state_{state}"]

    def cover(self) -> list[Flowable]:
        p = self.content.programme
        t, s = self.texts, self.styles
        story: list[Flowable] = [Paragraph(t["record"], s.muted), Spacer(1, 4)]
        story += paragraphs(p.title or "–", s.title)
        if p.goal.strip():
            story.append(Paragraph(t["goal"], s.h3))
            story += paragraphs(p.goal, s.body)
        if p.period_start or p.period_end:
            story.append(Paragraph(t["period"], s.h3))
            period = f"{p.period_start or '…'} – {p.period_end or '…'}"
            story.append(Paragraph(markup(period), s.body))
        story.append(Paragraph(t["sessions_count"].format(n=len(self.ordered)), s.muted))
        made = time.strftime("%Y-%m-%d %H:%M")
        story.append(Paragraph(t["made"].format(when=made), s.muted))
        return story

    def timeline(self) -> list[Flowable]:
        t, s = self.texts, self.styles
        story: list[Flowable] = [Paragraph(t["timeline"], s.h1)]
        if not self.ordered:
            return [*story, Paragraph(t["no_sessions"], s.muted)]
        rows: list[list[Flowable | str]] = [
            [
                str(i),
                w.session.date or "–",
                paragraphs(w.session.title or "–", s.cell),
                str(len(w.all(Note))),
                str(len(w.decisions)),
            ]
            for i, w in enumerate(self.ordered, start=1)
        ]
        widths = [28, 70, self.width - 28 - 70 - 50 - 60, 50, 60]
        header = [t["number"], t["date"], t["session"], t["notes"], t["decisions_count"]]
        return [*story, *table(header, rows, widths, s)]

    def asked(self) -> list[Flowable]:
        t, s = self.texts, self.styles
        story: list[Flowable] = [Paragraph(t["asked"], s.h1)]
        for w in self.ordered:
            story += paragraphs(w.session.title or "–", s.h3)
            if w.session.question.strip():
                story += paragraphs(w.session.question, s.body)
            else:
                story.append(Paragraph(t["no_question"], s.muted))
        return story

    def ways(self) -> list[Flowable]:
        t, s = self.texts, self.styles
        story: list[Flowable] = [Paragraph(t["way"], s.h1)]
        ideas = self.content.ideas
        if not ideas:
            return [*story, Paragraph(t["no_ideas"], s.muted)]
        for idea in ideas:
            story.append(KeepTogether(self._idea_head(idea)))
            story += self._idea_steps(idea)
        return story

    def _idea_head(self, idea: Idea) -> list[Flowable]:
        t, s = self.texts, self.styles
        state = self.content.state_of(idea.id)
        head: list[Flowable] = [*paragraphs(idea.title or "–", s.h2)]
        reached = {"idea", *(x.state for x in self.content.steps_of(idea.id))}
        head.append(IdeaWay(reached, state, self.width, t))
        where = [t["born"].format(session=markup(self._title(idea.session_id)))]
        where += [
            t["carried"].format(session=markup(self._title(c.session_id)))
            for c in self.content.carries_of(idea.id)
        ]
        where.append(t["now"].format(state=self._state(state)))
        head.append(Paragraph(" → ".join(where), s.muted))
        return head

    def _idea_steps(self, idea: Idea) -> list[Flowable]:
        t, s = self.texts, self.styles
        steps = self.content.steps_of(idea.id)
        if not steps:
            return []
        rows: list[list[Flowable | str]] = [
            [
                time.strftime("%Y-%m-%d", time.localtime(step.at)) if step.at else "–",
                self._state(step.state),
                paragraphs(self._title(step.session_id) if step.session_id else "–", s.cell),
                paragraphs(self._why(step.decision_id, step.session_id, step.why) or "–", s.cell),
            ]
            for step in steps
        ]
        widths = [62, 70, 120, self.width - 252]
        header = [t["when"], t["state"], t["decided_in"], t["why"]]
        return table(header, rows, widths, s)

    def _why(self, decision_id: str | None, session_id: str | None, why: str) -> str:
        parts = []
        decision = self._decision(decision_id, session_id)
        if decision is not None and decision.text.strip():
            parts.append(decision.text.strip())
        if why.strip():
            parts.append(why.strip())
        return " — ".join(parts)

    def _decision(self, decision_id: str | None, session_id: str | None) -> Decision | None:
        workshop = self.by_id.get(session_id or "")
        return None if workshop is None else workshop.get(Decision, decision_id)

    def _ideas_where(self, states: frozenset[str]) -> list[Idea]:
        return [i for i in self.content.ideas if self.content.state_of(i.id) in states]

    def chosen(self) -> list[Flowable]:
        t, s = self.texts, self.styles
        story: list[Flowable] = [Paragraph(t["chosen"], s.h1)]
        # Every idea that was ever chosen, also one stopped later: the record keeps why.
        ideas = [
            i
            for i in self.content.ideas
            if any(x.state in CHOSEN_OR_LATER for x in self.content.steps_of(i.id))
        ]
        if not ideas:
            return [*story, Paragraph(t["nothing_chosen"], s.muted)]
        for idea in ideas:
            story += paragraphs(idea.title or "–", s.h3)
            chosen = [x for x in self.content.steps_of(idea.id) if x.state == "chosen"]
            for step in chosen[-1:]:
                reason = self._why(step.decision_id, step.session_id, step.why)
                story += paragraphs(reason or "–", s.body)
            story.append(
                Paragraph(
                    t["now"].format(state=self._state(self.content.state_of(idea.id))), s.muted
                )
            )
        return story

    def put_to_use(self) -> list[Flowable]:
        t, s = self.texts, self.styles
        story: list[Flowable] = [Paragraph(t["put_to_use"], s.h1)]
        ideas = self._ideas_where(frozenset((PUT_TO_USE,)))
        if not ideas:
            return [*story, Paragraph(t["nothing_in_use"], s.muted)]
        for idea in ideas:
            story += paragraphs(idea.title or "–", s.h3)
            last = self.content.steps_of(idea.id)[-1]
            when = time.strftime("%Y-%m-%d", time.localtime(last.at)) if last.at else ""
            reason = self._why(last.decision_id, last.session_id, last.why)
            story += paragraphs(" — ".join(x for x in (when, reason) if x) or "–", s.body)
        return story

    def decisions(self) -> list[Flowable]:
        t, s = self.texts, self.styles
        story: list[Flowable] = [Paragraph(t["all_decisions"], s.h1)]
        rows: list[list[Flowable | str]] = []
        for w in self.ordered:
            for d in w.decisions:
                when = time.strftime("%Y-%m-%d %H:%M", time.localtime(d.decided_at))
                rows.append(
                    [
                        when if d.decided_at else "–",
                        paragraphs(w.session.title or "–", s.cell),
                        paragraphs(d.text or "–", s.cell),
                    ]
                )
        if not rows:
            return [*story, Paragraph(t["no_decisions"], s.muted)]
        widths = [90, 130, self.width - 220]
        return [*story, *table([t["time"], t["session"], t["decision"]], rows, widths, s)]


class IdeaWay(Flowable):  # type: ignore[misc]
    """The way from idea to operation as a row of dots: reached ones filled, now ringed.

    Drawn straight on the canvas in DejaVu (a ReportLab Drawing would name
    Helvetica in the file).
    """

    def __init__(self, reached: set[str], current: str, width: float, texts: Texts) -> None:
        super().__init__()
        self.reached = reached
        self.current = current
        self.width = width
        self.height = 40
        self.texts = texts

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return (self.width, self.height)

    def draw(self) -> None:
        canvas = self.canv
        # Room on the right for "stopped", which may end the way at any point.
        step = (self.width - 150) / (len(WAY) - 1)
        y = 26
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(1.5)
        canvas.line(30, y, 30 + step * (len(WAY) - 1), y)
        for i, state in enumerate(WAY):
            x = 30 + step * i
            done = state in self.reached
            canvas.setStrokeColor(ACCENT)
            canvas.setLineWidth(1)
            canvas.setFillColor(ACCENT if done else colors.white)
            canvas.circle(x, y, 6, stroke=1, fill=1)
            if state == self.current:
                canvas.setLineWidth(1.2)
                canvas.circle(x, y, 9.5, stroke=1, fill=0)
            font = FONT_BOLD if state == self.current else FONT
            canvas.setFont(font, 8)
            canvas.setFillColor(ACCENT if done else MUTED)
            canvas.drawCentredString(x, 6, fit(self.texts[f"state_{state}"], font, 8, step - 4))
        if self.current == STOPPED:
            x = self.width - 40
            canvas.setFillColor(STOP_RED)
            canvas.setStrokeColor(STOP_RED)
            canvas.circle(x, y, 6, stroke=1, fill=1)
            canvas.setFont(FONT_BOLD, 8)
            canvas.drawCentredString(x, 6, fit(self.texts["state_stopped"], FONT_BOLD, 8, 70))
