"""Write resources/licenses/: the third-party notices and licence texts n3desk must carry.

    .venv/bin/python packaging/third_party.py

Reads each runtime dependency's licence from its installed metadata (the closure of
n3desk's own requirements, no extras), copies the licence files the distribution
ships, and writes THIRD_PARTY_NOTICES.md around them with the parts metadata cannot
tell: Qt's LGPL terms and how to replace Qt in the bundle, Python, the fonts, the
bundle's launcher, and the compiled libraries of other projects that some wheels
carry beside their own code (psycopg-binary's libpq, OpenSSL, Kerberos, ...; see
NATIVE_PROJECTS). Run it again after adding or upgrading a dependency; a test
(tests/packaging/test_notices.py) fails when a dependency has no notice.
"""

from __future__ import annotations

import importlib.metadata as metadata
import re
import shutil
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
LICENSES = ROOT / "resources" / "licenses"
PACKAGE_TEXTS = LICENSES / "packages"
COMMON_LICENSES = Path("/usr/share/common-licenses")
LICENSE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)[^/]*$", re.IGNORECASE)
# Distributions without licence files of their own: the text that covers them.
QT_DISTRIBUTIONS = ("PySide6-Essentials", "PySide6", "shiboken6")
BUNDLED_TEXTS = LICENSES / "bundled"
DEBIAN_DOCS = Path("/usr/share/doc")
# Where wheels keep the libraries of other projects: auditwheel (Linux) and delvewheel
# (Windows) in NAME.libs/ beside the package, delocate (macOS) in PACKAGE/.dylibs/.
LIBRARY_FOLDER = re.compile(r"(^|/)[^/]+\.libs/|(^|/)\.dylibs/")
SHARED_LIBRARY = re.compile(r"\.(so(\.[0-9]+)*|dylib|dll)$")


@dataclass(frozen=True)
class NativeProject:
    """A project whose compiled libraries a wheel carries (found by file-name prefix)."""

    name: str
    licence: str
    home: str
    prefixes: tuple[str, ...]
    text: str  # file under resources/licenses/
    debian: str = ""  # the Debian package whose copyright file holds the project's terms


# psycopg-binary (the team library's PostgreSQL driver) carries libpq and what libpq is
# built with. The terms are each project's own; the texts are taken from Debian's
# copyright files of the same projects when this machine has them (else the committed
# copy is kept). A library that matches no entry stops the script.
NATIVE_PROJECTS = (
    NativeProject(
        "PostgreSQL (libpq)", "PostgreSQL", "https://www.postgresql.org/",
        ("libpq",), "bundled/PostgreSQL.txt", "libpq5",
    ),
    NativeProject(
        "OpenSSL", "Apache-2.0", "https://www.openssl.org/",
        ("libssl", "libcrypto"), "bundled/OpenSSL.txt", "libssl3",
    ),
    NativeProject(
        "MIT Kerberos", "MIT (Kerberos licence)", "https://web.mit.edu/kerberos/",
        ("libkrb5", "libk5crypto", "libgssapi_krb5", "libkrb5support"),
        "bundled/MIT-Kerberos.txt", "libkrb5-3",
    ),
    NativeProject(
        "com_err (e2fsprogs, MIT Kerberos)", "MIT", "https://e2fsprogs.sourceforge.net/",
        ("libcom_err",), "bundled/com_err.txt", "libcom-err2",
    ),
    NativeProject(
        "OpenLDAP", "OLDAP-2.8", "https://www.openldap.org/",
        ("libldap", "liblber"), "bundled/OpenLDAP.txt", "libldap-2.5-0",
    ),
    NativeProject(
        "Cyrus SASL", "BSD-4-Clause (CMU)", "https://www.cyrusimap.org/sasl/",
        ("libsasl2",), "bundled/Cyrus-SASL.txt", "libsasl2-2",
    ),
    NativeProject(
        "keyutils", "LGPL-2.1-or-later", "https://people.redhat.com/~dhowells/keyutils/",
        ("libkeyutils",), "bundled/keyutils.txt", "libkeyutils1",
    ),
    NativeProject(
        "libxcrypt", "LGPL-2.1-or-later", "https://github.com/besser82/libxcrypt",
        ("libcrypt",), "bundled/libxcrypt.txt", "libcrypt1",
    ),
)  # fmt: skip
# Wheels whose own licence text already covers the libraries they carry.
COVERED_BY_OWN_TEXT = {"pillow"}


@dataclass(frozen=True)
class Component:
    """One installed distribution the bundle carries."""

    name: str
    version: str
    licence: str
    homepage: str
    text: str  # file under resources/licenses/ with the full licence text


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_closure(root: str = "n3desk") -> list[metadata.Distribution]:
    """The installed distributions ``root`` needs at run time, ``root`` first.

    ``root``'s own extras are left out (tests, packaging), but an extra that a
    requirement asks for is followed: ``psycopg[binary]`` brings psycopg-binary.
    """
    seen: dict[str, metadata.Distribution] = {}
    todo: list[tuple[str, frozenset[str]]] = [(root, frozenset())]
    extras_seen: dict[str, frozenset[str]] = {}
    while todo:
        name, extras = todo.pop()
        key = normalise(name)
        if key in seen and extras <= extras_seen[key]:
            continue
        extras_seen[key] = extras_seen.get(key, frozenset()) | extras
        dist = seen.setdefault(key, metadata.distribution(name))
        for line in dist.requires or []:
            requirement = Requirement(line)
            wanted = requirement.marker is None or any(
                requirement.marker.evaluate({"extra": extra}) for extra in {"", *extras}
            )
            if wanted:
                todo.append((requirement.name, frozenset(requirement.extras)))
    return list(seen.values())


def field(dist: metadata.Distribution, name: str) -> str:
    """A metadata field's first value, or ''."""
    values = dist.metadata.get_all(name) or []
    return str(values[0]) if values else ""


def licence_of(dist: metadata.Distribution) -> str:
    """The SPDX expression, else the licence field, else the trove classifiers."""
    meta = dist.metadata
    expression = field(dist, "License-Expression")
    if expression:
        return expression
    free_text = field(dist, "License").strip()
    if free_text and "\n" not in free_text and len(free_text) < 80:
        return free_text
    classifiers = [
        c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License")
    ]
    return ", ".join(classifiers) or "see the licence text"


def homepage_of(dist: metadata.Distribution) -> str:
    urls = [str(url).partition(",") for url in dist.metadata.get_all("Project-URL") or []]
    for label, _, address in urls:
        if label.strip().lower() in ("homepage", "home", "source", "repository"):
            return address.strip()
    return field(dist, "Home-page") or (urls[0][2].strip() if urls else "")


def copy_licence_files(dist: metadata.Distribution) -> str | None:
    """Concatenate the distribution's licence files into packages/NAME.txt."""
    files = [f for f in dist.files or [] if ".dist-info/" in str(f) and LICENSE_FILE.search(str(f))]
    if not files:
        return None
    name = dist.metadata["Name"]
    parts = []
    for file in sorted(files, key=str):
        body = Path(str(file.locate())).read_text(encoding="utf-8", errors="replace")
        parts.append(f"==> {Path(str(file)).name} of {name} <==\n\n{body.strip()}\n")
    target = PACKAGE_TEXTS / f"{name}.txt"
    target.write_text("\n\n".join(parts), encoding="utf-8")
    return f"packages/{target.name}"


def copy_common_texts() -> None:
    """The GNU licences (Qt, the Linux bundle's system libraries) and Python's licence."""
    for source, target in (
        ("LGPL-3", "LGPL-3.0.txt"),
        ("GPL-3", "GPL-3.0.txt"),
        ("LGPL-2.1", "LGPL-2.1.txt"),
    ):
        path = COMMON_LICENSES / source
        if path.exists():
            shutil.copyfile(path, LICENSES / target)
        elif not (LICENSES / target).exists():
            raise SystemExit(f"{path} is missing: copy the {target} text by hand")
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if python_licence.exists():
        shutil.copyfile(python_licence, LICENSES / "Python-PSF.txt")
    shutil.copyfile(ROOT / "LICENSE", LICENSES / "n3desk-MIT.txt")


def carried_libraries(dist: metadata.Distribution) -> list[str]:
    """File names of the shared libraries of other projects that ``dist``'s wheel carries."""
    names = {
        Path(str(file)).name
        for file in dist.files or []
        if LIBRARY_FOLDER.search(str(file).replace("\\", "/"))
        and SHARED_LIBRARY.search(str(file))
    }
    return sorted(names)


def native_project(library: str) -> NativeProject | None:
    """The project a carried library (``libpq-e9b5c9ac.so.5.18``) belongs to."""
    return next(
        (
            project
            for project in NATIVE_PROJECTS
            if any(re.match(rf"{re.escape(p)}([-._]|$)", library) for p in project.prefixes)
        ),
        None,
    )


@dataclass(frozen=True)
class Carried:
    """The libraries of one project that one wheel carries."""

    project: NativeProject
    carrier: str  # the distribution whose wheel holds them
    files: tuple[str, ...]


def carried_projects(dists: list[metadata.Distribution]) -> list[Carried]:
    """Every project whose libraries the runtime wheels carry; stops on an unknown one."""
    found: dict[tuple[str, str], list[str]] = {}
    for dist in dists:
        name = str(dist.metadata["Name"])
        if normalise(name) in COVERED_BY_OWN_TEXT:
            continue
        for library in carried_libraries(dist):
            project = native_project(library)
            if project is None:
                raise SystemExit(
                    f"{name} carries {library}, which NATIVE_PROJECTS does not know: "
                    "add the project it comes from, with its licence"
                )
            found.setdefault((project.name, name), []).append(library)
    by_name = {p.name: p for p in NATIVE_PROJECTS}
    return [
        Carried(by_name[project], carrier, tuple(files))
        for (project, carrier), files in sorted(found.items())
    ]


def copy_native_texts(carried: list[Carried]) -> None:
    """Each carried project's terms: Debian's copyright file of it, when there is one."""
    BUNDLED_TEXTS.mkdir(parents=True, exist_ok=True)
    for project in {c.project for c in carried}:
        target = LICENSES / project.text
        source = DEBIAN_DOCS / project.debian / "copyright"
        if not source.exists():
            if not target.exists():
                raise SystemExit(f"{source} is missing: write {target} by hand")
            continue
        body = source.read_text(encoding="utf-8", errors="replace").strip()
        if project.licence == "Apache-2.0":
            # Debian's file points at its common licences; the bundle carries the text.
            apache = COMMON_LICENSES / "Apache-2.0"
            body += "\n\n==> Apache License 2.0 <==\n\n" + apache.read_text(encoding="utf-8")
        elif project.licence.startswith("LGPL-2.1"):
            body += "\n\n(The GNU LGPL 2.1 is LGPL-2.1.txt in this folder.)"
        target.write_text(
            f"{project.name}: copyright and licence terms ({project.licence}), "
            f"{project.home}\n(as Debian records them for the same project)\n\n{body.strip()}\n",
            encoding="utf-8",
        )


def components() -> list[Component]:
    PACKAGE_TEXTS.mkdir(parents=True, exist_ok=True)
    for old in PACKAGE_TEXTS.glob("*.txt"):
        old.unlink()
    found = []
    for dist in runtime_closure()[1:]:
        name = str(dist.metadata["Name"])
        text = copy_licence_files(dist)
        if text is None and normalise(name) in map(normalise, QT_DISTRIBUTIONS):
            text = "LGPL-3.0.txt"
        if text is None:
            raise SystemExit(f"{name} ships no licence file: write its notice by hand")
        found.append(Component(name, dist.version, licence_of(dist), homepage_of(dist), text))
    return sorted(found, key=lambda c: c.name.lower())


def write_notices(found: list[Component], carried: list[Carried]) -> None:
    rows = "\n".join(
        f"| {c.name} | {c.version} | {c.licence} | {c.text} | {c.homepage} |" for c in found
    )
    native_rows = "\n".join(
        f"| {c.project.name} | {c.carrier} | {', '.join(f'`{f}`' for f in c.files)} | "
        f"{c.project.licence} | {c.project.text} | {c.project.home} |"
        for c in carried
    )
    qt_version = next((c.version for c in found if c.name.startswith("PySide6")), "6")
    text = NOTICES.format(
        rows=rows,
        native_rows=native_rows,
        qt_version=qt_version,
        python=".".join(map(str, sys.version_info[:3])),
    )
    (LICENSES / "THIRD_PARTY_NOTICES.md").write_text(text, encoding="utf-8")


NOTICES = """\
# Third-party notices

n3desk is free software under the MIT licence (`n3desk-MIT.txt`). The desktop bundle
also carries the software below; each part keeps its own licence, and the full texts
are in this folder (`resources/licenses/` in the source, `n3desk/assets/licenses/`
in an installed or bundled n3desk). This file is written by
`packaging/third_party.py` from the installed packages' own metadata.

## Qt and Qt for Python (PySide6 {qt_version}, shiboken6): LGPL-3.0

n3desk uses the Qt libraries and their Python bindings under the GNU Lesser General
Public License version 3 (`LGPL-3.0.txt`, which adds permissions to the GNU General
Public License version 3, `GPL-3.0.txt`). Copyright (C) The Qt Company Ltd. and
other contributors. n3desk does not modify Qt or PySide6.

Source code: Qt at https://download.qt.io/official_releases/qt/ and
https://code.qt.io/cgit/qt/ ; Qt for Python (PySide6, shiboken6) at
https://code.qt.io/cgit/pyside/pyside-setup.git/ , tag v{qt_version}. On request the
n3desk maintainers provide the exact sources of the Qt and PySide6 versions in a
given bundle.

Replacing Qt in the bundle (your right under LGPL-3.0 section 4): the bundle is a
plain folder and loads Qt as ordinary shared libraries, so you can swap them for
your own build of the same Qt and PySide6 version:

- Windows: `n3desk\\_internal\\PySide6\\` holds `Qt6Core.dll`, `Qt6Gui.dll`,
  `Qt6Widgets.dll`, ... and `plugins\\`; the PySide6 modules (`QtCore.pyd`, ...) and
  `shiboken6\\` sit beside them.
- Linux: `n3desk/_internal/PySide6/Qt/lib/libQt6*.so.6` and
  `n3desk/_internal/PySide6/Qt/plugins/`; the PySide6 modules
  (`QtCore.abi3.so`, ...) are in `n3desk/_internal/PySide6/`.
- macOS: `n3desk.app/Contents/Frameworks/PySide6/Qt/lib/Qt*.framework`.

Replace the files with ones built from the sources above (or from your modified
sources) with the same names; n3desk then runs on your libraries. Keeping
`pip install n3desk` in a virtual environment is another way to run n3desk on any
PySide6 build.

Qt itself contains third-party code (ICU, HarfBuzz, FreeType, libpng, zlib, PCRE2,
double-conversion, md4c and others), listed with their licences at
https://doc.qt.io/qt-6/licenses-used-in-qt.html .

## Python {python}

The bundle contains the Python interpreter and standard library, under the Python
Software Foundation License (`Python-PSF.txt`). Copyright (c) 2001 Python Software
Foundation; All Rights Reserved.
Python's `ssl` module stays in the bundle because psycopg imports it (the team
library); with it come the OpenSSL libraries Python was built with (`libssl`,
`libcrypto`; Apache-2.0 for OpenSSL 3, `bundled/OpenSSL.txt`).

## Fonts

DejaVu Sans (in `fonts/`), under the Bitstream Vera licence with DejaVu's changes in
the public domain: the full text is `fonts/LICENSE-DejaVu.txt` (Debian's copyright
file of the fonts; its GPL part covers Debian's packaging scripts, not the fonts).
The fonts are embedded in the PDF records n3desk writes.

Noto Emoji (`fonts/NotoEmoji-Regular.ttf`, the monochrome emoji and symbol font that
takes over for characters DejaVu Sans lacks, on screen and in the PDF), Copyright 2013
Google LLC, under the SIL Open Font License 1.1: the full text is `NotoEmoji-OFL.txt`.
It was converted to TrueType from the `@fontsource/noto-emoji` package, with every
character kept (`tools/emoji_font.py`); it is embedded, as a subset, in the PDF
records n3desk writes.

## Python packages

| package | version | licence | full text | home |
| --- | --- | --- | --- | --- |
{rows}

Pillow's text also lists the licences of the image libraries its wheels contain
(libjpeg-turbo, libpng, libtiff, libwebp, FreeType, Little CMS, OpenJPEG, zlib, ...).

## Libraries of other projects inside the Python packages

Some wheels carry compiled libraries of other projects beside their own code. The team
library's PostgreSQL driver, psycopg-binary, carries PostgreSQL's client library libpq
and the libraries libpq is built with (as found in the wheel this file was written
from; other platforms' wheels carry a subset of them):

| project | carried by | files | licence | full text | home |
| --- | --- | --- | --- | --- | --- |
{native_rows}

cryptography, which keyring uses to reach the Linux desktop's password store, links
OpenSSL into its own module (Apache-2.0, `bundled/OpenSSL.txt`) and is built from Rust
crates under MIT, Apache-2.0 and BSD licences, listed in the software bill of materials
its wheel ships.

## The bundle's launcher

The `n3desk` executables of the bundle are PyInstaller's bootloader, under the GNU
General Public License version 2 or later with an exception that allows it to be
distributed with programs under any licence (https://pyinstaller.org/en/stable/license.html).

## Libraries of the operating system (Linux bundle)

The Linux bundle also copies some libraries of the system it was built on
(GLib, D-Bus, libX11 and libxcb, xkbcommon, fontconfig, FreeType, HarfBuzz,
libstdc++, SQLite, zlib, ...); they are under their own free licences (LGPL-2.1,
`LGPL-2.1.txt`, for GLib, libsystemd and libgcrypt; MIT, BSD or zlib-style for most
of the others; GPL-3.0 with the GCC Runtime Library Exception for libstdc++). Their
copyright files, when the build machine has them, are in the bundle's
`_internal/licenses/system/` folder.
"""


def main() -> int:
    LICENSES.mkdir(parents=True, exist_ok=True)
    copy_common_texts()
    found = components()
    carried = carried_projects(runtime_closure()[1:])
    copy_native_texts(carried)
    write_notices(found, carried)
    print(f"wrote notices for {len(found)} packages to {LICENSES}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
