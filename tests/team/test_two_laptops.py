"""Done when: two libraries on one machine act as two facilitators' laptops (issue 14).

Anna publishes a Roskilde-template programme of three sessions; Bo fetches it, adds
a session and publishes; Anna's stale publish is refused with Bo's name and time
(exit 5); she fetches, and both laptops end with the same programme — all through
the command line, as an IT department or a facilitator would script it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from n3desk.cli import main


class Laptop:
    """One facilitator's data folder, driven through ``n3desk`` in-process."""

    def __init__(self, folder: Path, author: str, url: str, capsys: pytest.CaptureFixture[str]):
        self.folder = folder
        self.author = author
        self.url = url
        self.capsys = capsys

    def run(self, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        argv = ["--data-dir", str(self.folder), "--lang", "sv", *args]
        if args[0] == "team":
            argv += ["--team", self.url]
            if args[1] == "publish":
                argv += ["--author", self.author]
        code = main(argv)
        captured = self.capsys.readouterr()
        return code, captured.out, captured.err

    def ok(self, *args: str) -> str:
        code, out, err = self.run(*args)
        assert code == 0, err
        return out.strip()

    def programme(self, programme_id: str) -> dict[str, object]:
        shown: dict[str, object] = json.loads(self.ok("programmes", "show", programme_id, "--json"))
        return shown

    def sessions(self, programme_id: str) -> list[object]:
        listed = self.programme(programme_id)["sessions"]
        assert isinstance(listed, list)
        return [json.loads(self.ok("sessions", "show", s["id"], "--json")) for s in listed]


@pytest.mark.slow  # two laptops' worth of CLI runs against a real server: over 10 s
def test_two_facilitators_share_a_programme(
    team_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Published, fetched, extended, a stale publish refused, fetched: both end the same."""
    anna = Laptop(tmp_path / "anna", "Anna Andersson", team_url, capsys)
    bo = Laptop(tmp_path / "bo", "Bo Berg", team_url, capsys)

    programme = anna.ok(
        "programmes", "new", "Roskilde 2027: trygg skolväg", "--goal", "Fler barn går själva"
    )
    for title in ("Utmaningar (januari)", "Innovationsfrågor (april)", "Koncept (september)"):
        session = anna.ok("sessions", "new", title, "--template", "roskilde")
        anna.ok("programmes", "add", programme, session)
    published = json.loads(anna.ok("team", "publish", programme[:8], "--json"))
    assert (published["kind"], published["revision"]) == ("programme", 1)

    fetched = json.loads(bo.ok("team", "fetch", programme[:8], "--json"))
    assert fetched["local_id"] == programme
    assert len(fetched["session_ids"]) == 3
    test_session = bo.ok("sessions", "new", "Test (november)", "--template", "roskilde")
    bo.ok("programmes", "add", programme, test_session)
    assert json.loads(bo.ok("team", "publish", programme, "--json"))["revision"] == 2

    notes = tmp_path / "ideas.txt"
    notes.write_text("Gående skolbuss\nCykelkaravan\n", encoding="utf-8")
    first_session = anna.programme(programme)["sessions"][0]["id"]  # type: ignore[index]
    anna.ok("notes", "import", first_session, str(notes))
    code, out, err = anna.run("team", "publish", programme)
    assert code == 5
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "revision 2 by Bo Berg at 20" in err

    code, out, err = anna.run("team", "fetch", programme)
    assert code == 0, err
    assert out.strip() == programme
    assert "local copy" in err  # Anna's imported ideas were kept, not lost
    assert anna.programme(programme) == bo.programme(programme)
    assert anna.sessions(programme) == bo.sessions(programme)
    assert len(anna.programme(programme)["sessions"]) == 4  # type: ignore[arg-type]

    listed = json.loads(anna.ok("team", "list", "--json"))
    assert [(i["team_id"], i["revision"], i["author"]) for i in listed] == [
        (programme, 2, "Bo Berg")
    ]
    status = json.loads(anna.ok("team", "status", "--json"))
    assert status["ready"] is True
    assert status["local"] == [
        {
            "team_id": programme,
            "title": "Roskilde 2027: trygg skolväg",
            "local_revision": 2,
            "team_revision": 2,
            "changed_locally": False,
        }
    ]
