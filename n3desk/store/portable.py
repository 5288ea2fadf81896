"""Portable session files (``.n3desk``): one session in a zip, to move between laptops.

A file holds exactly two members, ``manifest.json`` (what this is, which format
version) and ``session.json`` (every record of the session, by kind, each with all
its fields). Export writes it atomically. Import treats the file as untrusted:

- the archive and every member have size limits, checked against both the declared
  sizes and the bytes actually inflated (read in chunks), so a zip bomb stops early;
- only the two members are read, looked up by exact name; nothing is ever extracted
  and no name from the archive is ever used as a path;
- before ``session.json`` is parsed, its structure is counted (objects, arrays,
  values: :func:`_refuse_oversized`), so a file with a million of anything is
  refused in milliseconds, without building a million Python objects;
- both documents are validated against the schemas shipped in ``resources/schema/``
  (compiled once by ``fastjsonschema``; every number, list and text has a bound,
  the same ones :mod:`n3desk.domain.limits` sets for typing), then every reference
  and every rule of the workshop (:mod:`n3desk.domain.invariants`) is checked;
- a file from a newer format version is refused, not guessed at;
- the session gets new ids (:func:`copying.copy_workshop`) and is added in one
  transaction, so it never overwrites a session and a failure leaves the library
  as it was; its title says it was imported, and a timer left running is ended.

Every refusal is a :class:`PortableFileError` whose message is one line for a person.
"""

from __future__ import annotations

import json
import re
import time
import typing
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import fields, replace
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import fastjsonschema

import n3desk
from n3desk.atomic_file import atomic_output
from n3desk.domain.agenda import timer_for
from n3desk.domain.changes import REFERENCES, Op, Put
from n3desk.domain.copying import copy_workshop
from n3desk.domain.entities import ENTITY_TYPES, Entity, Note, Session
from n3desk.domain.invariants import first_problem
from n3desk.domain.limits import NAME_CHARS, RECORDS_PER_SESSION, record_problem
from n3desk.domain.timer import TimerState
from n3desk.domain.workshop import Workshop
from n3desk.resources import resource
from n3desk.store.library import Library
from n3desk.store.schema import TABLE_NAMES

FORMAT = "n3desk-session"
FORMAT_VERSION = 3  # 2: decisions' owner, due date, chosen notes; 3: who gave a rating
MANIFEST = "manifest.json"
SESSION = "session.json"

MAX_ARCHIVE_BYTES = 50 * 1024 * 1024
MAX_MEMBER_BYTES = 16 * 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024
MAX_MEMBERS = 10
CHUNK = 64 * 1024
# The structure of session.json, counted before it is parsed: one object per record
# (and the document), one array per kind, and at most this many values per record.
MAX_OBJECTS = RECORDS_PER_SESSION + 1
MAX_ARRAYS = 2 * len(ENTITY_TYPES)
MAX_FIELDS = 20  # commas in one record: a record has at most 17 fields (16 commas)
MAX_VALUES = MAX_OBJECTS * MAX_FIELDS


class PortableFileError(ValueError):
    """The file is not a session n3desk can import; the message says why."""


# -- export ------------------------------------------------------------------------------


def session_document(workshop: Workshop) -> dict[str, Any]:
    """``session.json``: the session and every record, by kind, in a stable order."""
    document: dict[str, Any] = {"session": _values(_exported_session(workshop.session))}
    for kind in ENTITY_TYPES[1:]:
        records = sorted(workshop.all(kind), key=lambda r: r.id)
        document[TABLE_NAMES[kind]] = [_values(r) for r in records]
    return document


def _exported_session(session: Session) -> Session:
    # The persona's picture lives in this library's media folder, not in the file.
    return replace(session, persona_image="", deleted_at=None)


def _values(record: Entity) -> dict[str, Any]:
    return {f.name: getattr(record, f.name) for f in fields(record)}


def export_session(workshop: Workshop, path: Path | str) -> None:
    """Write ``workshop`` to ``path`` as a portable file (atomically)."""
    target = Path(path)
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": n3desk.__version__,
        "exported_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    session = json.dumps(session_document(workshop), ensure_ascii=False, allow_nan=False)
    with (
        atomic_output(target) as raw,
        zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED) as archive,
    ):
        archive.writestr(MANIFEST, json.dumps(manifest, indent=2))
        archive.writestr(SESSION, session)


# -- import ------------------------------------------------------------------------------


IMPORTED_TITLE = "{title} (imported)"  # the app passes its translation of this


def import_session(
    library: Library, path: Path | str, *, title_format: str = IMPORTED_TITLE
) -> Workshop:
    """Add the session in the file at ``path`` to ``library`` under new ids; the new session.

    The copy is titled ``title_format`` with ``{title}`` the original's, so that it
    can be told apart from the session it came from, and a timer left running in
    the file is ended (see :func:`_end_running_timers`). Raises
    :class:`PortableFileError` (library untouched) when the file is refused.
    """
    copied = prepare_import(path, title_format=title_format)
    library.add(copied)
    return copied


def prepare_import(path: Path | str, *, title_format: str = IMPORTED_TITLE) -> Workshop:
    """The session in the file at ``path``, checked and copied under new ids, not yet added.

    Everything :func:`import_session` refuses is refused here, before any library is
    opened: a command can read and check the file first, then add it.
    """
    manifest, source = _read_file(Path(path))
    now = time.time()
    title = title_format.replace("{title}", source.session.title)
    if len(title) > NAME_CHARS:  # the marker must not push a long title past its limit
        room = NAME_CHARS - (len(title) - len(source.session.title)) - 1
        title = title_format.replace("{title}", source.session.title[: max(room, 0)] + "…")
    copied = copy_workshop(source, title=title, now=now)
    _end_running_timers(copied, _exported_at(manifest) or now)
    return copied


def _end_running_timers(workshop: Workshop, at: float) -> None:
    """End every stage whose timer the file left running, with an "end" at ``at``.

    A running timer keeps counting from the wall clock, so a copy opened days later
    would show days of overtime, ring its end signal, and put that time in the PDF's
    planned-against-actual. The run is ended rather than dropped: the log keeps that
    the stage was run. It ends when the file was exported, the last moment anyone
    saw it run (import time for a file that does not say when it was made); a
    paused timer stays paused.
    """
    ops: list[Op] = []
    for stage in workshop.stages:
        timer = timer_for(workshop, stage)
        when = max([at, *(e.at for e in timer.events)])
        if timer.reading(when).state in (TimerState.RUNNING, TimerState.OVERTIME):
            event = timer.end(when)
            if event is not None:
                ops.append(Put(event))
    workshop.apply(ops)


def _exported_at(manifest: dict[str, Any]) -> float | None:
    """When the file was written, from its manifest; None if it does not say."""
    value = manifest.get("exported_at")
    if not isinstance(value, str):
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S%z").timestamp()
    except ValueError:
        return None


def read_session_file(path: Path | str) -> Workshop:
    """The session in a portable file, checked through and through (ids as in the file)."""
    return _read_file(Path(path))[1]


def _read_file(path: Path) -> tuple[dict[str, Any], Workshop]:
    """The manifest and the session of a portable file, both checked."""
    manifest_bytes, session_bytes = _read_members(path)
    _refuse_oversized(manifest_bytes, name=MANIFEST)
    manifest = _parse(manifest_bytes, MANIFEST)
    _validate(manifest, _schema("manifest.json"), MANIFEST)
    version = manifest["format_version"]
    if version > FORMAT_VERSION:
        raise PortableFileError(
            f"the file was made by a newer n3desk (format {version}; this one reads "
            f"up to {FORMAT_VERSION}): update n3desk to import it"
        )
    _refuse_oversized(session_bytes)
    document = _parse(session_bytes, SESSION)
    if version == 1:
        _from_format_1(document)
    if version <= 2:
        _from_format_2(document)
    _validate(document, _schema("session-v1.json"), SESSION)
    return manifest, _workshop(document)


def _from_format_1(document: Any) -> None:
    """A format 1 document as format 2 says it: decisions with no owner, date or choices."""
    if not isinstance(document, dict):
        return  # the schema says what is wrong with it
    document.setdefault("chosen_notes", [])
    decisions = document.get("decisions")
    for decision in decisions if isinstance(decisions, list) else []:
        if isinstance(decision, dict):
            decision.setdefault("owner", "")
            decision.setdefault("due_date", "")


def _from_format_2(document: Any) -> None:
    """A format 1 or 2 document as format 3 says it: every rating the facilitator's own."""
    ratings = document.get("ratings") if isinstance(document, dict) else None
    for rating in ratings if isinstance(ratings, list) else []:
        if isinstance(rating, dict):
            rating.setdefault("participant_id", None)


def _read_members(path: Path) -> tuple[bytes, bytes]:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PortableFileError(f"the file cannot be read ({exc.strerror or exc})") from None
    if size > MAX_ARCHIVE_BYTES:
        raise PortableFileError(
            f"the file is too large ({size // 1_000_000} MB; at most "
            f"{MAX_ARCHIVE_BYTES // 1_000_000} MB)"
        )
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise PortableFileError("not an n3desk session file (not a zip archive)") from None
    except OSError as exc:
        raise PortableFileError(f"the file cannot be read ({exc.strerror or exc})") from None
    try:
        with archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS:
                raise PortableFileError(f"the archive holds too many files ({len(members)})")
            manifest = _member(archive, members, MANIFEST, MAX_MANIFEST_BYTES)
            return manifest, _member(archive, members, SESSION, MAX_MEMBER_BYTES)
    except PortableFileError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise PortableFileError(f"the archive is damaged ({exc})") from None
    except (OSError, RuntimeError, NotImplementedError, ValueError) as exc:
        # RuntimeError: encrypted; NotImplementedError: an unknown compression method.
        raise PortableFileError(f"the archive cannot be read ({exc})") from None


def _member(
    archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], name: str, limit: int
) -> bytes:
    """The whole member ``name`` (exact name), inflated in chunks within ``limit``."""
    found = [m for m in members if m.filename == name]
    if not found:
        raise PortableFileError(f"not an n3desk session file ({name} is missing)")
    if len(found) > 1:
        raise PortableFileError(f"the archive holds {name} more than once")
    info = found[0]
    if info.file_size > limit:
        raise PortableFileError(
            f"{name} is too large ({info.file_size:,} bytes; at most {limit:,})"
        )
    data = bytearray()
    with archive.open(info) as member:
        while chunk := member.read(CHUNK):
            data += chunk
            if len(data) > min(limit, info.file_size):
                raise PortableFileError(f"{name} inflates beyond the size it declares")
    return bytes(data)


def _parse(data: bytes, name: str) -> Any:
    def refuse_constant(value: str) -> Any:
        raise ValueError(f"{value} is not a number JSON allows")

    try:
        return json.loads(data.decode("utf-8"), parse_constant=refuse_constant)
    except UnicodeDecodeError:
        raise PortableFileError(f"{name} is not UTF-8 text") from None
    except (ValueError, RecursionError) as exc:
        raise PortableFileError(f"{name} is not valid JSON ({exc})") from None


_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
# An object with more fields than any record has (texts blanked out first).
_WIDE_RECORD = re.compile(rb"\{(?:[^{},]*,){%d}" % MAX_FIELDS)


def _refuse_oversized(data: bytes, name: str = SESSION) -> None:
    """Refuse a document with more objects, arrays or values than a session can hold.

    Counted on the bytes before parsing: ``json.loads`` of a 16 MB member holding
    five million empty lists, or one record with a million fields, would build
    hundreds of megabytes of them first. The quick counts include brackets and
    commas inside texts; only when one is over a limit is it made exact, and the
    slow way (blanking every text out) is taken only when the quick ones cannot
    decide, with the number of texts already bounded.
    """
    objects, arrays, commas = data.count(b"{"), data.count(b"["), data.count(b",")
    wide = _WIDE_RECORD.search(data)
    if objects <= MAX_OBJECTS and arrays <= MAX_ARRAYS and commas <= MAX_VALUES and not wide:
        return
    # Every text and key is a string: a session has at most two per field, and
    # quotes inside texts are escaped, so the plain quotes bound the texts.
    plain = data.replace(b"\\\\", b"__").replace(b'\\"', b"__")
    if plain.count(b'"') > 4 * MAX_VALUES:
        raise PortableFileError(f"{name} holds more values than a session can")
    if wide is not None and _outside_texts(plain, wide.start(), wide.end()) >= MAX_FIELDS:
        raise PortableFileError(f"{name} holds a record with more fields than any record has")
    skeleton = _STRING.sub(b'""', plain)
    objects, arrays = skeleton.count(b"{"), skeleton.count(b"[")
    if objects > MAX_OBJECTS:
        raise PortableFileError(
            f"{name} holds more records than a session can ({objects:,}; at most "
            f"{RECORDS_PER_SESSION:,})"
        )
    if arrays > MAX_ARRAYS:
        raise PortableFileError(f"{name} holds {arrays:,} lists; a session has {MAX_ARRAYS}")
    if skeleton.count(b",") > MAX_VALUES or _WIDE_RECORD.search(skeleton) is not None:
        raise PortableFileError(f"{name} holds more values than a session can")


def _outside_texts(plain: bytes, start: int, end: int) -> int:
    """Commas in ``plain[start:end]`` that are not inside a text (0 if ``start`` is in one).

    ``plain`` has its escaped quotes and backslashes blanked, so every quote left
    opens or closes a text.
    """
    if plain.count(b'"', 0, start) % 2:
        return 0
    return sum(part.count(b",") for part in plain[start:end].split(b'"')[0::2])


@cache
def _schema(name: str) -> Callable[[Any], Any]:
    """The schema ``name``, compiled into a validating function once per run."""
    schema: dict[str, Any] = json.loads(resource("schema", name).read_text(encoding="utf-8"))
    return fastjsonschema.compile(schema, use_formats=False)


def _validate(document: Any, validate: Callable[[Any], Any], name: str) -> None:
    try:
        validate(document)
    except fastjsonschema.JsonSchemaValueException as error:
        where = "/".join(str(p) for p in error.path[1:]) or "the top level"
        message = error.message.removeprefix("data.")
        message = message if len(message) <= 200 else message[:200] + "…"
        raise PortableFileError(f"{name} is not a valid session (at {where}: {message})") from None


def _workshop(document: dict[str, Any]) -> Workshop:
    """Records from a validated document; every id unique, every reference resolved."""
    session = _record(Session, document["session"])
    assert isinstance(session, Session)
    session = replace(session, persona_image="", deleted_at=None)
    ids: dict[type[Entity], set[str]] = {Session: {session.id}}
    records: list[Entity] = []
    for kind in ENTITY_TYPES[1:]:
        seen: set[str] = set()
        for values in document[TABLE_NAMES[kind]]:
            record = _record(kind, values)
            if record.id in seen:
                raise PortableFileError(
                    f"{SESSION}: two {TABLE_NAMES[kind]} share the id {record.id}"
                )
            seen.add(record.id)
            records.append(record)
        ids[kind] = seen
    if len(records) + 1 > RECORDS_PER_SESSION:
        raise PortableFileError(
            f"{SESSION} holds {len(records) + 1:,} records; a session holds at most "
            f"{RECORDS_PER_SESSION:,}"
        )
    for record in [session, *records]:
        problem = record_problem(record)
        if problem is not None:
            raise PortableFileError(f"{SESSION}: {problem}")
    for record in records:
        for ref in REFERENCES:
            if type(record) is not ref.child:
                continue
            target = getattr(record, ref.field)
            if target is not None and target not in ids[ref.parent]:
                raise PortableFileError(
                    f"{SESSION}: a record in {TABLE_NAMES[ref.child]} points at a missing "
                    f"{TABLE_NAMES[ref.parent]} record ({ref.field} = {target})"
                )
    workshop = Workshop(session, _origins_first(records))
    # The rules the document keeps on every edit, for the whole file at once.
    tables = {kind: {r.id: r for r in workshop.all(kind)} for kind in ENTITY_TYPES}
    problem = first_problem(tables, workshop.records())
    if problem is not None:
        raise PortableFileError(f"{SESSION}: {problem}")
    return workshop


def _origins_first(records: list[Entity]) -> list[Entity]:
    """``records`` with every note after the note it was carried forward from.

    The library inserts records in this order under foreign keys; a chain of
    origins that loops back on itself cannot be inserted at all and is refused.
    """
    notes = {r.id: r for r in records if isinstance(r, Note)}
    placed: dict[str, Note] = {}
    for note in notes.values():
        chain: list[Note] = []
        current: Note | None = note
        while current is not None and current.id not in placed:
            if current in chain:
                raise PortableFileError(f"{SESSION}: notes are carried forward in a circle")
            chain.append(current)
            current = notes.get(current.origin_id or "")
        for link in reversed(chain):
            placed[link.id] = link
    others = [r for r in records if not isinstance(r, Note)]
    first_other = next(
        (i for i, r in enumerate(others) if ENTITY_TYPES.index(type(r)) > ENTITY_TYPES.index(Note)),
        len(others),
    )
    return [*others[:first_other], *placed.values(), *others[first_other:]]


def _record(kind: type[Entity], values: dict[str, Any]) -> Entity:
    """A record from schema-checked values: JSON numbers made the field's own type."""
    args: dict[str, Any] = {}
    for name, allowed in _field_types(kind).items():
        value = values[name]
        if isinstance(value, float) and int in allowed:
            value = int(value)  # the schema let 3.0 through as an integer
        elif isinstance(value, int) and not isinstance(value, bool) and float in allowed:
            value = float(value)  # JSON writes 3.0 as 3
        elif isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise PortableFileError(
                    f"{SESSION}: {name} holds text that is not valid Unicode"
                ) from None
        args[name] = value
    return kind(**args)


_FIELD_TYPES: dict[type, dict[str, frozenset[type]]] = {}


def _field_types(kind: type[Entity]) -> dict[str, frozenset[type]]:
    """Each field's allowed Python types (None included where the field is optional)."""
    if kind in _FIELD_TYPES:
        return _FIELD_TYPES[kind]
    hints = typing.get_type_hints(kind)
    result: dict[str, frozenset[type]] = {}
    for f in fields(kind):
        hint = hints[f.name]
        args = typing.get_args(hint)
        result[f.name] = frozenset(args) if args else frozenset({hint})
    _FIELD_TYPES[kind] = result
    return result
