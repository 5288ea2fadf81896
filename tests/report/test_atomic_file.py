"""Exports are written whole or not at all."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from n3desk.atomic_file import atomic_output, write_bytes_atomically


def test_new_file_appears_whole_with_usual_permissions(tmp_path: Path) -> None:
    """A finished export has its data and is readable by others, like any saved file."""
    target = tmp_path / "record.pdf"
    write_bytes_atomically(target, b"%PDF-1.4 whole")
    assert target.read_bytes() == b"%PDF-1.4 whole"
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask
    assert [p.name for p in tmp_path.iterdir()] == ["record.pdf"]


def test_failure_midway_keeps_the_old_file_and_leaves_no_scraps(tmp_path: Path) -> None:
    """An error while writing leaves the earlier export untouched and no temporary file."""
    target = tmp_path / "notes.csv"
    target.write_bytes(b"old")

    class DiskFull(OSError):
        pass

    with pytest.raises(DiskFull), atomic_output(target) as out:
        out.write(b"half of the new")
        raise DiskFull("no space left on device")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.csv"]
