"""The room's map at its most crowded: forty long names, eight long sector titles, 1024×768.

The worst shape a facilitator can bring to a 4:3 projector (issue 11): every actor
numbered in its marker with its name whole in the key, or named whole beside it; no
text over another text or a marker (sector titles included); the key clear of the
timer's badge in the top right-hand corner; and the legend in the session's language.
"""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from PySide6.QtCore import QRect, QRectF
from pytestqt.qtbot import QtBot

from n3desk.app.document import SessionDocument
from n3desk.app.map.page import MapPage
from n3desk.app.projector.look import LOOKS
from n3desk.app.projector.state import MAP, Target
from n3desk.app.session_window import SessionWindow
from n3desk.domain.changes import Op, Put
from n3desk.domain.entities import Sector, Stage, new_id
from n3desk.domain.templates import BLANK, instantiate
from n3desk.store import Library

from ...map_samples import NAMES, sample_map  # noqa: TID252 - the shared generator
from .readability import (
    keep_render,
    markers_overlapping,
    missing_names,
    outside,
    overlaps,
    unnumbered,
)

# Eight sector titles as long as facilitators write them, per language.
TITLES = {
    "sv": ("Familj, släkt och nätverk", "Föreningar och civilsamhälle",
           "Kommunens förvaltningar", "Regionen och vårdcentralerna",
           "Statliga myndigheter", "Fackförbund och arbetsgivare",
           "Företag och näringsliv", "Forskning och utbildning"),
    "en": ("Family, relatives and network", "Associations and civil society",
           "Municipal departments", "The region and health centres",
           "Government agencies", "Unions and employers",
           "Businesses and industry", "Research and education"),
    "nb": ("Familie, slekt og nettverk", "Foreninger og sivilsamfunn",
           "Kommunens virksomheter", "Helseforetaket og fastlegene",
           "Statlige etater", "Fagforeninger og arbeidsgivere",
           "Næringsliv og bedrifter", "Forskning og utdanning"),
    "da": ("Familie, slægt og netværk", "Foreninger og civilsamfund",
           "Kommunens forvaltninger", "Regionen og de praktiserende læger",
           "Statslige myndigheder", "Fagforeninger og arbejdsgivere",
           "Virksomheder og erhvervsliv", "Forskning og uddannelse"),
}  # fmt: skip
# The relation kinds as a facilitator says them in each language (the legend's words).
KIND_WORDS = {
    "en": {"collaboration": "Collaboration", "information": "Information", "money": "Money",
           "conflict": "Conflict", "trust": "Trust"},
    "da": {"collaboration": "Samarbejde", "information": "Information", "money": "Penge",
           "conflict": "Konflikt", "trust": "Tillid"},
    "sv": {"collaboration": "Samarbete", "information": "Information", "money": "Pengar",
           "conflict": "Konflikt", "trust": "Förtroende"},
    "nb": {"collaboration": "Samarbeid", "information": "Informasjon", "money": "Penger",
           "conflict": "Konflikt", "trust": "Tillit"},
}  # fmt: skip


def crowded_wall(
    library: Library, qtbot: QtBot, language: str, size: tuple[int, int], seed: int = 11,
    *, longest: bool = False, actors: int = 40,
) -> SessionWindow:  # fmt: skip
    """A session in ``language`` with eight long sector titles and ``actors`` actors with
    the generator's long names (:func:`tests.map_samples.sample_map`; ``longest``: the
    language's twenty longest, each twice), a stage on the agenda (the timer's badge
    over the map), its projector showing the map at ``size``."""
    workshop = instantiate(BLANK, "Väggen", language=language, now=time.time())
    sid = workshop.session.id
    sectors = sorted(workshop.sectors, key=lambda s: s.position)
    ops: list[Op] = [
        Put(replace(sector, label=title, position=n))
        for n, (sector, title) in enumerate(zip(sectors, TITLES[language], strict=False))
    ]
    ops += [
        Put(Sector(new_id(), sid, title, "#c5e1a5", position=n))
        for n, title in enumerate(TITLES[language]) if n >= len(sectors)
    ]  # fmt: skip
    ops.append(Put(Stage(new_id(), sid, "Kartan", 10, position=0)))
    workshop.apply(ops)
    people, links = sample_map(sid, actors=actors, relations=20, language=language, seed=seed)
    if longest:
        pool = sorted(NAMES[language], key=len, reverse=True)[:20]
        people = [
            replace(p, name=f"{pool[n % len(pool)]}{' II' if n >= len(pool) else ''}")
            for n, p in enumerate(people)
        ]
    workshop.apply([Put(r) for r in (*people, *links)])
    library.add(workshop)
    window = SessionWindow(SessionDocument(library, library.load(sid)))
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


# (language, seed, longest names?). Forty actors all named with each language's twenty
# longest names (each twice) under eight long titles; the Danish ones fit only once the
# legend's relation kinds give their room to the key (see docs/map.md).
SHAPES = [(language, 11, False) for language in ("sv", "en", "nb", "da")] + [("da", 12, False)]
SHAPES += [(language, 13, True) for language in ("sv", "en", "nb", "da")]


@pytest.mark.parametrize(("language", "seed", "longest"), SHAPES)
def test_forty_long_names_and_eight_long_titles_on_a_small_projector(
    library: Library, qtbot: QtBot, language: str, seed: int, longest: bool
) -> None:
    """1024×768: every actor numbered with its whole name in the key (or named whole
    beside it), no text over a text or a marker, no marker over another, all in view,
    the key clear of the timer's badge (also with the language's longest names)."""
    window = crowded_wall(library, qtbot, language, (1024, 768), seed, longest=longest)
    content = window.presenter.window.content
    scene, view = content.map.scene, content.map.view
    badge = QRectF(content.badge.geometry())
    assert content.badge.isVisible()
    under_badge = [
        entry.number
        for sid, entry in scene.key.entries().items()
        if view.mapFromScene(scene.key.entry_rect(sid)).boundingRect().intersects(badge.toRect())
    ]
    found = {
        "missing": missing_names(scene),
        "unnumbered": unnumbered(scene),
        "overlaps": overlaps(scene),
        "markers": markers_overlapping(scene),
        "outside": outside(scene),
        "under the timer": under_badge,
    }
    if any(found.values()):
        name = f"room-crowded-{language}-{seed}-1024"
        pytest.fail(f"{found} (see {keep_render(window.presenter.window, name)})")
    assert len(scene.key.entries()) == 40


@pytest.mark.parametrize("language", ["da", "sv", "nb"])
def test_the_rooms_legend_speaks_the_sessions_language(
    library: Library, qtbot: QtBot, language: str
) -> None:
    """A session in ``language`` shown from an English window: the projector's legend
    names the relation kinds in the session's language, the facilitator's in English."""
    window = crowded_wall(library, qtbot, language, (1024, 768), actors=8)
    legend = window.presenter.window.content.map.scene.legend
    assert legend.isVisible()
    assert len(legend.kinds()) >= 3
    assert legend.titles() == [KIND_WORDS[language][k] for k in legend.kinds()]
    page = window.show_view("map")
    assert isinstance(page, MapPage)
    mine = page.scene.legend
    assert mine.titles() == [KIND_WORDS["en"][k] for k in mine.kinds()]


@pytest.mark.parametrize(
    ("language", "seed", "longest", "kinds_named"),
    [("sv", 11, False, True), ("da", 13, True, False)],
)
def test_the_key_takes_the_legends_room_only_when_names_need_it(
    library: Library, qtbot: QtBot, language: str, seed: int, longest: bool, kinds_named: bool
) -> None:
    """The relation kinds stay named in the room's legend while every name fits beside
    them; with the longest Danish names they give their room to the key, and every
    actor is numbered and named; the facilitator's map still names the kinds."""
    window = crowded_wall(library, qtbot, language, (1024, 768), seed, longest=longest)
    scene = window.presenter.window.content.map.scene
    assert bool(scene.legend.kinds()) is kinds_named
    assert len(scene.key.entries()) == 40
    assert unnumbered(scene) == []
    page = window.show_view("map")
    assert isinstance(page, MapPage)
    assert len(page.scene.legend.kinds()) >= 3
