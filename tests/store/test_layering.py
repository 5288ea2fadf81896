"""The domain and the store work with PySide6 absent, and the store with SQLAlchemy absent."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

WITHOUT_QT = textwrap.dedent(
    """
    import importlib, pkgutil, sys, tempfile, time
    from pathlib import Path
    sys.modules["PySide6"] = None  # any "import PySide6..." now fails
    import n3desk.domain, n3desk.store
    for package in (n3desk.domain, n3desk.store):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if ".migrations." in info.name:
                continue  # env.py and revisions run only inside Alembic
            importlib.import_module(info.name)
    from n3desk.domain.templates import BLANK, instantiate
    from n3desk.store import open_library
    made = instantiate(BLANK, "Utan Qt", language="sv", now=time.time())
    with open_library(Path(tempfile.mkdtemp())) as library:
        library.add(made)
        assert library.load(made.session.id) == made
    assert not any(name.startswith("PySide6.") for name in sys.modules)
    print("ok")
    """
)


def test_domain_and_store_import_and_round_trip_without_qt(tmp_path: Path) -> None:
    """Every domain and store module imports, and a session round-trips, with PySide6 blocked."""
    done = subprocess.run(
        [sys.executable, "-c", WITHOUT_QT], capture_output=True, text=True, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


WITHOUT_SQLALCHEMY = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    for blocked in ("sqlalchemy", "alembic"):
        sys.modules[blocked] = None  # any import of them now fails
    from n3desk.domain import Note, Put, new_id
    from n3desk.domain.templates import BLANK, instantiate
    from n3desk.store import check_library, open_library
    data_dir = Path(sys.argv[1])
    made = instantiate(BLANK, "Utan SQLAlchemy", language="sv", now=time.time())
    with open_library(data_dir) as library:
        library.add(made)
        note = Note(new_id(), made.boards[0].id, "en väg till filen")
        library.commit([Put(note)])
        made.apply([Put(note)])
        assert library.load(made.session.id) == made
        assert library.find_sessions(made.session.id[:6]) == [made.session.id]
        assert [s.id for s in library.list_sessions()] == [made.session.id]
    assert check_library(data_dir).ok
    print("ok")
    """
)


def test_an_up_to_date_library_is_used_without_sqlalchemy(tmp_path: Path) -> None:
    """Open, write, read, check and back up with SQLAlchemy and Alembic blocked: one path."""
    from n3desk.store import open_library

    data_dir = tmp_path / "library"
    open_library(data_dir).close()  # made and migrated here: migrations do need Alembic
    done = subprocess.run(
        [sys.executable, "-c", WITHOUT_SQLALCHEMY, str(data_dir)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
