"""Process templates as files: the built-in ones and the user's own.

Built-in templates are JSON files shipped in ``resources/templates/``; the user's
own are JSON files in ``<data dir>/templates/``. Both are parsed with
:func:`n3desk.domain.templates.parse_template`. A broken user file must never stop
the app from starting: it is skipped and reported in :attr:`TemplateCatalog.errors`
with its file name. The blank template is always there, even with no files at all.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path

from n3desk.domain.templates import BLANK, Template, TemplateError, localized, parse_template
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
