"""The licence folder carries a notice and a full text for everything the app ships."""

from __future__ import annotations

import importlib.metadata as metadata
import re
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
LICENSES = ROOT / "resources" / "licenses"
NOTICES = LICENSES / "THIRD_PARTY_NOTICES.md"
# A row of the packages table: | name | version | licence | text file | home |
ROW = r"^\| ([A-Za-z0-9]\S*) \| \S+ \| [^|]+ \| (\S+) \|"


def runtime_distributions() -> dict[str, metadata.Distribution]:
    """Every installed distribution n3desk needs at run time, by normalised name.

    n3desk's own extras are left out; an extra a requirement asks for is followed
    (``psycopg[binary]`` needs psycopg-binary).
    """
    seen: dict[str, metadata.Distribution] = {}
    todo: list[tuple[str, frozenset[str]]] = [("n3desk", frozenset())]
    followed: set[tuple[str, frozenset[str]]] = set()
    while todo:
        name, extras = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if (key, extras) in followed:
            continue
        followed.add((key, extras))
        dist = seen.setdefault(key, metadata.distribution(name))
        for line in dist.requires or []:
            requirement = Requirement(line)
            if requirement.marker is None or any(
                requirement.marker.evaluate({"extra": extra}) for extra in {"", *extras}
            ):
                todo.append((requirement.name, frozenset(requirement.extras)))
    del seen["n3desk"]
    return seen


def runtime_dependencies() -> set[str]:
    """Names of every installed distribution n3desk needs at run time."""
    return set(runtime_distributions())


def test_every_runtime_dependency_has_a_notice_and_a_text() -> None:
    """A new dependency fails here until `python packaging/third_party.py` is run."""
    notices = NOTICES.read_text(encoding="utf-8")
    packages = notices.split("## Python packages", 1)[1].split("\n## ", 1)[0]
    rows = {
        re.sub(r"[-_.]+", "-", match.group(1)).lower(): match.group(2)
        for match in re.finditer(ROW, packages, re.MULTILINE)
    }
    missing = sorted(runtime_dependencies() - rows.keys())
    assert not missing, f"no notice for {missing}: run packaging/third_party.py"
    for name, text in rows.items():
        assert (LICENSES / text).is_file(), f"{name}: {text} is missing"


def test_the_gnu_texts_qt_needs_are_carried_in_full() -> None:
    """LGPL-3.0 and the GPL-3.0 it builds on are there as full texts, with replacement steps."""
    lgpl = (LICENSES / "LGPL-3.0.txt").read_text(encoding="utf-8")
    gpl = (LICENSES / "GPL-3.0.txt").read_text(encoding="utf-8")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in lgpl
    assert "Version 3" in lgpl
    assert "GNU GENERAL PUBLIC LICENSE" in gpl
    assert "END OF TERMS AND CONDITIONS" in gpl
    notices = NOTICES.read_text(encoding="utf-8")
    assert "Replacing Qt in the bundle" in notices
    assert "LICENSE-DejaVu.txt" in notices
    assert (ROOT / "resources" / "fonts" / "LICENSE-DejaVu.txt").is_file()


def test_every_bundled_font_has_its_licence() -> None:
    """DejaVu Sans and the Noto Emoji fallback are named in the notices with their full texts."""
    notices = NOTICES.read_text(encoding="utf-8")
    fonts = sorted(p.name for p in (ROOT / "resources" / "fonts").glob("*.ttf"))
    assert "NotoEmoji-Regular.ttf" in fonts
    assert "NotoEmoji-Regular.ttf" in notices
    assert "SIL Open Font License 1.1" in notices
    ofl = (LICENSES / "NotoEmoji-OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in ofl
    assert "Google LLC" in ofl
    for font in fonts:
        assert font.startswith(("DejaVuSans", "NotoEmoji")), f"{font}: no notice"


def test_the_project_licence_is_mit_and_shipped() -> None:
    """LICENSE is the MIT text pyproject names, and the app ships the same text."""
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License")
    assert 'license = "MIT"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert (LICENSES / "n3desk-MIT.txt").read_text(encoding="utf-8") == licence


def test_psycopg_binary_and_the_libraries_it_carries_have_notices() -> None:
    """psycopg-binary is listed, and every library its wheel carries (libpq, OpenSSL, ...)
    is named with its project's licence and a full text that says so."""
    assert "psycopg-binary" in runtime_dependencies()
    notices = NOTICES.read_text(encoding="utf-8")
    assert re.search(r"^\| psycopg-binary \| \S+ \| LGPL-3\.0", notices, re.MULTILINE)
    carried = [
        Path(str(file)).name
        for file in metadata.distribution("psycopg-binary").files or []
        if re.search(r"(^|/)[^/]+\.libs/|(^|/)\.dylibs/", str(file).replace("\\", "/"))
        and re.search(r"\.(so(\.[0-9]+)*|dylib|dll)$", str(file))
    ]
    assert any(name.startswith("libpq") for name in carried)
    rows = {
        match.group(1): match
        for match in re.finditer(
            r"^\| ([^|]+?) \| psycopg-binary \| ([^|]+) \| ([^|]+) \| (\S+) \|",
            notices,
            re.MULTILINE,
        )
    }
    named = {f.strip("` ") for match in rows.values() for f in match.group(2).split(",")}
    assert not set(carried) - named, f"carried but not named: {set(carried) - named}"
    expected = {
        "PostgreSQL (libpq)": ("PostgreSQL", "PostgreSQL Global Development Group"),
        "OpenSSL": ("Apache-2.0", "Apache License"),
    }
    for project, (licence, words) in expected.items():
        match = rows[project]
        assert match.group(3) == licence
        text = (LICENSES / match.group(4)).read_text(encoding="utf-8")
        assert words in text
    for match in rows.values():
        assert (LICENSES / match.group(4)).stat().st_size > 1000, match.group(4)
