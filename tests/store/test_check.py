"""`n3desk check`: the library's and each backup's integrity, schema and size."""

from __future__ import annotations

from pathlib import Path

from n3desk.store import open_library
from n3desk.store.checking import check_library
from n3desk.store.migrating import head_revision

from .conftest import damage, workshop_with_notes


def test_a_sound_library_checks_ok(data_dir: Path) -> None:
    """The report names the schema, counts sessions and lists the verified backups."""
    with open_library(data_dir) as lib:
        workshop_with_notes(lib, 3)
        workshop_with_notes(lib, 1)
        lib.take_backup()
        report = lib.check()
    assert report.ok
    assert report.problems == ()
    assert report.revision == head_revision()
    assert report.session_count == 2
    assert len(report.backups) == 1
    assert report.backups[0].ok
    assert any("integrity: ok" in line for line in report.lines())


def test_a_damaged_backup_is_reported_as_damaged(data_dir: Path) -> None:
    """A backup with garbage in it is listed as DAMAGED and not counted as good."""
    with open_library(data_dir) as lib:
        workshop_with_notes(lib, 3)
        first = lib.take_backup()
    assert first is not None
    damage(first, offset=0, length=64)
    report = check_library(data_dir)
    assert report.ok  # the library itself is fine
    statuses = {b.path: b.ok for b in report.backups}
    assert statuses[first] is False
    assert len(report.good_backups) == len(report.backups) - 1
    assert any("DAMAGED" in line for line in report.lines())


def test_a_damaged_library_is_reported_without_being_moved(data_dir: Path) -> None:
    """check_library only looks: a damaged file is reported and left where it is."""
    with open_library(data_dir) as lib:
        workshop_with_notes(lib, 3)
    path = data_dir / "library.sqlite3"
    damage(path, offset=0, length=100)
    report = check_library(data_dir)
    assert not report.ok
    assert report.problems
    assert path.exists()


def test_a_missing_library_is_reported(tmp_path: Path) -> None:
    """A folder without a library says so instead of failing."""
    report = check_library(tmp_path)
    assert not report.ok
    assert report.problems == ("there is no library file",)
