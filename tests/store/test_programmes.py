"""Programmes in the library: stored, listed, reloaded; a carry is one transaction."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from n3desk.domain.entities import Note
from n3desk.domain.programme_edits import (
    add_session_ops,
    carry_ideas_ops,
    move_idea_ops,
    new_programme,
)
from n3desk.domain.programmes import IdeaCarry
from n3desk.store import Library, LibraryWriteError, open_library
from n3desk.store.programme_store import (
    ProgrammeNotFoundError,
    TeamLink,
    add_programme,
    commit_programme,
    find_programmes,
    list_programmes,
    load_programme,
    programme_of_session,
    team_link,
    team_link_statement,
)

from .conftest import workshop_with_notes


def test_a_programme_round_trips_through_the_library(library: Library) -> None:
    """What is committed is what loads, and the list counts the programme's sessions."""
    first, second = workshop_with_notes(library, 3), workshop_with_notes(library, 0)
    content = new_programme("Roskilde 2027 — trygg skolväg 🚸", goal="Mål", now=1.0)
    add_programme(library, content)
    ops = add_session_ops(content, first.session.id)
    content.apply(ops)
    ops2 = add_session_ops(content, second.session.id)
    content.apply(ops2)
    commit_programme(library, ops + ops2)
    carry = carry_ideas_ops(
        content, first, [n.id for n in first.all(Note)], second, second.boards[0].id, now=2.0
    )
    second.apply(carry.session_ops)
    content.apply(carry.programme_ops)
    commit_programme(library, carry.programme_ops, carry.session_ops)
    idea = content.ideas[0]
    moved = move_idea_ops(content, idea.id, "chosen", now=3.0, why="<b>markup</b>\u202e")
    content.apply(moved)
    commit_programme(library, moved)

    assert load_programme(library, content.programme.id) == content
    assert library.load(second.session.id) == second
    (summary,) = list_programmes(library)
    assert (summary.title, summary.session_count) == (content.programme.title, 2)
    assert programme_of_session(library, second.session.id) == content.programme.id
    assert find_programmes(library, content.programme.id[:6]) == [content.programme.id]
    assert find_programmes(library, "%") == []


def test_a_missing_programme_is_reported(library: Library) -> None:
    """Loading an id that is not there raises a not-found error with the id."""
    with pytest.raises(ProgrammeNotFoundError, match="no-such"):
        load_programme(library, "no-such")


def test_a_failed_carry_writes_neither_notes_nor_links(library: Library, data_dir: Path) -> None:
    """When the programme half fails, the session's new notes are not written either."""
    first, second = workshop_with_notes(library, 2), workshop_with_notes(library, 0)
    content = new_programme("P", now=1.0)
    content.apply(add_session_ops(content, first.session.id))
    content.apply(add_session_ops(content, second.session.id))
    add_programme(library, content)
    carry = carry_ideas_ops(
        content, first, [n.id for n in first.all(Note)], second, second.boards[0].id, now=2.0
    )
    # A carry pointing at an idea that is not stored breaks the programme's foreign key.
    broken = [op for op in carry.programme_ops if isinstance(op.record, IdeaCarry)]
    with pytest.raises(LibraryWriteError):
        commit_programme(library, broken, carry.session_ops)
    assert library.load(second.session.id).all(Note) == []


def test_team_links_are_remembered(library: Library) -> None:
    """The revision a session is based on is stored and replaced, keyed by the item."""
    workshop = workshop_with_notes(library, 1)
    assert team_link(library, workshop.session.id) is None
    link = TeamLink(workshop.session.id, "session", 1, "abc", "Anna", 10.0)
    library.commit([], extra=[team_link_statement(link)])
    newer = TeamLink(workshop.session.id, "session", 2, "def", "Bo", 20.0)
    library.commit([], extra=[team_link_statement(newer)])
    assert team_link(library, workshop.session.id) == newer


def test_deleting_a_programme_row_cascades_to_its_records(data_dir: Path) -> None:
    """The programme's own foreign keys hold in SQLite: its records go with it."""
    with open_library(data_dir) as library:
        workshop = workshop_with_notes(library, 1)
        content = new_programme("P", now=1.0)
        content.apply(add_session_ops(content, workshop.session.id))
        add_programme(library, content)
    conn = sqlite3.connect(data_dir / "library.sqlite3")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("DELETE FROM programmes")
    conn.commit()
    assert conn.execute("SELECT count(*) FROM programme_sessions").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == 1
    conn.close()
