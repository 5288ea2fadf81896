"""Hostile text in every corner of a session: the PDF builds, shows it, and runs nothing."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from n3desk.report.pdf_summary import write_pdf
from n3desk.report.pdf_text import PLACEHOLDER

# Audit hooks cannot be removed, so one hook for the whole session records into
# whichever list is active; outside the tests it does nothing.
_active: list[list[tuple[str, tuple[Any, ...]]]] = []
_WATCHED = ("open", "os.system", "subprocess.Popen", "os.exec", "os.posix_spawn", "os.spawn",
            "socket.connect", "urllib.Request", "exec", "compile", "ctypes.dlopen")  # fmt: skip


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if _active and event.startswith(_WATCHED):
        _active[-1].append((event, args))


sys.addaudithook(_hook)


@pytest.fixture
def audit() -> Iterator[list[tuple[str, tuple[Any, ...]]]]:
    """Everything the code under test opens, runs or compiles while the fixture is active."""
    events: list[tuple[str, tuple[Any, ...]]] = []
    _active.append(events)
    yield events
    _active.remove(events)


@pytest.fixture(scope="module")
def hostile_pdf(kit: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A record of the hostile session."""
    path = tmp_path_factory.mktemp("hostile") / "hostile.pdf"
    write_pdf(kit.hostile_workshop(), path)
    return path


def test_the_hostile_session_builds_and_shows_markup_literally(kit: Any, hostile_pdf: Path) -> None:
    """Tags, entities, <img>, the CVE payload and RTL text appear as typed, uninterpreted."""
    text = kit.squeeze(kit.pdf_text(hostile_pdf))
    for key in ("markup", "unclosed", "img", "cve"):
        assert kit.squeeze(kit.HOSTILE[key])[:400] in text, key
    # Right-to-left words are laid out right to left; pypdf reads them in visual order.
    for word in kit.HOSTILE["rtl"].split():
        assert word in text or word[::-1] in text, word
    assert "&amp;amp;" not in text  # escaped once, not twice
    assert kit.squeeze("Hostile <b>title</b> &") in text


def test_characters_no_bundled_font_has_become_a_visible_placeholder(
    kit: Any, hostile_pdf: Path
) -> None:
    """CJK shows as □ rather than breaking the export; emoji come through as real text."""
    text = kit.pdf_text(hostile_pdf)
    assert PLACEHOLDER * 5 in text  # 你好，世界: five characters neither font has
    # The skin tone is dropped (a monochrome font cannot show it); the family keeps its
    # joiners in the text layer, so it is copied and found as typed.
    assert "☺ ★ ✓ 👍 🎉 👩\u200d👩\u200d👧" in text


def test_control_characters_are_dropped(kit: Any, hostile_pdf: Path) -> None:
    """Bell, NUL, escape and DEL never reach the PDF; the words around them do."""
    text = kit.pdf_text(hostile_pdf)
    for control in ("\x07", "\x00", "\x1b", "\x7f"):
        assert control not in text
    assert kit.squeeze("bell null escape[31m") in kit.squeeze(text)


def test_a_hundred_thousand_characters_paginate(kit: Any, hostile_pdf: Path) -> None:
    """A 100,000-character note flows over many pages, all of it there."""
    reader = PdfReader(hostile_pdf)
    assert 25 <= len(reader.pages) <= 200
    assert kit.squeeze(kit.HUGE) in kit.squeeze(kit.pdf_text(hostile_pdf))


def test_a_long_word_wraps_inside_the_page(kit: Any, hostile_pdf: Path) -> None:
    """A 3,000-character word is broken over lines, not cut off at the margin."""
    text = kit.pdf_text(hostile_pdf)
    assert "x" * 3000 in kit.squeeze(text)
    assert max(len(line) for line in text.splitlines()) < 200


def test_the_export_opens_no_file_and_runs_nothing(
    kit: Any, tmp_path: Path, audit: list[Any]
) -> None:
    """While building a hostile PDF nothing is opened but the output, nothing run or compiled."""
    workshop = kit.hostile_workshop(huge=False)
    write_pdf(workshop, tmp_path / "warm-up.pdf")  # fonts and lazy imports load here
    audit.clear()
    write_pdf(workshop, tmp_path / "out.pdf")
    folder = os.fspath(tmp_path)
    outside = [
        (event, args)
        for event, args in audit
        if not (event == "open" and (isinstance(args[0], int) or
                                     os.fspath(args[0]).startswith(folder)))
    ]  # fmt: skip
    assert outside == []
    assert not (tmp_path / "pwned").exists()
    assert not Path("pwned").exists()


def test_two_thousand_notes_paginate(kit: Any, tmp_path: Path) -> None:
    """A 2,000-note board gives a record of sensible length instead of failing."""
    workshop = kit.hostile_workshop(notes_per_board=2000, huge=False)
    path = tmp_path / "big.pdf"
    write_pdf(workshop, path)  # how fast is measured by tests/benchmarks/bench_pdf.py
    pages = len(PdfReader(path).pages)
    assert 30 <= pages <= 200
    text = kit.squeeze(kit.pdf_text(path))
    assert "Idénummer0" in text
    assert "Idénummer1999" in text
