"""Exports are written whole or not at all."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from n3desk.atomic_file import atomic_output, write_bytes_atomically


def test_new_file_appears_whole_with_usual_permissions(tmp_path: Path) -> None:
    """A finished export has its data and is readable by others, like any saved file."""
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "record.pdf"
    write_bytes_atomically(target, b"%PDF-1.4 whole")
    assert target.read_bytes() == b"%PDF-1.4 whole"
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask
    assert [p.name for p in folder.iterdir()] == ["record.pdf"]


def test_failure_midway_keeps_the_old_file_and_leaves_no_scraps(tmp_path: Path) -> None:
    """An error while writing leaves the earlier export untouched and no temporary file."""
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "notes.csv"
    target.write_bytes(b"old")

    def write_half() -> None:
        with atomic_output(target) as out:
            out.write(b"half of the new")
            raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space left"):
        write_half()
    assert target.read_bytes() == b"old"
    assert [p.name for p in folder.iterdir()] == ["notes.csv"]
