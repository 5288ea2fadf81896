"""Issue 12.1: an emptied, missing or moved-aside library never silently starts empty.

What the issue found: a library truncated to 0 bytes was taken for a new one by every
command (a read-only one even wrote a fresh schema into it), and later backups of
the empty library rotated the real ones away, until no copy of the data was left.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from n3desk.store import LibraryMissingError, open_library
from n3desk.store.backups import list_backups, sessions_in
from n3desk.store.library import LIBRARY_FILE
from tests.store.conftest import edit_note_text, workshop_with_notes

from .conftest import Cli, files_of, library_with_sessions

READ_ONLY_COMMANDS = [
    ("sessions", "list"),
    ("sessions", "show", "{id}"),
    ("export", "{id}", "--csv", "{out}/notes.csv"),
    ("shot", "{id}", "{out}/view.png", "--size", "320x240"),
    ("check",),
]


def _empty(data_dir: Path) -> None:
    (data_dir / LIBRARY_FILE).write_bytes(b"")
    for companion in data_dir.glob(LIBRARY_FILE + "-*"):
        companion.unlink()


def _missing(data_dir: Path) -> None:
    for item in data_dir.glob(LIBRARY_FILE + "*"):
        item.unlink()


HARM = {"emptied to 0 bytes": _empty, "moved away": _missing}


@pytest.mark.parametrize("harm", HARM)
@pytest.mark.parametrize("command", READ_ONLY_COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_read_only_commands_refuse_and_write_nothing(
    data_dir: Path, tmp_path: Path, cli: Cli, harm: str, command: tuple[str, ...]
) -> None:
    """Exit 4 naming the restore command; the library file is neither created nor changed."""
    (first, _second) = library_with_sessions(data_dir)
    HARM[harm](data_dir)
    before = files_of(data_dir)
    args = [part.format(id=first, out=tmp_path) for part in command]
    result = cli(data_dir, *args)
    assert result.code == 4, result.err
    assert "n3desk check --restore" in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert files_of(data_dir) == before
    assert not (data_dir / "damaged").exists()


@pytest.mark.parametrize("harm", HARM)
def test_writing_commands_refuse_too_and_check_restore_brings_everything_back(
    data_dir: Path, cli: Cli, harm: str
) -> None:
    """A writing command exits 4 without touching the file; `check --restore` restores all."""
    ids = library_with_sessions(data_dir)
    HARM[harm](data_dir)
    before = files_of(data_dir)
    result = cli(data_dir, "sessions", "new", "Ny")
    assert result.code == 4
    assert "holds 2 sessions" in result.err
    assert files_of(data_dir) == before
    restored = cli(data_dir, "check", "--restore")
    assert restored.code == 0, restored.err
    listed = cli(data_dir, "sessions", "list", "--json").json()
    assert sorted(s["id"] for s in listed) == sorted(ids)
    if harm == "emptied to 0 bytes":  # the empty file is kept, never deleted
        assert [p.stat().st_size for p in (data_dir / "damaged").iterdir()] == [0]


def test_a_fresh_folder_is_not_written_by_reading(tmp_path: Path, cli: Cli) -> None:
    """With nothing anywhere, reading says there are no sessions and creates no file."""
    folder = tmp_path / "new"
    result = cli(folder, "sessions", "list")
    assert result.code == 0
    assert "No sessions yet" in result.out
    assert not (folder / LIBRARY_FILE).exists()


def test_a_healthy_library_is_never_written_by_reading(
    data_dir: Path, tmp_path: Path, cli: Cli
) -> None:
    """Every read-only command leaves the library file's bytes and time as they were."""
    pytest.importorskip("PySide6")  # for `shot`
    (first, _second) = library_with_sessions(data_dir)
    before = files_of(data_dir)
    for command in READ_ONLY_COMMANDS:
        args = [part.format(id=first, out=tmp_path) for part in command]
        assert cli(data_dir, *args).code == 0
    assert files_of(data_dir) == before


def test_after_starting_empty_the_good_backups_outlive_any_amount_of_use(
    data_dir: Path, cli: Cli
) -> None:
    """Starting empty on purpose, then 5 idle starts and 12 edited ones: the sessions survive."""
    ids = library_with_sessions(data_dir)
    _empty(data_dir)
    with pytest.raises(LibraryMissingError):
        open_library(data_dir)
    open_library(data_dir, allow_empty=True).close()
    for _ in range(5):
        open_library(data_dir).close()
    with open_library(data_dir) as library:
        made = workshop_with_notes(library, 1)
    for i in range(12):
        with open_library(data_dir) as library:
            edit_note_text(made, library, f"version {i}")
    backups = list_backups(data_dir / "backups")
    assert any((sessions_in(b.path) or 0) == 2 for b in backups), "the real sessions"
    assert len(backups) <= 5 + 2  # still rotated: the recent ones, and the kept ones
    assert cli(data_dir, "check").code == 0
    # The older backup can still be put back by hand, and holds both sessions.
    kept = next(b for b in backups if (sessions_in(b.path) or 0) == 2)
    from n3desk.store.opening import restore_backup

    restore_backup(data_dir, kept.path)
    listed = cli(data_dir, "sessions", "list", "--json").json()
    assert sorted(s["id"] for s in listed) == sorted(ids)
