"""The words of a notes CSV in the four languages: column names, colours, yes and no.

An export is written in the session's language (:func:`csv_words`); an import reads
a header or a colour written in any of the four, or in English (:func:`column_for`,
:func:`palette_colour`). A colour word that is not one of the palette's six — "red",
"rød", "turkos", "#e53935" — is mapped to the palette colour nearest in hue, so one
odd cell never stops an import; a word that names no colour at all gets the default.
"""

from __future__ import annotations

import colorsys
import functools
from collections.abc import Mapping
from dataclasses import dataclass

from n3desk.domain.palette import DEFAULT_NOTE_COLOUR, NOTE_COLOURS

LANGUAGES: tuple[str, ...] = ("sv", "en", "nb", "da")


@dataclass(frozen=True, slots=True)
class CsvWords:
    """One language's words for the exported file."""

    columns: Mapping[str, str]  # column key → header
    colours: Mapping[str, str]  # palette key → colour word
    yes: str
    no: str


COLUMN_KEYS: tuple[str, ...] = ("board", "frame", "text", "colour", "votes", "hidden", "author")

_WORDS: dict[str, CsvWords] = {
    "sv": CsvWords(
        {
            "board": "tavla",
            "frame": "ram",
            "text": "text",
            "colour": "färg",
            "votes": "prickar",
            "hidden": "dold",
            "author": "skrivet av",
        },
        {
            "yellow": "gul",
            "orange": "orange",
            "pink": "rosa",
            "green": "grön",
            "blue": "blå",
            "purple": "lila",
        },
        "ja",
        "nej",
    ),
    "en": CsvWords(
        {
            "board": "board",
            "frame": "frame",
            "text": "text",
            "colour": "colour",
            "votes": "votes",
            "hidden": "hidden",
            "author": "author",
        },
        {key: key for key in NOTE_COLOURS},
        "yes",
        "no",
    ),
    "nb": CsvWords(
        {
            "board": "tavle",
            "frame": "ramme",
            "text": "tekst",
            "colour": "farge",
            "votes": "prikker",
            "hidden": "skjult",
            "author": "skrevet av",
        },
        {
            "yellow": "gul",
            "orange": "oransje",
            "pink": "rosa",
            "green": "grønn",
            "blue": "blå",
            "purple": "lilla",
        },
        "ja",
        "nei",
    ),
    "da": CsvWords(
        {
            "board": "tavle",
            "frame": "ramme",
            "text": "tekst",
            "colour": "farve",
            "votes": "prikker",
            "hidden": "skjult",
            "author": "skrevet af",
        },
        {
            "yellow": "gul",
            "orange": "orange",
            "pink": "lyserød",
            "green": "grøn",
            "blue": "blå",
            "purple": "lilla",
        },
        "ja",
        "nej",
    ),
}


def csv_words(language: str) -> CsvWords:
    """The export's words in ``language``; an unknown language gets English."""
    return _WORDS.get(language, _WORDS["en"])


# -- reading a header ---------------------------------------------------------------

# What people call the columns an import reads, besides the exported headers.
_EXTRA_HEADERS: dict[str, tuple[str, ...]] = {
    "text": (
        "note", "notes", "idea", "ideas", "lapp", "lappar", "lapptext", "idé", "idéer",
        "ide", "ideer", "forslag", "förslag", "lapper", "seddel", "sedler", "beskrivelse",
        "beskrivning", "indhold", "innhold", "innehåll",
    ),
    "colour": ("color", "farg", "farve", "farge", "colours", "colors"),
    "frame": ("group", "grupp", "gruppe", "kategori", "category", "tema", "theme"),
}  # fmt: skip


def _header_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for words in _WORDS.values():
        for key, header in words.columns.items():
            names.setdefault(header.casefold(), key)
    for key, extra in _EXTRA_HEADERS.items():
        for name in extra:
            names.setdefault(name.casefold(), key)
    return names


HEADER_NAMES: dict[str, str] = _header_names()
IMPORTED_COLUMNS: tuple[str, ...] = ("text", "colour", "frame")


def column_for(header: str) -> str | None:
    """The column key a header cell names ("Farve" → "colour"), or None."""
    return HEADER_NAMES.get(" ".join(header.strip().lstrip("\ufeff").split()).casefold())


# -- reading a colour -----------------------------------------------------------------

# Colour words that are not the palette's own, with a typical shade of each; the
# note gets the palette colour nearest in hue. Light and dark shades ("ljusblå",
# "mørkegrøn", "light blue") are read by their last part.
_OTHER_COLOURS: dict[str, str] = {
    **dict.fromkeys(("red", "röd", "rød", "raud", "rod"), "#e53935"),
    **dict.fromkeys(("brown", "brun"), "#8d6e63"),
    **dict.fromkeys(("turquoise", "turkos", "turkis", "cyan", "teal", "petrol"), "#26c6da"),
    **dict.fromkeys(("magenta", "cerise", "fuchsia"), "#e040fb"),
    **dict.fromkeys(("violet", "violett", "fiolett", "lavender", "lavendel"), "#9575cd"),
    **dict.fromkeys(("lime", "mint", "olive", "oliven", "olivgrön", "olivengrøn"), "#9ccc65"),
    **dict.fromkeys(("gold", "guld", "gull", "amber", "citron", "sitron", "lemon"), "#ffd54f"),
    **dict.fromkeys(("peach", "persika", "fersken", "aprikos", "abrikos", "apricot"), "#ffab91"),
    **dict.fromkeys(("navy", "marinblå", "marineblå", "sky", "himmelblå"), "#42a5f5"),
    **dict.fromkeys(("purpur", "plommon", "plomme", "plum"), "#8e24aa"),
    "lyserod": "#f48fb1",
    "ljusröd": "#f48fb1",
}
_SHADE_PREFIXES = (
    "light ", "dark ", "pale ", "bright ", "ljus", "mörk", "lyse", "mørke", "mørk", "blek",
    "klar", "mellan", "mellem", "pastel", "pastell", "neon", "light", "dark",
)  # fmt: skip
_SATURATION_FLOOR = 0.15  # below this a colour is grey, white or black: the default


@dataclass(frozen=True, slots=True)
class ColourReading:
    """What an import made of one colour cell."""

    colour: str  # a palette key
    exact: bool  # the cell named the palette colour (in any language, or by key 1–6)
    known: bool  # the cell named some colour (exact, or mapped to the nearest)


def _palette_words() -> dict[str, str]:
    words: dict[str, str] = {}
    for i, key in enumerate(NOTE_COLOURS):
        words[key] = key
        words[str(i + 1)] = key
    for lang in LANGUAGES:
        for key, word in _WORDS[lang].colours.items():
            words.setdefault(word.casefold(), key)
    return words


PALETTE_WORDS: dict[str, str] = _palette_words()


@functools.lru_cache(maxsize=4096)  # a file repeats a handful of colour words
def palette_colour(cell: str) -> ColourReading:
    """The palette colour for a colour cell: exact, the nearest in hue, or the default."""
    word = " ".join(cell.strip().casefold().split())
    if not word:
        return ColourReading(DEFAULT_NOTE_COLOUR, True, True)
    if word in PALETTE_WORDS:
        return ColourReading(PALETTE_WORDS[word], True, True)
    shade = _shade_of(word)
    if shade is None:
        return ColourReading(DEFAULT_NOTE_COLOUR, False, False)
    nearest = nearest_palette_colour(shade)
    if nearest is None:  # grey, white, black: no palette colour is near
        return ColourReading(DEFAULT_NOTE_COLOUR, False, True)
    return ColourReading(nearest, False, True)


def _shade_of(word: str) -> str | None:
    if _is_hex(word):
        return word if len(word) == 7 else "#" + "".join(c * 2 for c in word[1:])
    if word in _OTHER_COLOURS:
        return _OTHER_COLOURS[word]
    for prefix in _SHADE_PREFIXES:
        rest = word.removeprefix(prefix).strip("- ")
        if rest != word and rest:
            if rest in PALETTE_WORDS:
                return NOTE_COLOURS[PALETTE_WORDS[rest]]
            if rest in _OTHER_COLOURS:
                return _OTHER_COLOURS[rest]
    if word in _GREYS:
        return "#9e9e9e"
    return None


_GREYS = frozenset(
    ("grey", "gray", "grå", "white", "vit", "hvit", "hvid", "black", "svart", "sort", "beige",
     "silver", "sølv", "silvergrå", "transparent", "ingen", "none", "standard")
)  # fmt: skip


def _is_hex(word: str) -> bool:
    digits = word[1:]
    return (
        word.startswith("#")
        and len(digits) in (3, 6)
        and all(c in "0123456789abcdef" for c in digits)
    )


def _hsv(hex_colour: str) -> tuple[float, float, float]:
    r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return colorsys.rgb_to_hsv(r, g, b)


def nearest_palette_colour(hex_colour: str) -> str | None:
    """The palette colour nearest in hue to ``#rrggbb``; None for greys, white and black.

    Hue, not RGB distance: the palette is pale, and by RGB a strong red is nearer the
    pale orange than the pink a person would pick for it.
    """
    hue, saturation, value = _hsv(hex_colour)
    if saturation < _SATURATION_FLOOR or value < 0.2:
        return None

    def distance(key: str) -> float:
        other = _hsv(NOTE_COLOURS[key])[0]
        turn = abs(hue - other)
        return min(turn, 1 - turn)

    return min(NOTE_COLOURS, key=distance)
