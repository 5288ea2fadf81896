"""Issue 12.8 and 12.9: untrusted portable files are bounded, and checked like the document.

What the issue found: a 20 KB file asking for 10^9 stations took more than 20 GB
to import; lists of a million elements were refused only after minutes; files
breaking the workshop's rules (two ratings of one note on one criterion, a vote
across boards, a criterion from 5 to 1, negative dots) were accepted.

Time is not asserted here (tests/benchmarks/bench_hostile_files.py measures it);
memory is, with tracemalloc, for the files that reach the parser.
"""

from __future__ import annotations

import json
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from n3desk.domain.entities import ENTITY_TYPES
from n3desk.domain.limits import (
    NUMBER_LIMITS,
    RECORDS_PER_KIND,
    RECORDS_PER_SESSION,
    TEXT_LIMITS,
)
from n3desk.resources import resource
from n3desk.store.portable import PortableFileError, read_session_file
from n3desk.store.schema import TABLE_NAMES

from .conftest import Cli, files_of, library_with_sessions
from .hostile import HOSTILE, INCONSISTENT, at_the_limits, bomb, lying_bomb

MEMORY_BUDGET = 300 * 1024 * 1024
QUICK = [name for name in HOSTILE if "bomb" not in name]  # the bombs take seconds to make


@pytest.mark.parametrize("name", sorted(QUICK))
def test_a_hostile_file_is_refused_naming_the_limit(
    name: str, data_dir: Path, tmp_path: Path, cli: Cli
) -> None:
    """`n3desk import` exits 3 with one line saying which limit; the library is untouched."""
    library_with_sessions(data_dir, count=1)
    before = files_of(data_dir)
    maker, words = HOSTILE[name]
    path = maker(tmp_path / "hostile.n3desk")
    result = cli(data_dir, "import", str(path))
    assert result.code == 3, result.err
    assert words in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert files_of(data_dir) == before


@pytest.mark.parametrize(("maker", "words"), [(bomb, "too large"), (lying_bomb, "damaged")])
def test_a_zip_bomb_is_refused(maker: Callable[..., Path], words: str, tmp_path: Path) -> None:
    """Nothing but spaces, declared or hidden behind a lying header, never gets read whole."""
    path = maker(tmp_path / "bomb.n3desk", megabytes=64)
    with pytest.raises(PortableFileError, match=words):
        read_session_file(path)


@pytest.mark.parametrize(
    "name",
    ["rotation of 10^9 stations", "10^6 numbers in a list", "1,300,000 fields in one record"],
)
def test_refusing_stays_within_the_memory_budget(name: str, tmp_path: Path) -> None:
    """Reading and refusing the file allocates far less than 300 MB at its peak."""
    maker, _words = HOSTILE[name]
    path = maker(tmp_path / "hostile.n3desk")
    tracemalloc.start()
    try:
        with pytest.raises(PortableFileError):
            read_session_file(path)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < MEMORY_BUDGET


def test_a_file_at_every_limit_is_accepted(tmp_path: Path) -> None:
    """The same file without its mistake is read whole: the limits leave room for real use."""
    path = at_the_limits(tmp_path / "full.n3desk", mistake=False)
    assert len(read_session_file(path)) == RECORDS_PER_SESSION


@pytest.mark.parametrize("name", sorted(INCONSISTENT))
def test_an_inconsistent_file_is_refused_naming_the_first_problem(
    name: str, data_dir: Path, tmp_path: Path, cli: Cli
) -> None:
    """Exit 3 naming the rule broken, the same rule the document keeps on every edit."""
    library_with_sessions(data_dir, count=1)
    before = files_of(data_dir)
    maker, words = INCONSISTENT[name]
    result = cli(data_dir, "import", str(maker(tmp_path / "inconsistent.n3desk")))
    assert result.code == 3, result.err
    assert words in result.err
    assert files_of(data_dir) == before


def test_the_portable_schema_says_the_same_limits() -> None:
    """session-v1.json bounds every text, number and list exactly as limits.py does."""
    schema = json.loads(resource("schema", "session-v1.json").read_text(encoding="utf-8"))
    for kind in ENTITY_TYPES:
        spec = schema["$defs"][kind.__name__]["properties"]
        for name, longest in TEXT_LIMITS[kind].items():
            if "maxLength" in spec[name]:
                assert spec[name]["maxLength"] == longest, f"{kind.__name__}.{name}"
        for name, bounds in NUMBER_LIMITS[kind].items():
            assert spec[name]["minimum"] >= bounds.low, f"{kind.__name__}.{name}"
            highest = spec[name].get("maximum", spec[name].get("exclusiveMaximum"))
            assert highest <= bounds.high, f"{kind.__name__}.{name}"
        if kind is not ENTITY_TYPES[0]:
            items = schema["properties"][TABLE_NAMES[kind]]["maxItems"]
            assert items == RECORDS_PER_KIND[kind]
