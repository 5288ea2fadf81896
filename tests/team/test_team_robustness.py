"""The team library under stress: ten laptops at once, a killed publisher, a cut connection."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from n3desk.domain.entities import Note
from n3desk.store.programme_store import team_link
from n3desk.team.errors import TeamConnectionError
from n3desk.team.library import TeamLibrary
from n3desk.team.schema import RECORD_TABLES, team_items, team_revisions

from .conftest import add_note, admin_sql, make_laptop, session_with_notes

WORKER = Path(__file__).with_name("team_worker.py")
LAPTOPS = 10


def _team_state(team: TeamLibrary) -> tuple[object, ...]:
    """Everything countable in the team library: items, revisions and rows per table."""
    with team.engine.connect() as conn:
        counts = [
            conn.execute(select(func.count()).select_from(table)).scalar_one()
            for table in (team_items, team_revisions, *RECORD_TABLES.values())
        ]
        latest = conn.execute(select(team_items.c.id, team_items.c.latest)).all()
    return (*counts, sorted(tuple(r) for r in latest))


@pytest.mark.slow  # ten publishing processes against a real server: over 10 s
def test_ten_laptops_publishing_at_once_lose_no_update(team_url: str, tmp_path: Path) -> None:
    """Ten processes fetch, add a note and publish at once: every note lands, refusals are clean."""
    with make_laptop(tmp_path, "origin") as origin:
        sid = session_with_notes(origin, "Tio datorer", 5).session.id
        with TeamLibrary(team_url, author="origin") as team:
            team.publish(origin, sid)
    names = [f"laptop-{i}" for i in range(LAPTOPS)]
    workers = [
        subprocess.Popen(
            [sys.executable, str(WORKER), "loop", team_url, str(tmp_path / n), sid, n],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in names
    ]
    results = []
    for worker in workers:
        out, err = worker.communicate(timeout=240)
        assert worker.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))

    assert sorted(r["revision"] for r in results) == list(range(2, LAPTOPS + 2))
    refusals = [message for r in results for message in r["refusals"]]
    for message in refusals:
        assert message.startswith("not published: the team library has a newer revision")
        assert " by laptop-" in message
    with TeamLibrary(team_url, author="check") as team:
        history = team.history(sid)
        assert [h.number for h in history] == list(range(LAPTOPS + 1, 0, -1))
        with make_laptop(tmp_path, "check") as check:
            team.fetch(check, sid)
            texts = [n.text for n in check.load(sid).all(Note)]
    assert sorted(t for t in texts if t.startswith("laptop-")) == sorted(names)
    assert len(texts) == 5 + LAPTOPS


def test_a_publisher_killed_mid_publish_leaves_the_team_library_unchanged(
    team_url: str, tmp_path: Path
) -> None:
    """kill -9 half-way through a publish: no revision, no rows; the next publish works."""
    with make_laptop(tmp_path, "a") as a:
        sid = session_with_notes(a, "Avbruten", 50).session.id
        with TeamLibrary(team_url, author="Anna") as team:
            team.publish(a, sid)
            add_note(a, sid, "efter första")
            before = _team_state(team)
    worker = subprocess.Popen(
        [sys.executable, str(WORKER), "stall", team_url, str(tmp_path / "a"), sid],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert worker.stdout is not None
        line = worker.stdout.readline()
        assert line.strip() == "INSIDE", worker.stderr.read() if worker.stderr else ""
    finally:
        os.kill(worker.pid, signal.SIGKILL)
        worker.communicate(timeout=30)
    with make_laptop(tmp_path, "a") as a, TeamLibrary(team_url, author="Anna") as team:
        assert _team_state(team) == before
        assert team.publish(a, sid).revision == 2


def test_a_connection_cut_mid_publish_publishes_nothing(
    team_url: str, tmp_path: Path, pg_admin_url: str
) -> None:
    """The server drops the connection half-way: "not published", both libraries as they were."""
    database = team_url.split("/")[-1].split("?")[0]
    with make_laptop(tmp_path, "a") as a, TeamLibrary(team_url, author="Anna") as team:
        sid = session_with_notes(a, "Dålig uppkoppling", 30).session.id
        team.publish(a, sid)
        add_note(a, sid, "inte publicerad än")
        before = _team_state(team)
        local_before = a.load(sid)

        def cut(_what: str, _done: int, _total: int) -> None:
            admin_sql(
                pg_admin_url,
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                f"WHERE application_name = 'n3desk' AND datname = '{database}'",
            )

        with pytest.raises(TeamConnectionError, match="not published") as failed:
            team.publish(a, sid, progress=cut)
        assert "as it was" in str(failed.value)
        assert _team_state(team) == before
        assert a.load(sid) == local_before
        link = team_link(a, sid)
        assert link is not None
        assert link.revision == 1
        assert team.publish(a, sid).revision == 2  # publishing again, on request, works
