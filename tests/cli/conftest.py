"""Fixtures for the command-line tests: run ``main`` in-process on a temporary library."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from n3desk.cli import main


@dataclass
class Result:
    """What one run of the command line did."""

    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


Run = Callable[..., Result]


@pytest.fixture
def cli_dir(tmp_path: Path) -> Path:
    """An empty data folder for the command line (not yet a library)."""
    return tmp_path / "cli-library"


@pytest.fixture
def run(cli_dir: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    """Run ``n3desk --data-dir <cli_dir> ARGS...`` in-process; its exit code and output."""

    def runner(*args: str, data_dir: Path | None = cli_dir) -> Result:
        capsys.readouterr()
        argv = ["--data-dir", str(data_dir), *args] if data_dir is not None else list(args)
        code = main(argv)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return runner


@pytest.fixture
def session_id(run: Run) -> str:
    """A new blank session made through the command line."""
    result = run("--lang", "sv", "sessions", "new", "Verkstad")
    assert result.code == 0, result.err
    return result.out.strip()
