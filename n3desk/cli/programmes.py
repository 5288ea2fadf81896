"""n3desk programmes …: list, make and show programmes, and put sessions in them."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from n3desk.cli.common import (
    EXIT_OK,
    UsageError,
    language_of,
    library_at,
    out,
    print_json,
    resolve_session,
    terminal_width,
)
from n3desk.domain.programme_edits import add_session_ops, new_programme
from n3desk.report.session_text import terminal_safe
from n3desk.store import Library
from n3desk.store.programme_store import (
    add_programme,
    commit_programme,
    find_programmes,
    list_programmes,
    load_programme,
    programme_of_session,
)


def resolve_programme(library: Library, given: str) -> str:
    given = given.strip()
    found = find_programmes(library, given) if given else []
    if given in found:
        return given
    if not found:
        raise UsageError(f"no programme with id {given!r} (see: n3desk programmes list)")
    if len(found) > 1:
        raise UsageError(f"{given!r} starts {len(found)} programme ids; give more of the id")
    return found[0]


def programmes_list(args: argparse.Namespace, data_dir: Path) -> int:
    """n3desk programmes list [--json]"""
    with library_at(data_dir, write=False) as library:
        summaries = list_programmes(library)
    if args.json:
        print_json(
            [
                {
                    "id": p.id,
                    "title": p.title,
                    "goal": p.goal,
                    "period_start": p.period_start,
                    "period_end": p.period_end,
                    "session_count": p.session_count,
                }
                for p in summaries
            ]
        )
        return EXIT_OK
    if not summaries:
        out("No programmes yet. Make one with: n3desk programmes new TITLE")
        return EXIT_OK
    width = terminal_width()
    out(f"{'ID':<8}  {'PERIOD':<23}  {'SESSIONS':>8}  TITLE")
    for p in summaries:
        period = f"{p.period_start or '…'} – {p.period_end or '…'}"
        title = terminal_safe(p.title, width - 47)
        out(f"{p.id[:8]:<8}  {period:<23}  {p.session_count:>8}  {title}")
    return EXIT_OK


def programmes_new(args: argparse.Namespace, data_dir: Path) -> int:
    """n3desk programmes new TITLE [--goal TEXT] [--from DATE] [--to DATE] [--json]"""
    title = args.title.strip()
    if not title:
        raise UsageError("a programme needs a title")
    content = new_programme(
        title,
        goal=args.goal.strip(),
        period_start=args.start,
        period_end=args.end,
        language=language_of(args),
        now=time.time(),
    )
    with library_at(data_dir, write=True) as library:
        add_programme(library, content)
    if args.json:
        print_json({"id": content.programme.id, "title": title})
    else:
        out(content.programme.id)
    return EXIT_OK


def programmes_add(args: argparse.Namespace, data_dir: Path) -> int:
    """n3desk programmes add PROGRAMME SESSION: the session joins at the end."""
    with library_at(data_dir, write=True) as library:
        programme_id = resolve_programme(library, args.programme)
        session_id = resolve_session(library, args.session)
        other = programme_of_session(library, session_id)
        if other is not None and other != programme_id:
            raise UsageError("the session belongs to another programme already")
        content = load_programme(library, programme_id)
        commit_programme(library, add_session_ops(content, session_id))
    return EXIT_OK


def programmes_show(args: argparse.Namespace, data_dir: Path) -> int:
    """n3desk programmes show ID [--json]: its sessions in order and its ideas' states."""
    with library_at(data_dir, write=False) as library:
        content = load_programme(library, resolve_programme(library, args.id))
        sessions = []
        for session_id in content.session_ids:
            workshop = library.load(session_id)
            sessions.append(
                {"id": session_id, "title": workshop.session.title, "date": workshop.session.date}
            )
    ideas = [
        {
            "id": idea.id,
            "title": idea.title,
            "state": content.state_of(idea.id),
            "born_in": idea.session_id,
            "carried_to": [c.session_id for c in content.carries_of(idea.id)],
        }
        for idea in content.ideas
    ]
    programme = content.programme
    if args.json:
        print_json(
            {
                "id": programme.id,
                "title": programme.title,
                "goal": programme.goal,
                "period_start": programme.period_start,
                "period_end": programme.period_end,
                "sessions": sessions,
                "ideas": ideas,
            }
        )
        return EXIT_OK
    width = terminal_width()
    out(terminal_safe(programme.title, width))
    if programme.goal:
        out(terminal_safe(programme.goal, width))
    for i, s in enumerate(sessions, start=1):
        out(f"  {i}. {s['date'] or '–':<10}  {terminal_safe(str(s['title']), width - 20)}")
    for idea in ideas:
        out(f"  * {idea['state']:<12}  {terminal_safe(str(idea['title']), width - 20)}")
    return EXIT_OK
