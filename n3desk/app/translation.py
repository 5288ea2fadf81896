"""Which language the interface speaks, and the Qt translator that makes it so."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from n3desk.resources import resource_path

LANGUAGES: tuple[str, ...] = ("sv", "en", "nb", "da")
FALLBACK = "en"

_installed: QTranslator | None = None
_language = FALLBACK


def system_language() -> str:
    """The system's language if n3desk speaks it, else English.

    Norwegian as "no" or "nn" is served in bokmål, the written form KS uses.
    """
    name = QLocale.system().name().split("_")[0].lower()
    if name in ("no", "nn"):
        name = "nb"
    return name if name in LANGUAGES else FALLBACK


def install_translator(language: str | None) -> str:
    """Load the translation for ``language`` (None: the system's); the language used.

    Replaces any translator installed before, so a test or a shot can switch
    language in one process. Widgets built afterwards speak the new language.
    """
    global _installed, _language
    lang = language if language in LANGUAGES else system_language()
    if _installed is not None:
        QCoreApplication.removeTranslator(_installed)
        _installed = None
    translator = QTranslator(QCoreApplication.instance())
    if translator.load(str(resource_path("translations", f"n3desk_{lang}.qm"))):
        QCoreApplication.installTranslator(translator)
        _installed = translator
    _language = lang
    return lang


def ui_language() -> str:
    """The language of the interface, for texts that do not come from Qt (the N3 card)."""
    return _language
