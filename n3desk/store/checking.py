"""``n3desk check``: how sound the library and each of its backups are.

Checking only reads (``mode=ro``, or ``immutable`` in a folder that cannot be
written): it works on a library that will not open and beside the running app, and
it never changes the file. It tells three kinds of trouble apart, because each asks
for something else: damage (restore a backup), a library that is missing or empty
while backups hold sessions (restore a backup), and a file this user may not read
(fix the permissions: restoring would not help).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from n3desk.store.backups import (
    BACKUP_DIR,
    backup_to_offer,
    integrity_problems,
    list_backups,
    sessions_in,
)
from n3desk.store.integrity import (
    LibraryAccessError,
    connect_readonly,
    damaged_files,
    error_kind,
    is_blank,
    library_problems,
)
from n3desk.store.migrating import VERSION_TABLE, head_revision
from n3desk.store.paths import LIBRARY_FILE

NOT_DAMAGE = (
    "This is not damage, and restoring a backup would not help: give this user back "
    "access to the file."
)


@dataclass(frozen=True, slots=True)
class BackupStatus:
    """One backup and whether it passed ``integrity_check``."""

    path: Path
    taken_at: datetime
    ok: bool
    problem: str = ""
    sessions: int | None = None  # sessions it holds; None when it cannot be read


@dataclass(frozen=True, slots=True)
class CheckReport:
    """The result of checking a library and its backups."""

    path: Path
    problems: tuple[str, ...]  # damage integrity_check found; empty when sound
    revision: str | None  # the schema revision the library is at
    head: str  # the revision this n3desk writes
    session_count: int  # live (not deleted) sessions
    backups: tuple[BackupStatus, ...]  # newest first
    access_problem: str = ""  # why the file cannot be read now (not damage), and what to do
    lost: str = ""  # "missing" or "empty" when backups hold sessions the library lacks
    offer: Path | None = None  # the backup that --restore would put back
    damaged_kept: int = 0  # library files kept in damaged/

    @property
    def ok(self) -> bool:
        """The library is sound and at this version's schema."""
        return (
            not self.problems
            and not self.access_problem
            and not self.lost
            and self.revision == self.head
        )

    @property
    def restorable(self) -> bool:
        """Whether putting a backup back is what this library needs."""
        return bool(self.problems or self.lost) and not self.access_problem

    @property
    def good_backups(self) -> tuple[BackupStatus, ...]:
        return tuple(b for b in self.backups if b.ok)

    def lines(self) -> list[str]:
        """The report as short lines for the terminal."""
        if self.access_problem:
            state = f"CANNOT BE READ: {self.access_problem}"
        elif self.problems:
            state = "DAMAGED: " + "; ".join(self.problems[:3])
        elif self.lost:
            state = f"{self.lost.upper()}, but backups hold sessions"
        else:
            state = "ok"
        out = [
            f"library: {self.path}",
            f"integrity: {state}",
            f"schema: {self.revision or 'none'} (this n3desk: {self.head})",
            f"sessions: {self.session_count}",
            f"backups: {len(self.good_backups)} good of {len(self.backups)}",
        ]
        for b in self.backups:
            status = "ok" if b.ok else f"DAMAGED ({b.problem})"
            held = "" if b.sessions is None else f"  {b.sessions} sessions"
            out.append(f"  {b.taken_at:%Y-%m-%d %H:%M:%S} UTC  {status}{held}  {b.path.name}")
        if self.damaged_kept:
            out.append(f"kept in damaged/: {self.damaged_kept} library files")
        return out


def check_backups(backups_dir: Path) -> tuple[BackupStatus, ...]:
    """Every backup in ``backups_dir``, newest first, each run through integrity_check."""
    statuses = []
    for backup in list_backups(backups_dir):
        problems = integrity_problems(backup.path)
        statuses.append(
            BackupStatus(
                backup.path,
                backup.taken_at,
                not problems,
                "; ".join(problems[:3]),
                None if problems else sessions_in(backup.path),
            )
        )
    return tuple(statuses)


def check_library(data_dir: Path) -> CheckReport:
    """Check the library in ``data_dir`` and its backups, without changing anything.

    Works on a library that will not open (damaged, too new), in a folder that
    cannot be written, and while the app has it open (WAL lets a reader in).
    """
    path = data_dir / LIBRARY_FILE
    revision: str | None = None
    count = 0
    problems: tuple[str, ...] = ()
    access = ""
    backups = check_backups(data_dir / BACKUP_DIR)
    lost = ""
    offer: Path | None = None
    if is_blank(path):
        offer = backup_to_offer(data_dir / BACKUP_DIR)
        if offer is not None and (sessions_in(offer) or 0) > 0:
            lost = "empty" if path.exists() else "missing"
        elif not path.exists():
            problems = ("there is no library file",)
    else:
        try:
            problems = tuple(library_problems(path, full=True))
            if not problems:
                revision, count = _revision_and_count(path)
        except LibraryAccessError as exc:
            access = f"{exc} {NOT_DAMAGE}"
        except (sqlite3.Error, UnicodeError, OSError) as exc:
            kind = error_kind(exc, data_dir)
            if kind == "damaged":
                problems = (str(exc)[:300],)
            elif kind == "full":
                access = f"The disk holding {data_dir} is full, so the library cannot be read."
            elif kind == "access":
                access = f"The library {path} cannot be read ({exc}). {NOT_DAMAGE}"
            else:
                access = f"The library {path} cannot be read right now ({exc})."
        if problems:
            offer = backup_to_offer(data_dir / BACKUP_DIR)
    return CheckReport(
        path=path,
        problems=problems,
        revision=revision,
        head=head_revision(),
        session_count=count,
        backups=backups,
        access_problem=access,
        lost=lost,
        offer=offer,
        damaged_kept=len(damaged_files(data_dir)),
    )


def _revision_and_count(path: Path) -> tuple[str | None, int]:
    conn = connect_readonly(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        revision: str | None = None
        count = 0
        if VERSION_TABLE in tables:
            row = conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
            revision = None if row is None else str(row[0])
        if "sessions" in tables:
            query = "SELECT count(*) FROM sessions WHERE deleted_at IS NULL"
            count = int(conn.execute(query).fetchone()[0])
        return revision, count
    finally:
        conn.close()
