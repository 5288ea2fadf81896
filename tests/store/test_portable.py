"""Portable .n3desk files: round trips, and hostile archives refused with the library unchanged."""

from __future__ import annotations

import json
import tempfile
import time
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from n3desk.cli import main
from n3desk.domain.agenda import timer_for
from n3desk.domain.changes import REFERENCES, Put
from n3desk.domain.demo import build_demo
from n3desk.domain.entities import (
    ChosenNote,
    Decision,
    Entity,
    Frame,
    Note,
    Participant,
    Rating,
    Relation,
    Session,
    Stage,
    Stakeholder,
    TimerEvent,
    Vote,
    VotingRound,
    new_id,
)
from n3desk.domain.templates import BLANK, instantiate
from n3desk.domain.timer import TimerState
from n3desk.domain.workshop import Workshop
from n3desk.resources import resource
from n3desk.store import Library, open_library, portable
from n3desk.store.portable import (
    PortableFileError,
    export_session,
    import_session,
    read_session_file,
    session_document,
)
from n3desk.store.schema import TABLE_NAMES

REF_FIELDS = {(r.child, r.field) for r in REFERENCES}
NEW_ON_IMPORT = {"id", "created_at", "updated_at", "title"}  # what an import gives anew


def content(workshop: Workshop) -> Counter[str]:
    """The session's records with every id replaced by what it points at (ids don't matter)."""
    by_id = {(type(r), r.id): r for r in workshop.records()}
    parents = {(r.child, r.field): r.parent for r in REFERENCES}
    memo: dict[tuple[type, str], str] = {}

    def sig(record: Entity) -> str:
        key = (type(record), record.id)
        if key not in memo:
            memo[key] = "…"  # guards a loop of origins
            parts = [type(record).__name__]
            for f in fields(record):
                value = getattr(record, f.name)
                if f.name == "id" or (isinstance(record, Session) and f.name in NEW_ON_IMPORT):
                    continue
                if (type(record), f.name) in REF_FIELDS:
                    target = by_id.get((parents[(type(record), f.name)], value))
                    value = sig(target) if target is not None else None
                parts.append(f"{f.name}={value!r}")
            memo[key] = "(" + ", ".join(parts) + ")"
        return memo[key]

    return Counter(sig(r) for r in workshop.records())


def library_state(library: Library) -> list[tuple[str, str, int]]:
    """Every session in the library, with its number of notes."""
    return sorted((s.id, s.title, s.note_count) for s in library.list_sessions())


# -- round trips ------------------------------------------------------------------------

texts = st.text(max_size=60)
floats = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


@st.composite
def workshops(draw: st.DrawFn) -> Workshop:
    """Sessions with random text everywhere and every kind of record linked up."""
    now = 1_700_000_000.0
    made = instantiate(BLANK, draw(texts), language="sv", now=now)
    sid = made.session.id
    session = replace(made.session, question=draw(texts), place=draw(texts),
                      facilitator=draw(texts), persona_name=draw(texts),
                      persona_description=draw(texts), facilitator_notes=draw(texts))  # fmt: skip
    records: list[Entity] = [r for r in made.records() if r.id != sid]
    people = [Participant(new_id(), sid, draw(texts), position=i)
              for i in range(draw(st.integers(0, 3)))]  # fmt: skip
    records += people
    board = made.boards[0]
    frame = Frame(new_id(), board.id, draw(texts), draw(floats), draw(floats))
    records.append(frame)
    notes: list[Note] = []
    for i in range(draw(st.integers(0, 6))):
        origin = notes[draw(st.integers(0, len(notes) - 1))].id if notes and i % 2 else None
        notes.append(Note(new_id(), board.id, draw(st.text(max_size=300)),
                          draw(st.sampled_from(["yellow", "blue", "#123abc"])),
                          draw(floats), draw(floats), frame_id=frame.id if i % 3 else None,
                          origin_id=origin, hidden=draw(st.booleans()),
                          author_id=people[0].id if people else None,
                          created_at=now + i))  # fmt: skip
    notes.reverse()  # carried-forward notes first: the import must order them itself
    records += notes
    voting = VotingRound(new_id(), board.id, draw(texts), state="revealed")
    records.append(voting)
    records += [Vote(new_id(), voting.id, n.id, None, draw(st.integers(1, 5))) for n in notes]
    criterion = made.criteria[0]
    records += [Rating(new_id(), n.id, criterion.id, draw(st.integers(0, 3))) for n in notes]
    actors = [Stakeholder(new_id(), sid, draw(texts), draw(texts),
                          angle=draw(st.floats(0, 359.9)), radius=draw(st.floats(0, 1)))
              for _ in range(draw(st.integers(0, 3)))]  # fmt: skip
    records += actors
    if len(actors) >= 2:
        kind = draw(st.sampled_from(["trust", "egen sort"]))
        records.append(Relation(new_id(), sid, actors[0].id, actors[1].id, kind, draw(texts)))
    stage = Stage(new_id(), sid, draw(texts), instructions=draw(texts), board_id=board.id)
    # A finished run: a run left going is ended on import (tested on its own).
    records += [stage, TimerEvent(new_id(), sid, stage.id, "start", now)]
    records.append(TimerEvent(new_id(), sid, stage.id, "end", now + 300))
    decision = Decision(new_id(), sid, draw(texts), now, owner=draw(texts),
                        due_date=draw(st.sampled_from(["", "2026-12-24"])))  # fmt: skip
    records.append(decision)
    records += [ChosenNote(new_id(), decision.id, n.id, i) for i, n in enumerate(notes[:2])]
    return Workshop(session, records)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(workshop=workshops())
def test_export_then_import_gives_the_same_content(workshop: Workshop) -> None:
    """Any session survives export → import → library unchanged, under new ids."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "session.n3desk"
        export_session(workshop, path)
        assert read_session_file(path) == workshop  # the file itself keeps the ids
        with open_library(Path(folder) / "library", lock=False) as library:
            imported = import_session(library, path)
            loaded = library.load(imported.session.id)
    assert loaded == imported
    assert imported.session.id != workshop.session.id
    assert not {r.id for r in imported.records()} & {r.id for r in workshop.records()}
    assert content(imported) == content(workshop)
    assert imported.session.title == f"{workshop.session.title} (imported)"


def test_the_demo_session_round_trips(library: Library, tmp_path: Path) -> None:
    """The realistic demo session comes back whole, and twice makes two sessions."""
    demo = build_demo("sv", time.time())
    path = tmp_path / "demo.n3desk"
    export_session(demo, path)
    first = import_session(library, path)
    second = import_session(library, path)
    assert content(first) == content(demo) == content(second)
    assert first.session.id != second.session.id
    assert len(library.list_sessions()) == 2


def test_a_file_of_format_1_imports_with_decisions_that_chose_nothing(
    library: Library, tmp_path: Path
) -> None:
    """Files written before decisions had owners and choices still import, as they were."""
    made = instantiate(BLANK, "Förr", language="sv", now=1_700_000_000.0)
    decision = Decision(new_id(), made.session.id, "Vi valde två koncept", 1_700_000_100.0)
    made.apply([Put(decision)])
    document = session_document(made)
    del document["chosen_notes"]
    for old in document["decisions"]:
        del old["owner"], old["due_date"]
    manifest = {"format": "n3desk-session", "format_version": 1}
    path = write_zip(tmp_path / "old.n3desk", {"manifest.json": json.dumps(manifest),
                                               "session.json": json.dumps(document)})  # fmt: skip
    imported = import_session(library, path)
    (logged,) = library.load(imported.session.id).decisions
    assert (logged.text, logged.owner, logged.due_date) == ("Vi valde två koncept", "", "")
    assert library.load(imported.session.id).all(ChosenNote) == []


def test_participants_ratings_round_trip_and_older_ratings_are_the_facilitators(
    library: Library, tmp_path: Path
) -> None:
    """Who gave a rating survives export and import; a format 2 file's ratings have nobody."""
    made = instantiate(BLANK, "Betyg", language="sv", now=1_700_000_000.0)
    anna = Participant(new_id(), made.session.id, "Anna", "A")
    note = Note(new_id(), made.boards[0].id, "Idé", hidden=False)
    criterion = made.criteria[0].id
    given = [
        Rating(new_id(), note.id, criterion, 1),
        Rating(new_id(), note.id, criterion, 2, anna.id),
    ]
    made.apply([Put(anna), Put(note), *(Put(r) for r in given)])
    path = tmp_path / "betyg.n3desk"
    export_session(made, path)
    back = library.load(import_session(library, path).session.id)
    assert sorted((r.value, r.participant_id is None) for r in back.all(Rating)) == [
        (1, True), (2, False)
    ]  # fmt: skip
    (person,) = back.participants
    assert {r.participant_id for r in back.all(Rating)} == {None, person.id}
    document = session_document(made)
    document["ratings"] = [
        {k: v for k, v in r.items() if k != "participant_id"}
        for r in document["ratings"] if r["participant_id"] is None
    ]  # fmt: skip
    manifest = {"format": "n3desk-session", "format_version": 2}
    members = {"manifest.json": json.dumps(manifest), "session.json": json.dumps(document)}
    older = write_zip(tmp_path / "older.n3desk", members)
    (rating,) = library.load(import_session(library, older).session.id).all(Rating)
    assert (rating.value, rating.participant_id) == (1, None)


def test_the_file_holds_a_manifest_and_the_session(tmp_path: Path) -> None:
    """The zip has exactly manifest.json (format and version) and session.json."""
    demo = build_demo("en", time.time())
    path = tmp_path / "demo.n3desk"
    export_session(demo, path)
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == ["manifest.json", "session.json"]
        manifest = json.loads(archive.read("manifest.json"))
        document = json.loads(archive.read("session.json"))
    assert manifest["format"] == "n3desk-session"
    assert manifest["format_version"] == portable.FORMAT_VERSION == 3
    assert document["session"]["title"] == demo.session.title
    assert len(document["notes"]) == len(demo.all(Note))


def test_the_shipped_schema_covers_every_field_of_every_record() -> None:
    """resources/schema/session-v1.json names exactly the domain's records and fields."""
    schema = json.loads(resource("schema", "session-v1.json").read_text(encoding="utf-8"))
    for kind, table in TABLE_NAMES.items():
        definition = schema["$defs"][kind.__name__]
        names = [f.name for f in fields(kind)]
        assert sorted(definition["properties"]) == sorted(names), kind.__name__
        assert sorted(definition["required"]) == sorted(names), kind.__name__
        if kind is not Session:
            assert schema["properties"][table]["items"]["$ref"] == f"#/$defs/{kind.__name__}"


# -- hostile and broken files -------------------------------------------------------------


def write_zip(path: Path, members: dict[str, bytes | str]) -> Path:
    """A zip archive with exactly ``members``."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def good_members(**changes: Any) -> dict[str, bytes | str]:
    """The members of a valid file, with parts of session.json replaced."""
    made = instantiate(BLANK, "Gott", language="sv", now=1_700_000_000.0)
    document = session_document(made)
    document.update(changes)
    manifest = {"format": "n3desk-session", "format_version": 1}
    return {"manifest.json": json.dumps(manifest), "session.json": json.dumps(document)}


def session_with(mutate: Callable[[dict[str, Any]], None]) -> dict[str, bytes | str]:
    """Valid members, with session.json changed by ``mutate``."""
    members = good_members()
    document = json.loads(members["session.json"])
    mutate(document)
    members["session.json"] = json.dumps(document)
    return members


def _missing_title(d: dict[str, Any]) -> None:
    del d["session"]["title"]


def _note_as_number(d: dict[str, Any]) -> None:
    d["boards"][0]["title"] = 42


def _dangling(d: dict[str, Any]) -> None:
    d["frames"].append({**_frame(), "board_id": "nowhere"})


def _duplicate(d: dict[str, Any]) -> None:
    d["boards"].append(dict(d["boards"][0]))


def _surrogate(d: dict[str, Any]) -> None:
    d["session"]["title"] = "\ud800"


def _unknown_field(d: dict[str, Any]) -> None:
    d["session"]["owner"] = "root"


def _path_like_image(d: dict[str, Any]) -> None:
    d["session"]["persona_image"] = "../../../../etc/passwd"


def _frame() -> dict[str, Any]:
    frame = Frame(new_id(), "x", "t")
    return {f.name: getattr(frame, f.name) for f in fields(frame)}


BAD_FILES: dict[str, Callable[[Path], Path]] = {
    "not a zip": lambda p: (p.write_bytes(b"PK but not really a zip" * 10), p)[1],
    "empty file": lambda p: (p.write_bytes(b""), p)[1],
    "no manifest": lambda p: write_zip(p, {"session.json": good_members()["session.json"]}),
    "no session": lambda p: write_zip(p, {"manifest.json": good_members()["manifest.json"]}),
    "traversal names only": lambda p: write_zip(
        p, {f"../{k}": v for k, v in good_members().items()}
    ),
    "absolute names only": lambda p: write_zip(
        p, {f"/tmp/{k}": v for k, v in good_members().items()}
    ),
    "too many members": lambda p: write_zip(
        p, {**good_members(), **{f"extra{i}.txt": "x" for i in range(12)}}
    ),
    "oversized member": lambda p: write_zip(
        p, {**good_members(), "session.json": " " * (portable.MAX_MEMBER_BYTES + 1)}
    ),
    "future format": lambda p: write_zip(
        p, {**good_members(), "manifest.json": '{"format": "n3desk-session", "format_version": 4}'}
    ),
    "foreign format": lambda p: write_zip(
        p, {**good_members(), "manifest.json": '{"format": "other", "format_version": 1}'}
    ),
    "not json": lambda p: write_zip(p, {**good_members(), "session.json": "{not json"}),
    "NaN": lambda p: write_zip(p, {**good_members(), "session.json": '{"session": NaN}'}),
    "not utf-8": lambda p: write_zip(p, {**good_members(), "session.json": b"\xff\xfe{}"}),
    "deep nesting": lambda p: write_zip(
        p, {**good_members(), "session.json": "[" * 100_000 + "]" * 100_000}
    ),
    "missing field": lambda p: write_zip(p, session_with(_missing_title)),
    "wrong type": lambda p: write_zip(p, session_with(_note_as_number)),
    "unknown field": lambda p: write_zip(p, session_with(_unknown_field)),
    "dangling reference": lambda p: write_zip(p, session_with(_dangling)),
    "duplicate id": lambda p: write_zip(p, session_with(_duplicate)),
    "lone surrogate": lambda p: write_zip(p, session_with(_surrogate)),
    "missing list": lambda p: write_zip(p, {**good_members(), "session.json": '{"session": {}}'}),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_file_is_refused_and_the_library_is_untouched(
    name: str, library: Library, workshop: Workshop, tmp_path: Path
) -> None:
    """Each malformed archive raises PortableFileError with a message; nothing is added."""
    before = library_state(library)
    path = BAD_FILES[name](tmp_path / "bad.n3desk")
    with pytest.raises(PortableFileError) as caught:
        import_session(library, path)
    assert str(caught.value)
    assert "\n" not in str(caught.value)
    assert library_state(library) == before
    assert library.load(workshop.session.id) == workshop


def test_a_zip_bomb_stops_at_the_limit(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A member that inflates past the limit is refused while reading, lies or not."""
    monkeypatch.setattr(portable, "MAX_MEMBER_BYTES", 1000)
    path = write_zip(tmp_path / "bomb.n3desk", {**good_members(), "session.json": "0" * 5000})
    with pytest.raises(PortableFileError, match=r"too large|inflates"):
        import_session(library, path)


def test_a_member_that_lies_about_its_size_is_refused(library: Library, tmp_path: Path) -> None:
    """A member declaring 10 bytes but inflating to more never gets past reading."""
    members = good_members()
    path = write_zip(tmp_path / "liar.n3desk", members)
    data = bytearray(path.read_bytes())
    real = len(str(members["session.json"]).encode()).to_bytes(4, "little")
    for signature, offset in ((b"PK\x01\x02", 24), (b"PK\x03\x04", 22)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            if data[start + offset : start + offset + 4] == real:
                data[start + offset : start + offset + 4] = (10).to_bytes(4, "little")
            start += 4
    path.write_bytes(bytes(data))
    with pytest.raises(PortableFileError, match="damaged"):
        import_session(library, path)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("not a zip", "not a zip"),
        ("future format", "newer n3desk"),
        ("no session", "session.json is missing"),
        ("dangling reference", "points at a missing"),
        ("missing field", r"at session: .*\['title'\]"),
    ],
)
def test_refusals_say_why(name: str, message: str, library: Library, tmp_path: Path) -> None:
    """The message names the problem a person can act on."""
    path = BAD_FILES[name](tmp_path / "bad.n3desk")
    with pytest.raises(PortableFileError, match=message):
        import_session(library, path)


def test_an_oversized_archive_is_refused_before_it_is_opened(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The archive's own size is checked first."""
    monkeypatch.setattr(portable, "MAX_ARCHIVE_BYTES", 100)
    path = write_zip(tmp_path / "big.n3desk", good_members())
    with pytest.raises(PortableFileError, match="too large"):
        import_session(library, path)


def test_no_name_in_the_archive_becomes_a_path(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An archive with ../ members and a picture path imports without writing any file."""
    members = session_with(_path_like_image)
    members["../../escaped.txt"] = "nope"
    path = write_zip(tmp_path / "sneaky.n3desk", members)
    monkeypatch.chdir(tmp_path)
    imported = import_session(library, path)
    assert imported.session.persona_image == ""
    assert not (tmp_path.parent / "escaped.txt").exists()
    assert not list(tmp_path.rglob("escaped.txt"))


def test_a_failed_export_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Export is atomic: a failure while writing leaves the old file and no temporary."""
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "s.n3desk"
    path.write_bytes(b"old")

    def broken(_workshop: Workshop) -> dict[str, Any]:
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(portable, "session_document", broken)
    with pytest.raises(RuntimeError):
        export_session(build_demo("sv", time.time()), path)
    assert path.read_bytes() == b"old"
    assert [p.name for p in folder.iterdir()] == ["s.n3desk"]


# -- the command line -------------------------------------------------------------------


def test_command_line_export_and_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`export ID --file` then `import FILE --json` prints the new id; a bad file exits 3."""
    data = tmp_path / "cli"
    with open_library(data) as library:
        demo = build_demo("sv", time.time())
        library.add(demo)
    path = tmp_path / "moved.n3desk"
    assert main(["--data-dir", str(data), "export", demo.session.id, "--file", str(path)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "import", str(path), "--json"]) == 0
    new_id_ = json.loads(capsys.readouterr().out)["id"]
    with open_library(data, lock=False) as library:
        assert content(library.load(new_id_)) == content(demo)
        assert library.load(new_id_).session.title == f"{demo.session.title} (imported)"
        count = len(library.list_sessions())
    bad = tmp_path / "bad.n3desk"
    bad.write_bytes(b"not a zip at all")
    assert main(["--data-dir", str(data), "import", str(bad)]) == 3
    err = capsys.readouterr().err
    assert "not a zip" in err
    assert "Traceback" not in err
    with open_library(data, lock=False) as library:
        assert len(library.list_sessions()) == count


def test_the_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    """The exported file is readable like any file the user makes, not private like a temp."""
    import os

    mask = os.umask(0o022)
    os.umask(mask)
    path = tmp_path / "s.n3desk"
    export_session(build_demo("sv", time.time()), path)
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask


def test_a_timer_left_running_is_ended_when_the_file_was_made(
    library: Library, tmp_path: Path
) -> None:
    """A stage running in the file is ended in the copy at the file's export time, so
    the copy shows no overtime; a paused one stays paused; the title says "imported"."""
    made = instantiate(BLANK, "Verkstad", language="sv", now=1_700_000_000.0)
    sid = made.session.id
    running = Stage(new_id(), sid, "Idéer", planned_minutes=10)
    paused = Stage(new_id(), sid, "Paus", planned_minutes=10, position=1)
    start = time.time() - 120  # started two minutes before the export
    made.apply([Put(running), Put(paused)])
    made.apply(
        [
            Put(TimerEvent(new_id(), sid, running.id, "start", start)),
            Put(TimerEvent(new_id(), sid, paused.id, "start", start - 600)),
            Put(TimerEvent(new_id(), sid, paused.id, "pause", start - 300)),
        ]
    )
    path = tmp_path / "pågår.n3desk"
    export_session(made, path)
    imported = import_session(library, path)
    assert imported.session.title == "Verkstad (imported)"
    assert import_session(library, path, title_format="{title} (importerad)").session.title == (
        "Verkstad (importerad)"
    )
    later = time.time() + 3 * 24 * 3600  # opened three days later
    copy = {s.title: s for s in imported.stages}
    ended = timer_for(imported, copy["Idéer"]).reading(later)
    assert ended.state is TimerState.FINISHED
    assert 110 <= ended.elapsed <= 180  # the two minutes it ran, not three days
    assert [e.kind for e in timer_for(imported, copy["Idéer"]).events] == ["start", "end"]
    assert timer_for(imported, copy["Paus"]).reading(later).state is TimerState.PAUSED
    assert library.load(imported.session.id) == imported
