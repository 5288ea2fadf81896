"""Which language the interface speaks, and the Qt translator that makes it so."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from n3desk.resources import resource_path

LANGUAGES: tuple[str, ...] = ("sv", "en", "nb", "da")
# Each language by its own name, so a person finds theirs whatever the interface speaks.
LANGUAGE_NAMES = {"sv": "Svenska", "en": "English", "nb": "Norsk bokmål", "da": "Dansk"}
FALLBACK = "en"

_installed: QTranslator | None = None
_installed_qt: QTranslator | None = None
_language = FALLBACK

# Qt's own texts (the file dialog, the buttons of message boxes, the context menu of a
# text field, key names) come from n3desk's own lean copies of Qt's catalogues, in
# resources/translations/qt/ (tools/qt_translations.py): Qt ships no bokmål, and the
# desktop bundle carries none of PySide6's. English needs none; a missing bundled
# file falls back to Qt's folder (nynorsk for bokmål being the closest Qt has).
_QT_CATALOGUES = {"sv": "qtbase_sv", "da": "qtbase_da", "nb": "qtbase_nb"}
_QT_FALLBACKS = {"sv": "qtbase_sv", "da": "qtbase_da", "nb": "qtbase_nn"}
# English keeps the system's formats (an English interface on a Swedish laptop).
_LOCALES = {"sv": "sv_SE", "nb": "nb_NO", "da": "da_DK"}


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
    global _installed, _installed_qt, _language
    lang = language if language in LANGUAGES else system_language()
    if _installed is not None:
        QCoreApplication.removeTranslator(_installed)
        _installed = None
    if _installed_qt is not None:
        QCoreApplication.removeTranslator(_installed_qt)
        _installed_qt = None
    qt_translator = _qt_translator(lang)
    if qt_translator is not None:
        QCoreApplication.installTranslator(qt_translator)
        _installed_qt = qt_translator
    # Qt's widgets name days, months and file types by the default locale: the date
    # edit's calendar and the file dialog's "Type" column in Danish, not the system's
    # language (the file dialog's dates stay in the system's format: Qt asks it).
    QLocale.setDefault(QLocale(_LOCALES[lang]) if lang in _LOCALES else QLocale.system())
    translator = QTranslator(QCoreApplication.instance())
    if translator.load(str(resource_path("translations", f"n3desk_{lang}.qm"))):
        QCoreApplication.installTranslator(translator)
        _installed = translator
    _language = lang
    return lang


def _qt_translator(language: str) -> QTranslator | None:
    """Qt's own texts in ``language``: n3desk's bundled catalogue, else Qt's."""
    if language not in _QT_CATALOGUES:
        return None
    translator = QTranslator(QCoreApplication.instance())
    bundled = resource_path("translations", "qt", f"{_QT_CATALOGUES[language]}.qm")
    if translator.load(str(bundled)):
        return translator
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(_QT_FALLBACKS[language], qt_folder) else None


def ui_language() -> str:
    """The language of the interface, for texts that do not come from Qt (the N3 card)."""
    return _language


# What the room reads — the projector's stage card, the join screen — speaks the
# session's language, whatever the facilitator's window speaks (a Swedish facilitator
# running a Danish session). Those widgets override ``tr`` with :func:`translate_for`,
# so their texts are still found by lupdate as ``self.tr("…")``.
_by_language: dict[str, QTranslator | None] = {}


def translate_for(
    language: str, context: str, source: str, disambiguation: str | None = None, n: int = -1
) -> str:
    """``source`` of ``context`` in ``language`` (the window's language when it is not
    one n3desk speaks); ``%n`` is replaced by ``n`` as Qt's own ``tr`` does."""
    if language not in LANGUAGES:
        return QCoreApplication.translate(context, source, disambiguation, n)
    if language not in _by_language:
        loading = QTranslator(QCoreApplication.instance())
        path = resource_path("translations", f"n3desk_{language}.qm")
        _by_language[language] = loading if loading.load(str(path)) else None
    translator = _by_language[language]
    text = translator.translate(context, source, disambiguation, n) if translator else ""
    text = text or source
    return text.replace("%n", str(n)) if n >= 0 else text
