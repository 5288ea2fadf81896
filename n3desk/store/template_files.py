"""Process templates as files: the built-in ones and the user's own.

Built-in templates are JSON files shipped in ``resources/templates/``; the user's
own are JSON files in ``<data dir>/templates/``. Both are read with
:func:`parse_template`: ``resources/schema/template-v1.json`` is the one check of
their shape, types and ranges (compiled once by ``fastjsonschema``; a refusal is said
in one short line naming where), then :func:`n3desk.domain.templates.build_template`
makes the template. A broken user file must never stop the app from starting: it is
skipped and reported in :attr:`TemplateCatalog.errors` with its file name. The blank
template is always there, even with no files at all.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import fastjsonschema

from n3desk.domain.templates import (
    BLANK,
    TEMPLATE_FORMAT,
    Template,
    TemplateError,
    build_template,
    localized,
)
from n3desk.resources import resource
from n3desk.store.file_problems import FileReason, FileReasonError, read_json_file

USER_TEMPLATE_FOLDER = "templates"
MAX_TEMPLATE_BYTES = 1_000_000


@dataclass(frozen=True, slots=True)
class TemplateFileProblem:
    """A template file that could not be used, and why (the app says it translated)."""

    file: str
    reason: FileReason

    @property
    def message(self) -> str:
        """Why, in English (the command line, the log)."""
        return self.reason.english

    def __str__(self) -> str:
        return f"{self.file}: {self.message}"


class TemplateFileError(TemplateError):
    """A template file is not usable; ``reason`` says why, for translating."""

    def __init__(self, reason: FileReason) -> None:
        super().__init__(reason.english)
        self.reason = reason


@dataclass(frozen=True)
class TemplateCatalog:
    """The templates a new session can start from, in the order to offer them."""

    templates: tuple[Template, ...]
    errors: tuple[TemplateFileProblem, ...] = ()
    language: str = "sv"

    def get(self, template_id: str) -> Template | None:
        return next((t for t in self.templates if t.id == template_id), None)

    def name(self, template: Template) -> str:
        return localized(template.name, self.language)

    def description(self, template: Template) -> str:
        return localized(template.description, self.language)

    def __iter__(self) -> Iterator[Template]:
        return iter(self.templates)

    def __len__(self) -> int:
        return len(self.templates)


def user_template_dir(data_dir: Path) -> Path:
    """Where the user's own templates live."""
    return data_dir / USER_TEMPLATE_FOLDER


def load_templates(data_dir: Path, language: str) -> TemplateCatalog:
    """Blank first, then the built-in templates, then the user's, each sorted by name.

    A user template whose id is already taken (by a built-in one or an earlier
    file) is reported, not loaded, so an id always means one template.
    """
    problems: list[TemplateFileProblem] = []
    builtin = _load_folder(_builtin_files(), builtin=True, problems=problems)
    user_dir = user_template_dir(data_dir)
    user_files = sorted(user_dir.glob("*.json")) if user_dir.is_dir() else []
    user = _load_folder(user_files, builtin=False, problems=problems)

    taken = {BLANK.id}
    chosen: list[Template] = [BLANK]
    for group in (builtin, user):
        accepted = []
        for name, template in group:
            if template.id in taken:
                problems.append(
                    TemplateFileProblem(name, FileReason("id_used", (repr(template.id),)))
                )
                continue
            taken.add(template.id)
            accepted.append(template)
        accepted.sort(key=lambda t: localized(t.name, language).casefold())
        chosen.extend(accepted)
    return TemplateCatalog(tuple(chosen), tuple(problems), language)


def _builtin_files() -> list[Traversable]:
    folder = resource("templates")
    if not folder.is_dir():
        return []
    return sorted(
        (f for f in folder.iterdir() if f.name.endswith(".json") and f.is_file()),
        key=lambda f: f.name,
    )


def _load_folder(
    files: list[Traversable] | list[Path],
    *,
    builtin: bool,
    problems: list[TemplateFileProblem],
) -> list[tuple[str, Template]]:
    loaded = []
    for file in files:
        try:
            loaded.append((file.name, load_template_file(file, builtin=builtin)))
        except TemplateError as exc:
            reason = (
                exc.reason
                if isinstance(exc, TemplateFileError)
                else FileReason("invalid", (str(exc),))
            )
            problems.append(TemplateFileProblem(file.name, reason))
    return loaded


def load_template_file(file: Traversable | Path, *, builtin: bool = False) -> Template:
    """One template file, or TemplateError saying what is wrong with it."""
    try:
        value = read_json_file(file, limit=MAX_TEMPLATE_BYTES, too_large="too_large_template")
    except FileReasonError as exc:
        raise TemplateFileError(exc.reason) from exc
    return parse_template(value, builtin=builtin)


def parse_template(data: Any, *, builtin: bool = True) -> Template:
    """A template from a loaded JSON value, or TemplateError saying where and why."""
    try:
        _template_schema()(data)
    except fastjsonschema.JsonSchemaValueException as error:
        raise TemplateError(_said(error)) from None
    return build_template(data, builtin=builtin)


@cache
def _template_schema() -> Callable[[Any], Any]:
    """template-v1.json, compiled into a validating function once per run."""
    text = resource("schema", "template-v1.json").read_text(encoding="utf-8")
    return fastjsonschema.compile(json.loads(text), use_formats=False)


def _said(error: fastjsonschema.JsonSchemaValueException) -> str:
    """The schema's refusal as one line for a person: where, then what was expected."""
    path = [str(p) for p in (error.path or [])[1:]]
    where = "".join(f"[{p}]" if p.isdigit() else f".{p}" for p in path).lstrip(".")
    rule = error.rule
    definition: dict[str, Any] = error.definition if isinstance(error.definition, dict) else {}
    if rule == "required":
        present = error.value if isinstance(error.value, dict) else {}
        missing = next((k for k in error.rule_definition if k not in present), "")
        return f"{where + '.' if where else ''}{missing}: missing"
    if rule == "const" and path == ["format"]:
        return f"template format {error.value!r} is not supported (expected {TEMPLATE_FORMAT})"
    expected = _expected(rule, definition, error.rule_definition)
    return f"{where or 'template'}: {expected}"


def _expected(rule: str | None, definition: dict[str, Any], rule_definition: Any) -> str:
    kind = definition.get("type")
    if rule in ("minimum", "maximum") or (kind == "integer" and rule == "type"):
        # A bound may come from a branch with no type of its own (a rotation's stations).
        low, high = definition.get("minimum"), definition.get("maximum")
        if low is not None and high is not None:
            return f"expected a whole number from {low} to {high}"
        if low is not None:
            return f"expected a whole number of {low} or more"
        return "expected a whole number" + (f" of {high} or less" if high is not None else "")
    if rule == "pattern" and "title" in definition:
        return f"expected {definition['title']}"
    if rule == "enum":
        return "expected " + " or ".join(repr(v) for v in rule_definition)
    if rule == "oneOf":
        return "expected text or a mapping from language to text"
    if rule == "type":
        return {
            "number": "expected a number",
            "string": "expected text",
            "object": "expected an object",
            "array": "expected a list",
        }.get(str(rule_definition), f"expected {rule_definition}")
    return f"does not match the template format ({rule})"
