"""Generated maps on the projector: names whole at 20 px or more, nothing over anything.

The room's map has the least room of all (a 4:3 projector, every text at least 20 px
on the wall): every name is on the wall, whole, beside its actor or numbered in the
key, up to forty actors with the longest names of each language on a 1024×768
projector (a crowded map numbers every actor and lists them all beside the circle).
"""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from PySide6.QtCore import QRect
from pytestqt.qtbot import QtBot

from n3desk.app.document import SessionDocument
from n3desk.app.map import edits
from n3desk.app.projector.look import LOOKS, MIN_TEXT_PX, text_px
from n3desk.app.projector.state import MAP, Target
from n3desk.app.session_window import SessionWindow
from n3desk.domain.changes import Put
from n3desk.domain.templates import BLANK, instantiate
from n3desk.store import Library

from ...map_samples import NAMES, sample_map  # noqa: TID252 - the shared generator
from ..map.readability import (  # noqa: TID252
    keep_render,
    missing_names,
    outside,
    overlaps,
    unnumbered,
)
from .conftest import DrawnText

CASES = [
    (14, 8, "da", 0, (1024, 768)),
    (25, 12, "sv", 1, (1024, 768)),
    (40, 20, "da", 2, (1024, 768)),
    (40, 20, "en", 3, (1920, 1080)),
    (40, 20, "da", 4, (1920, 1080)),
    (40, 30, "sv", 5, (1024, 768)),
    (40, 0, "en", 6, (1024, 768)),
    (40, 20, "nb", 7, (1024, 768)),
    (40, 20, "en", 8, (1024, 768)),
]
# Forty actors all named with the twenty longest names of their language (each twice):
# on a 1920×1080 projector every one is on the wall. (On 1024×768 they need more room
# than the key has beside a circle whose eight sector titles must still fit: see
# docs/map.md.)
LONGEST = [(language, seed) for seed, language in enumerate(("sv", "en", "nb", "da"), start=10)]


def wall(library: Library, qtbot: QtBot, actors: int, relations: int, language: str,
         seed: int, size: tuple[int, int], *, longest: bool = False,
         citizen: str = "") -> SessionWindow:  # fmt: skip
    """A session with a generated map, its projector showing the map at ``size``
    (``longest``: every actor named with one of the language's longest names;
    ``citizen``: the name of the citizen at the centre)."""
    workshop = instantiate(BLANK, "Väggen", language=language, now=time.time())
    if citizen:
        workshop.apply([Put(replace(workshop.session, persona_name=citizen))])
    people, links = sample_map(
        workshop.session.id, actors=actors, relations=relations, language=language, seed=seed
    )
    if longest:
        pool = sorted(NAMES[language], key=len, reverse=True)[:20]
        people = [
            replace(p, name=f"{pool[n % len(pool)]}{' II' if n >= len(pool) else ''}")
            for n, p in enumerate(people)
        ]
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


def check_wall(window: SessionWindow, drawn_texts: list[DrawnText], name: str) -> None:
    """Every name on the wall whole and drawn, every keyed actor's number drawn at it,
    no text under 20 px, none over another or over an actor, none outside the view
    (a focused actor's relation label may lie over the faint dot of one it faded)."""
    projector = window.presenter.window
    drawn_texts.clear()
    projector.grab()
    scene = projector.content.map.scene
    faint = {f"marker {i.stakeholder.name}" for i in scene.stakeholder_items()
             if i.stakeholder_id in scene.faded_ids()}  # fmt: skip
    smallest = text_px(MIN_TEXT_PX, projector.height())
    small = [(t.text[:20], round(t.pixels, 1)) for t in drawn_texts
             if t.text.strip() and t.pixels < smallest - 0.5]  # fmt: skip
    found = {
        "small": small,
        "overlaps": [
            (a, b) for a, b in overlaps(scene) if not (a.startswith("relation ") and b in faint)
        ],
        "outside": outside(scene),
        "missing": missing_names(scene),
        "unnumbered": unnumbered(scene),
    }
    if any(found.values()):
        pytest.fail(f"{found} (see {keep_render(projector, name)})")
    drawn = {" ".join(t.text.split()) for t in drawn_texts}
    entries = scene.key.entries()
    for item in scene.stakeholder_items():
        whole = " ".join(item.stakeholder.name.split())
        entry = entries.get(item.stakeholder_id)
        if entry is None:
            assert whole in drawn, whole
        else:
            # (split() above reads the no-break space after the number as a space)
            assert f"{entry.number} {whole}" in drawn, whole
            assert str(entry.number) in drawn, entry.number


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
    """Every name on the wall, whole, at 20 px or more, clear of every other text."""
    window = wall(library, qtbot, actors, relations, language, seed, size)
    check_wall(window, drawn_texts, f"wall-{language}-{actors}-{seed}-{size[0]}")


@pytest.mark.parametrize(("language", "seed"), LONGEST)
def test_forty_long_names_all_on_the_wall(
    library: Library, qtbot: QtBot, drawn_texts: list[DrawnText], language: str, seed: int
) -> None:
    """Forty actors with their language's longest names: every one on the wall, whole."""
    window = wall(library, qtbot, 40, 20, language, seed, (1920, 1080), longest=True)
    check_wall(window, drawn_texts, f"wall-long-{language}-{seed}-1920")


@pytest.mark.parametrize(
    ("citizen", "size", "shrunk"),
    [
        ("Innbyggeren", (1024, 768), True),
        ("Maj-Britt Andersson, 81 år, bor alene i Sandvika", (1024, 768), True),
        ("Sensorleverandørens kontaktperson", (1920, 1080), False),
    ],
)
def test_the_citizens_name_is_whole_on_a_crowded_wall(
    library: Library,
    qtbot: QtBot,
    drawn_texts: list[DrawnText],
    citizen: str,
    size: tuple[int, int],
    shrunk: bool,
) -> None:
    """On a crowded map whose circle is made smaller, the citizen's name is whole (wrapped)."""
    window = wall(library, qtbot, 40, 20, "nb", 7, size, citizen=citizen)
    check_wall(window, drawn_texts, f"wall-citizen-{len(citizen)}-{size[0]}")
    scene = window.presenter.window.content.map.scene
    # Below 1.0: the shrunken map the name was once cut on (the size the key needs).
    assert (scene.map_scale() < 1.0) == shrunk
    written = [t for t in drawn_texts if " ".join(t.text.split()) == citizen]
    assert len(written) == 1, [t.text for t in drawn_texts if t.text[:3] == citizen[:3]]
    assert "…" not in written[0].text
    assert written[0].pixels >= text_px(MIN_TEXT_PX, size[1]) - 0.5
    lines = written[0].text.split("\n")
    assert 1 <= len(lines) <= 3


@pytest.mark.parametrize(
    ("actors", "relations", "language", "seed", "size"),
    [
        (14, 12, "da", 0, (1024, 768)),
        (40, 30, "sv", 5, (1024, 768)),
        (40, 30, "en", 3, (1920, 1080)),
    ],
)
def test_a_focused_actors_relation_labels_keep_clear_of_faded_names(
    library: Library,
    qtbot: QtBot,
    drawn_texts: list[DrawnText],
    actors: int,
    relations: int,
    language: str,
    seed: int,
    size: tuple[int, int],
) -> None:
    """Focusing the most connected actor shows its relation labels, none over any text,
    faded names included (only over a faded actor's faint dot when nowhere else)."""
    window = wall(library, qtbot, actors, relations, language, seed, size)
    links = window.document.workshop.relations
    ends = [end for r in links for end in (r.source_id, r.target_id)]
    busiest = max(set(ends), key=ends.count)
    window.presenter.state.fix(Target(MAP, stakeholder_id=busiest))
    scene = window.presenter.window.content.map.scene
    assert scene.focus_id() == busiest
    assert scene.faded_ids()
    check_wall(window, drawn_texts, f"wall-focus-{language}-{actors}-{size[0]}")
    shown = [r for r in scene.relation_items() if not r.label_rect().isEmpty()]
    assert shown, "no relation label on the wall"
    assert all(busiest in (r.relation.source_id, r.relation.target_id) for r in shown)


def test_edits_on_a_crowded_wall_keep_every_name_and_the_clockwise_numbers(
    library: Library, qtbot: QtBot, drawn_texts: list[DrawnText]
) -> None:
    """Adding and moving actors while the room sees a numbered map (and undoing and
    redoing that) keeps every name on the wall, numbered clockwise from twelve."""
    window = wall(library, qtbot, 40, 20, "da", 2, (1024, 768))
    document = window.document
    scene = window.presenter.window.content.map.scene

    def numbered_clockwise() -> None:
        check_wall(window, drawn_texts, "wall-edits-da-40")
        by_number = sorted(scene.stakeholder_items(), key=lambda i: i.key_number or 0)
        assert [i.key_number for i in by_number] == list(range(1, len(by_number) + 1))
        angles = [i.stakeholder.angle for i in by_number]
        assert angles == sorted(angles)

    numbered_clockwise()
    added = edits.add_stakeholder(document, "Borgerrådgiveren i Trekroner", 100.0, 0.6)
    edits.move_stakeholders(document, {document.workshop.stakeholders[0].id: (300.0, 0.5)})
    numbered_clockwise()
    assert scene.stakeholder_item(added.id) is not None
    document.undo_stack.undo()
    document.undo_stack.undo()
    numbered_clockwise()
    assert scene.stakeholder_item(added.id) is None
    document.undo_stack.redo()
    document.undo_stack.redo()
    numbered_clockwise()
    assert len(scene.stakeholder_items()) == 41
