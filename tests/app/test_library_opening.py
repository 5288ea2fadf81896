"""Opening the library for the app: locked, too new and damaged libraries are explained."""

from __future__ import annotations

from pathlib import Path

from n3desk.app.dialogs import ScriptedDialogs
from n3desk.app.library_opening import open_for_app
from n3desk.store import (
    Library,
    LibraryDamagedError,
    LibraryLockedError,
    LibraryTooNewError,
    open_library,
)


def refusing(error: Exception):  # type: ignore[no-untyped-def]
    """An opener that fails with ``error`` the first time, then opens for real."""
    calls: list[Path] = []

    def opener(data_dir: Path, *, allow_empty: bool = False) -> Library:
        calls.append(data_dir)
        if len(calls) == 1:
            raise error
        return open_library(data_dir, allow_empty=allow_empty)

    return opener, calls


def test_locked_library_names_host_and_process(data_dir: Path) -> None:
    """A library held by another n3desk is refused with the host and process in the message."""
    dialogs = ScriptedDialogs()
    opener, _ = refusing(LibraryLockedError("locked", host="laptop-7", pid=4242))
    assert open_for_app(data_dir, dialogs, opener) is None
    ((_title, message),) = dialogs.errors
    assert "laptop-7" in message
    assert "4242" in message


def test_too_new_library_is_refused(data_dir: Path) -> None:
    """A library from a newer n3desk is refused with the store's reason."""
    dialogs = ScriptedDialogs()
    opener, _ = refusing(LibraryTooNewError("Made by n3desk 9.0."))
    assert open_for_app(data_dir, dialogs, opener) is None
    assert "Made by n3desk 9.0." in dialogs.errors[0][1]


def test_damaged_library_without_backup_starts_empty(data_dir: Path) -> None:
    """Damage with no backup: the message says where the file went; an empty library opens."""
    dialogs = ScriptedDialogs()
    moved = data_dir / "library.damaged.sqlite3"
    opener, calls = refusing(LibraryDamagedError("damaged", moved_to=moved, backup=None))
    library = open_for_app(data_dir, dialogs, opener)
    assert library is not None
    try:
        assert str(moved) in dialogs.errors[0][1]
        assert library.list_sessions() == []
        assert len(calls) == 2
    finally:
        library.close()


def test_damaged_library_offers_backup(data_dir: Path, tmp_path: Path) -> None:
    """Damage with a backup: the person is asked; declining opens an empty library."""
    dialogs = ScriptedDialogs(confirm_answer=False)
    backup = tmp_path / "backup.sqlite3"
    opener, _ = refusing(
        LibraryDamagedError("damaged", moved_to=data_dir / "moved.sqlite3", backup=backup)
    )
    library = open_for_app(data_dir, dialogs, opener)
    assert library is not None
    library.close()
    assert str(backup) in dialogs.questions[0]
