"""Fixtures for the agenda tests: a document on a fake wall clock, and a quiet player."""

from __future__ import annotations

from pathlib import Path

import pytest

from n3desk.app.agenda.signal_player import SignalPlayer
from n3desk.app.document import SessionDocument
from n3desk.domain.workshop import Workshop
from n3desk.store import Library

from ..conftest import T0, FakeClock  # noqa: F401, TID252 - shared, re-exported


@pytest.fixture
def timed_document(library: Library, workshop: Workshop, clock: FakeClock, qapp) -> SessionDocument:  # type: ignore[no-untyped-def]
    """The blank test session, open on the fake clock."""
    return SessionDocument(library, library.load(workshop.session.id), clock=clock)


@pytest.fixture
def played() -> list[Path]:
    """Sounds the player was asked to play."""
    return []


@pytest.fixture
def player(played: list[Path], qapp) -> SignalPlayer:  # type: ignore[no-untyped-def]
    """A signal player whose backend only records what it would play."""
    return SignalPlayer(backend=played.append)
