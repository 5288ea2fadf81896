"""Where the library lives: the per-user local data folder, or one chosen by the user.

The folder is the *local* (not roaming) data folder on purpose: SQLite's WAL needs
shared memory that network shares and roaming profiles do not give reliably.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

DATA_DIR_ENV = "N3DESK_DATA_DIR"
LIBRARY_FILE = "library.sqlite3"  # the library inside a data folder


def default_data_dir() -> Path:
    """The per-user local data folder, e.g. ``~/.local/share/n3desk`` on Linux."""
    return Path(user_data_dir("n3desk", appauthor=False, roaming=False))


def resolve_data_dir(cli_value: str | None) -> Path:
    """The data folder to use: ``--data-dir``, else ``$N3DESK_DATA_DIR``, else the default."""
    if cli_value:
        return Path(cli_value).expanduser()
    from_env = os.environ.get(DATA_DIR_ENV, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    return default_data_dir()
