"""Issue 12.2: any damage SQLite can raise is damage: exit 4, file kept, restore offered.

What the issue found: bytes flipped inside the schema's text (an index name no longer
UTF-8) made `check`, `check --restore` and the app exit 1 with
``unexpected error: UnicodeDecodeError(...)``, and nothing recovered it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from n3desk.store.library import LIBRARY_FILE

from .conftest import Cli, files_of, flip_an_index_name, library_with_sessions


def test_check_names_the_damage_and_restore_repairs_it(data_dir: Path, cli: Cli) -> None:
    """`check` exits 4 calling it damaged; `check --restore` puts the backup back."""
    ids = library_with_sessions(data_dir)
    flip_an_index_name(data_dir / LIBRARY_FILE)
    damaged = (data_dir / LIBRARY_FILE).read_bytes()
    result = cli(data_dir, "check")
    assert result.code == 4
    assert "DAMAGED" in result.out
    assert "check --restore" in result.err
    restored = cli(data_dir, "check", "--restore")
    assert restored.code == 0, restored.err
    assert cli(data_dir, "check").code == 0
    assert sorted(s["id"] for s in cli(data_dir, "sessions", "list", "--json").json()) == sorted(
        ids
    )
    (kept,) = (data_dir / "damaged").glob("replaced-*.sqlite3")
    assert kept.read_bytes() == damaged  # the damaged file is kept as it was


@pytest.mark.parametrize("command", [("sessions", "list"), ("sessions", "new", "X")])
def test_every_command_calls_it_damaged(data_dir: Path, cli: Cli, command: tuple[str, ...]) -> None:
    """Reading and writing commands exit 4 with one line naming the restore command."""
    library_with_sessions(data_dir)
    flip_an_index_name(data_dir / LIBRARY_FILE)
    result = cli(data_dir, *command)
    assert result.code == 4
    assert "damaged" in result.err
    assert "n3desk check --restore" in result.err
    assert "unexpected" not in result.err


def test_a_reader_leaves_the_damaged_file_where_it_is(data_dir: Path, cli: Cli) -> None:
    """A read-only command moves nothing: the damaged file stays for `check --restore`."""
    library_with_sessions(data_dir)
    flip_an_index_name(data_dir / LIBRARY_FILE)
    before = files_of(data_dir)
    assert cli(data_dir, "sessions", "list").code == 4
    assert files_of(data_dir) == before
