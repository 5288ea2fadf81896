"""Issue 12.4: a permission problem is not damage: say what is wrong, change nothing.

What the issue found: a healthy library this user could not read was moved aside as
damaged and an older backup offered; a read-only folder made `check` advise
``--restore``, which cannot help there.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from n3desk.store.library import LIBRARY_FILE
from tests.store.conftest import read_only

from .conftest import Cli, files_of, library_with_sessions, run_cli_process, without_root_powers

APP_OPENS = """
import json, sys
from pathlib import Path
from n3desk.app.dialogs import ScriptedDialogs
from n3desk.app.library_opening import open_for_app
from PySide6.QtWidgets import QApplication
app = QApplication([])
dialogs = ScriptedDialogs(confirm_answer=True)
library = open_for_app(Path(sys.argv[1]), dialogs)
print(json.dumps({"opened": library is not None, "errors": dialogs.errors,
                  "questions": dialogs.questions}))
"""


@pytest.fixture
def unreadable_library(data_dir: Path) -> Path:
    """A sound library with sessions whose file this user may not read or write."""
    library_with_sessions(data_dir)
    (data_dir / LIBRARY_FILE).chmod(0o000)
    return data_dir


@pytest.mark.parametrize(
    "command", [("sessions", "list"), ("sessions", "new", "X"), ("check",), ("check", "--restore")]
)
def test_commands_say_it_is_not_damage_and_change_nothing(
    unreadable_library: Path, command: tuple[str, ...]
) -> None:
    """Exit 4, one line saying restoring would not help; the file stays, nothing is moved."""
    before = files_of_as_root(unreadable_library)
    result = run_cli_process(unreadable_library, *command, prefix=without_root_powers())
    assert result.code == 4, result.err
    assert "not damage" in result.err
    assert "Permission denied" in result.err or "permission" in result.err.lower()
    assert len(result.err.strip().splitlines()) == 1
    assert files_of_as_root(unreadable_library) == before
    assert not (unreadable_library / "damaged").exists()


def test_the_app_says_so_and_offers_no_backup(unreadable_library: Path) -> None:
    """The app shows the reason; it asks nothing about backups and moves nothing."""
    done = subprocess.run(
        [*without_root_powers(), sys.executable, "-c", APP_OPENS, str(unreadable_library)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert shown["opened"] is False
    assert shown["questions"] == []
    ((_title, message),) = shown["errors"]
    assert "not damage" in message
    assert not (unreadable_library / "damaged").exists()


def test_a_read_only_folder_checks_ok_without_advising_a_restore(data_dir: Path, cli: Cli) -> None:
    """`check` in a folder that cannot be written reads the library as it is: ok, exit 0."""
    library_with_sessions(data_dir)
    with read_only(data_dir):
        result = cli(data_dir, "check")
        listed = cli(data_dir, "sessions", "list")
    assert result.code == 0, result.err
    assert "integrity: ok" in result.out
    assert "--restore" not in result.out + result.err
    assert listed.code == 0


def files_of_as_root(data_dir: Path) -> dict[str, tuple[int, bytes]]:
    """files_of for a file this test made unreadable (read by giving it back briefly)."""
    path = data_dir / LIBRARY_FILE
    path.chmod(0o600)
    try:
        return files_of(data_dir)
    finally:
        path.chmod(0o000)
