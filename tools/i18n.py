"""Update n3desk's translations: extract, fill from JSON, compile.

Usage::

    python tools/i18n.py                 # rebuild every .ts and .qm
    python tools/i18n.py --check sv en   # list untranslated strings; exit 1 if any

Steps for each language (sv, en, nb, da):

1. ``pyside6-lupdate`` extracts every ``tr()``/``translate()`` string of
   ``n3desk/**/*.py`` and ``ui/*.ui`` into a fresh ``n3desk_<lang>.ts`` (regenerated
   from scratch each time, so nothing stale survives; no source locations, so diffs
   stay small).
2. Each message's translation is filled from every
   ``resources/translations/sources/*.<lang>.json`` file, shaped
   ``{"Context": {"English source": "translation"}}`` and marked finished; the rest
   stay unfinished. English is the source language: its translation is the source.
   A plural message (``%n``) takes a list with one text per plural form, or one text
   used for every form.
3. ``pyside6-lrelease`` compiles ``n3desk_<lang>.qm``. The ``.qm`` files are committed:
   the wheel ships them and users have no lrelease.

``--check`` works on a temporary copy and changes nothing: it prints every
untranslated (context, source) pair, and says when a committed ``.qm`` is out of date.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCES = TRANSLATIONS / "sources"
LANGUAGES = {"sv": "sv_SE", "en": "en_GB", "nb": "nb_NO", "da": "da_DK"}

Table = dict[tuple[str, str], str | list[str]]


@dataclass
class Result:
    """What filling one language's .ts file found."""

    untranslated: list[tuple[str, str]]
    unused: list[tuple[str, str, str]]  # (json file, context, source) matching no message


def tool(name: str) -> Path:
    """A Qt tool from the venv's bin folder (next to the running Python)."""
    path = Path(sys.executable).parent / name
    if not path.exists():
        sys.exit(f"{name} not found next to {sys.executable}; install PySide6 in this venv.")
    return path


def source_files() -> list[str]:
    """Every file lupdate reads, sorted so the output does not depend on the disk."""
    # The forms' strings are read from ui/*.ui, not from their compiled modules.
    code = [f for f in ROOT.glob("n3desk/**/*.py") if "compiled_forms" not in f.parts]
    files = sorted(code) + sorted(ROOT.glob("ui/*.ui"))
    return [str(f.relative_to(ROOT)) for f in files]


def load_sources(lang: str) -> dict[str, Table]:
    """Every JSON translation file for ``lang``: file name → {(context, source): text}."""
    tables: dict[str, Table] = {}
    for path in sorted(SOURCES.glob(f"*.{lang}.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        table: Table = {}
        for context, messages in data.items():
            for source, text in messages.items():
                table[(context, source)] = text
        tables[path.name] = table
    return tables


def extract(lang: str, ts_file: Path) -> None:
    """Run lupdate into a fresh ``ts_file``."""
    ts_file.unlink(missing_ok=True)
    command = [str(tool("pyside6-lupdate")), *source_files()]
    command += ["-ts", str(ts_file), "-target-language", LANGUAGES[lang]]
    command += ["-locations", "none", "-no-obsolete", "-silent"]
    subprocess.run(command, cwd=ROOT, check=True)


def fill(lang: str, ts_file: Path) -> Result:
    """Put the JSON translations (or, for English, the sources) into ``ts_file``."""
    tables = load_sources(lang)
    merged: Table = {}
    for table in tables.values():
        merged.update(table)
    tree = ET.parse(ts_file)
    untranslated: list[tuple[str, str]] = []
    used: set[tuple[str, str]] = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            key = (name, source)
            text: str | list[str] | None = (
                _english(source, plural=message.get("numerus") == "yes")
                if lang == "en"
                else merged.get(key)
            )
            used.add(key)
            element = message.find("translation")
            assert element is not None
            if not text:
                untranslated.append(key)
                continue
            _set_translation(element, text, plural=message.get("numerus") == "yes")
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    unused = [
        (file, context, source)
        for file, table in tables.items()
        for context, source in table
        if (context, source) not in used
    ]
    return Result(untranslated, unused)


def _english(source: str, *, plural: bool) -> str | list[str]:
    """English is the source; a plural source's "(s)"/"(es)" becomes "1 station", "2 stations"."""
    if not plural:
        return source
    return [re.sub(r"\((e?s)\)", "", source), re.sub(r"\((e?s)\)", r"\1", source)]


def _set_translation(element: ET.Element, text: str | list[str], *, plural: bool) -> None:
    element.attrib.pop("type", None)
    if not plural:
        element.text = text if isinstance(text, str) else text[0]
        return
    forms = element.findall("numerusform")
    for index, form in enumerate(forms):
        if isinstance(text, str):
            form.text = text
        else:
            form.text = text[min(index, len(text) - 1)]


def compile_qm(ts_file: Path, qm_file: Path) -> None:
    """Run lrelease: ``ts_file`` → ``qm_file`` (finished translations only)."""
    command = [str(tool("pyside6-lrelease")), "-silent", str(ts_file), "-qm", str(qm_file)]
    subprocess.run(command, cwd=ROOT, check=True)


def build(lang: str, folder: Path) -> Result:
    """Extract, fill and compile ``lang`` into ``folder``."""
    ts_file = folder / f"n3desk_{lang}.ts"
    extract(lang, ts_file)
    result = fill(lang, ts_file)
    compile_qm(ts_file, folder / f"n3desk_{lang}.qm")
    return result


def say(line: str) -> None:
    """One line of the tool's report on stdout."""
    sys.stdout.write(line + "\n")


def report_unused(lang: str, result: Result) -> None:
    for file, context, source in result.unused:
        say(f"warning: {file}: [{context}] {source!r} matches no string in the code")


def update(languages: list[str]) -> int:
    """Rebuild the committed .ts and .qm files."""
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for lang in languages:
        result = build(lang, TRANSLATIONS)
        report_unused(lang, result)
        say(f"{lang}: {len(result.untranslated)} untranslated")
    return 0


def check(languages: list[str]) -> int:
    """Print what is untranslated or stale; 1 if anything is, else 0. Changes nothing."""
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        for lang in languages:
            result = build(lang, Path(tmp))
            report_unused(lang, result)
            for context, source in result.untranslated:
                say(f"{lang}: untranslated: [{context}] {source!r}")
            committed = TRANSLATIONS / f"n3desk_{lang}.qm"
            fresh = (Path(tmp) / f"n3desk_{lang}.qm").read_bytes()
            stale = not committed.exists() or committed.read_bytes() != fresh
            if stale:
                say(f"{lang}: {committed.name} is out of date: run python tools/i18n.py")
            failed = failed or stale or bool(result.untranslated)
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", nargs="+", metavar="LANG", choices=sorted(LANGUAGES))
    args = parser.parse_args(argv)
    if args.check:
        return check(args.check)
    return update(list(LANGUAGES))


if __name__ == "__main__":
    sys.exit(main())
