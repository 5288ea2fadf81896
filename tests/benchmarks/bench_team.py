"""Benchmark: the team library against bare psycopg, on a real PostgreSQL.

Run from the project root (starts its own PostgreSQL from the pgserver package):

    .venv/bin/python tests/benchmarks/bench_team.py [--runs 5] [--items 10000]

Budgets (issue 14), each as a ratio of medians measured in the same run, interleaved,
in wall-clock time (the server's work is part of what a facilitator waits for):

- publishing a 2,000-note session ≤ 2 × bare psycopg doing the same inserts in one
  transaction (the revision row and every record's row, executemany per table);
- fetching it ≤ 2 × bare psycopg selecting the same rows of that revision (decoded
  into Python values by psycopg) and sqlite3 writing them into a library file in one
  durable transaction;
- ``team list`` over 10,000 published sessions under a second (in-process, and the
  whole ``n3desk team list --json`` command with Python's start-up).

n3desk's publish includes reading the session from the local SQLite library and
remembering the revision there; its fetch includes writing the session into the
local library (one durable SQLite transaction). The baselines do neither. The script
also prints how listing and publishing grow with the number of published sessions.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy.engine import make_url

from n3desk.domain.changes import Put
from n3desk.domain.entities import Note, new_id
from n3desk.domain.templates import BLANK, instantiate
from n3desk.domain.workshop import Workshop
from n3desk.store import Library, open_library
from n3desk.store.library import LIBRARY_FILE, PRAGMAS
from n3desk.store.tables import TABLE_NAMES, column_names, to_row
from n3desk.team.connection import make_team_engine
from n3desk.team.library import TeamLibrary
from n3desk.team.migrating import upgrade_team

NOTES = 2000
BUDGET = 2.0


def big_session(library: Library) -> Workshop:
    made = instantiate(BLANK, "Benchmark", language="sv", now=time.time())
    board = made.boards[0]
    made.apply(
        [
            Put(Note(new_id(), board.id, f"idé {i} om trygg skolväg och cykelkaravaner", x=i * 3.0))
            for i in range(NOTES)
        ]
    )
    library.add(made)
    return made


def bare_publish(dsn: str, workshop: Workshop, item_id: str) -> None:
    """The same inserts in one transaction, with nothing around them."""
    with psycopg.connect(dsn) as conn, conn.cursor() as cur:
        revision = cur.execute(
            "INSERT INTO team_revisions (item_id, number, based_on, author, published_at,"
            " title, publish_id, fingerprint) VALUES (%s, (SELECT coalesce(max(number), 0) + 1"
            " FROM team_revisions WHERE item_id = %s), NULL, 'bare', %s, 'bare', %s, '')"
            " RETURNING id",
            (item_id, item_id, time.time(), new_id()),
        ).fetchone()
        assert revision is not None
        grouped: dict[type, list[Any]] = {}
        for record in workshop.records():
            grouped.setdefault(type(record), []).append(record)
        for kind, records in grouped.items():
            columns = column_names(kind)
            sql = (
                f"INSERT INTO rev_{TABLE_NAMES[kind]} (revision_id, {', '.join(columns)}) "
                f"VALUES (%s, {', '.join(['%s'] * len(columns))})"
            )
            cur.executemany(sql, [(revision[0], *to_row(r).values()) for r in records])
        conn.commit()


def bare_fetch(dsn: str, item_id: str, library_file: Path) -> int:
    """The same rows of the newest revision, selected with psycopg and written with sqlite3.

    The write is what n3desk's fetch must do too: replace the session in a library
    file with the library's pragmas, in one durable transaction.
    """
    fetched: dict[str, list[tuple[Any, ...]]] = {}
    with psycopg.connect(dsn) as conn, conn.cursor() as cur:
        revision = cur.execute(
            "SELECT id FROM team_revisions WHERE item_id = %s ORDER BY number DESC LIMIT 1",
            (item_id,),
        ).fetchone()
        assert revision is not None
        for kind, name in TABLE_NAMES.items():
            columns = ", ".join(column_names(kind))
            fetched[name] = cur.execute(
                f"SELECT {columns} FROM rev_{name} WHERE revision_id = %s", (revision[0],)
            ).fetchall()
    db = sqlite3.connect(library_file, isolation_level=None)
    for pragma, value in PRAGMAS.items():
        db.execute(f"PRAGMA {pragma}={value}")
    db.execute("BEGIN IMMEDIATE")
    db.execute("DELETE FROM sessions WHERE id = ?", (item_id,))
    for kind, name in TABLE_NAMES.items():
        marks = ", ".join("?" * len(column_names(kind)))
        db.executemany(f"INSERT INTO {name} VALUES ({marks})", fetched[name])
    db.execute("COMMIT")
    db.close()
    return sum(len(rows) for rows in fetched.values())


def bare_select(dsn: str, item_id: str) -> int:
    """Only the selects (for reference: the network and the server's part)."""
    rows = 0
    with psycopg.connect(dsn) as conn, conn.cursor() as cur:
        revision = cur.execute(
            "SELECT id FROM team_revisions WHERE item_id = %s ORDER BY number DESC LIMIT 1",
            (item_id,),
        ).fetchone()
        assert revision is not None
        for name in TABLE_NAMES.values():
            rows += len(
                cur.execute(
                    f"SELECT * FROM rev_{name} WHERE revision_id = %s", (revision[0],)
                ).fetchall()
            )
    return rows


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def add_published_sessions(dsn: str, count: int) -> None:
    """``count`` more published one-record sessions, written in bulk (set-up, not measured)."""
    now = time.time()
    with psycopg.connect(dsn) as conn, conn.cursor() as cur:
        ids = [new_id() for _ in range(count)]
        cur.executemany(
            "INSERT INTO team_items (id, kind, title, latest, author, published_at, note_count)"
            " VALUES (%s, 'session', %s, 1, 'bench', %s, 0)",
            [(i, f"Workshop {i[:6]}", now - n) for n, i in enumerate(ids)],
        )
        cur.executemany(
            "INSERT INTO team_revisions (item_id, number, author, published_at, title,"
            " publish_id, fingerprint) VALUES (%s, 1, 'bench', %s, 'w', %s, '')",
            [(i, now, new_id()) for i in ids],
        )
        conn.commit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--items", type=int, default=10_000)
    args = parser.parse_args()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pgserver  # type: ignore[import-untyped]

        folder = Path(tempfile.mkdtemp(prefix="bench-team-"))
        server = pgserver.get_server(folder / "pg", cleanup_mode="delete")
    try:
        admin = str(server.get_uri())
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute("CREATE DATABASE bench")
        url = make_url(admin).set(database="bench").render_as_string(hide_password=False)
        dsn = make_url(admin).set(database="bench").render_as_string(hide_password=False)
        engine = make_team_engine(url)
        upgrade_team(engine)
        engine.dispose()
        run(url, dsn, folder, args.runs, args.items)
    finally:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            server.cleanup()
        shutil.rmtree(folder, ignore_errors=True)


def run(url: str, dsn: str, folder: Path, runs: int, items: int) -> None:
    a = open_library(folder / "a")
    b = open_library(folder / "b")
    open_library(folder / "c").close()  # an empty library for the bare fetch to write into
    bare_file = folder / "c" / LIBRARY_FILE
    workshop = big_session(a)
    sid = workshop.session.id
    print(f"session: {len(workshop)} records ({NOTES} notes); {runs} runs, medians, wall clock")
    print("load average: " + " ".join(f"{v:.2f}" for v in os.getloadavg()))
    ours_pub: list[float] = []
    bare_pub: list[float] = []
    ours_fetch: list[float] = []
    bare_fetch_t: list[float] = []
    selects: list[float] = []
    with TeamLibrary(url, author="bench") as team:
        team.publish(a, sid)  # warm up: imports, first connection, the item row
        with psycopg.connect(dsn) as conn:
            conn.execute(
                "INSERT INTO team_items (id, kind, title, latest, author, published_at,"
                " note_count) VALUES ('bare-item', 'session', 'bare', 0, 'bare', 0, 0)"
            )
        bare_publish(dsn, workshop, "bare-item")
        for _ in range(runs):
            ours_pub.append(timed(lambda: team.publish(a, sid)))
            bare_pub.append(timed(lambda: bare_publish(dsn, workshop, "bare-item")))
            ours_fetch.append(timed(lambda: team.fetch(b, sid)))
            bare_fetch_t.append(timed(lambda: bare_fetch(dsn, sid, bare_file)))
            selects.append(timed(lambda: bare_select(dsn, sid)))
        report("publish 2,000 notes", ours_pub, bare_pub, BUDGET)
        report("fetch 2,000 notes", ours_fetch, bare_fetch_t, BUDGET)
        o, sel = statistics.median(ours_fetch), statistics.median(selects)
        print(
            f"{'':<22} (against the bare selects alone, no local write: {sel:.3f} s, "
            f"ratio {o / sel:.2f})"
        )

        print("\nhow it grows with the number of published sessions (median of 5):")
        print(f"{'published':>10}  {'list (s)':>9}  {'publish 2,000 notes (s)':>24}")
        have = len(team.items())
        for target in sorted({1_000, items // 2, items}):
            add_published_sessions(dsn, max(0, target - have))
            have = max(have, target)
            listing = statistics.median(timed(team.items) for _ in range(5))
            publishing = statistics.median(timed(lambda: team.publish(a, sid)) for _ in range(3))
            print(f"{have:>10}  {listing:>9.3f}  {publishing:>24.3f}")
        listing = statistics.median(timed(team.items) for _ in range(runs))
        verdict = "ok" if listing < 1.0 else "OVER BUDGET"
        print(f"\nteam list, {have} items, in-process: {listing:.3f} s (budget 1 s) {verdict}")
    env = dict(os.environ, N3DESK_TEAM_URL=url, N3DESK_DATA_DIR=str(folder / "a"))
    command = [sys.executable, "-m", "n3desk", "team", "list", "--json"]
    walls, cpus = [], []
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        walls.append(
            timed(lambda: subprocess.run(command, env=env, capture_output=True, check=True))
        )
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    whole, cpu = statistics.median(walls), statistics.median(cpus)
    verdict = "ok" if whole < 1.0 else "OVER BUDGET"
    print(
        f"n3desk team list --json, {have} items, whole command: {whole:.3f} s wall, "
        f"{cpu:.3f} s CPU (Python start-up and imports included) {verdict}"
    )
    a.close()
    b.close()


def report(name: str, ours: list[float], bare: list[float], budget: float) -> None:
    o, b = statistics.median(ours), statistics.median(bare)
    ratio = o / b
    verdict = "ok" if ratio <= budget else "OVER BUDGET"
    print(
        f"{name:<22} n3desk {o:.3f} s  bare psycopg {b:.3f} s  ratio {ratio:.2f} "
        f"(budget {budget}) {verdict}"
    )


if __name__ == "__main__":
    main()
