"""Checking the library file on open, and moving a damaged one aside.

A damaged library is never deleted and never "repaired" in place: the file and its
-wal and -shm companions are moved into ``damaged/`` (where someone can still try
to rescue them) and the app is offered the newest good backup instead.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

DAMAGED_DIR = "damaged"
COMPANIONS = ("-wal", "-shm", "-journal")


def quick_check(path: Path) -> list[str]:
    """``PRAGMA quick_check`` of the library: [] when sound, else what is wrong.

    A file that is not a database at all counts as damaged too.
    """
    try:
        conn = sqlite3.connect(path, timeout=5.0)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise
        return [str(exc)]
    finally:
        conn.close()
    lines = [str(r[0]) for r in rows]
    return [] if lines == ["ok"] else lines


def move_aside(path: Path, reason: str = "library") -> Path:
    """Move the library file and its companions into ``damaged/``; the new path.

    Companions without the file (a -wal whose library was deleted) are moved too:
    SQLite would otherwise replay that stray -wal into the next file of that name.
    """
    folder = path.parent / DAMAGED_DIR
    folder.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H%M%S.%fZ")
    target = folder / f"{reason}-{stamp}.sqlite3"
    # Companions first: a library whose -wal stayed behind would be opened with it.
    for suffix in COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    if path.exists():
        os.replace(path, target)
    return target


def has_stray_companions(path: Path) -> bool:
    """True when a -wal or -shm lies beside a library file that is not there."""
    return not path.exists() and any(path.with_name(path.name + s).exists() for s in COMPANIONS)
