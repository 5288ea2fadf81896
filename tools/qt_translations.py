"""Build n3desk's own copies of Qt's translations: lean, and in bokmål too.

Usage::

    python tools/qt_translations.py            # rebuild resources/translations/qt/*.qm
    python tools/qt_translations.py --check    # say what bokmål still lacks; exit 1 if any

Qt's own dialogs and menus (the file dialog's "Look in:" and "Files of type:", the
buttons of message boxes, the context menu of a text field, key names) speak the
language of a ``qtbase_<lang>.qm`` catalogue. n3desk ships its own, in
``resources/translations/qt/``, for three reasons: the desktop bundle then needs none
of PySide6's ~100 translation files; only the parts of Qt that n3desk's windows can
show are kept (:data:`CONTEXTS`), about a tenth of the whole; and Qt has no bokmål
catalogue at all (only nynorsk), so n3desk writes its own.

- Swedish and Danish: Qt's own translations, read from the PySide6 wheel's
  ``qtbase_sv.qm`` and ``qtbase_da.qm`` (decoded here: a .qm file is a list of
  tagged records), cut down to :data:`CONTEXTS`. Qt's Danish lags behind Qt 6: its
  file dialog says "&Look in:" and "Files of &type:", which Danish translates only
  without the "&". ``sources/qtbase.da.json`` adds what is missing.
- Bokmål: ``sources/qtbase.nb.json``, written for n3desk (with Qt's nynorsk
  catalogue as a guide to which texts exist).

The JSON sources are shaped ``{"Context": {"English source": "translation"}}`` and
win over Qt's. ``--check`` compares each language with Swedish, Qt's most complete
catalogue, and lists what a language lacks.

Each is written as a ``.ts`` file and compiled with ``pyside6-lrelease``. The .qm
files are committed: users have no lrelease, and CI need not rebuild them.
"""

from __future__ import annotations

import argparse
import json
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "translations" / "qt"
SOURCES = OUT / "sources"
LOCALES = {"sv": "sv_SE", "da": "da_DK", "nb": "nb_NO"}

# The parts of Qt that n3desk's windows can show: the file dialog and its model, the
# standard buttons, message and input boxes, text fields' and spin boxes' context
# menus, scroll bars, tab bars, key names in menus, undo texts, standard folders.
CONTEXTS: tuple[str, ...] = (
    "QAbstractFileIconProvider", "QAbstractSpinBox", "QComboBox", "QDialog",
    "QDialogButtonBox", "QFileDialog", "QFileSystemModel", "QGnomeTheme", "QInputDialog",
    "QLineEdit", "QMessageBox", "QPlatformTheme", "QProgressDialog", "QScrollBar",
    "QShortcut", "QStandardPaths", "QTabBar", "QUndoGroup", "QUndoModel", "QUndoStack",
    "QUnicodeControlCharacterMenu", "QWhatsThisAction", "QWidget", "QWidgetTextControl",
)  # fmt: skip
# Texts n3desk never shows, left out to keep the catalogues small.
LEFT_OUT = ("<h3>About Qt</h3>", "<p>Qt is a C++ toolkit")

QM_MAGIC = bytes.fromhex("3CB86418CAEF9C95CD211CBF60A1BDDD")
TAG_MESSAGES, TAG_END, TAG_TRANSLATION, TAG_OBSOLETE1 = 0x69, 1, 3, 5
TEXT_TAGS = {6: "source", 7: "context", 8: "comment"}


@dataclass
class Message:
    """One message of a catalogue: where it is used, its English text, its translations."""

    context: str
    source: str
    comment: str
    translations: list[str]  # one per plural form; one for an ordinary message


def read_qm(data: bytes) -> list[Message]:
    """The messages of a compiled .qm catalogue (one that keeps its source texts)."""
    if data[:16] != QM_MAGIC:
        raise ValueError("not a Qt .qm file")
    position, blocks = 16, {}
    while position < len(data):
        tag = data[position]
        (length,) = struct.unpack(">I", data[position + 1 : position + 5])
        blocks[tag] = data[position + 5 : position + 5 + length]
        position += 5 + length
    block = blocks[TAG_MESSAGES]
    messages: list[Message] = []
    fields: dict[str, str] = {}
    translations: list[str] = []
    i = 0
    while i < len(block):
        tag = block[i]
        i += 1
        if tag == TAG_END:
            messages.append(
                Message(
                    fields.get("context", ""),
                    fields.get("source", ""),
                    fields.get("comment", ""),
                    translations,
                )
            )
            fields, translations = {}, []
        elif tag == TAG_TRANSLATION:
            (length,) = struct.unpack(">I", block[i : i + 4])
            i += 4
            if length != 0xFFFFFFFF:
                translations.append(block[i : i + length].decode("utf-16-be"))
                i += length
        elif tag in TEXT_TAGS:
            (length,) = struct.unpack(">I", block[i : i + 4])
            fields[TEXT_TAGS[tag]] = block[i + 4 : i + 4 + length].decode("utf-8")
            i += 4 + length
        elif tag == TAG_OBSOLETE1:
            i += 4
        else:
            raise ValueError(f"unknown tag {tag} in a .qm file")
    return messages


def kept(messages: list[Message]) -> list[Message]:
    """The messages of :data:`CONTEXTS` that n3desk can show, with a translation."""
    return [
        m
        for m in messages
        if m.context in CONTEXTS
        and m.source
        and any(m.translations)
        and not m.source.startswith(LEFT_OUT)
    ]


def qt_catalogue(name: str) -> Path:
    """A catalogue of the installed PySide6, e.g. ``qtbase_sv``."""
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return folder / f"{name}.qm"


def own_messages(language: str) -> list[Message]:
    """n3desk's own translations of Qt texts in ``language`` (from its JSON source)."""
    path = SOURCES / f"qtbase.{language}.json"
    if not path.exists():
        return []
    data = json.loads(path.read_text(encoding="utf-8"))
    messages = []
    for context, texts in data.items():
        for source, text in texts.items():
            forms = text if isinstance(text, list) else [text]
            messages.append(Message(context, source, "", forms))
    return messages


def write_ts(messages: list[Message], locale: str, path: Path) -> None:
    """``messages`` as a Qt Linguist .ts file, every message finished."""
    root = ET.Element("TS", version="2.1", language=locale)
    by_context: dict[str, list[Message]] = {}
    for m in messages:
        by_context.setdefault(m.context, []).append(m)
    for context in sorted(by_context):
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for m in sorted(by_context[context], key=lambda m: (m.source, m.comment)):
            attributes = {"numerus": "yes"} if len(m.translations) > 1 else {}
            message = ET.SubElement(element, "message", attributes)
            ET.SubElement(message, "source").text = m.source
            if m.comment:
                ET.SubElement(message, "comment").text = m.comment
            translation = ET.SubElement(message, "translation")
            if len(m.translations) > 1:
                for form in m.translations:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = m.translations[0]
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


def compile_qm(messages: list[Message], language: str, target: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    with tempfile.TemporaryDirectory() as folder:
        ts = Path(folder) / f"qtbase_{language}.ts"
        write_ts(messages, LOCALES[language], ts)
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(target)], check=True)


def catalogue(language: str) -> list[Message]:
    """What the bundled catalogue holds: Qt's (sv, da), then n3desk's own on top."""
    mine = own_messages(language)
    ours = {(m.context, m.source) for m in mine}
    qt: list[Message] = []
    if language in ("sv", "da"):
        qt = kept(read_qm(qt_catalogue(f"qtbase_{language}").read_bytes()))
    return [m for m in qt if (m.context, m.source) not in ours] + mine


def missing(language: str) -> list[tuple[str, str]]:
    """Texts Swedish translates in CONTEXTS that ``language`` does not (key names aside:
    bokmål has those n3desk's shortcuts use, not all 250)."""
    have = {(m.context, m.source) for m in catalogue(language)}
    swedish = {(m.context, m.source) for m in catalogue("sv")}
    return sorted((c, s) for c, s in swedish - have if c != "QShortcut")


def say(line: str) -> None:
    """One line of the tool's report on stdout."""
    sys.stdout.write(line + "\n")


def build() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for language in LOCALES:
        messages = catalogue(language)
        compile_qm(messages, language, OUT / f"qtbase_{language}.qm")
        say(f"{language}: {len(messages)} messages")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="list what bokmål lacks")
    args = parser.parse_args()
    if args.check:
        lacking = [(lang, c, s) for lang in ("da", "nb") for c, s in missing(lang)]
        for language, context, source in lacking:
            say(f"{language}: untranslated: {context}: {source!r}")
        return 1 if lacking else 0
    build()
    return 0


if __name__ == "__main__":
    sys.exit(main())
