"""The projector is readable: no text under 20 px at 1024×768, in every look; shots translate."""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from n3desk.app.projector.look import LOOKS, MIN_TEXT_PX
from n3desk.app.projector.state import MAP, STAGE, Target
from n3desk.app.projector.text_block import TextBlock
from n3desk.app.session_window import SessionWindow
from n3desk.app.shot import render_shot
from n3desk.app.translation import install_translator
from n3desk.domain.changes import Put
from n3desk.domain.demo import build_demo
from n3desk.domain.entities import Stakeholder, new_id
from n3desk.store import Library

from .conftest import DrawnText


def widget_text_pixels(root: QWidget) -> list[tuple[str, float]]:
    """The pixel size of the font of every visible widget under ``root`` that shows text."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or not isinstance(widget, TextBlock):
            continue
        if not widget.shown_text():
            continue
        font = widget.drawn_font()
        pixels = font.pixelSize()
        if pixels <= 0:
            pixels = round(font.pointSizeF() * widget.logicalDpiY() / 72)
        found.append((widget.shown_text(), float(pixels)))
    return found


@pytest.mark.parametrize("look", sorted(LOOKS))
@pytest.mark.parametrize("kind", [STAGE, MAP])
def test_no_text_under_20_px_at_1024x768(
    session: SessionWindow, drawn_texts: list[DrawnText], look: str, kind: str
) -> None:
    """Every text of the stage card and the map, measured as drawn, is at least 20 px."""
    document = session.document
    stage = document.workshop.stages[0]
    long_text = "Skriv en lapp per behov och sätt upp den på tavlan. " * 40
    document.apply([Put(dataclasses.replace(stage, instructions=long_text))])
    document.apply(
        [Put(Stakeholder(new_id(), document.session.id, "Hemtjänsten", angle=30, radius=0.5))]
    )
    session.presenter.timer.toggle()
    projector = session.presenter.window
    projector.content.set_look(LOOKS[look], 1.0)
    session.presenter.state.fix(Target(kind))
    projector.place_on(QRect(0, 0, 1024, 768))
    projector.grab()
    drawn = [(t.text, t.pixels) for t in drawn_texts if t.text.strip()]
    widgets = widget_text_pixels(projector.content)
    assert drawn, "nothing was drawn"
    too_small = [
        (text[:30], round(px, 1)) for text, px in drawn + widgets if px < MIN_TEXT_PX - 0.5
    ]
    assert too_small == []
    if kind == STAGE:
        assert projector.content.card.instructions.shown_text().endswith("…")


@pytest.fixture
def demo_id(library: Library) -> str:
    workshop = build_demo("sv", time.time())
    library.add(workshop)
    return workshop.session.id


def test_projector_shot_in_swedish_differs_from_english(
    qtbot: QtBot, library: Library, demo_id: str, tmp_path: Path
) -> None:
    """A projector shot in Swedish is a different picture from the same one in English."""
    shots = {}
    try:
        for language in ("sv", "en"):
            out = tmp_path / f"{language}.png"
            render_shot(
                library.data_dir, demo_id, out, view="projector", size=(1024, 768),
                language=language, options={},
            )  # fmt: skip
            shots[language] = QImage(str(out))
    finally:
        install_translator("en")
    assert shots["sv"].size().width() == 1024
    assert shots["sv"] != shots["en"]
