"""Every user setting, declared once: key, type, default and what it is for.

Settings live in QSettings (the platform's usual place; tests point it at a
temporary folder). Code reads and writes them only through :func:`get` and
:func:`put` with a declared :class:`Setting`, so a misspelt key cannot exist.
A setting may also declare its allowed ``choices`` or its numeric range; the
settings dialog builds its fields from these declarations.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings

T = TypeVar("T", str, int, float, bool)


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One declared setting."""

    key: str
    type: type[T]
    default: T
    description: str
    choices: tuple[T, ...] = ()
    minimum: float | None = None
    maximum: float | None = None


THEMES = ("light_blue.xml", "dark_blue.xml", "high_contrast.xml")
PROJECTOR_THEMES = ("", "light", "dark", "contrast")

LANGUAGE = Setting(
    "ui/language",
    str,
    "",
    "Language of the interface; empty: follow the system.",
    choices=("", "sv", "en", "nb", "da"),
)
THEME = Setting(
    "ui/theme", str, "light_blue.xml", "Theme of the facilitator's window.", choices=THEMES
)
FONT_SCALE = Setting(
    "ui/font_scale",
    float,
    1.0,
    "Scale of every text in the window (1.0 = 100 %).",
    minimum=1.0,
    maximum=2.0,
)
PROJECTOR_SCREEN = Setting(
    "projector/screen",
    str,
    "",
    "Name of the screen the projector view opens on; empty: one that is not the laptop's.",
)
PROJECTOR_THEME = Setting(
    "projector/theme",
    str,
    "",
    "Look of the projector view: light, dark or high contrast; empty: like the window.",
    choices=PROJECTOR_THEMES,
)
PROJECTOR_FONT_SCALE = Setting(
    "projector/font_scale",
    float,
    1.0,
    "Scale of every text on the projector (1.0 = 100 %).",
    minimum=1.0,
    maximum=2.0,
)
SOUND = Setting("timer/sound", bool, True, "Play the end signal when a stage's time is up.")

# Remembered by the export and import dialogs, not shown in the settings dialog (so not in ALL).
EXPORT_FOLDER = Setting(
    "export/folder",
    str,
    "",
    "The folder of the last export; empty: the Documents folder.",
)
IMPORT_FOLDER = Setting(
    "import/folder",
    str,
    "",
    "The folder notes were last imported from; empty: the Documents folder.",
)
EXPORT_PAGE_SIZE = Setting(
    "export/page_size", str, "A4", "Paper size of the PDF record.", choices=("A4", "Letter")
)

# The team library (the Team page); never a password: that is in the system keyring.
TEAM_URL = Setting(
    "team/url",
    str,
    "",
    "Address of the team library, postgresql://USER@HOST/DATABASE (no password).",
)
TEAM_AUTHOR = Setting(
    "team/author", str, "", "The name shown on what you publish to the team library."
)

ALL: tuple[Setting[str] | Setting[int] | Setting[float] | Setting[bool], ...] = (
    LANGUAGE,
    THEME,
    FONT_SCALE,
    PROJECTOR_SCREEN,
    PROJECTOR_THEME,
    PROJECTOR_FONT_SCALE,
    SOUND,
)


def _valid(setting: Setting[T], value: T) -> T:
    """``value`` if the declaration allows it, else the default (a hand-edited file)."""
    if setting.choices and value not in setting.choices:
        return setting.default
    if isinstance(value, int | float) and not isinstance(value, bool):
        low = setting.minimum if setting.minimum is not None else value
        high = setting.maximum if setting.maximum is not None else value
        if not low <= value <= high:
            return setting.default
    return value


def get(setting: Setting[T]) -> T:
    """The stored value, or the default when none is stored or it cannot be read."""
    value = QSettings().value(setting.key, setting.default)
    if isinstance(value, setting.type):
        return _valid(setting, value)
    # QSettings' INI backend gives every value back as a string.
    try:
        text = str(value)
        if setting.type is bool:
            return setting.type(text.lower() in ("true", "1", "yes"))
        return _valid(setting, setting.type(text))
    except (TypeError, ValueError):
        return setting.default


def put(setting: Setting[T], value: T) -> None:
    """Store a value of the declared type (and, when declared, an allowed one)."""
    if not isinstance(value, setting.type):
        raise TypeError(f"{setting.key} takes {setting.type.__name__}, not {value!r}")
    if _valid(setting, value) != value:
        raise ValueError(f"{setting.key} does not allow {value!r}")
    QSettings().setValue(setting.key, value)


Value = str | int | float | bool


def read(setting: Setting[Any]) -> Value:
    """:func:`get` for code that handles every setting alike (the settings dialog)."""
    value: Value = get(setting)
    return value


def write(setting: Setting[Any], value: Value) -> None:
    """:func:`put` for code that handles every setting alike; a wrong type is refused."""
    if setting.type is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    put(setting, value)
