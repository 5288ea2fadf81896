"""Why an own template or method card file was skipped, as a code the app can translate.

The store has no Qt, so it cannot say a reason in the person's language; it says it
in English for the command line and the log (:attr:`FileReason.english`) and keeps
the reason as a code and its values, which the app turns into the interface's
language (``n3desk/app/file_problem_text.py``). Values are what the file or the
system said (a line number, an id, the operating system's error): never translated.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

# English for the command line and the log; {0}, {1} are the reason's values.
ENGLISH: dict[str, str] = {
    "unreadable": "cannot be read ({0})",
    "too_large_template": "the file is too large for a template",
    "too_large_method": "the file is too large for a method card",
    "not_utf8": "the file is not UTF-8 text",
    "not_json": "not valid JSON (line {0}, column {1})",
    "not_method_card": "not a valid method card (at {0}: {1})",
    "not_method_card_top": "not a valid method card (at the top level: {0})",
    "invalid": "{0}",  # the template's or card's own checks, in English
    "builtin_method_id": "the id {0} is a built-in method card's",
    "id_used": "the id {0} is already used",
}


@dataclass(frozen=True, slots=True)
class FileReason:
    """One reason a file could not be used: a key of :data:`ENGLISH` and its values."""

    code: str
    values: tuple[str, ...] = ()

    @property
    def english(self) -> str:
        return ENGLISH[self.code].format(*self.values)


class FileReasonError(ValueError):
    """Raised with a :class:`FileReason` while reading a file (turned into the caller's error)."""

    def __init__(self, reason: FileReason) -> None:
        super().__init__(reason.english)
        self.reason = reason


def read_json_file(file: Traversable | Path, *, limit: int, too_large: str) -> Any:
    """The JSON value of ``file``, or :class:`FileReasonError` saying what is wrong."""
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise FileReasonError(FileReason("unreadable", (str(exc.strerror or exc),))) from exc
    if len(data) > limit:
        raise FileReasonError(FileReason(too_large))
    try:
        return json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise FileReasonError(FileReason("not_utf8")) from exc
    except json.JSONDecodeError as exc:
        reason = FileReason("not_json", (str(exc.lineno), str(exc.colno)))
        raise FileReasonError(reason) from exc
