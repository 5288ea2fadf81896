"""Fixtures shared by every test: a temporary library and temporary settings.

No test ever touches a real user folder: the data folder, QSettings and the
platform folders all point into the test's own temporary directory.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from n3desk.domain.templates import BLANK, instantiate
from n3desk.domain.workshop import Workshop
from n3desk.store import Library, open_library

# Property tests check behaviour, not speed: on a loaded CI machine an example may take
# longer than Hypothesis's default 200 ms deadline, which made a passing test flaky.
settings.register_profile("n3desk", deadline=None)
settings.load_profile("n3desk")

# Before any QApplication exists (pytest-qt makes one early): tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QT_FIXTURES = frozenset({"qtbot", "qapp"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that needs a QApplication ``gui`` (``-m "not gui"`` runs without Qt)."""
    for item in items:
        if QT_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _isolated_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point every folder the app could write to into the test's temporary directory."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("N3DESK_DATA_DIR", str(tmp_path / "n3desk-data"))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data folder for a library."""
    path = tmp_path / "library"
    path.mkdir()
    return path


@pytest.fixture
def library(data_dir: Path) -> Iterator[Library]:
    """An open, empty library in a temporary folder."""
    lib = open_library(data_dir)
    yield lib
    lib.close()


@pytest.fixture
def workshop(library: Library) -> Workshop:
    """A blank session (one board, N3 criteria, default map), stored in the library."""
    made = instantiate(BLANK, "Testverkstad", language="sv", now=time.time())
    library.add(made)
    return made
