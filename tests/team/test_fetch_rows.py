"""A fetched session travels as rows: fingerprints from stored rows, plain inserts, clashes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from n3desk.domain.changes import Put
from n3desk.domain.entities import Note, Relation, Stakeholder, new_id
from n3desk.store.library import Library
from n3desk.team.library import TeamLibrary
from n3desk.team.records import fingerprint, fingerprint_rows

from .conftest import make_laptop, session_with_notes


def _with_true_and_false(library: Library, title: str) -> str:
    """A stored session holding booleans both ways (a hidden note, a directed relation)."""
    made = session_with_notes(library, title, 3)
    sid = made.session.id
    first = made.all(Note)[0]
    a = Stakeholder(new_id(), sid, "Skolan")
    b = Stakeholder(new_id(), sid, "Föräldrar")
    ops = [
        Put(replace(first, hidden=True, x=40.0)),
        Put(a),
        Put(b),
        Put(Relation(new_id(), sid, a.id, b.id, directed=True)),
        Put(Relation(new_id(), sid, b.id, a.id)),
    ]
    made.apply(ops)
    library.commit(ops)
    return sid


def test_a_sessions_stored_rows_fingerprint_exactly_as_its_records(tmp_path: Path) -> None:
    """fingerprint_rows of the stored rows equals fingerprint of the loaded records."""
    with make_laptop(tmp_path, "a") as a:
        sid = _with_true_and_false(a, "Rader 🚸")
        rows = a.load_rows(sid)
        assert fingerprint_rows(rows) == fingerprint(a.load(sid).records())
        assert a.load_rows("no-such-session") == {}
        note = a.load(sid).all(Note)[1]
        a.commit([Put(replace(note, hidden=True))])
        assert fingerprint_rows(a.load_rows(sid)) != fingerprint_rows(rows)
        assert fingerprint_rows(a.load_rows(sid)) == fingerprint(a.load(sid).records())


def test_fetching_again_over_an_unchanged_session_with_booleans_keeps_no_copy(
    team_url: str, tmp_path: Path
) -> None:
    """A fetched session with True/False values is seen as unchanged when fetched again."""
    with make_laptop(tmp_path, "a") as a, make_laptop(tmp_path, "b") as b:
        sid = _with_true_and_false(a, "Workshop")
        with TeamLibrary(team_url, author="Anna") as team:
            team.publish(a, sid)
            assert team.fetch(b, sid).kept_local_copy is None
            assert b.load(sid) == a.load(sid)
            note = a.load(sid).all(Note)[2]
            a.commit([Put(replace(note, text="ändrad"))])
            assert team.publish(a, sid).revision == 2
            again = team.fetch(b, sid)
        assert again.kept_local_copy is None
        assert again.revision == 2
        assert b.load(sid) == a.load(sid)
        assert len(b.list_sessions()) == 1


def test_a_fetched_record_whose_id_another_local_session_holds_still_fetches(
    team_url: str, tmp_path: Path
) -> None:
    """A record id clashing with another session's falls back to the upsert, whole."""
    with make_laptop(tmp_path, "a") as a, make_laptop(tmp_path, "b") as b:
        published = session_with_notes(a, "Från teamet", 4)
        other = session_with_notes(b, "Egen", 1)
        clash = replace(published.all(Note)[0], board_id=other.boards[0].id, text="krock")
        b.commit([Put(clash)])
        with TeamLibrary(team_url, author="Anna") as team:
            team.publish(a, published.session.id)
            fetched = team.fetch(b, published.session.id)
        assert fetched.session_ids == [published.session.id]
        assert b.load(published.session.id) == a.load(published.session.id)
        assert clash.id not in {n.id for n in b.load(other.session.id).all(Note)}


def test_without_a_pipeline_the_same_revision_is_fetched(
    team_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a libpq that has no pipeline mode the queries go one by one, same result."""
    import psycopg

    monkeypatch.setattr(psycopg.Pipeline, "is_supported", lambda: False)
    with make_laptop(tmp_path, "a") as a, make_laptop(tmp_path, "b") as b:
        sid = _with_true_and_false(a, "Utan pipeline")
        with TeamLibrary(team_url, author="Anna") as team:
            team.publish(a, sid)
            assert team.fetch(b, sid).session_ids == [sid]
        assert b.load(sid) == a.load(sid)
