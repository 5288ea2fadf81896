"""n3desk team …: publish, list, fetch and check the team library from the command line.

The server is ``--team URL`` or ``$N3DESK_TEAM_URL`` (a ``postgresql://`` URL); the
author named on a revision is ``--author``, ``$N3DESK_AUTHOR`` or the login name. A
publish refused because the team holds a newer revision exits with 5 and one line
naming that revision's author and time; a team library that cannot be reached or is
not set up exits with 4, like a local library problem.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from pathlib import Path

from n3desk.cli.common import (
    EXIT_LIBRARY,
    EXIT_OK,
    EXIT_USAGE,
    UsageError,
    fail,
    library_at,
    out,
    print_json,
    terminal_width,
)
from n3desk.report.session_text import terminal_safe
from n3desk.store import Library, LibraryError
from n3desk.store.programme_store import find_programmes, team_link
from n3desk.team.connection import given_url, parse_url, store_password
from n3desk.team.documents import DOCUMENT_KINDS
from n3desk.team.errors import (
    StalePublishError,
    TeamAddressError,
    TeamError,
    TeamNotFoundError,
)
from n3desk.team.library import TeamLibrary
from n3desk.team.local_side import load_local
from n3desk.team.records import fingerprint

EXIT_STALE = 5


def author_of(args: argparse.Namespace) -> str:
    """Who is named on a published revision."""
    given = getattr(args, "author", None) or os.environ.get("N3DESK_AUTHOR", "")
    if given.strip():
        return given.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "n3desk"


def _team(args: argparse.Namespace) -> TeamLibrary:
    return TeamLibrary(given_url(args.team), author=author_of(args))


def _when(seconds: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(seconds))


def _failed(exc: TeamError) -> int:
    """One line and the exit code: 5 refused as stale, 2 usage, 4 the team library."""
    if isinstance(exc, StalePublishError):
        return fail(str(exc), EXIT_STALE)
    if isinstance(exc, TeamNotFoundError | TeamAddressError):
        return fail(str(exc), EXIT_USAGE)
    return fail(str(exc), EXIT_LIBRARY)


def _resolve_local(library: Library, given: str) -> str:
    """A session or programme id from an id or a unique start of one."""
    given = given.strip()
    if not given:
        raise UsageError("no id given")
    found = sorted(set(library.find_sessions(given)) | set(find_programmes(library, given)))
    if given in found:
        return given
    if not found:
        raise UsageError(f"no session or programme with id {given!r} (see: n3desk sessions list)")
    if len(found) > 1:
        raise UsageError(f"{given!r} starts {len(found)} ids; give more of the id")
    return found[0]


def team_publish(args: argparse.Namespace, data_dir: Path) -> int:
    """n3desk team publish ID [--as-copy] [--json]"""
    try:
        with library_at(data_dir, write=True) as library, _team(args) as team:
            kind, _, doc_id = args.id.partition(":")
            if doc_id and kind in DOCUMENT_KINDS:
                result = team.publish_document(library, kind, doc_id)
            else:
                local_id = _resolve_local(library, args.id)
                result = team.publish(library, local_id, as_copy=args.as_copy)
    except TeamError as exc:
        return _failed(exc)
    if args.json:
        print_json(
            {
                "team_id": result.item_id,
                "kind": result.kind,
                "title": result.title,
                "revision": result.revision,
                "author": result.author,
                "published_at": result.published_at,
                "local_id": result.local_id,
            }
        )
    else:
        out(
            f"Published {result.kind} {terminal_safe(result.title, 60)} as revision "
            f"{result.revision} ({result.item_id})"
        )
    return EXIT_OK


def team_list(args: argparse.Namespace, _data_dir: Path) -> int:
    """n3desk team list [--json]: what the team has published, newest first."""
    try:
        with _team(args) as team:
            items = team.items()
    except TeamError as exc:
        return _failed(exc)
    if args.json:
        print_json(
            [
                {
                    "team_id": i.id,
                    "kind": i.kind,
                    "title": i.title,
                    "revision": i.latest,
                    "author": i.author,
                    "published_at": i.published_at,
                    "note_count": i.note_count,
                }
                for i in items
            ]
        )
        return EXIT_OK
    if not items:
        out("The team library is empty. Publish with: n3desk team publish ID")
        return EXIT_OK
    width = terminal_width()
    out(f"{'TEAM ID':<8}  {'KIND':<9}  {'REV':>3}  {'PUBLISHED':<16}  {'BY':<14}  TITLE")
    for i in items:
        out(
            f"{i.id[:8]:<8}  {i.kind:<9}  {i.latest:>3}  {_when(i.published_at):<16}  "
            f"{terminal_safe(i.author, 14):<14}  {terminal_safe(i.title, width - 60)}"
        )
    return EXIT_OK


def team_fetch(args: argparse.Namespace, data_dir: Path) -> int:
    """n3desk team fetch TEAM_ID [--json]: prints the local session (or programme) id."""
    try:
        with library_at(data_dir, write=True) as library, _team(args) as team:
            result = team.fetch(library, args.team_id)
    except TeamError as exc:
        return _failed(exc)
    local_id = result.file or result.programme_id or result.session_ids[0]
    if args.json:
        print_json(
            {
                "team_id": result.item_id,
                "kind": result.kind,
                "revision": result.revision,
                "author": result.author,
                "published_at": result.published_at,
                "local_id": local_id,
                "session_ids": result.session_ids,
                "kept_local_copy": result.kept_local_copy,
            }
        )
        return EXIT_OK
    out(local_id)
    if result.kept_local_copy:
        sys.stderr.write(
            "n3desk: your unpublished changes were kept as a local copy: "
            f"{result.kept_local_copy}\n"
        )
    return EXIT_OK


def team_status(args: argparse.Namespace, data_dir: Path) -> int:
    """n3desk team status [--json]: the server, its schema, and the local copies."""
    try:
        with _team(args) as team:
            status = team.status()
            items = team.items() if status.ready else []
    except TeamError as exc:
        return _failed(exc)
    local: list[dict[str, object]] = []
    latest = {i.id: i for i in items}
    with library_at(data_dir, write=False) as library:
        for item_id in sorted(latest):
            link = team_link(library, item_id)
            if link is None:
                continue
            try:
                changed = fingerprint(load_local(library, item_id).records()) != link.fingerprint
            except LibraryError:
                changed = False
            local.append(
                {
                    "team_id": item_id,
                    "title": latest[item_id].title,
                    "local_revision": link.revision,
                    "team_revision": latest[item_id].latest,
                    "changed_locally": changed,
                }
            )
    if args.json:
        print_json(
            {
                "url": status.url,
                "server": status.server,
                "user": status.user,
                "schema": status.schema,
                "ready": status.ready,
                "items": status.items,
                "revisions": status.revisions,
                "local": local,
            }
        )
        return EXIT_OK
    out(f"Team library: {status.url}")
    out(f"Server: PostgreSQL {status.server}, connected as {status.user}")
    schema = status.schema or "not set up (run: n3desk team setup, as the admin role)"
    out(f"Schema: {schema}{'' if status.ready else ' — not ready for this n3desk'}")
    out(f"Published: {status.items} items, {status.revisions} revisions")
    for row in local:
        state = []
        if row["team_revision"] != row["local_revision"]:
            state.append(f"team has revision {row['team_revision']}: fetch first")
        if row["changed_locally"]:
            state.append("changed here since")
        note = "; ".join(state) or "up to date"
        out(
            f"  {str(row['team_id'])[:8]}  revision {row['local_revision']}  "
            f"{terminal_safe(str(row['title']), 40)} — {note}"
        )
    return EXIT_OK if status.ready else EXIT_LIBRARY


def team_setup(args: argparse.Namespace, _data_dir: Path) -> int:
    """n3desk team setup [--grant ROLE]: create or migrate the schema (admin role)."""
    from n3desk.team.migrating import grant_facilitators, upgrade_team

    try:
        with _team(args) as team:
            from sqlalchemy.exc import DBAPIError

            try:
                upgrade_team(team.engine)
                if args.grant:
                    grant_facilitators(team.engine, args.grant)
            except DBAPIError as exc:
                reason = " ".join(str(getattr(exc, "orig", exc)).split())[:300]
                return fail(f"the team library could not be set up: {reason}", EXIT_LIBRARY)
            status = team.status()
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    except TeamError as exc:
        return _failed(exc)
    out(f"The team library at {status.url} is at schema {status.schema}.")
    if args.grant:
        out(f"Role {args.grant} may now publish and fetch (no DDL, no deletes).")
    return EXIT_OK


def team_login(args: argparse.Namespace, _data_dir: Path) -> int:
    """n3desk team login: keep the password in this computer's keyring."""
    try:
        url = parse_url(given_url(args.team))
        if not url.username:
            raise UsageError("the URL names no user: postgresql://USER@HOST/DATABASE")
        password = getpass.getpass(f"Password for {url.username} on {url.host or 'localhost'}: ")
        store_password(url, password)
    except TeamError as exc:
        return _failed(exc)
    out("The password is kept in this computer's keyring.")
    return EXIT_OK
