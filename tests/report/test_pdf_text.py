"""User text becoming PDF text: escaped, cleaned, wrapped, never markup."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from n3desk.report.glyph_fallback import text_width
from n3desk.report.pdf_styles import EMOJI_FONT, FONT, make_styles
from n3desk.report.pdf_text import CHUNK, PLACEHOLDER, clean, fit, markup, paragraphs, wrap_lines


def test_markup_escapes_every_tag_and_entity() -> None:
    """Angle brackets and ampersands are escaped, so nothing in a note is a tag."""
    assert markup('<b>x</b> & <img src="y"/> &amp;') == (
        '&lt;b&gt;x&lt;/b&gt; &amp; &lt;img src="y"/&gt; &amp;amp;'
    )


def test_line_breaks_are_kept_and_controls_dropped() -> None:
    """Newlines become <br/>; tabs become spaces; NUL, bell, escape and DEL vanish."""
    assert markup("a\r\nb\rc\u2028d") == "a<br/>b<br/>c<br/>d"
    assert clean("x\ty\x00\x07\x1b\x7fz") == "x yz"


def test_missing_glyphs_become_a_placeholder_and_invisible_ones_go() -> None:
    """CJK becomes □; emoji stay; a bidi mark the fonts lack and a skin tone are dropped."""
    assert clean("你好") == PLACEHOLDER * 2
    assert clean("👍🏽 🎉 ⌚ 🇸🇪") == "👍 🎉 ⌚ 🇸🇪"
    assert clean("å ä ö æ ø ł ß é ü ☺") == "å ä ö æ ø ł ß é ü ☺"
    assert "\u2066" not in clean("a\u2066b")


def test_emoji_runs_are_set_in_the_fallback_font() -> None:
    """Each run of emoji is wrapped in the fallback font's tag; DejaVu text is left as it is."""
    assert markup("Bra 👍🎉 & ☺") == (f'Bra <font name="{EMOJI_FONT}">👍🎉</font> &amp; ☺')
    assert markup("inga emoji <här>") == "inga emoji &lt;här&gt;"


def test_widths_measure_emoji_in_the_fallback_font() -> None:
    """fit() and wrap_lines() keep text with emoji inside the width they are given."""
    line = fit("🎉" * 200, FONT, 10, 100)
    assert line.endswith("…")
    assert 100 - 12 < text_width(line, FONT, 10) <= 100
    for wrapped in wrap_lines("👍 " * 100, FONT, 10, 60, 4):
        assert text_width(wrapped, FONT, 10) <= 60


@given(st.text())
def test_any_text_makes_a_paragraph_showing_what_was_typed(text: str) -> None:
    """Whatever is typed, the paragraph parses, and its text is the cleaned input."""
    flowables = paragraphs(text, make_styles().body)
    assert flowables
    shown = "".join(
        "".join(str(getattr(frag, "text", "")) for frag in f.frags)
        for f in flowables
        if isinstance(f, Paragraph)
    )
    assert "".join(shown.split()) == "".join(clean(text).split())
    for flowable in flowables:
        flowable.wrap(400, 10_000)


def test_a_huge_text_is_cut_into_paragraphs_at_spaces() -> None:
    """100,000 characters become many paragraphs, each no longer than CHUNK, no word split."""
    text = " ".join(f"ord{i}" for i in range(20_000))
    pieces = paragraphs(text, make_styles().body)
    assert len(pieces) > 10
    rebuilt = " ".join(p.text for p in pieces if isinstance(p, Paragraph))
    assert rebuilt.split() == text.split()
    assert all(len(p.text) <= CHUNK for p in pieces if isinstance(p, Paragraph))


def test_fit_shortens_with_an_ellipsis() -> None:
    """A long title is cut to the width with …; a short one is left alone."""
    assert fit("Kort", FONT, 10, 200) == "Kort"
    long = fit("Mycket lång rubrik " * 1000, FONT, 10, 100)
    assert long.endswith("…")
    assert len(long) < 30


def test_wrap_lines_breaks_long_words_and_stops_at_the_limit() -> None:
    """Lines fit the width, a word longer than a line is broken, and the last line says …"""
    lines = wrap_lines("a" * 500 + " slut", FONT, 10, 60, 3)
    assert len(lines) == 3
    assert lines[-1].endswith("…")
    assert wrap_lines("två ord", FONT, 10, 200, 3) == ["två ord"]
