"""Off-screen shots: the right size, the right language, clear errors."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from n3desk.app.shot import render_shot
from n3desk.app.translation import install_translator
from n3desk.domain.demo import build_demo
from n3desk.store import Library


@pytest.fixture
def demo_id(library: Library) -> str:
    workshop = build_demo("sv", time.time())
    library.add(workshop)
    return workshop.session.id


@pytest.fixture(autouse=True)
def _back_to_english(qapp):  # type: ignore[no-untyped-def]
    yield
    install_translator("en")


@pytest.mark.parametrize("view", ["start", "overview"])
@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_shot_has_the_size_asked_for(
    qtbot: QtBot, library: Library, demo_id: str, tmp_path: Path, view: str, size: tuple[int, int]
) -> None:
    """A shot of the start page or the Overview is a PNG of exactly the size asked for."""
    out = tmp_path / "shot.png"
    render_shot(library.data_dir, demo_id, out, view=view, size=size, language="en", options={})
    image = QImage(str(out))
    assert (image.width(), image.height()) == size


def test_swedish_shot_differs_from_english(
    qtbot: QtBot, library: Library, demo_id: str, tmp_path: Path
) -> None:
    """The same view in Swedish and English gives different pictures (the UI is translated)."""
    shots = {}
    for language in ("sv", "en"):
        out = tmp_path / f"{language}.png"
        render_shot(
            library.data_dir,
            None,
            out,
            view="start",
            size=(1024, 768),
            language=language,
            options={},
        )
        shots[language] = QImage(str(out))
    assert shots["sv"] != shots["en"]


def test_unknown_view_is_refused(library: Library, tmp_path: Path) -> None:
    """An unknown view name raises ValueError naming the views there are."""
    with pytest.raises(ValueError, match="overview"):
        render_shot(
            library.data_dir,
            None,
            tmp_path / "x.png",
            view="sideways",
            size=(800, 600),
            language="en",
            options={},
        )
