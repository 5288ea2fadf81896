"""The team commands without a server: clear one-line errors and the documented exit codes."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.cli.conftest import Run


def test_no_team_library_given_is_a_usage_error(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --team or N3DESK_TEAM_URL: exit 2 and how to give one."""
    monkeypatch.delenv("N3DESK_TEAM_URL", raising=False)
    result = run("team", "list")
    assert result.code == 2
    assert "--team postgresql://" in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_only_postgresql_is_accepted(run: Run) -> None:
    """Another database's URL is refused as usage, before any connection."""
    result = run("team", "list", "--team", "mysql://x@host/db")
    assert result.code == 2
    assert "must be PostgreSQL" in result.err


def test_an_unreachable_server_is_a_library_problem_without_the_password(run: Run) -> None:
    """Nothing listens on the port: exit 4, one line, the password never shown."""
    result = run("team", "list", "--team", "postgresql://anna:hemligt@127.0.0.1:9/team")
    assert result.code == 4
    assert "could not be reached" in result.err
    assert "hemligt" not in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_publishing_an_unknown_id_is_a_usage_error(run: Run, session_id: str) -> None:
    """An id that names no session or programme: exit 2 before any connection."""
    result = run("team", "publish", "zzzz", "--team", "postgresql://a@127.0.0.1:9/t")
    assert result.code == 2
    assert "no session or programme" in result.err


def test_programmes_from_the_command_line(run: Run, session_id: str) -> None:
    """new, add, list and show: the session joins, a second programme cannot take it."""
    made = run("programmes", "new", "Roskilde 2027", "--goal", "Trygg skolväg", "--json")
    programme = made.json()["id"]
    assert run("programmes", "add", programme[:6], session_id).code == 0
    other = run("programmes", "new", "Annat").out.strip()
    refused = run("programmes", "add", other, session_id)
    assert refused.code == 2
    assert "another programme" in refused.err
    (listed, *_rest) = sorted(
        run("programmes", "list", "--json").json(), key=lambda p: -p["session_count"]
    )
    assert (listed["id"], listed["session_count"]) == (programme, 1)
    shown = run("programmes", "show", programme, "--json").json()
    assert [s["id"] for s in shown["sessions"]] == [session_id]
    assert shown["ideas"] == []
