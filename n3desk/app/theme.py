"""The look of the facilitator's window: bundled fonts and three themes.

DejaVu Sans is bundled and made the application font so that every machine, the
off-screen shots and the projector render the same letters; the bundled monochrome
Noto Emoji is its fallback for emoji and symbols (a note's 👍 is never a box). qt-material supplies
the themes: its light blue (the default), its dark blue, and our own high-contrast
theme (``resources/themes/high_contrast.xml``: white on black, yellow accents) for
rooms where a projector washes colours out. qt-material's stylesheet names a font of
its own (Roboto), so we hand it ours, and add a few rules of our own for headings
and the warning bar, in colours that suit each theme. The rendered qt-material look
is cached between runs (:mod:`n3desk.app.material_cache`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from n3desk.app import settings
from n3desk.app.material_cache import Look, apply_look, load_look
from n3desk.resources import resource, resource_path

log = logging.getLogger(__name__)

FONT_FAMILY = "DejaVu Sans"
EMOJI_FAMILY = "Noto Emoji"
BASE_POINT_SIZE = 11
DEFAULT_THEME = "light_blue.xml"
HIGH_CONTRAST = "high_contrast.xml"
THEMES = settings.THEMES


@dataclass(frozen=True, slots=True)
class Ink:
    """The colours of our own additions for one theme."""

    heading: str
    hint: str
    empty: str
    dark: bool


INKS: dict[str, Ink] = {
    "light_blue.xml": Ink("#1a1a1a", "#555555", "#444444", dark=False),
    "dark_blue.xml": Ink("#ffffff", "#c8ccd0", "#d8dcdf", dark=True),
    HIGH_CONTRAST: Ink("#ffffff", "#ffff66", "#ffffff", dark=True),
}

# Our additions to qt-material: calm headings, the unsaved-changes bar, and
# buttons that keep the translation's capitalisation (qt-material shouts in
# upper case, which reads badly in Swedish and on a projector).
EXTRA_STYLE = """
QPushButton, QToolButton, QTabBar::tab, QHeaderView::section {{ text-transform: none; }}
QLabel[role="heading"] {{ font-size: {h1}px; font-weight: bold; color: {heading}; }}
QLabel[role="subheading"] {{ font-size: {h2}px; font-weight: bold; color: {heading}; }}
QLabel[role="hint"] {{ color: {hint}; }}
QLabel[role="empty"] {{ font-size: {empty_size}px; color: {empty}; }}
QFrame#saveWarning {{ background-color: #fff3cd; border: 2px solid #c77700; }}
QFrame#saveWarning QLabel {{ background-color: transparent; color: #5a3600; font-size: {warn}px; }}
QFrame#noticeBar {{ background-color: #e3f2fd; border: 2px solid #1565c0; }}
QFrame#noticeBar QLabel {{ background-color: transparent; color: #0d2a4a; font-size: {warn}px; }}
QFrame#timerSlot {{ border: none; }}
"""


def ink(theme: str) -> Ink:
    """The colours of our additions for ``theme`` (the light ones for an unknown theme)."""
    return INKS.get(theme, INKS[DEFAULT_THEME])


def extra_style(theme: str, font_scale: float = 1.0) -> str:
    """Our rules on top of qt-material's for ``theme`` at ``font_scale``."""
    colours = ink(theme)

    def px(size: float) -> int:
        return round(size * font_scale)

    return EXTRA_STYLE.format(
        h1=px(20),
        h2=px(16),
        empty_size=px(18),
        warn=px(15),
        heading=colours.heading,
        hint=colours.hint,
        empty=colours.empty,
    )


def register_fonts() -> list[str]:
    """Add every bundled font to the application; the families found."""
    families: set[str] = set()
    for entry in resource("fonts").iterdir():
        if entry.name.lower().endswith(".ttf"):
            # From the file where it is one (installed, bundled, from source): Qt reads
            # what it needs, half the start-up cost of handing it 3.6 MB of bytes.
            if isinstance(entry, Path):
                font_id = QFontDatabase.addApplicationFont(str(entry))
            else:
                font_id = QFontDatabase.addApplicationFontFromData(entry.read_bytes())
            if font_id < 0:
                log.warning("could not load the bundled font %s", entry.name)
                continue
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    if EMOJI_FAMILY in families:
        # Qt tries a family's substitutes before the system's fallbacks: emoji look
        # the same (black, like the text) on every machine and on the projector.
        QFont.insertSubstitution(FONT_FAMILY, EMOJI_FAMILY)
    return sorted(families)


def _theme_file(theme: str) -> str:
    """What qt-material is handed: its own theme's name, or the path of ours."""
    if theme == HIGH_CONTRAST:
        return str(resource_path("themes", HIGH_CONTRAST))
    return theme


def apply_theme(app: QApplication, theme: str = DEFAULT_THEME, font_scale: float = 1.0) -> None:
    """Make DejaVu Sans the font and apply ``theme`` around it at ``font_scale``.

    qt-material's rendering is slow, so it is kept in the user cache (see
    :mod:`n3desk.app.material_cache`); asking again for the look already applied
    does nothing.
    """
    if theme not in THEMES:
        theme = DEFAULT_THEME
    font_scale = max(1.0, min(2.0, font_scale))
    look_name = f"{theme}@{font_scale}"
    if app.property("n3desk_look") == look_name:
        return
    app.setProperty("n3desk_look", look_name)
    app.setProperty("n3desk_theme", theme)
    point_size = max(8, round(BASE_POINT_SIZE * font_scale))
    font = QFont(FONT_FAMILY, point_size)
    app.setFont(font)
    look, ours = _look(theme, font_scale)
    if look is None:
        app.setStyleSheet(ours)
        return
    apply_look(app, look, ours)


def _look(theme: str, font_scale: float) -> tuple[Look | None, str]:
    """qt-material's rendered look for ``theme`` (None if it cannot be had), and our rules."""
    point_size = max(8, round(BASE_POINT_SIZE * font_scale))
    pixel_size = round(point_size * 4 / 3)
    extra = {"font_family": FONT_FAMILY, "font_size": f"{pixel_size}px", "density_scale": "0"}
    try:
        look = load_look(_theme_file(theme), theme.startswith("light"), extra)
    except Exception:  # a theme is decoration: never let it stop the app
        log.exception("qt-material theme %s could not be applied", theme)
        look = None
    return look, extra_style(theme, font_scale)


def theme_sheet(theme: str, font_scale: float = 1.0) -> str:
    """The whole style sheet of ``theme``, qt-material's and ours (to style one window)."""
    look, ours = _look(theme, font_scale)
    return (look.stylesheet if look is not None else "") + ours


def current_theme(app: QApplication) -> str:
    """The theme last applied to ``app`` (the default before any)."""
    value = app.property("n3desk_theme")
    return value if isinstance(value, str) and value in THEMES else DEFAULT_THEME
