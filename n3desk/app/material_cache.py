"""qt-material's stylesheet and icons, rendered once per look and kept in the user cache.

``qt_material.apply_stylesheet`` compiles a 1,500-line Jinja template, rewrites its
37 icons three times into ``~/.qt_material/theme`` (deleting the folder first, so two
apps starting at once can lose each other's icons) and imports Jinja2 — about a
fifth of a second on every start. The result only depends on the theme file,
qt-material's own files and our options, so it is rendered once into a folder of
the user cache named after a hash of exactly those, and applied from there: the
Fusion style, qt-material's palette tweak, its icon search path and the stylesheet.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from n3desk.app import wheel_guard

log = logging.getLogger(__name__)

FORMAT = "1"  # bump when what is stored in a cached look changes
STYLESHEET = "stylesheet.qss"
DETAILS = "look.json"
ICON_FOLDERS = ("primary", "disabled", "active")


@dataclass(frozen=True, slots=True)
class Look:
    """One rendered qt-material look: where its icons are and what to apply."""

    folder: Path
    stylesheet: str
    text_colour: str  # the palette's Text colour qt-material sets, as #AARRGGBB
    environ: dict[str, str]  # the variables qt-material puts in os.environ


def qt_material_folder() -> Path | None:
    """Where qt-material is installed (found without importing it), or None."""
    spec = importlib.util.find_spec("qt_material")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent


def theme_path(theme: str, package: Path) -> Path:
    """The XML file of ``theme``: a path as given, else one of qt-material's themes."""
    given = Path(theme)
    return given if given.is_file() else package / "themes" / theme


def look_key(theme_file: Path, package: Path, invert_secondary: bool, extra: dict[str, str]) -> str:
    """A hash of everything the rendered look depends on."""
    digest = hashlib.sha256(FORMAT.encode())
    for source in (
        theme_file,
        package / "material.qss.template",
        package / "__init__.py",
        package / "resources" / "generate.py",
    ):
        try:
            digest.update(source.read_bytes())
        except FileNotFoundError:
            # The packaged app (PyInstaller) keeps qt-material's code in its archive,
            # not as files: the bundle's own program stands for it, so a new bundle
            # renders the look afresh. (Reading it failed: the bundle had no theme.)
            digest.update(f"{source.name} in {_bundle_stamp()}".encode())
    digest.update(json.dumps([invert_secondary, extra], sort_keys=True).encode())
    return digest.hexdigest()[:24]


def _bundle_stamp() -> str:
    """The running program and when it was written (a bundle's n3desk, or Python)."""
    program = Path(sys.executable)
    try:
        return f"{program} {program.stat().st_mtime_ns}"
    except OSError:
        return str(program)


def cache_root() -> Path:
    """The folder holding the rendered looks (inside the user's cache folder)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("n3desk", appauthor=False)) / "qt-material"


def _read(folder: Path) -> Look | None:
    try:
        details = json.loads((folder / DETAILS).read_text(encoding="utf-8"))
        stylesheet = (folder / STYLESHEET).read_text(encoding="utf-8")
    except (OSError, ValueError):
        return None
    if not all((folder / name).is_dir() for name in ICON_FOLDERS):
        return None
    return Look(folder, stylesheet, str(details["text_colour"]), dict(details["environ"]))


def _render(theme_file: Path, invert_secondary: bool, extra: dict[str, str], into: Path) -> bool:
    """Let qt-material render the look into the folder ``into``; False if it cannot."""
    import qt_material

    before = dict(os.environ)
    stylesheet = qt_material.build_stylesheet(
        str(theme_file), invert_secondary, dict(extra), parent=str(into)
    )
    if stylesheet is None:
        return False
    environ = {k: v for k, v in os.environ.items() if before.get(k) != v}
    text = QGuiApplication.palette().color(QPalette.ColorRole.Text)
    details = {"text_colour": text.name(QColor.NameFormat.HexArgb), "environ": environ}
    (into / DETAILS).write_text(json.dumps(details), encoding="utf-8")
    # Written last: a folder with a stylesheet is complete.
    (into / STYLESHEET).write_text(stylesheet, encoding="utf-8")
    return True


def load_look(theme: str, invert_secondary: bool, extra: dict[str, str]) -> Look | None:
    """The rendered look for these options, rendering it first if it is not cached."""
    package = qt_material_folder()
    if package is None:
        log.warning("qt-material is not installed: no theme")
        return None
    theme_file = theme_path(theme, package)
    key = look_key(theme_file, package, invert_secondary, extra)
    root = cache_root()
    folder = root / key
    look = _read(folder)
    if look is not None:
        return look
    try:
        root.mkdir(parents=True, exist_ok=True)
        scratch = Path(tempfile.mkdtemp(prefix=f".{key}-", dir=root))
    except OSError as exc:  # no writable cache: render for this run only
        log.warning("no theme cache in %s: %s", root, exc)
        scratch = folder = Path(tempfile.mkdtemp(prefix="n3desk-look-"))
    if not _render(theme_file, invert_secondary, extra, scratch):
        shutil.rmtree(scratch, ignore_errors=True)
        return None
    if scratch != folder:
        if folder.exists() and _read(folder) is None:  # left incomplete by a crash
            shutil.rmtree(folder, ignore_errors=True)
        try:
            scratch.rename(folder)
        except OSError:  # another n3desk rendered the same look meanwhile
            shutil.rmtree(scratch, ignore_errors=True)
    return _read(folder)


def apply_look(app: QApplication, look: Look, extra_rules: str) -> None:
    """Apply ``look`` as qt_material.apply_stylesheet would, with ``extra_rules`` after it."""
    # Through the wheel guard, which rides on the application's style.
    wheel_guard.set_style(app, "Fusion")
    os.environ.update(look.environ)
    palette = QGuiApplication.palette()
    palette.setColor(QPalette.ColorRole.Text, QColor(look.text_colour))
    QGuiApplication.setPalette(palette)
    # (qt-material also adds a "qt_material" prefix, which Qt rejects for its
    # underscore and its template never uses.)
    QDir.setSearchPaths("icon", [str(look.folder)])
    app.setStyleSheet(look.stylesheet + extra_rules)
