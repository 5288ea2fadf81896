"""Three themes for the window, and projector looks that match them."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication

from n3desk.app import settings
from n3desk.app.board import text_layout
from n3desk.app.projector.look import FOR_APP_THEME, look_named, text_px
from n3desk.app.theme import (
    EMOJI_FAMILY,
    THEMES,
    apply_theme,
    current_theme,
    extra_style,
    register_fonts,
)
from n3desk.resources import resource_path


@pytest.fixture(autouse=True)
def _back_to_light(qapp: QApplication):  # type: ignore[no-untyped-def]
    yield
    apply_theme(qapp, "light_blue.xml", 1.0)


@pytest.mark.parametrize("theme", THEMES)
def test_each_theme_applies(qapp: QApplication, theme: str) -> None:
    """Applying a theme sets qt-material's stylesheet plus our rules in that theme's ink."""
    apply_theme(qapp, theme, 1.5)
    assert current_theme(qapp) == theme
    assert extra_style(theme, 1.5) in qapp.styleSheet()
    assert qapp.font().pointSize() == round(11 * 1.5)


def test_high_contrast_theme_is_shipped_and_declared() -> None:
    """The high-contrast theme file exists and the settings offer exactly the three themes."""
    assert resource_path("themes", "high_contrast.xml").is_file()
    assert settings.THEMES == THEMES
    assert set(FOR_APP_THEME) == set(THEMES)


def test_projector_look_follows_the_window_unless_chosen() -> None:
    """The projector looks like the window's theme unless a look of its own is set."""
    assert look_named("dark_blue.xml", "").name == "dark"
    assert look_named("high_contrast.xml", "").name == "contrast"
    assert look_named("dark_blue.xml", "contrast").name == "contrast"
    assert look_named("unknown.xml", "").name == "light"


def test_projector_type_grows_with_screen_and_scale_never_below_20() -> None:
    """Type sizes grow with the screen's height and the font scale and stay ≥ 20 px."""
    assert text_px(10, 768) == 20
    assert text_px(40, 768) == 40
    assert text_px(40, 1080) == round(40 * 1080 / 768)
    assert text_px(40, 768, 2.0) == 80
    # The minimum grows with the picture too: as large on the wall at 1080 as at 768.
    assert text_px(18, 1080) == text_px(20, 1080) == round(20 * 1080 / 768)


def _families_drawing(text: str, font: QFont) -> dict[str, int]:
    """The font families Qt draws ``text`` in, with the glyphs each draws."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    found: dict[str, int] = {}
    for run in layout.glyphRuns():
        family = run.rawFont().familyName()
        found[family] = found.get(family, 0) + len(run.glyphIndexes())
    return found


def test_emoji_on_a_note_are_drawn_by_the_bundled_emoji_font(qapp: QApplication) -> None:
    """A note's 👍 and the family emoji come from Noto Emoji, never as an empty box."""
    assert {"DejaVu Sans", EMOJI_FAMILY} <= set(register_fonts())
    drawn = _families_drawing("Kaffe 👍 👩\u200d👩\u200d👧 🇸🇪", text_layout.font(14))
    assert drawn.get(EMOJI_FAMILY) == 3  # one glyph each: Qt shapes the sequences
    assert drawn.get("DejaVu Sans", 0) >= 5  # "Kaffe" and the spaces
    assert set(drawn) == {"DejaVu Sans", EMOJI_FAMILY}
    window = _families_drawing("Klart ✅", qapp.font())
    assert window.get(EMOJI_FAMILY) == 1
