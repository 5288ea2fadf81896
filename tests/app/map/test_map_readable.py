"""Generated maps on the facilitator's page: every name whole, nothing over anything.

Seeded maps of 1–40 actors with long names in the four languages and 0–30 relations
(:mod:`tests.map_samples`), laid out in the map's part of a 1024×768 and of a
1920×1080 window. The normal run takes a fast subset; ``N3DESK_GENERATED_SEEDS=N``
(or ``N3DESK_GENERATED=full``) runs every seed and size (see docs/map.md). A failing
map is saved as a picture.
"""

from __future__ import annotations

import os
import time

import pytest
from pytestqt.qtbot import QtBot

from n3desk.app.document import SessionDocument
from n3desk.app.map import edits
from n3desk.app.map.page import MapPage
from n3desk.domain.changes import Put
from n3desk.domain.templates import BLANK, instantiate
from n3desk.store import Library

from ...map_samples import LANGUAGES, sample_map  # noqa: TID252 - the shared generator
from .readability import (
    keep_render,
    markers_overlapping,
    missing_names,
    outside,
    overlaps,
    unnumbered,
)

# The generated suite's full run (README) sets N3DESK_GENERATED_SEEDS; "full" is the older name.
FULL = os.environ.get("N3DESK_GENERATED") == "full" or bool(
    os.environ.get("N3DESK_GENERATED_SEEDS")
)

# (map viewport width, height): a 1024×768 window (menus, tabs, the tool row and the
# timer strip take the rest) and a 1920×1080 one with the table beside the map.
VIEWPORTS = {"1024x768": (1004, 506), "1920x1080": (1290, 850)}
CASES = (
    [(n, r, lang, seed, size) for n, r in ((1, 0), (9, 4), (14, 8), (25, 15), (40, 30))
     for seed, lang in enumerate(LANGUAGES) for size in ("1024x768",)]
    + [(40, 20, lang, 7, "1920x1080") for lang in ("da", "sv")]
)  # fmt: skip
if FULL:
    CASES = [
        (n, min(30, n), lang, seed, size)
        for n in range(1, 41, 3)
        for lang in LANGUAGES
        for seed in range(3)
        for size in VIEWPORTS
    ]


def map_document(
    library: Library, actors: int, relations: int, language: str, seed: int
) -> SessionDocument:
    """A new session in ``language`` with a generated map, stored and opened."""
    workshop = instantiate(BLANK, f"Karta {seed}", language=language, now=time.time())
    people, links = sample_map(
        workshop.session.id, actors=actors, relations=relations, language=language, seed=seed
    )
    workshop.apply([Put(r) for r in (*people, *links)])
    library.add(workshop)
    return SessionDocument(library, library.load(workshop.session.id))


def shown_page(document: SessionDocument, qtbot: QtBot, viewport: tuple[int, int]) -> MapPage:
    """The map page sized so that its map gets exactly ``viewport``."""
    page = MapPage(document)
    qtbot.addWidget(page)
    page.resize(viewport[0] + 20, viewport[1] + 60)
    page.show()
    qtbot.waitExposed(page)
    if viewport[0] >= 1200:
        page.panel_toggle.setChecked(True)

    def settled() -> bool:  # the tool row's height depends on fonts: settle on the viewport
        over_w = page.width() - page.view.viewport().width()
        over_h = page.height() - page.view.viewport().height()
        page.resize(viewport[0] + over_w, viewport[1] + over_h)
        size = page.view.viewport().size()
        return (size.width(), size.height()) == viewport

    qtbot.waitUntil(settled)
    page.view.fit()
    return page


@pytest.mark.parametrize(("actors", "relations", "language", "seed", "size"), CASES)
def test_every_name_is_whole_and_nothing_covers_anything(
    library: Library,
    qtbot: QtBot,
    actors: int,
    relations: int,
    language: str,
    seed: int,
    size: str,
) -> None:
    """No name cut or missing, no text over a text or a marker, all of it in view."""
    document = map_document(library, actors, relations, language, seed)
    page = shown_page(document, qtbot, VIEWPORTS[size])
    scene = page.scene
    found = {
        "missing": missing_names(scene),
        "overlaps": overlaps(scene),
        "outside": outside(scene),
        "markers": markers_overlapping(scene),
    }
    # A number may find no room at all in a packed spot right under a sector title;
    # its name is still whole in the key. One in twenty is the most that is allowed.
    lost = unnumbered(scene)
    if len(lost) > max(1, actors // 20):
        found["unnumbered"] = lost
    if any(found.values()):
        path = keep_render(page, f"map-{language}-{actors}-{seed}-{size}")
        pytest.fail(f"{found} (see {path})")
    assert len(scene.stakeholder_items()) == actors


def test_moving_one_actor_leaves_the_other_names_where_they_were(
    library: Library, qtbot: QtBot
) -> None:
    """A move re-places the moved actor's name only; undo and redo do the same."""
    document = map_document(library, 25, 12, "da", 3)
    page = shown_page(document, qtbot, VIEWPORTS["1024x768"])
    scene = page.scene

    def places() -> dict[str, tuple[object, ...]]:
        return {
            i.stakeholder_id: (i.pos().toTuple(), i.label_rect().translated(i.pos()).getRect(),
                               i.key_number, scene.key.entry_rect(i.stakeholder_id).getRect())
            for i in scene.stakeholder_items()
        }  # fmt: skip

    def shuffled(old: dict[str, tuple[object, ...]], new: dict[str, tuple[object, ...]]) -> list[str]:  # noqa: E501
        """Others whose place changed — but for a name in the key that the move made
        room for beside its marker (it leaves the key: a change for the better)."""
        return [
            sid
            for sid in old
            if sid != mover.id and old[sid] != new[sid]
            and not (old[sid][2] is not None and new[sid][2] is None)
        ]  # fmt: skip

    before = places()
    mover = min(document.workshop.stakeholders, key=lambda s: s.radius)  # in the crowd
    # To an empty spot: just inside the rim, where no other actor stands.
    target = (mover.angle + 180.0) % 360.0
    edits.move_stakeholders(document, {mover.id: (target, 0.93)})
    after = places()
    assert shuffled(before, after) == [], "a move shuffled other names"
    assert after[mover.id] != before[mover.id]
    assert overlaps(scene) == []
    assert missing_names(scene) == []
    document.undo_stack.undo()
    undone = places()
    assert shuffled(after, undone) == []
    assert overlaps(scene) == []
    document.undo_stack.redo()
    assert places()[mover.id][0] == after[mover.id][0]
    assert document.library.load(document.session.id) == document.workshop


@pytest.mark.parametrize("size", sorted(VIEWPORTS))
def test_three_hundred_markers_stay_apart(library: Library, qtbot: QtBot, size: str) -> None:
    """Even at 300 actors no marker covers another, and no drawn text covers anything."""
    document = map_document(library, 300, 30, "sv", 11)
    page = shown_page(document, qtbot, VIEWPORTS[size])
    assert markers_overlapping(page.scene) == []
    assert overlaps(page.scene) == []
    assert outside(page.scene) == []
