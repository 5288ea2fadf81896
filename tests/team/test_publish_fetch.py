"""Publish, list and fetch against a real PostgreSQL; a stale publish is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from n3desk.domain.entities import Note
from n3desk.store.programme_store import team_link
from n3desk.team.errors import StalePublishError, TeamNotFoundError
from n3desk.team.library import TeamLibrary

from .conftest import add_note, make_laptop, session_with_notes


def test_a_published_session_fetches_into_another_library_unchanged(
    team_url: str, tmp_path: Path
) -> None:
    """Laptop B fetches exactly what laptop A published, ids and all."""
    with make_laptop(tmp_path, "a") as a, make_laptop(tmp_path, "b") as b:
        made = session_with_notes(a, "Trygg skolväg 🚸 <b>x</b>'; DROP TABLE team_items; --", 25)
        with TeamLibrary(team_url, author="Anna") as team:
            result = team.publish(a, made.session.id)
            assert (result.revision, result.author) == (1, "Anna")
            (item,) = team.items()
            assert (item.id, item.kind, item.latest, item.note_count) == (
                made.session.id,
                "session",
                1,
                25,
            )
        with TeamLibrary(team_url, author="Bo") as team:
            fetched = team.fetch(b, made.session.id[:6])
        assert fetched.session_ids == [made.session.id]
        assert b.load(made.session.id) == a.load(made.session.id)
        link = team_link(b, made.session.id)
        assert link is not None
        assert link.revision == 1


def test_a_stale_publish_is_refused_with_who_and_when(team_url: str, tmp_path: Path) -> None:
    """B publishes revision 2; A, still on revision 1, is refused and the team keeps B's."""
    with make_laptop(tmp_path, "a") as a, make_laptop(tmp_path, "b") as b:
        made = session_with_notes(a, "Workshop", 2)
        sid = made.session.id
        with (
            TeamLibrary(team_url, author="Anna") as team_a,
            TeamLibrary(team_url, author="Bo Berg") as team_b,
        ):
            team_a.publish(a, sid)
            team_b.fetch(b, sid)
            add_note(b, sid, "Bos idé")
            assert team_b.publish(b, sid).revision == 2
            add_note(a, sid, "Annas idé")
            with pytest.raises(StalePublishError) as refused:
                team_a.publish(a, sid)
            message = str(refused.value)
            assert "revision 2 by Bo Berg" in message
            assert "based on revision 1" in message
            assert "Fetch first" in message
            assert "as a copy" in message
            assert [r.number for r in team_a.history(sid)] == [2, 1]
            # The refused laptop is untouched, and still based on revision 1.
            assert "Annas idé" in {n.text for n in a.load(sid).all(Note)}
            link = team_link(a, sid)
            assert link is not None
            assert link.revision == 1


def test_fetching_over_local_changes_keeps_them_as_a_local_copy(
    team_url: str, tmp_path: Path
) -> None:
    """A fetch never silently drops unpublished local work: it is kept beside as a copy."""
    with make_laptop(tmp_path, "a") as a, make_laptop(tmp_path, "b") as b:
        sid = session_with_notes(a, "Workshop", 1).session.id
        with (
            TeamLibrary(team_url, author="Anna") as team_a,
            TeamLibrary(team_url, author="Bo") as team_b,
        ):
            team_a.publish(a, sid)
            team_b.fetch(b, sid)
            add_note(b, sid, "från Bo")
            team_b.publish(b, sid)
            add_note(a, sid, "bara hos Anna")
            fetched = team_a.fetch(a, sid)
        assert fetched.kept_local_copy is not None
        kept = a.load(fetched.kept_local_copy)
        assert kept.session.title == "Workshop (local copy)"
        assert "bara hos Anna" in {n.text for n in kept.all(Note)}
        assert a.load(sid) == b.load(sid)


def test_fetching_an_unchanged_copy_keeps_no_extra_copy(team_url: str, tmp_path: Path) -> None:
    """A local copy that matches its base revision is simply brought up to date."""
    with make_laptop(tmp_path, "a") as a, make_laptop(tmp_path, "b") as b:
        sid = session_with_notes(a, "Workshop", 1).session.id
        with (
            TeamLibrary(team_url, author="Anna") as team_a,
            TeamLibrary(team_url, author="Bo") as team_b,
        ):
            team_a.publish(a, sid)
            team_b.fetch(b, sid)
            add_note(b, sid, "från Bo")
            team_b.publish(b, sid)
            fetched = team_a.fetch(a, sid)
            assert fetched.kept_local_copy is None
            assert len(a.list_sessions()) == 1
            add_note(a, sid, "sedan Anna")
            assert team_a.publish(a, sid).revision == 3


def test_publishing_as_a_copy_makes_a_new_item(team_url: str, tmp_path: Path) -> None:
    """--as-copy publishes a copy under new ids; the refused original stays as it was."""
    with make_laptop(tmp_path, "a") as a, make_laptop(tmp_path, "b") as b:
        sid = session_with_notes(a, "Workshop", 3).session.id
        with (
            TeamLibrary(team_url, author="Anna") as team_a,
            TeamLibrary(team_url, author="Bo") as team_b,
        ):
            team_a.publish(a, sid)
            team_b.fetch(b, sid)
            team_b.publish(b, sid)  # revision 2 with nothing changed: still newer
            copy = team_a.publish(a, sid, as_copy=True)
            assert copy.item_id != sid
            assert copy.revision == 1
            assert copy.title == "Workshop (copy)"
            assert {i.id for i in team_a.items()} == {sid, copy.item_id}
        assert len(a.load(copy.local_id).all(Note)) == 3


def test_an_unknown_team_id_is_a_clear_error(team_url: str, tmp_path: Path) -> None:
    """Fetching an id the team does not have names it."""
    with (
        make_laptop(tmp_path, "a") as a,
        TeamLibrary(team_url, author="Anna") as team,
        pytest.raises(TeamNotFoundError, match="nothing with id 'zzz'"),
    ):
        team.fetch(a, "zzz")


def test_the_facilitator_role_publishes_but_cannot_change_the_schema(
    team_url: str, tmp_path: Path, pg_admin_url: str
) -> None:
    """A least-privilege role (as the README sets up) publishes and fetches, but has no DDL."""
    import psycopg
    from sqlalchemy import text
    from sqlalchemy.exc import ProgrammingError

    from n3desk.team.connection import make_team_engine
    from n3desk.team.migrating import grant_facilitators

    from .conftest import admin_sql, database_url

    role = "fac_" + team_url.rsplit("/", 1)[1].split("?")[0][-8:]
    admin_sql(pg_admin_url, f"CREATE ROLE {role}", f"CREATE ROLE {role}_anna LOGIN IN ROLE {role}")
    admin = make_team_engine(team_url)
    grant_facilitators(admin, role)
    admin.dispose()
    database = team_url.rsplit("/", 1)[1].split("?")[0]
    anna_url = database_url(pg_admin_url, database, user=f"{role}_anna")
    with make_laptop(tmp_path, "a") as a, TeamLibrary(anna_url, author="Anna") as team:
        sid = session_with_notes(a, "Rättigheter", 3).session.id
        assert team.publish(a, sid).revision == 1
        add_note(a, sid, "mer")
        assert team.publish(a, sid).revision == 2
        assert team.status().user == f"{role}_anna"
        for statement in (
            "CREATE TABLE sneaky (id int)",
            "DROP TABLE rev_notes",
            "DELETE FROM team_revisions",
            "UPDATE rev_notes SET text = 'x'",
        ):
            with team.engine.connect() as conn, pytest.raises(ProgrammingError) as denied:
                conn.execute(text(statement))
            assert isinstance(denied.value.orig, psycopg.errors.InsufficientPrivilege)


def test_a_password_never_shows_in_a_message(team_url: str, memory_keyring: object) -> None:
    """The keyring's password is used to connect, but an error shows the URL without it."""
    from sqlalchemy.engine import make_url

    from n3desk.team.connection import display_url, parse_url, store_password
    from n3desk.team.errors import TeamConnectionError

    url = make_url(team_url).set(username="nobody_here")
    text_url = url.render_as_string(hide_password=False)
    store_password(parse_url(text_url), "hemligt-lösen-123")
    with TeamLibrary(text_url, author="x") as team, pytest.raises(TeamConnectionError) as failed:
        team.items()
    assert "hemligt" not in str(failed.value)
    assert "nobody_here" in str(failed.value)
    with_password = make_url(team_url).set(username="u", password="hemligt-lösen-123")
    assert "hemligt" not in display_url(with_password.render_as_string(hide_password=False))


def test_a_decision_with_its_owner_date_and_chosen_notes_travels(
    team_url: str, tmp_path: Path
) -> None:
    """What a decision chose, its owner and its due date reach the other laptop."""
    from n3desk.domain.changes import Put
    from n3desk.domain.entities import ChosenNote, Decision, new_id

    with make_laptop(tmp_path, "a") as a, make_laptop(tmp_path, "b") as b:
        made = session_with_notes(a, "Koncept", 3)
        sid = made.session.id
        chosen = made.all(Note)[:2]
        decision = Decision(new_id(), sid, "Valde två", 1.0, owner="Nämnden", due_date="2027-01-31")
        links = [ChosenNote(new_id(), decision.id, n.id, i) for i, n in enumerate(chosen)]
        a.commit([Put(decision), *(Put(link) for link in links)])
        with TeamLibrary(team_url, author="Anna") as team:
            team.publish(a, sid)
        with TeamLibrary(team_url, author="Bo") as team:
            team.fetch(b, sid)
        fetched = b.load(sid)
        assert fetched == a.load(sid)
        assert [c.note_id for c in fetched.chosen_by(decision.id)] == [n.id for n in chosen]
        assert fetched.decisions[0].owner == "Nämnden"
