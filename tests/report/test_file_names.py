"""Default export file names: readable, and safe on Windows, FAT and the rest."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from n3desk.domain.entities import Session
from n3desk.report.file_names import MAX_STEM, default_file_name, safe_stem


def test_date_and_title_make_the_name() -> None:
    """A session on 2026-03-14 called Hemträning gives "2026-03-14 Hemträning.pdf"."""
    session = Session(id="s", title="Hemträning", date="2026-03-14")
    assert default_file_name(session, ".pdf") == "2026-03-14 Hemträning.pdf"
    assert default_file_name(Session(id="s", title="Utan datum"), ".n3desk") == "Utan datum.n3desk"


def test_characters_windows_forbids_are_removed() -> None:
    """<>:"/\\|?* and control characters go; trailing dots and spaces too."""
    assert safe_stem('Vad? <Nu>: "a/b\\c|d*"\x00\x1f tab\t. ') == "Vad Nu a b c d tab"


def test_reserved_device_names_and_empty_titles_are_avoided() -> None:
    """CON, nul.txt and an empty title never become the file's name."""
    assert safe_stem("CON") == "_CON"
    assert safe_stem("nul.txt") == "_nul.txt"
    assert safe_stem("???") == "n3desk"


@given(st.text())
def test_any_title_gives_a_safe_short_name(title: str) -> None:
    """Whatever the title, the stem is non-empty, short and free of forbidden characters."""
    stem = safe_stem(title)
    assert stem
    assert len(stem) <= MAX_STEM + 1
    assert not any(c in stem for c in '<>:"/\\|?*')
    assert all(ord(c) >= 32 for c in stem)
    assert not stem.endswith((" ", "."))
    assert not stem.startswith(".")
