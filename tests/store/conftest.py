"""Helpers for the store tests: sessions with notes, damage, read-only folders."""

from __future__ import annotations

import contextlib
import os
import subprocess
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from n3desk.domain.changes import Put
from n3desk.domain.entities import Note, new_id
from n3desk.domain.templates import BLANK, instantiate
from n3desk.domain.workshop import Workshop
from n3desk.store import Library

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def workshop_with_notes(library: Library, count: int, text_size: int = 200) -> Workshop:
    """A new session with ``count`` notes on its first board, stored in ``library``."""
    made = instantiate(BLANK, "Hållbar skolväg", language="sv", now=time.time())
    board = made.boards[0]
    notes = [
        Note(new_id(), board.id, text=f"idé {i} " + "å" * text_size, x=i * 10.0)
        for i in range(count)
    ]
    made.apply([Put(n) for n in notes])
    library.add(made)
    return made


def edit_note_text(workshop: Workshop, library: Library, text: str) -> Note:
    """Change the first note's text in the workshop and the library."""
    note = workshop.notes_on(workshop.boards[0].id)[0]
    changed = replace(note, text=text)
    ops = [Put(changed)]
    workshop.apply(ops)
    library.commit(ops)
    return changed


def damage(path: Path, *, offset: int, length: int) -> None:
    """Write garbage over ``length`` bytes of ``path`` from ``offset``."""
    with open(path, "r+b") as f:
        f.seek(offset)
        f.write(os.urandom(length))


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make ``folder`` read-only (a read-only bind mount when running as root)."""
    if not IS_ROOT:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    bind = subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True)
    if bind.returncode != 0:
        pytest.skip("running as root and cannot bind-mount a read-only folder")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], check=True)
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=True)


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 900 kB tmpfs (root only; skipped where mounting is not allowed)."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    if not IS_ROOT:
        pytest.skip("mounting a tiny tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=900k", "tmpfs", str(mount_point)],
        capture_output=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs: {done.stderr.decode().strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=True)
