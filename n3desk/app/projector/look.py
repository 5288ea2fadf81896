"""The projector's looks (light, dark, high contrast) and its type sizes.

Sizes are given for a 1024×768 projector at 100 % and grow with the screen's
height and the projector font scale; none is ever below :data:`MIN_TEXT_PX`, the
smallest text that reads from the back of a meeting room.
"""

from __future__ import annotations

from dataclasses import dataclass

from n3desk.domain.timer import Level

MIN_TEXT_PX = 20
REFERENCE_HEIGHT = 768.0

# The qt-material theme of the window → the projector look that matches it.
FOR_APP_THEME = {
    "light_blue.xml": "light",
    "dark_blue.xml": "dark",
    "high_contrast.xml": "contrast",
}


@dataclass(frozen=True, slots=True)
class ProjectorLook:
    """Colours of one projector look."""

    name: str
    background: str
    text: str
    muted: str
    accent: str
    board_background: str
    levels: dict[str, str]  # timer level → colour of the big countdown
    badge: str  # the corner timer's background


LOOKS: dict[str, ProjectorLook] = {
    "light": ProjectorLook(
        "light", "#fbfaf7", "#1a1a1a", "#3d3d3d", "#1565c0", "#fafafa",
        {Level.NORMAL: "#1a1a1a", Level.WARNING: "#9a5b00", Level.DANGER: "#b71c1c",
         Level.OVERTIME: "#5e35b1", "idle": "#37474f"},
        "#1f3a4d",
    ),
    "dark": ProjectorLook(
        "dark", "#1b1f23", "#f2f2f2", "#c9ced3", "#83b9ff", "#2a2f35",
        {Level.NORMAL: "#ffffff", Level.WARNING: "#ffc233", Level.DANGER: "#ff6b6b",
         Level.OVERTIME: "#c7b3ff", "idle": "#b0bec5"},
        "#000000",
    ),
    "contrast": ProjectorLook(
        "contrast", "#000000", "#ffffff", "#ffffff", "#ffd600", "#000000",
        {Level.NORMAL: "#ffffff", Level.WARNING: "#ffd600", Level.DANGER: "#ff5252",
         Level.OVERTIME: "#e1bee7", "idle": "#ffffff"},
        "#000000",
    ),
}  # fmt: skip


def look_named(app_theme: str, projector_theme: str) -> ProjectorLook:
    """The look for the projector setting (empty: the one matching the window's theme)."""
    name = projector_theme or FOR_APP_THEME.get(app_theme, "light")
    return LOOKS.get(name, LOOKS["light"])


def text_px(size: float, height: int, scale: float = 1.0) -> int:
    """Pixel size of a text that is ``size`` px on a 768-high projector at 100 %."""
    factor = max(1.0, height / REFERENCE_HEIGHT) * max(1.0, scale)
    # The minimum is a size on the wall: on a taller picture it grows like every text,
    # so an 18 px label is never 25 px at 1080 when the room's minimum there is 28.
    return round(max(MIN_TEXT_PX, size) * factor)
