"""Generated maps on the projector: names whole at 20 px or more, nothing over anything.

The room's map has the least room of all (a 4:3 projector, every text at least 20 px
on the wall): up to twenty-five actors every name is on the wall, beside its actor or
numbered in the key. A crowded forty on a 1024×768 projector does not fit yet: about
three in four names are shown (whole, never cut), the rest only in the facilitator's
table; the bound below guards that figure from getting worse (docs/map.md).
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QRect
from pytestqt.qtbot import QtBot

from n3desk.app.document import SessionDocument
from n3desk.app.projector.look import LOOKS, MIN_TEXT_PX, text_px
from n3desk.app.projector.state import MAP, Target
from n3desk.app.session_window import SessionWindow
from n3desk.domain.changes import Put
from n3desk.domain.templates import BLANK, instantiate
from n3desk.store import Library

from ...map_samples import sample_map  # noqa: TID252 - the shared generator
from ..map.readability import keep_render, missing_names, outside, overlaps  # noqa: TID252
from .conftest import DrawnText

CASES = [
    (14, 8, "da", 0, (1024, 768)),
    (25, 12, "sv", 1, (1024, 768)),
    (40, 20, "da", 2, (1024, 768)),
    (40, 20, "en", 3, (1920, 1080)),
]


def wall(library: Library, qtbot: QtBot, actors: int, relations: int, language: str,
         seed: int, size: tuple[int, int]) -> SessionWindow:  # fmt: skip
    """A session with a generated map, its projector showing the map at ``size``."""
    workshop = instantiate(BLANK, "Väggen", language=language, now=time.time())
    people, links = sample_map(
        workshop.session.id, actors=actors, relations=relations, language=language, seed=seed
    )
    workshop.apply([Put(r) for r in (*people, *links)])
    library.add(workshop)
    window = SessionWindow(SessionDocument(library, library.load(workshop.session.id)))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    projector = window.presenter.window
    projector.content.set_look(LOOKS["light"], 1.0)
    window.presenter.state.fix(Target(MAP))
    projector.place_on(QRect(0, 0, *size))
    projector.content.map.refit()
    projector.grab()
    return window


@pytest.mark.parametrize(("actors", "relations", "language", "seed", "size"), CASES)
def test_names_on_the_wall_are_whole_large_and_clear(
    library: Library,
    qtbot: QtBot,
    drawn_texts: list[DrawnText],
    actors: int,
    relations: int,
    language: str,
    seed: int,
    size: tuple[int, int],
) -> None:
    """No text under 20 px, none over another or over an actor, each name shown whole."""
    window = wall(library, qtbot, actors, relations, language, seed, size)
    drawn_texts.clear()
    window.presenter.window.grab()
    scene = window.presenter.window.content.map.scene
    smallest = text_px(MIN_TEXT_PX, size[1])
    small = [(t.text[:20], round(t.pixels, 1)) for t in drawn_texts
             if t.text.strip() and t.pixels < smallest - 0.5]  # fmt: skip
    missing = missing_names(scene)
    allowed = 0 if actors <= 25 else actors // 3
    found = {
        "small": small,
        "overlaps": overlaps(scene),
        "outside": outside(scene),
        "missing": missing if len(missing) > allowed else [],
    }
    if any(found.values()):
        path = keep_render(window.presenter.window, f"wall-{language}-{actors}-{seed}-{size[0]}")
        pytest.fail(f"{found} (see {path})")
    drawn_names = {t.text.replace("\n", " ") for t in drawn_texts}
    shown = [i for i in scene.stakeholder_items() if not i.label_rect().isEmpty()]
    for item in shown:
        if item.key_number is None:
            assert " ".join(item.stakeholder.name.split()) in drawn_names
