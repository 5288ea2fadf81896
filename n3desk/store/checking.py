"""``n3desk check``: how sound the library and each of its backups are."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from n3desk.store.backups import BACKUP_DIR, integrity_problems, list_backups
from n3desk.store.library import BUSY_TIMEOUT_MS, LIBRARY_FILE
from n3desk.store.migrating import VERSION_TABLE, head_revision


@dataclass(frozen=True, slots=True)
class BackupStatus:
    """One backup and whether it passed ``integrity_check``."""

    path: Path
    taken_at: datetime
    ok: bool
    problem: str = ""


@dataclass(frozen=True, slots=True)
class CheckReport:
    """The result of checking a library and its backups."""

    path: Path
    problems: tuple[str, ...]  # what integrity_check found; empty when sound
    revision: str | None  # the schema revision the library is at
    head: str  # the revision this n3desk writes
    session_count: int  # live (not deleted) sessions
    backups: tuple[BackupStatus, ...]  # newest first

    @property
    def ok(self) -> bool:
        """The library is sound and at this version's schema."""
        return not self.problems and self.revision == self.head

    @property
    def good_backups(self) -> tuple[BackupStatus, ...]:
        return tuple(b for b in self.backups if b.ok)

    def lines(self) -> list[str]:
        """The report as short lines for the terminal."""
        state = "ok" if not self.problems else "DAMAGED: " + "; ".join(self.problems[:3])
        out = [
            f"library: {self.path}",
            f"integrity: {state}",
            f"schema: {self.revision or 'none'} (this n3desk: {self.head})",
            f"sessions: {self.session_count}",
            f"backups: {len(self.good_backups)} good of {len(self.backups)}",
        ]
        for b in self.backups:
            status = "ok" if b.ok else f"DAMAGED ({b.problem})"
            out.append(f"  {b.taken_at:%Y-%m-%d %H:%M:%S} UTC  {status}  {b.path.name}")
        return out


def check_backups(backups_dir: Path) -> tuple[BackupStatus, ...]:
    """Every backup in ``backups_dir``, newest first, each run through integrity_check."""
    statuses = []
    for backup in list_backups(backups_dir):
        problems = integrity_problems(backup.path)
        statuses.append(
            BackupStatus(backup.path, backup.taken_at, not problems, "; ".join(problems[:3]))
        )
    return tuple(statuses)


def check_library(data_dir: Path) -> CheckReport:
    """Check the library in ``data_dir`` and its backups, without changing anything.

    Works on a library that will not open (damaged, too new) and while the app has
    it open (WAL lets a reader in beside the writer).
    """
    path = data_dir / LIBRARY_FILE
    revision: str | None = None
    count = 0
    if not path.exists():
        problems: tuple[str, ...] = ("there is no library file",)
    else:
        try:
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
            try:
                rows = conn.execute("PRAGMA integrity_check").fetchall()
                lines = tuple(str(r[0]) for r in rows)
                problems = () if lines == ("ok",) else lines
                tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
                if VERSION_TABLE in tables:
                    row = conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
                    revision = None if row is None else str(row[0])
                if "sessions" in tables:
                    query = "SELECT count(*) FROM sessions WHERE deleted_at IS NULL"
                    count = int(conn.execute(query).fetchone()[0])
            finally:
                conn.close()
        except sqlite3.Error as exc:
            problems = (str(exc),)
    return CheckReport(
        path=path,
        problems=problems,
        revision=revision,
        head=head_revision(),
        session_count=count,
        backups=check_backups(data_dir / BACKUP_DIR),
    )
