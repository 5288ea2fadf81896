"""The look of the facilitator's window: bundled fonts and a calm light theme.

DejaVu Sans is bundled and made the application font so that every machine, the
off-screen shots and the projector render the same letters. qt-material supplies
the light theme; its stylesheet names a font of its own (Roboto), so we hand it
ours, and add a few rules of our own for headings and the warning bar.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from n3desk.resources import resource

log = logging.getLogger(__name__)

FONT_FAMILY = "DejaVu Sans"
BASE_POINT_SIZE = 11
DEFAULT_THEME = "light_blue.xml"

# Our additions to qt-material: calm headings, the unsaved-changes bar, and
# buttons that keep the translation's capitalisation (qt-material shouts in
# upper case, which reads badly in Swedish and on a projector).
EXTRA_STYLE = """
QPushButton, QToolButton, QTabBar::tab, QHeaderView::section { text-transform: none; }
QLabel[role="heading"] { font-size: 20px; font-weight: bold; color: #1a1a1a; }
QLabel[role="subheading"] { font-size: 16px; font-weight: bold; color: #1a1a1a; }
QLabel[role="hint"] { color: #555555; }
QLabel[role="empty"] { font-size: 18px; color: #444444; }
QFrame#saveWarning { background-color: #fff3cd; border: 2px solid #c77700; }
QFrame#saveWarning QLabel { background-color: transparent; color: #5a3600; font-size: 15px; }
QFrame#timerSlot { border: none; }
"""


def register_fonts() -> list[str]:
    """Add every bundled font to the application; the families found."""
    families: set[str] = set()
    for entry in resource("fonts").iterdir():
        if entry.name.lower().endswith(".ttf"):
            font_id = QFontDatabase.addApplicationFontFromData(entry.read_bytes())
            if font_id < 0:
                log.warning("could not load the bundled font %s", entry.name)
                continue
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(families)


def apply_theme(app: QApplication, theme: str = DEFAULT_THEME, font_scale: float = 1.0) -> None:
    """Make DejaVu Sans the font and apply qt-material's light theme around it.

    Applying qt-material is slow (it writes its icons to disk), so it is done once
    per application and look; asking again for the same look does nothing.
    """
    look = f"{theme}@{font_scale}"
    if app.property("n3desk_look") == look:
        return
    app.setProperty("n3desk_look", look)
    point_size = max(8, round(BASE_POINT_SIZE * font_scale))
    font = QFont(FONT_FAMILY, point_size)
    app.setFont(font)
    pixel_size = round(point_size * 4 / 3)
    try:
        from qt_material import apply_stylesheet

        apply_stylesheet(
            app,
            theme=theme,
            invert_secondary=theme.startswith("light"),
            extra={
                "font_family": FONT_FAMILY,
                "font_size": f"{pixel_size}px",
                "density_scale": "0",
            },
        )
    except Exception:  # a theme is decoration: never let it stop the app
        log.exception("qt-material theme %s could not be applied", theme)
    app.setStyleSheet(app.styleSheet() + EXTRA_STYLE)
