"""Built-in texts (templates, method cards, the demo) exist in four languages, and a
session made in one language carries no built-in text of another (issue 11, point 15)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from n3desk.domain import demo_content
from n3desk.domain.demo import build_demo
from n3desk.domain.entities import (
    Board,
    Criterion,
    Decision,
    Foundation,
    Frame,
    Note,
    Relation,
    Ring,
    Sector,
    Session,
    Stage,
    Stakeholder,
    VotingRound,
)
from n3desk.domain.methods import MethodCard, load_methods
from n3desk.domain.templates import BLANK, Template, instantiate
from n3desk.domain.workshop import Workshop
from n3desk.resources import resource
from n3desk.store.template_files import load_templates

LANGUAGES = ("sv", "en", "nb", "da")
NOW = 1_773_480_000.0

# Every text field a session's records can carry, by record type.
TEXT_FIELDS: dict[type, tuple[str, ...]] = {
    Session: ("title", "question", "place", "facilitator_notes", "persona_name",
              "persona_description"),
    Board: ("title",),
    Frame: ("title",),
    Note: ("text",),
    Criterion: ("name",),
    Ring: ("label",),
    Sector: ("label",),
    Stage: ("title", "instructions"),
    Stakeholder: ("name", "role"),
    Relation: ("label",),
    Decision: ("text",),
    Foundation: ("notes",),
    VotingRound: ("title",),
}  # fmt: skip


def session_texts(workshop: Workshop) -> list[str]:
    """Every non-empty text the session's records hold."""
    texts = []
    for record in workshop.records():
        for name in TEXT_FIELDS.get(type(record), ()):
            value = getattr(record, name)
            if value:
                texts.append(value)
    return texts


def texts_of(value: Any) -> Iterator[Mapping[str, Any]]:
    """Every {language: text} mapping inside a template or card, however deep."""
    if isinstance(value, Mapping):
        if "sv" in value and "en" in value:
            yield value
            return
        for item in value.values():
            yield from texts_of(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from texts_of(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from texts_of(getattr(value, f.name))


def languages_by_text(translations: list[Mapping[str, Any]]) -> dict[str, set[str]]:
    """Each text, and the languages it is the text of."""
    found: dict[str, set[str]] = {}
    for mapping in translations:
        for language, text in mapping.items():
            for one in text if isinstance(text, list | tuple) else [text]:
                found.setdefault(one, set()).add(language)
    return found


def method_cards() -> list[MethodCard]:
    library = load_methods()
    cards = [library.get(text.id) for text in library.cards()]
    return [card for card in cards if card is not None]


def builtin_templates(data_dir: Path) -> list[Template]:
    catalog = load_templates(data_dir, "sv")
    assert catalog.errors == ()
    return [t for t in catalog if t.builtin]


def foreign_texts(workshop: Workshop, source: dict[str, set[str]], language: str) -> list[str]:
    """Texts of the session that are built-in texts of another language only."""
    return [t for t in session_texts(workshop) if t in source and language not in source[t]]


def test_every_builtin_text_has_all_four_languages(data_dir: Path) -> None:
    """Templates (the blank one too) and method cards: sv, en, nb and da, none empty."""
    sources: list[Any] = [BLANK, *builtin_templates(data_dir), *method_cards()]
    assert len(sources) >= 25
    for source in sources:
        for mapping in texts_of(source):
            assert set(mapping) == set(LANGUAGES), mapping
            for language in LANGUAGES:
                assert mapping[language], (mapping, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_session_from_any_template_is_in_its_language_only(data_dir: Path, language: str) -> None:
    """Every built-in text a template puts into a session is that language's text, and
    none is another language's where the two differ (a Danish Roskilde session: no
    Swedish stage, instruction, frame, criterion, ring or sector)."""
    for template in builtin_templates(data_dir):
        translations = list(texts_of(template))
        source = languages_by_text(translations)
        workshop = instantiate(template, "Værksted", language=language, now=NOW)
        texts = session_texts(workshop)
        assert not foreign_texts(workshop, source, language), template.id
        own = {m[language] for m in translations} - {m[language] for m in texts_of(
            (template.name, template.description))}  # fmt: skip
        assert own <= set(texts), (template.id, own - set(texts))


def test_the_roskilde_template_in_danish_has_danish_stages_and_frames(data_dir: Path) -> None:
    """The session the issue saw: Roskilde in Danish, stage by stage and frame by frame."""
    roskilde = next(t for t in builtin_templates(data_dir) if t.id == "roskilde")
    workshop = instantiate(roskilde, "Politikerværksted", language="da", now=NOW)
    assert [s.title for s in workshop.stages][:3] == [
        "Velkommen og dagens opgave",
        "Udfordringer",
        "Innovationsspørgsmål",
    ]
    frames = [f.title for b in workshop.boards for f in workshop.frames_on(b.id)]
    assert frames[:3] == ["For borgerne", "For medarbejderne", "For organisationen"]
    swedish = {"För borgarna", "Välja", "Paus", "Utcheckning", "Vald fråga", "Rotorsak"}
    assert not swedish & set(session_texts(workshop))


@pytest.mark.parametrize("language", LANGUAGES)
def test_method_cards_speak_the_language_asked_for(language: str) -> None:
    """Every card read in a language gives that language's texts, steps and tips."""
    for card in method_cards():
        text = card.text(language)
        assert text.name == card.name[language]
        assert text.steps == card.steps[language]
        assert text.tips == card.tips[language]
        instructions = text.instructions()
        for other in LANGUAGES:
            if card.steps[other] != card.steps[language]:
                assert instructions != card.text(other).instructions()


def _demo_words() -> list[Mapping[str, str]]:
    """Every (sv, en, nb, da) text of the demo's content, as a mapping."""
    found: list[Mapping[str, str]] = []

    def walk(value: Any) -> None:
        if (
            isinstance(value, tuple)
            and len(value) == len(demo_content.WORD_LANGUAGES)
            and all(isinstance(v, str) for v in value)
        ):
            found.append(dict(zip(demo_content.WORD_LANGUAGES, value, strict=True)))
        elif isinstance(value, tuple | list):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)

    for name in dir(demo_content):
        if name.isupper() and name != "WORD_LANGUAGES":
            walk(getattr(demo_content, name))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_demo_is_in_one_language(language: str) -> None:
    """The demo in a language holds every one of its texts in that language and no text
    that belongs only to another (names of people and places are the same in all)."""
    words = _demo_words()
    assert len(words) > 100
    source = languages_by_text([*words, *texts_of(BLANK)])
    demo = build_demo(language, NOW)
    assert not foreign_texts(demo, source, language)
    texts = set(session_texts(demo))
    missing = [w[language] for w in words if w[language] not in texts]
    assert not missing


# The app calls the person leading the workshop by one word per language; a built-in
# text that says "Facilitatorn" beside a window that says "Processledare" reads as two roles.
FACILITATOR_WORD = {"sv": "processled", "nb": "prosessleder", "da": "procesleder"}


def test_built_in_texts_name_the_facilitator_as_the_window_does(data_dir: Path) -> None:
    """Swedish, bokmål and Danish templates, method cards and phone texts never say
    "facilitator"; where they name the role it is the window's word (Processledare …)."""
    room_texts = json.loads(resource("room", "texts.json").read_text(encoding="utf-8"))
    sources: list[Any] = [*builtin_templates(data_dir), *method_cards()]
    mappings = list(texts_of(sources))
    assert mappings, "the templates and cards hold texts"
    named = 0
    for language, word in FACILITATOR_WORD.items():
        texts = [m[language] for m in mappings if language in m]
        texts += [v for k, v in room_texts.get(language, {}).items() if isinstance(v, str)]
        for text in (t for entry in texts for t in ([entry] if isinstance(entry, str) else entry)):
            lowered = text.lower()
            assert "facilitat" not in lowered, (language, text)
            assert "fasilitat" not in lowered, (language, text)
            named += word in lowered
    assert named >= 6  # the check-out stage and the phone's messages name the role
