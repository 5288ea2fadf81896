"""Templates and method cards shared through the team library, like sessions.

A template is the user's own JSON file in ``<data dir>/templates/``; a method card
the team made is a JSON file in ``<data dir>/methods/``. Each is published as a
revision of a team item ``template:<id>`` or ``method:<id>`` (the same refusal of a
stale publish), and fetched back into that folder after it was checked with the
same checks the app uses when it loads them. A file is written whole or not at all,
and an own version with unpublished changes is kept as "(local copy)" first.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from n3desk.domain.methods import MethodError
from n3desk.domain.templates import TemplateError, localized
from n3desk.store.library import Library
from n3desk.store.method_files import check_method, user_method_dir
from n3desk.store.programme_store import TeamLink, team_link, team_link_statement
from n3desk.store.template_files import MAX_TEMPLATE_BYTES, parse_template, user_template_dir
from n3desk.team.errors import TeamError

DOCUMENT_KINDS = ("template", "method")
LOCAL_COPY_ID = "-local-copy"
LOCAL_COPY_SUFFIX = " (local copy)"


@dataclass(frozen=True, slots=True)
class LocalDocument:
    """A template or method card file, ready to publish."""

    kind: str
    doc_id: str
    title: str
    body: str

    @property
    def item_id(self) -> str:
        return f"{self.kind}:{self.doc_id}"

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(self.body.encode("utf-8")).hexdigest()


def folder_for(data_dir: Path, kind: str) -> Path:
    return user_template_dir(data_dir) if kind == "template" else user_method_dir(data_dir)


def check_document(kind: str, body: str) -> tuple[str, str]:
    """The id and title of a template or method card; TeamError when it is not valid."""
    if len(body.encode("utf-8")) > MAX_TEMPLATE_BYTES:
        raise TeamError(f"the {kind} is too large")
    try:
        data = json.loads(body)
        if kind == "template":
            template = parse_template(data, builtin=False)
            return template.id, localized(template.name, "en") or template.id
        card = check_method(data)  # the card format's schema, as the agenda checks it
        return card.id, card.text("en").name or card.id
    except (json.JSONDecodeError, TemplateError, MethodError) as exc:
        raise TeamError(f"not a valid {kind}: {exc}") from None


def read_document(data_dir: Path, kind: str, doc_id: str) -> LocalDocument:
    """The user's own template or method card ``doc_id``."""
    path = folder_for(data_dir, kind) / f"{doc_id}.json"
    try:
        body = path.read_text(encoding="utf-8-sig")
    except OSError:
        raise TeamError(f"there is no own {kind} {doc_id!r} in {path.parent}") from None
    found_id, title = check_document(kind, body)
    return LocalDocument(kind, found_id, title, body)


def write_document(
    library: Library, kind: str, body: str, link: TeamLink
) -> tuple[Path, str | None]:
    """Put a fetched document in its folder (whole or not at all) and remember its revision.

    The file, its path and the id of a local copy kept first: an own version changed
    since it last met the team is never overwritten, but kept under a new id, as
    "(local copy)", like a session's.
    """
    doc_id, _title = check_document(kind, body)
    folder = folder_for(library.data_dir, kind)
    target = folder / f"{doc_id}.json"
    try:
        kept = _keep_local_copy(library, kind, target, link)
        _write_whole(target, body)
    except OSError as exc:
        raise TeamError(f"the {kind} could not be saved ({exc.strerror or exc})") from None
    library.commit([], extra=[team_link_statement(link)])
    return target, kept


def _write_whole(target: Path, body: str) -> None:
    temporary = target.with_suffix(".json.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with temporary.open("w", encoding="utf-8") as f:
            f.write(body)
            f.flush()
            os.fsync(f.fileno())
        temporary.replace(target)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise


def _keep_local_copy(library: Library, kind: str, target: Path, link: TeamLink) -> str | None:
    """Save the own version at ``target`` under a new id if it holds unpublished work."""
    try:
        local = target.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return None
    local_print = hashlib.sha256(local.encode("utf-8")).hexdigest()
    previous = team_link(library, link.item_id)
    unpublished = previous is None or local_print != previous.fingerprint
    if not unpublished or local_print == link.fingerprint:
        return None
    try:
        data = json.loads(local)
        if not isinstance(data, dict):
            raise ValueError("not an object")
    except ValueError:
        # Not a document any more: keep its text as it is, where nothing loads it.
        backup = _free_path(target.parent, target.stem + LOCAL_COPY_ID, ".txt")
        _write_whole(backup, local)
        return backup.stem
    copy = _free_path(target.parent, str(data.get("id", target.stem)) + LOCAL_COPY_ID, ".json")
    data["id"] = copy.stem
    name = data.get("name")
    if isinstance(name, dict):
        data["name"] = {lang: f"{text}{LOCAL_COPY_SUFFIX}" for lang, text in name.items()}
    elif isinstance(name, str):
        data["name"] = name + LOCAL_COPY_SUFFIX
    _write_whole(copy, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return copy.stem


def _free_path(folder: Path, stem: str, suffix: str) -> Path:
    path, n = folder / f"{stem}{suffix}", 2
    while path.exists():
        path, n = folder / f"{stem}-{n}{suffix}", n + 1
    return path


def document_link(library: Library, document: LocalDocument) -> TeamLink | None:
    return team_link(library, document.item_id)
