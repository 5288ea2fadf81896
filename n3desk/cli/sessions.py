"""Commands on the library as a whole: sessions, templates, and its health."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from n3desk.cli.common import (
    EXIT_LIBRARY,
    EXIT_OK,
    UsageError,
    err,
    fail,
    language_of,
    library_at,
    out,
    print_json,
    resolve_session,
    terminal_width,
)
from n3desk.domain.templates import instantiate, localized
from n3desk.report.session_json import workshop_to_json
from n3desk.report.session_text import session_text, terminal_safe
from n3desk.store import LibraryError
from n3desk.store.checking import check_library
from n3desk.store.opening import restore_backup
from n3desk.store.template_files import load_templates


def sessions_list(args: argparse.Namespace, data_dir: Path) -> int:
    """n3desk sessions list [--json]"""
    with library_at(data_dir, write=False) as library:
        summaries = library.list_sessions()
    if args.json:
        print_json(
            [
                {
                    "id": s.id,
                    "title": s.title,
                    "date": s.date,
                    "place": s.place,
                    "note_count": s.note_count,
                    "created_at": s.created_at,
                    "updated_at": s.updated_at,
                }
                for s in summaries
            ]
        )
        return EXIT_OK
    if not summaries:
        out("No sessions yet. Make one with: n3desk sessions new TITLE")
        return EXIT_OK
    width = terminal_width()
    out(f"{'ID':<8}  {'DATE':<10}  {'NOTES':>5}  TITLE")
    for s in summaries:
        place = f" — {s.place}" if s.place else ""
        line = terminal_safe(s.title + place, width - 31)
        out(f"{s.id[:8]:<8}  {s.date or '–':<10}  {s.note_count:>5}  {line}")
    return EXIT_OK


def sessions_new(args: argparse.Namespace, data_dir: Path) -> int:
    """n3desk sessions new TITLE [--template ID] [--json]"""
    title = args.title.strip()
    if not title:
        raise UsageError("a session needs a title")
    language = language_of(args)
    catalog = load_templates(data_dir, language)
    template = catalog.get(args.template)
    if template is None:
        known = ", ".join(t.id for t in catalog)
        raise UsageError(f"no template with id {args.template!r} (known: {known})")
    workshop = instantiate(template, title, language=language, now=time.time())
    with library_at(data_dir, write=True) as library:
        library.add(workshop)
    if args.json:
        print_json({"id": workshop.session.id, "title": title, "template": template.id})
    else:
        out(workshop.session.id)
    return EXIT_OK


def sessions_show(args: argparse.Namespace, data_dir: Path) -> int:
    """n3desk sessions show ID [--json]"""
    with library_at(data_dir, write=False) as library:
        workshop = library.load(resolve_session(library, args.id))
    if args.json:
        print_json(workshop_to_json(workshop))
    else:
        sys.stdout.write(session_text(workshop, terminal_width()))
    return EXIT_OK


def templates_list(args: argparse.Namespace, data_dir: Path) -> int:
    """n3desk templates list [--json]"""
    language = language_of(args)
    catalog = load_templates(data_dir, language)
    for problem in catalog.errors:
        err(f"n3desk: warning: template {terminal_safe(str(problem))}")
    rows = [
        {
            "id": t.id,
            "name": localized(t.name, language),
            "description": localized(t.description, language),
            "stages": len(t.stages),
            "boards": len(t.boards),
            "builtin": t.builtin,
        }
        for t in catalog
    ]
    if args.json:
        print_json(rows)
        return EXIT_OK
    width = terminal_width()
    out(f"{'ID':<20}  {'STAGES':>6}  {'BOARDS':>6}  NAME")
    for row in rows:
        own = "" if row["builtin"] else "  (own)"
        out(
            f"{row['id']:<20}  {row['stages']:>6}  {row['boards']:>6}  "
            f"{terminal_safe(str(row['name']), width - 40)}{own}"
        )
        if row["description"]:
            out(f"{'':<38}{terminal_safe(str(row['description']), width - 38)}")
    return EXIT_OK


def check(args: argparse.Namespace, data_dir: Path) -> int:
    """n3desk check [--restore]: integrity of the library and of every backup."""
    report = check_library(data_dir)
    if not report.path.exists() and not report.backups and not report.damaged_kept:
        out(f"There is no library in {data_dir} yet.")
        return EXIT_OK
    for line in report.lines():
        out(terminal_safe(line))
    if report.access_problem:
        return fail(f"{report.access_problem} Nothing was changed.", EXIT_LIBRARY)
    if report.restorable and args.restore:
        if report.offer is None:
            raise LibraryError("there is no good backup to restore")
        restored = restore_backup(data_dir, report.offer)
        out(
            f"Restored {report.offer.name} as {restored}; whatever was in its place is "
            "kept in damaged/."
        )
        return EXIT_OK
    hint = (
        f" Run 'n3desk check --restore' to put the backup {report.offer.name} back."
        if report.offer is not None
        else ""
    )
    if report.lost:
        return fail(
            f"the library is {report.lost}, but the backups hold sessions.{hint}", EXIT_LIBRARY
        )
    if report.problems:
        return fail(f"the library needs attention: {report.problems[0]}.{hint}", EXIT_LIBRARY)
    damaged_backups = len(report.backups) - len(report.good_backups)
    if damaged_backups:
        return fail(f"{damaged_backups} backups are damaged", EXIT_LIBRARY)
    return EXIT_OK
