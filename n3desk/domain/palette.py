"""The fixed palette of sticky-note colours.

Six named colours, pale enough that dark text stays readable on a washed-out
projector: every colour has a contrast of at least 4.5:1 against NOTE_TEXT (WCAG AA),
which a test checks. Keys 1–6 on a board pick them in this order.
"""

from __future__ import annotations

NOTE_TEXT = "#1a1a1a"

NOTE_COLOURS: dict[str, str] = {
    "yellow": "#fff176",
    "orange": "#ffcc80",
    "pink": "#f8bbd0",
    "green": "#c5e1a5",
    "blue": "#b3e5fc",
    "purple": "#d1c4e9",
}

DEFAULT_NOTE_COLOUR = "yellow"


def colour_for_key(number: int) -> str:
    """The palette colour for keyboard key 1–6."""
    return list(NOTE_COLOURS)[number - 1]


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2 relative luminance of "#rrggbb"."""
    value = hex_colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2 contrast ratio between two "#rrggbb" colours, 1–21."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


PARTICIPANT_COLOURS: tuple[str, ...] = (
    "#1565c0",
    "#2e7d32",
    "#c62828",
    "#6a1b9a",
    "#ef6c00",
    "#00838f",
    "#4e342e",
    "#ad1457",
)
