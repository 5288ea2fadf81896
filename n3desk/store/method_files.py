"""Method cards as files: the built-in ones and the user's own.

Built-in cards are JSON files shipped in ``resources/methods/``; the user's own —
made by the team and fetched from the team library, or copied there by hand — are
JSON files in ``<data dir>/methods/``. An own card is checked against the card
format, ``resources/schema/method-v1.json`` (compiled once by ``fastjsonschema``),
and then by :func:`n3desk.domain.methods.parse_method`, which builds it. As with own
templates, a broken file never stops the app: it is skipped and reported in
:attr:`MethodCatalog.errors` with its file name, and an own card whose id a
built-in card already has is reported, not loaded, so a stage's method id always
means one card.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import fastjsonschema

from n3desk.domain.methods import MethodCard, MethodError, MethodLibrary, load_methods, parse_method
from n3desk.resources import resource
from n3desk.store.file_problems import FileReason, FileReasonError, read_json_file

USER_METHOD_FOLDER = "methods"
MAX_METHOD_BYTES = 1_000_000


@dataclass(frozen=True, slots=True)
class MethodFileProblem:
    """A method card file that could not be used, and why (the app says it translated)."""

    file: str
    reason: FileReason

    @property
    def message(self) -> str:
        """Why, in English (the command line, the log)."""
        return self.reason.english

    def __str__(self) -> str:
        return f"{self.file}: {self.message}"


class MethodFileError(MethodError):
    """A method card file is not usable; ``reason`` says why, for translating."""

    def __init__(self, reason: FileReason) -> None:
        super().__init__(reason.english)
        self.reason = reason


def reason_of(error: MethodError) -> FileReason:
    """Why, as a code: the card's own checks (``parse_method``) are said as they are."""
    return (
        error.reason if isinstance(error, MethodFileError) else FileReason("invalid", (str(error),))
    )


@dataclass(frozen=True, slots=True)
class UserMethods:
    """The user's own cards that could be read, and the files that could not."""

    cards: tuple[MethodCard, ...]
    errors: tuple[MethodFileProblem, ...] = ()


@dataclass(frozen=True, slots=True)
class MethodCatalog:
    """Every card a stage can use: the built-in ones and the user's own."""

    library: MethodLibrary
    own: frozenset[str]  # ids of the user's own cards
    errors: tuple[MethodFileProblem, ...] = ()


def user_method_dir(data_dir: Path) -> Path:
    """Where the user's own method cards live."""
    return data_dir / USER_METHOD_FOLDER


@cache
def _method_schema() -> Any:
    schema = json.loads(resource("schema", "method-v1.json").read_text(encoding="utf-8"))
    return fastjsonschema.compile(schema, use_formats=False)


def check_method(value: Any) -> MethodCard:
    """One card's JSON value, checked against method-v1 and built; MethodError if not valid."""
    try:
        _method_schema()(value)
    except fastjsonschema.JsonSchemaValueException as error:
        where = ".".join(str(p) for p in error.path[1:])
        message = error.message.removeprefix("data.")
        message = message if len(message) <= 200 else message[:200] + "…"
        reason = (
            FileReason("not_method_card", (where, message))
            if where
            else FileReason("not_method_card_top", (message,))
        )
        raise MethodFileError(reason) from None
    return parse_method(value)


def load_method_file(path: Path) -> MethodCard:
    """One own card file, or MethodError saying what is wrong with it."""
    try:
        value = read_json_file(path, limit=MAX_METHOD_BYTES, too_large="too_large_method")
    except FileReasonError as exc:
        raise MethodFileError(exc.reason) from exc
    return check_method(value)


def load_user_methods(data_dir: Path, taken: Collection[str] = ()) -> UserMethods:
    """The user's own cards, by file name; broken files and ids in ``taken`` or
    repeated are reported, not loaded."""
    folder = user_method_dir(data_dir)
    files = sorted(folder.glob("*.json")) if folder.is_dir() else []
    cards: list[MethodCard] = []
    problems: list[MethodFileProblem] = []
    seen: set[str] = set()
    for file in files:
        try:
            card = load_method_file(file)
        except MethodError as exc:
            problems.append(MethodFileProblem(file.name, reason_of(exc)))
            continue
        if card.id in taken:
            problems.append(
                MethodFileProblem(file.name, FileReason("builtin_method_id", (repr(card.id),)))
            )
        elif card.id in seen:
            problems.append(MethodFileProblem(file.name, FileReason("id_used", (repr(card.id),))))
        else:
            seen.add(card.id)
            cards.append(card)
    return UserMethods(tuple(cards), tuple(problems))


def load_method_catalog(data_dir: Path) -> MethodCatalog:
    """The built-in cards and the user's own beside them."""
    builtin = load_methods()
    user = load_user_methods(data_dir, taken={card.id for card in builtin})
    return MethodCatalog(
        MethodLibrary([*builtin, *user.cards]), frozenset(c.id for c in user.cards), user.errors
    )
