"""Issue 12.3: damage that opens silently is found by the full check and never backed up.

What the issue found: damage ``quick_check`` cannot see (an index that lost rows)
kept being written to and backed up; only `check` saw it.
"""

from __future__ import annotations

from pathlib import Path

from n3desk.store import open_library
from n3desk.store.backups import list_backups
from n3desk.store.integrity import damage_found_at
from n3desk.store.library import LIBRARY_FILE
from tests.store.conftest import edit_note_text, workshop_with_notes

from .conftest import Cli, library_with_sessions, unplug_an_index


def test_the_full_check_finds_it_and_no_backup_replaces_the_good_ones(data_dir: Path) -> None:
    """Opening passes; the background check fails; closing after edits adds no backup."""
    library_with_sessions(data_dir)
    good = list_backups(data_dir / "backups")
    unplug_an_index(data_dir / LIBRARY_FILE)
    library = open_library(data_dir)  # quick_check cannot see it
    library.start_integrity_check()
    problems = library.wait_for_integrity_check(60)
    assert problems, "integrity_check finds the index that no longer matches"
    made = workshop_with_notes(library, 2)
    edit_note_text(made, library, "written after the damage was found")
    library.close()
    assert "not backed up" in library.backup_warning
    assert list_backups(data_dir / "backups") == good
    assert damage_found_at(data_dir) is not None  # so rotation keeps the older backups


def test_a_backup_of_a_damaged_library_is_refused_and_said(data_dir: Path) -> None:
    """Even without the background check, the copy's own check refuses the backup."""
    library_with_sessions(data_dir)
    good = list_backups(data_dir / "backups")
    unplug_an_index(data_dir / LIBRARY_FILE)
    with open_library(data_dir) as library:
        assert library.take_backup() is None
        assert "failed its check" in library.backup_warning
    assert list_backups(data_dir / "backups") == good


def test_check_reports_it(data_dir: Path, cli: Cli) -> None:
    """`n3desk check` runs the full check, calls it damaged and offers the backup."""
    library_with_sessions(data_dir)
    unplug_an_index(data_dir / LIBRARY_FILE)
    result = cli(data_dir, "check")
    assert result.code == 4
    assert "DAMAGED" in result.out
    assert "--restore" in result.err
