"""Starting the app, the demo session, pictures, and the installed console script."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import n3desk
from n3desk.cli.app import ensure_demo_session
from n3desk.store import open_library

if TYPE_CHECKING:
    from tests.cli.conftest import Run


@pytest.fixture
def app_calls(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, object]]:
    """Replace the app's run_app with a recorder: starting the GUI is not tested here."""
    pytest.importorskip("n3desk.app.main")
    calls: list[dict[str, object]] = []

    def fake_run_app(data_dir: Path, *, language: str | None, demo_session_id: str | None) -> int:
        calls.append({"data_dir": data_dir, "language": language, "demo": demo_session_id})
        return 0

    monkeypatch.setattr("n3desk.app.main.run_app", fake_run_app)
    return calls


def test_no_command_starts_the_app(
    run: Run, cli_dir: Path, app_calls: list[dict[str, object]]
) -> None:
    """`n3desk --lang nb` calls run_app with the data folder and the language."""
    assert run("--lang", "nb").code == 0
    assert app_calls == [{"data_dir": cli_dir, "language": "nb", "demo": None}]


def test_demo_is_made_once_and_reused(
    run: Run, cli_dir: Path, app_calls: list[dict[str, object]]
) -> None:
    """`--demo` makes the demo session the first time and opens the same one after."""
    assert run("--demo", "--lang", "sv").code == 0
    assert run("--demo").code == 0
    first, second = (call["demo"] for call in app_calls)
    assert first is not None
    assert first == second
    sessions = run("sessions", "list", "--json").json()
    assert [s["id"] for s in sessions] == [first]
    assert sessions[0]["title"].startswith("Hemträning")


def test_a_deleted_demo_is_made_again(cli_dir: Path) -> None:
    """A demo the user deleted is not reused: a fresh one is made."""
    from dataclasses import replace

    from n3desk.domain.changes import Put

    with open_library(cli_dir) as library:
        first = ensure_demo_session(library, "en", now=1_700_000_000.0)
        demo = library.load(first)
        library.commit([Put(replace(demo.session, deleted_at=1.0))])
        second = ensure_demo_session(library, "en")
        assert second != first
        assert library.load(second).session.title.startswith("Home exercise")


def test_shot_of_the_start_page_and_a_board(run: Run, cli_dir: Path, session_id: str) -> None:
    """`shot` renders PNGs of the start page and of a session's board."""
    pytest.importorskip("n3desk.app.shot")
    start = cli_dir.parent / "start.png"
    result = run("shot", "start", str(start), "--size", "800x600")
    assert result.code == 0, result.err
    assert start.read_bytes().startswith(b"\x89PNG")
    board = cli_dir.parent / "board.png"
    result = run("shot", session_id, str(board), "--view", "board", "--board", "Idéer")
    assert result.code == 0, result.err
    assert board.read_bytes().startswith(b"\x89PNG")


def test_shot_usage_errors(run: Run, cli_dir: Path, session_id: str) -> None:
    """A bad size, an unknown board or an unknown session exits 2 before Qt starts."""
    out = str(cli_dir.parent / "x.png")
    assert run("shot", session_id, out, "--size", "huge").code == 2
    assert run("shot", session_id, out, "--board", "Ingen sådan").code == 2
    assert run("shot", "ffffffff", out).code == 2
    assert run("shot", "start", out, "--view", "map").code == 2
    assert run("shot", session_id, out, "--view", "board", "--show", "map").code == 2
    assert not Path(out).exists()


def _colours(path: Path) -> set[int]:
    """The distinct colours of a PNG, read every eighth pixel."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    return {
        image.pixel(x, y) for x in range(0, image.width(), 8) for y in range(0, image.height(), 8)
    }


def test_shot_of_the_projector_showing_the_map(run: Run, cli_dir: Path, session_id: str) -> None:
    """`shot --view projector --show map` pictures the room's map, not the stage card."""
    pytest.importorskip("n3desk.app.shot")
    stage, room_map = cli_dir.parent / "stage.png", cli_dir.parent / "map.png"
    for out, show in ((stage, "stage"), (room_map, "map")):
        result = run("shot", session_id, str(out), "--view", "projector", "--show", show,
                     "--size", "1024x768")  # fmt: skip
        assert result.code == 0, result.err
    # The map's sectors, rings, markers and legend bring many colours; the stage card few.
    assert len(_colours(room_map)) > 2 * len(_colours(stage))


def test_console_script_and_module_print_the_version(tmp_path: Path) -> None:
    """The installed `n3desk` script and `python -m n3desk` both answer --version."""
    env = {**os.environ, "N3DESK_DATA_DIR": str(tmp_path / "d")}
    script = Path(sys.executable).with_name("n3desk")
    for command in ([str(script), "--version"], [sys.executable, "-m", "n3desk", "--version"]):
        done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == f"n3desk {n3desk.__version__}"


def test_reading_commands_do_not_import_qt() -> None:
    """`sessions list` runs without importing PySide6 (a fresh interpreter checks)."""
    code = (
        "import sys, tempfile; from n3desk.cli import main; "
        "d = tempfile.mkdtemp(); "
        "assert main(['--data-dir', d, 'sessions', 'list', '--json']) == 0; "
        "assert 'PySide6' not in sys.modules, 'Qt was imported'"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
