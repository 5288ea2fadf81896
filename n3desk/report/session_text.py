"""A session as plain text for a terminal: what ``n3desk sessions show`` prints.

User text is made safe for a terminal first (:func:`terminal_safe`): a title holding
escape sequences must not be able to clear the screen or change its colours, and a
newline inside a note must not break the layout.
"""

from __future__ import annotations

import textwrap
import time
import unicodedata
from datetime import datetime

from n3desk.domain.entities import Note
from n3desk.domain.n3card import foundation_text
from n3desk.domain.timer import StageTimer
from n3desk.domain.workshop import Workshop

INDENT = "  "


def terminal_safe(text: str, limit: int | None = None) -> str:
    """``text`` on one line with control characters shown as ``?``, cut at ``limit``."""
    out = []
    for char in text:
        if char in "\r\n\t":
            out.append(" ")
        elif unicodedata.category(char) in ("Cc", "Cs"):
            out.append("?")
        else:
            out.append(char)
    line = " ".join("".join(out).split())
    if limit is not None and len(line) > limit:
        line = line[: max(0, limit - 1)] + "…"
    return line


def clock(at: float) -> str:
    """``HH:MM`` of an epoch time, local."""
    return datetime.fromtimestamp(at).strftime("%H:%M")


def add_minutes(start: str, minutes: int) -> str:
    """``HH:MM`` plus ``minutes`` (wrapping at midnight)."""
    try:
        hours, mins = (int(p) for p in start.split(":"))
    except ValueError:
        hours, mins = 9, 0
    total = (hours * 60 + mins + minutes) % (24 * 60)
    return f"{total // 60:02d}:{total % 60:02d}"


def session_text(workshop: Workshop, width: int = 100) -> str:
    """The session as a few readable sections."""
    s = workshop.session
    safe = terminal_safe
    lines = [safe(s.title, width), "=" * min(width, max(8, len(safe(s.title, width))))]
    facts = [
        ("id", s.id),
        ("question", s.question),
        ("date", f"{s.date} {s.start_time}".strip() if s.date else ""),
        ("place", s.place),
        ("facilitator", s.facilitator),
        ("template", s.template_id),
        ("language", s.language),
    ]
    lines += [f"{label:<12} {safe(value, width - 13)}" for label, value in facts if value]
    if workshop.participants:
        people = ", ".join(
            f"{safe(p.name, 40)} ({safe(p.initials, 6)})" if p.initials else safe(p.name, 40)
            for p in workshop.participants
        )
        lines += ["", f"Participants ({len(workshop.participants)})"]
        lines += textwrap.wrap(people, width, initial_indent=INDENT, subsequent_indent=INDENT)
    lines += _boards(workshop, width)
    lines += _map(workshop, width)
    lines += _agenda(workshop, width)
    if workshop.decisions:
        lines += ["", "Decisions"]
        for d in workshop.decisions:
            when = clock(d.decided_at) if d.decided_at else "     "
            lines.append(f"{INDENT}{when}  {safe(d.text, width - 9)}")
            who = ", ".join(
                part
                for part in (safe(d.owner, 40), f"due {safe(d.due_date, 12)}" if d.due_date else "")
                if part
            )
            if who:
                lines.append(f"{INDENT}       {who}")
            for link in workshop.chosen_by(d.id):
                note = workshop.get(Note, link.note_id)
                if note is not None:
                    lines.append(f"{INDENT}       chose: {safe(note.text, width - 16)}")
    lines += ["", "N3 card"]
    for f in workshop.foundations:
        name = foundation_text(f.key, s.language).name
        rating = f"{f.rating}/5" if f.rating is not None else "–  "
        lines.append(f"{INDENT}{name:<14}{rating:<5}{safe(f.notes, width - 21)}")
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _dots_by_note(workshop: Workshop, board_id: str) -> dict[str, int]:
    dots: dict[str, int] = {}
    for voting in workshop.rounds_on(board_id):
        for vote in workshop.votes_in(voting.id):
            dots[vote.note_id] = dots.get(vote.note_id, 0) + vote.dots
    return dots


def _boards(workshop: Workshop, width: int) -> list[str]:
    lines = ["", f"Boards ({len(workshop.boards)})"]
    for board in workshop.boards:
        notes = workshop.notes_on(board.id)
        frames = workshop.frames_on(board.id)
        hidden = sum(1 for n in notes if n.hidden)
        summary = f"{len(notes)} notes, {len(frames)} frames"
        if hidden:
            summary += f", {hidden} hidden"
        lines.append(f"{INDENT}{terminal_safe(board.title, 40)} — {summary}")
        for voting in workshop.rounds_on(board.id):
            total = sum(v.dots for v in workshop.votes_in(voting.id))
            title = terminal_safe(voting.title, 50)
            lines.append(f"{INDENT * 2}voting: {title} ({voting.state}, {total} dots)")
        dots = _dots_by_note(workshop, board.id)
        ranked: list[Note] = sorted(
            (n for n in notes if dots.get(n.id)), key=lambda n: (-dots[n.id], n.id)
        )
        for note in ranked[:5]:
            text = terminal_safe(note.text, width - 14)
            lines.append(f"{INDENT * 2}{dots[note.id]:>3} ● {text}")
    return lines


def _map(workshop: Workshop, width: int) -> list[str]:
    s = workshop.session
    lines = ["", "Stakeholder map"]
    if s.persona_name:
        lines.append(f"{INDENT}centre: {terminal_safe(s.persona_name, width - 10)}")
    rings = ", ".join(terminal_safe(r.label, 30) for r in workshop.rings)
    lines.append(f"{INDENT}rings: {rings}")
    sectors = ", ".join(terminal_safe(x.label, 30) for x in workshop.sectors)
    lines.append(f"{INDENT}sectors: {sectors}")
    lines.append(
        f"{INDENT}{len(workshop.stakeholders)} stakeholders, {len(workshop.relations)} relations"
    )
    return lines


def _agenda(workshop: Workshop, width: int) -> list[str]:
    stages = workshop.stages
    if not stages:
        return []
    total = sum(st.planned_minutes for st in stages)
    lines = ["", f"Agenda ({len(stages)} stages, {total} min)", f"{INDENT}start  planned  actual"]
    start = workshop.session.start_time
    elapsed = 0
    events = workshop.timer_events
    now = time.time()
    for stage in stages:
        title = terminal_safe(stage.title, width - 26)
        extra = ""
        if stage.kind == "rotation":
            extra = f" ({stage.stations} × {stage.station_minutes} min)"
        begins = add_minutes(start, elapsed)
        reading = StageTimer(stage, events).reading(now)
        actual = f"{round(reading.elapsed / 60):>3} min" if reading.started_at else "   –   "
        lines.append(f"{INDENT}{begins}  {stage.planned_minutes:>3} min  {actual}  {title}{extra}")
        elapsed += stage.planned_minutes
    return lines
