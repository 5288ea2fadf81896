"""The sessions and templates commands, their JSON, and the data folder options."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from n3desk.domain.templates import BLANK, instantiate
from n3desk.report.session_json import SCHEMA, SCHEMA_VERSION
from n3desk.store import open_library

if TYPE_CHECKING:
    from tests.cli.conftest import Run


def test_new_prints_an_id_that_list_shows(run: Run) -> None:
    """`sessions new` prints the new id; `sessions list --json` lists it with its fields."""
    made = run("sessions", "new", "Hemträning")
    assert made.code == 0
    listed = run("sessions", "list", "--json")
    assert listed.code == 0
    (row,) = listed.json()
    assert row["id"] == made.out.strip()
    assert row["title"] == "Hemträning"
    assert set(row) >= {"id", "title", "date", "place", "note_count"}
    assert row["note_count"] == 0


def test_list_is_newest_first_and_readable(run: Run) -> None:
    """The human list shows a header, short ids and titles, the newest session first."""
    first = run("sessions", "new", "Första").out.strip()
    second = run("sessions", "new", "Andra").out.strip()
    ids = [row["id"] for row in run("sessions", "list", "--json").json()]
    assert ids == [second, first]
    text = run("sessions", "list").out.splitlines()
    assert text[0].split() == ["ID", "DATE", "NOTES", "TITLE"]
    assert text[1].startswith(second[:8])
    assert "Andra" in text[1]


def test_empty_library_says_how_to_start(run: Run) -> None:
    """An empty library lists nothing and says how to make a session."""
    result = run("sessions", "list")
    assert result.code == 0
    assert "sessions new" in result.out
    assert run("sessions", "list", "--json").json() == []


def test_new_with_json_and_template(run: Run) -> None:
    """`sessions new --json` gives id, title and template; an unknown template is usage."""
    made = run("sessions", "new", "Med mall", "--template", "blank", "--json").json()
    assert made["template"] == "blank"
    assert made["title"] == "Med mall"
    bad = run("sessions", "new", "X", "--template", "nope")
    assert bad.code == 2
    assert "nope" in bad.err
    assert len(bad.err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("language", "first_stage", "first_frame"),
    [
        ("da", "Velkommen og dagens opgave", "For borgerne"),
        ("nb", "Velkommen og dagens oppdrag", "For innbyggerne"),
        ("sv", "Välkommen och dagens uppdrag", "För borgarna"),
    ],
)
def test_new_from_a_template_speaks_the_language_asked_for(
    run: Run, language: str, first_stage: str, first_frame: str
) -> None:
    """`--lang da sessions new --template roskilde` makes a Danish session."""
    made = run("--lang", language, "sessions", "new", "V", "--template", "roskilde", "--json")
    shown = run("sessions", "show", made.json()["id"], "--json").json()
    assert shown["session"]["language"] == language
    assert shown["stages"][0]["title"] == first_stage
    assert shown["boards"][0]["frames"][0]["title"] == first_frame


def test_new_refuses_an_empty_title(run: Run) -> None:
    """A title of only spaces is a usage error."""
    assert run("sessions", "new", "   ").code == 2


def test_show_json_is_the_whole_session(run: Run, session_id: str) -> None:
    """`sessions show --json` carries the schema version and every part of the session."""
    data = run("sessions", "show", session_id, "--json").json()
    assert data["schema"] == SCHEMA
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["session"]["id"] == session_id
    assert data["session"]["title"] == "Verkstad"
    assert {"participants", "decisions", "n3_card", "criteria", "boards", "stages"} <= set(data)
    assert [c["name"] for c in data["criteria"]] == ["Nytt", "Nyttigt", "Nyttiggjort"]
    assert len(data["n3_card"]) == 5
    assert data["boards"][0]["title"] == "Idéer"
    assert set(data["stakeholder_map"]) == {
        "persona",
        "rings",
        "sectors",
        "stakeholders",
        "relations",
    }


def test_show_accepts_a_unique_prefix(run: Run, session_id: str) -> None:
    """A unique start of an id names the session."""
    data = run("sessions", "show", session_id[:6], "--json").json()
    assert data["session"]["id"] == session_id


def test_show_human_output(run: Run, session_id: str) -> None:
    """The human `show` names the session and its sections."""
    result = run("sessions", "show", session_id)
    assert result.code == 0
    assert result.out.startswith("Verkstad\n")
    for heading in ("Boards (1)", "Stakeholder map", "N3 card"):
        assert heading in result.out


def test_unknown_session_is_a_usage_error(run: Run, session_id: str) -> None:
    """An id that names no session exits 2 with one line."""
    result = run("sessions", "show", "ffffffffffff")
    assert result.code == 2
    assert result.err.count("\n") == 1
    assert "no session" in result.err
    assert "Traceback" not in result.err


def test_ambiguous_prefix_is_a_usage_error(run: Run, cli_dir: Path) -> None:
    """A prefix that starts two ids exits 2 and asks for more of the id."""
    with open_library(cli_dir) as library:
        for sid in ("abc1" + "0" * 28, "abc2" + "0" * 28):
            library.add(instantiate(BLANK, sid, language="sv", now=1.0, session_id=sid))
    result = run("sessions", "show", "abc")
    assert result.code == 2
    assert "more of the id" in result.err
    assert run("sessions", "show", "abc1", "--json").json()["session"]["id"].startswith("abc1")


def test_hostile_title_is_stored_exactly_and_shown_safely(run: Run) -> None:
    """Escape sequences and markup in a title round-trip in JSON and never reach the terminal."""
    title = "<b>x</b>\x1b[2J مرحبا 🎉"
    sid = run("sessions", "new", title).out.strip()
    assert run("sessions", "show", sid, "--json").json()["session"]["title"] == title
    shown = run("sessions", "show", sid).out
    assert "\x1b" not in shown
    assert "<b>x</b>" in shown
    assert "🎉" in shown


def test_data_dir_option_after_the_command(run: Run, tmp_path: Path) -> None:
    """--data-dir is accepted after the command and wins there."""
    other = tmp_path / "other"
    run("sessions", "new", "Där", "--data-dir", str(other), data_dir=None)
    with open_library(other, lock=False) as library:
        assert [s.title for s in library.list_sessions()] == ["Där"]


def test_environment_selects_the_data_folder(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """N3DESK_DATA_DIR is used when --data-dir is not given."""
    env_dir = tmp_path / "from-env"
    monkeypatch.setenv("N3DESK_DATA_DIR", str(env_dir))
    assert run("sessions", "new", "Miljö", data_dir=None).code == 0
    with open_library(env_dir, lock=False) as library:
        assert [s.title for s in library.list_sessions()] == ["Miljö"]


def test_templates_list_json(run: Run) -> None:
    """`templates list --json` has blank first, with counts and the built-in flag."""
    rows = run("--lang", "en", "templates", "list", "--json").json()
    assert rows[0]["id"] == "blank"
    assert rows[0]["name"] == "Blank session"
    assert rows[0]["boards"] == 1
    assert rows[0]["stages"] == 0
    assert rows[0]["builtin"] is True
    assert all({"id", "name", "description", "stages", "boards", "builtin"} <= set(r) for r in rows)


def test_templates_list_reports_a_broken_user_template(run: Run, cli_dir: Path) -> None:
    """A malformed user template is a warning naming the file; good ones are listed as own."""
    folder = cli_dir / "templates"
    folder.mkdir(parents=True)
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    mine = {"id": "mine", "name": "Min mall", "boards": [{"title": "Tavla"}]}
    (folder / "mine.json").write_text(json.dumps(mine), encoding="utf-8")
    result = run("templates", "list")
    assert result.code == 0
    assert "broken.json" in result.err
    assert "mine" in result.out
    assert "(own)" in result.out
    made = run("sessions", "new", "Egen", "--template", "mine", "--json")
    assert made.code == 0


def test_a_command_group_without_a_command_is_usage(run: Run) -> None:
    """`n3desk sessions` alone exits 2 and says what is missing."""
    result = run("sessions")
    assert result.code == 2
    assert "needs a command" in result.err


def test_argparse_usage_errors_exit_2(run: Run) -> None:
    """An unknown option or command exits 2 (argparse's own exit), not a traceback."""
    assert run("sessions", "list", "--bogus").code == 2
    assert run("frobnicate").code == 2
