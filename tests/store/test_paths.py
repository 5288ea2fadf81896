"""The data folder: --data-dir, then N3DESK_DATA_DIR, then the local per-user folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from n3desk.store.paths import default_data_dir, resolve_data_dir


def test_the_command_line_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """--data-dir beats the environment variable."""
    monkeypatch.setenv("N3DESK_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(str(tmp_path / "cli")) == tmp_path / "cli"


def test_the_environment_comes_next(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Without --data-dir, N3DESK_DATA_DIR is used."""
    monkeypatch.setenv("N3DESK_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(None) == tmp_path / "env"


def test_the_default_is_the_local_user_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """With neither, the platform's local (not roaming) data folder for n3desk is used."""
    monkeypatch.delenv("N3DESK_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert resolve_data_dir(None) == default_data_dir()
    if sys.platform.startswith("linux"):
        assert default_data_dir() == tmp_path / "xdg" / "n3desk"
