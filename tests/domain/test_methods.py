"""Method cards are data: at least 15, in four languages, valid and searchable."""

from __future__ import annotations

import pytest

from n3desk.domain.methods import MethodError, load_methods, parse_method

REQUIRED = (
    "interview",
    "observation",
    "user-journey",
    "persona",
    "brainstorm",
    "brainwriting",
    "affinity-diagram",
    "dot-voting",
    "evaluation-matrix",
    "scenario",
    "prototype",
    "test",
    "hopes-and-fears",
    "learning-stations",
)


def test_the_shipped_library_has_every_required_card_in_four_languages() -> None:
    """At least 15 cards load, the issue's methods among them, each complete in sv, en, nb
    and da."""
    library = load_methods()
    assert len(library) >= 15
    for mid in REQUIRED:
        assert mid in library
    for lang in ("sv", "en", "nb", "da"):
        for card in library.cards(lang):
            for text in (card.name, card.purpose, card.place, card.time):
                assert text.strip()
            assert card.group_size.strip()
            assert card.materials.strip()
            assert len(card.steps) >= 3
            assert card.tips


def test_missing_language_falls_back_to_swedish() -> None:
    """A card with only Swedish and English asked for in Danish reads in Swedish."""
    both = {"sv": "Svensk text", "en": "English text"}
    lists = {"sv": ["Ett", "Två", "Tre"], "en": ["One", "Two", "Three"]}
    card = parse_method(
        {"id": "own", "phase": "test", "minutes": 5, "name": both, "purpose": both,
         "place": both, "time": both, "group_size": both, "materials": both,
         "steps": lists, "tips": lists}
    )  # fmt: skip
    assert card.text("da").name == "Svensk text"
    assert card.text("da").steps == ("Ett", "Två", "Tre")
    assert card.text("en").name == "English text"


def test_steps_become_numbered_instructions() -> None:
    """A card's steps, numbered one per line, are the stage's instructions."""
    card = load_methods().get("dot-voting")
    assert card is not None
    text = card.text("en").instructions()
    assert text.startswith("1. Say what the vote is about")
    assert text.count("\n") == len(card.text("en").steps) - 1


def test_search_matches_words_in_any_language() -> None:
    """Searching "signal" finds the learning stations; Swedish and English words both work."""
    library = load_methods()
    assert "learning-stations" in [c.id for c in library.search("signal", "sv")]
    assert [c.id for c in library.search("prickar")] == ["dot-voting"]
    assert library.search("") == library.cards("sv")
    assert library.search("zzzz-nothing") == []


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "expected an object"),
        ({"id": "bad id"}, "id must be"),
        ({"id": "x", "phase": "later"}, "phase"),
        ({"id": "x", "phase": "test", "minutes": 0}, "minutes"),
        ({"id": "x", "phase": "test", "minutes": 5, "name": {"sv": "Bara svenska"}}, "name"),
    ],
)
def test_a_broken_card_gives_a_clear_message(data: object, message: str) -> None:
    """Invalid card data raises MethodError naming the field."""
    with pytest.raises(MethodError, match=message):
        parse_method(data)
