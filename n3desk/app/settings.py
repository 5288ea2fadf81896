"""Every user setting, declared once: key, type, default and what it is for.

Settings live in QSettings (the platform's usual place; tests point it at a
temporary folder). Code reads and writes them only through :func:`get` and
:func:`put` with a declared :class:`Setting`, so a misspelt key cannot exist.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QSettings

T = TypeVar("T", str, int, float, bool)


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One declared setting."""

    key: str
    type: type[T]
    default: T
    description: str


LANGUAGE = Setting("ui/language", str, "", "Language of the interface; empty: follow the system.")
THEME = Setting("ui/theme", str, "light_blue.xml", "qt-material theme of the facilitator's window.")
FONT_SCALE = Setting(
    "ui/font_scale", float, 1.0, "Scale of every text in the window (1.0 = 100 %)."
)
PROJECTOR_SCREEN = Setting(
    "projector/screen", str, "", "Name of the screen the projector view opens on; empty: the last."
)
SOUND = Setting("timer/sound", bool, True, "Play the end signal when a stage's time is up.")

ALL: tuple[Setting[str] | Setting[int] | Setting[float] | Setting[bool], ...] = (
    LANGUAGE,
    THEME,
    FONT_SCALE,
    PROJECTOR_SCREEN,
    SOUND,
)


def get(setting: Setting[T]) -> T:
    """The stored value, or the default when none is stored or it cannot be read."""
    value = QSettings().value(setting.key, setting.default)
    if isinstance(value, setting.type):
        return value
    # QSettings' INI backend gives every value back as a string.
    try:
        text = str(value)
        if setting.type is bool:
            return setting.type(text.lower() in ("true", "1", "yes"))
        return setting.type(text)
    except (TypeError, ValueError):
        return setting.default


def put(setting: Setting[T], value: T) -> None:
    """Store a value of the declared type."""
    if not isinstance(value, setting.type):
        raise TypeError(f"{setting.key} takes {setting.type.__name__}, not {value!r}")
    QSettings().setValue(setting.key, value)
