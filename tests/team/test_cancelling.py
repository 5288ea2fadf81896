"""Cancelling a publish from another thread: before COMMIT nothing lands, after it no cancel."""

from __future__ import annotations

from pathlib import Path

import pytest

from n3desk.store.programme_store import team_link
from n3desk.team.cancelling import Cancellation, PublishCancelledError
from n3desk.team.library import TeamLibrary
from n3desk.team.revisions import draft_local, remember_published

from .conftest import make_laptop, session_with_notes


def test_a_publish_cancelled_before_it_starts_writes_nothing(team_url: str, tmp_path: Path) -> None:
    """A cancel asked for before the worker connects: refused cleanly, the team stays empty."""
    with make_laptop(tmp_path, "a") as a, TeamLibrary(team_url, author="Anna") as team:
        sid = session_with_notes(a, "Verkstad", 5).session.id
        draft = draft_local(a, sid)
        cancellation = Cancellation()
        assert cancellation.cancel()
        with pytest.raises(PublishCancelledError, match="not published: cancelled"):
            team.send(draft, cancellation=cancellation)
        assert team.items() == []


def test_a_publish_cancelled_half_way_is_rolled_back(team_url: str, tmp_path: Path) -> None:
    """Cancelled after its first rows were written: the whole revision is rolled back."""
    with make_laptop(tmp_path, "a") as a, TeamLibrary(team_url, author="Anna") as team:
        sid = session_with_notes(a, "Verkstad", 50).session.id
        draft = draft_local(a, sid)
        cancellation = Cancellation()
        written: list[str] = []

        def progress(table: str, _done: int, _total: int) -> None:
            written.append(table)
            assert cancellation.cancel()  # the person presses Cancel mid-way

        with pytest.raises(PublishCancelledError):
            team.send(draft, progress, cancellation)
        assert len(written) == 1  # rows of one table were in the transaction
        assert team.items() == []
        assert team.history(draft.item_id) == []
        # Nothing was left half-done: the same draft publishes as revision 1 after all.
        revision, at = team.send(draft)
        assert revision == 1
        remember_published(a, draft, revision, at, "Anna")
        link = team_link(a, sid)
        assert link is not None
        assert link.revision == 1


def test_once_committing_a_cancel_comes_too_late(team_url: str, tmp_path: Path) -> None:
    """After the commit point, cancel() says it cannot stop the publish, which lands."""
    with make_laptop(tmp_path, "a") as a, TeamLibrary(team_url, author="Anna") as team:
        sid = session_with_notes(a, "Verkstad", 3).session.id
        cancellation = Cancellation()
        assert team.send(draft_local(a, sid), cancellation=cancellation)[0] == 1
        assert not cancellation.cancel()
        assert [item.latest for item in team.items()] == [1]
