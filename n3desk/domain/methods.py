"""Method cards: the offline "theory part" — what a method is for, how to run it.

Each card is a JSON file under ``resources/methods/`` (format:
``resources/schema/method-v1.json``) with texts in Swedish and English at least; the
shipped cards are in Norwegian bokmål and Danish too, and a missing language falls
back to Swedish, then English. :func:`parse_method` checks one loaded JSON value and raises
:class:`MethodError` with a clear message; :func:`load_methods` reads every shipped
card; :class:`MethodLibrary` finds them by id and by search words.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from n3desk.resources import resource

METHOD_FORMAT = 1

T = TypeVar("T")

# Where a method sits in the process, in order; the library panel groups by it.
PHASES: tuple[str, ...] = (
    "open",  # opening, framing, expectations
    "understand",  # insight into the citizen's need (Behov)
    "define",  # the problem and the innovation question
    "ideate",  # ideas (Lösning)
    "decide",  # choosing among ideas and concepts
    "test",  # prototype and test (Test)
    "close",  # anchoring and the way forward
)

Texts = Mapping[str, str]
Lists = Mapping[str, tuple[str, ...]]


class MethodError(ValueError):
    """A method card is not valid; the message says which card and which field."""


@dataclass(frozen=True, slots=True)
class MethodText:
    """One card in one language, ready to show."""

    id: str
    phase: str
    minutes: int
    name: str
    purpose: str
    place: str  # its place in the process
    time: str
    group_size: str
    materials: str
    steps: tuple[str, ...]
    tips: tuple[str, ...]

    def instructions(self) -> str:
        """The steps as the stage's instructions for the room: "1. …" one per line."""
        return "\n".join(f"{i}. {step}" for i, step in enumerate(self.steps, start=1))


@dataclass(frozen=True, slots=True)
class MethodCard:
    """A method card with all its languages."""

    id: str
    phase: str
    minutes: int  # a sensible default length for a stage using it
    name: Texts
    purpose: Texts
    place: Texts
    time: Texts
    group_size: Texts
    materials: Texts
    steps: Lists
    tips: Lists

    def text(self, language: str) -> MethodText:
        """The card in ``language`` (falling back to Swedish, then English)."""
        return MethodText(
            id=self.id,
            phase=self.phase,
            minutes=self.minutes,
            name=_pick(self.name, language),
            purpose=_pick(self.purpose, language),
            place=_pick(self.place, language),
            time=_pick(self.time, language),
            group_size=_pick(self.group_size, language),
            materials=_pick(self.materials, language),
            steps=_pick(self.steps, language),
            tips=_pick(self.tips, language),
        )

    def search_text(self) -> str:
        """Every word of the card in every language, folded for searching."""
        parts: list[str] = [self.id, self.phase]
        for texts in (self.name, self.purpose, self.place, self.materials):
            parts.extend(texts.values())
        for lists in (self.steps, self.tips):
            for items in lists.values():
                parts.extend(items)
        return " ".join(parts).casefold()


def _pick(values: Mapping[str, T], language: str) -> T:
    for lang in (language, "sv", "en"):
        if values.get(lang):
            return values[lang]
    return next(iter(values.values()))


class MethodLibrary:
    """Every method card, by id, in a stable order (phase, then name)."""

    def __init__(self, cards: Iterable[MethodCard]) -> None:
        self._cards = {c.id: c for c in cards}

    def __len__(self) -> int:
        return len(self._cards)

    def __iter__(self) -> Iterator[MethodCard]:
        return iter(self._cards.values())

    def __contains__(self, method_id: object) -> bool:
        return method_id in self._cards

    def get(self, method_id: str) -> MethodCard | None:
        return self._cards.get(method_id)

    def cards(self, language: str = "sv") -> list[MethodText]:
        """Every card in ``language``, ordered by phase, then name."""
        texts = [c.text(language) for c in self._cards.values()]
        return sorted(texts, key=lambda t: (PHASES.index(t.phase), t.name.casefold()))

    def search(self, query: str, language: str = "sv") -> list[MethodText]:
        """Cards whose text (in any language) holds every word of ``query``."""
        words = query.casefold().split()
        return [
            t
            for t in self.cards(language)
            if all(w in self._cards[t.id].search_text() for w in words)
        ]


# -- parsing ---------------------------------------------------------------------------


def parse_method(data: Any) -> MethodCard:
    """Check one card loaded from JSON and build it; raise MethodError if invalid."""
    if not isinstance(data, Mapping):
        raise MethodError("method card: expected an object")
    mid = data.get("id")
    if not isinstance(mid, str) or not mid or not all(c.isalnum() or c in "-_" for c in mid):
        raise MethodError("method card: id must be letters, digits, '-' or '_'")
    where = f"method {mid!r}"
    if data.get("format", METHOD_FORMAT) != METHOD_FORMAT:
        raise MethodError(f"{where}: format {data.get('format')!r} is not supported")
    phase = data.get("phase")
    if phase not in PHASES:
        raise MethodError(f"{where}.phase: expected one of {', '.join(PHASES)}")
    minutes = data.get("minutes")
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= 600:
        raise MethodError(f"{where}.minutes: expected a whole number from 1 to 600")
    return MethodCard(
        id=mid,
        phase=phase,
        minutes=minutes,
        name=_texts(data, "name", where),
        purpose=_texts(data, "purpose", where),
        place=_texts(data, "place", where),
        time=_texts(data, "time", where),
        group_size=_texts(data, "group_size", where),
        materials=_texts(data, "materials", where),
        steps=_lists(data, "steps", where),
        tips=_lists(data, "tips", where),
    )


def _texts(data: Mapping[str, Any], key: str, where: str) -> Texts:
    value = data.get(key)
    if (
        not isinstance(value, Mapping)
        or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())
        or not (value.get("sv") and value.get("en"))
    ):
        raise MethodError(f"{where}.{key}: expected texts in at least 'sv' and 'en'")
    return dict(value)


def _lists(data: Mapping[str, Any], key: str, where: str) -> Lists:
    value = data.get(key)
    if not isinstance(value, Mapping) or not (value.get("sv") and value.get("en")):
        raise MethodError(f"{where}.{key}: expected lists in at least 'sv' and 'en'")
    out: dict[str, tuple[str, ...]] = {}
    for lang, items in value.items():
        if not isinstance(items, list) or not all(isinstance(i, str) and i for i in items):
            raise MethodError(f"{where}.{key}.{lang}: expected a list of texts")
        out[str(lang)] = tuple(items)
    return out


def load_methods() -> MethodLibrary:
    """Every method card shipped under ``resources/methods/`` (a bad card raises)."""
    folder = resource("methods")
    cards: list[MethodCard] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            try:
                data = json.loads(entry.read_text(encoding="utf-8"))
            except json.JSONDecodeError as exc:
                raise MethodError(f"{entry.name}: not valid JSON ({exc})") from exc
            cards.append(parse_method(data))
    return MethodLibrary(cards)
