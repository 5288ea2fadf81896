"""The wheel (what pip, pipx and the bundle install) holds every package and resource."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """File names inside a wheel built from a clean copy of the sources."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for folder in ("n3desk", "resources", "ui"):
        shutil.copytree(ROOT / folder, source / folder, ignore=ignore)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(work), "."],
        cwd=source,
        check=True,
    )
    (wheel,) = work.glob("n3desk-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


@pytest.mark.slow
def test_wheel_ships_resources_forms_migrations_and_licences(wheel_names: set[str]) -> None:
    """The folders the app reads at run time are inside the installed package."""
    for expected in (
        "n3desk/assets/fonts/DejaVuSans.ttf",
        "n3desk/assets/licenses/THIRD_PARTY_NOTICES.md",
        "n3desk/assets/licenses/LGPL-3.0.txt",
        "n3desk/ui/start_page.ui",
        "n3desk/store/migrations/env.py",
        "n3desk/store/migrations/script.py.mako",
    ):
        assert expected in wheel_names, expected


@pytest.mark.slow
def test_wheel_has_every_source_package(wheel_names: set[str]) -> None:
    """Each n3desk package in the sources is in pyproject's package list, so it installs."""
    for init in (ROOT / "n3desk").rglob("__init__.py"):
        if "__pycache__" in init.parts:
            continue
        name = init.relative_to(ROOT).as_posix()
        assert name in wheel_names, f"{name} is not in the wheel: add it to pyproject packages"


@pytest.mark.slow
def test_no_module_is_hidden_by_a_package_of_the_same_name(wheel_names: set[str]) -> None:
    """A package X/ next to a module X.py would make the module unimportable once installed."""
    modules = {n[: -len(".py")] for n in wheel_names if n.endswith(".py")}
    packages = {n[: -len("/__init__.py")] for n in wheel_names if n.endswith("/__init__.py")}
    assert not modules & packages
