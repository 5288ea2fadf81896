"""qt-material's look is rendered once into the user cache and applied from there."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QFile
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from n3desk.app.material_cache import STYLESHEET, cache_root, load_look
from n3desk.app.theme import apply_theme

EXTRA = {"font_family": "DejaVu Sans", "font_size": "15px", "density_scale": "0"}


@pytest.fixture(autouse=True)
def _back_to_light(qapp: QApplication):  # type: ignore[no-untyped-def]
    yield
    apply_theme(qapp, "light_blue.xml", 1.0)


def test_look_is_rendered_into_the_redirected_user_cache(qapp: QApplication) -> None:
    """The first load renders qt-material's stylesheet and icons under XDG_CACHE_HOME."""
    look = load_look("dark_blue.xml", False, EXTRA)
    assert look is not None
    assert look.folder.parent == cache_root()
    assert str(cache_root()).startswith(str(Path.home()))  # the tests' temporary home
    assert (look.folder / "primary" / "checkbox_checked.svg").is_file()
    assert "DejaVu Sans" in look.stylesheet
    assert "icon:/primary/" in look.stylesheet


def test_second_load_reads_the_cache_instead_of_rendering(qapp: QApplication) -> None:
    """A look already rendered is read back as stored (nothing renders it again)."""
    first = load_look("dark_blue.xml", False, EXTRA)
    assert first is not None
    stored = first.folder / STYLESHEET
    stored.write_text(first.stylesheet + "/* kept */", encoding="utf-8")
    again = load_look("dark_blue.xml", False, EXTRA)
    assert again is not None
    assert again.folder == first.folder
    assert again.stylesheet.endswith("/* kept */")


def test_other_options_get_their_own_look(qapp: QApplication) -> None:
    """A different font size (font scale) is a different cached look."""
    small = load_look("light_blue.xml", True, EXTRA)
    large = load_look("light_blue.xml", True, {**EXTRA, "font_size": "22px"})
    assert small is not None
    assert large is not None
    assert small.folder != large.folder
    assert "22px" in large.stylesheet


def test_incomplete_cache_folder_is_rendered_again(qapp: QApplication) -> None:
    """A folder left without its stylesheet (a crash while writing) is rendered anew."""
    look = load_look("light_blue.xml", True, EXTRA)
    assert look is not None
    (look.folder / STYLESHEET).unlink()
    again = load_look("light_blue.xml", True, EXTRA)
    assert again is not None
    assert again.stylesheet == look.stylesheet


def test_applied_theme_finds_its_icons(qapp: QApplication) -> None:
    """After apply_theme the icon:/ paths resolve in the cache and the palette is qt-material's."""
    apply_theme(qapp, "high_contrast.xml", 1.0)
    assert QFile.exists("icon:/primary/checkbox_checked.svg")
    assert QGuiApplication.palette().color(QPalette.ColorRole.Text).alpha() == 92


def test_look_key_when_qt_material_code_is_not_a_file(tmp_path: Path) -> None:
    """As in the packaged app (code in PyInstaller's archive, data as files): the look
    still has a key, the same each time, and a change to a data file still changes it."""
    from n3desk.app.material_cache import look_key, qt_material_folder, theme_path

    installed = qt_material_folder()
    assert installed is not None
    bundled = tmp_path / "qt_material"
    (bundled / "resources").mkdir(parents=True)
    for name in ("material.qss.template", "resources/generate.py"):
        (bundled / name).write_bytes((installed / name).read_bytes())
    assert not (bundled / "__init__.py").exists()
    theme = theme_path("light_blue.xml", installed)
    key = look_key(theme, bundled, True, EXTRA)
    assert key == look_key(theme, bundled, True, EXTRA)
    assert key != look_key(theme, installed, True, EXTRA)
    (bundled / "material.qss.template").write_text("/* changed */", encoding="utf-8")
    assert look_key(theme, bundled, True, EXTRA) != key
