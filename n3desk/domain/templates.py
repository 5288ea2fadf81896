"""Process templates: what a new session starts with.

A template is data (a JSON file under ``resources/templates/`` or the user's data
folder) describing the agenda, boards and frames, rating criteria and the
stakeholder map's rings and sectors. :func:`parse_template` checks a loaded JSON
value and gives a clear :class:`TemplateError`; :func:`instantiate` makes a new
:class:`Workshop` from a template. Texts may be a plain string (the user's own
templates, saved in one language) or a mapping from language to string (the built-in
ones, in sv, en, nb and da); a missing language falls back to Swedish, then English.
The format is described by ``resources/schema/template-v1.json``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from n3desk.domain.entities import (
    Board,
    Criterion,
    Entity,
    Frame,
    Ring,
    Sector,
    Session,
    Stage,
    new_id,
)
from n3desk.domain.n3card import default_foundations
from n3desk.domain.workshop import Workshop

TEMPLATE_FORMAT = 1

Text = str | Mapping[str, str]


class TemplateError(ValueError):
    """A template file is not a valid template; the message says where and why."""


def localized(text: Text, language: str) -> str:
    """``text`` in ``language``, falling back to Swedish, then English, then any."""
    if isinstance(text, str):
        return text
    for lang in (language, "sv", "en"):
        if text.get(lang):
            return text[lang]
    return next(iter(text.values()), "")


@dataclass(frozen=True)
class FrameSpec:
    title: Text
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class BoardSpec:
    title: Text
    frames: tuple[FrameSpec, ...] = ()


@dataclass(frozen=True)
class StageSpec:
    title: Text
    minutes: int
    instructions: Text = ""
    method: str = ""
    board: int | None = None  # index into the template's boards
    kind: str = "timebox"
    stations: int = 0
    station_minutes: int = 0
    summary_minutes: int = 0
    warning_seconds: int = 120
    danger_seconds: int = 30


@dataclass(frozen=True)
class CriterionSpec:
    name: Text
    low: int = 0
    high: int = 3


@dataclass(frozen=True)
class SectorSpec:
    label: Text
    colour: str


@dataclass(frozen=True)
class Template:
    id: str
    name: Text
    description: Text = ""
    criteria: tuple[CriterionSpec, ...] = ()
    rings: tuple[Text, ...] = ()
    sectors: tuple[SectorSpec, ...] = ()
    boards: tuple[BoardSpec, ...] = ()
    stages: tuple[StageSpec, ...] = ()
    builtin: bool = field(default=True, compare=False)
    available_minutes: int | None = None  # None: the agenda's length, at least an hour
    start_time: str = ""  # "HH:MM"; "" keeps the session default


# The N3 three, in the words of the KS tool ("Nytt, Nyttig, Nyttiggjort") as each
# language says them.
DEFAULT_CRITERIA = (
    CriterionSpec({"sv": "Nytt", "en": "New", "nb": "Nytt", "da": "Nyt"}),
    CriterionSpec({"sv": "Nyttigt", "en": "Useful", "nb": "Nyttig", "da": "Nyttigt"}),
    CriterionSpec(
        {"sv": "Nyttiggjort", "en": "Put to use", "nb": "Nyttiggjort", "da": "Nyttiggjort"}
    ),
)

DEFAULT_RINGS: tuple[Text, ...] = (
    {
        "sv": "Närmast brukaren",
        "en": "Closest to the citizen",
        "nb": "Nærmest brukeren",
        "da": "Tættest på borgeren",
    },
    {
        "sv": "Direkt kontakt",
        "en": "Direct contact",
        "nb": "Direkte kontakt",
        "da": "Direkte kontakt",
    },
    {
        "sv": "Indirekt påverkan",
        "en": "Indirect influence",
        "nb": "Indirekte påvirkning",
        "da": "Indirekte indflydelse",
    },
)

DEFAULT_SECTORS: tuple[SectorSpec, ...] = (
    SectorSpec(
        {
            "sv": "Familj & nätverk",
            "en": "Family & network",
            "nb": "Familie & nettverk",
            "da": "Familie & netværk",
        },
        "#f48fb1",
    ),
    SectorSpec(
        {"sv": "Civilsamhälle", "en": "Civil society", "nb": "Sivilsamfunn", "da": "Civilsamfund"},
        "#a5d6a7",
    ),
    SectorSpec({"sv": "Kommun", "en": "Municipality", "nb": "Kommune", "da": "Kommune"}, "#90caf9"),
    SectorSpec({"sv": "Region", "en": "Region", "nb": "Fylke", "da": "Region"}, "#80deea"),
    SectorSpec({"sv": "Staten", "en": "State", "nb": "Staten", "da": "Staten"}, "#b39ddb"),
    SectorSpec(
        {"sv": "Fack", "en": "Unions", "nb": "Fagforeninger", "da": "Fagforeninger"}, "#ffcc80"
    ),
    SectorSpec(
        {"sv": "Företag", "en": "Companies", "nb": "Bedrifter", "da": "Virksomheder"}, "#fff59d"
    ),
)

BLANK = Template(
    id="blank",
    name={"sv": "Tom session", "en": "Blank session", "nb": "Tom økt", "da": "Tom session"},
    description={
        "sv": "En tavla, N3-kriterierna och en standardkarta.",
        "en": "One board, the N3 criteria and a default map.",
        "nb": "Én tavle, N3-kriteriene og et standardkart.",
        "da": "Én tavle, N3-kriterierne og et standardkort.",
    },
    criteria=DEFAULT_CRITERIA,
    rings=DEFAULT_RINGS,
    sectors=DEFAULT_SECTORS,
    boards=(BoardSpec({"sv": "Idéer", "en": "Ideas", "nb": "Ideer", "da": "Idéer"}),),
)


def instantiate(
    template: Template, title: str, *, language: str, now: float, session_id: str | None = None
) -> Workshop:
    """A new session made from ``template``, texts in ``language``."""
    sid = session_id or new_id()
    session = Session(
        id=sid,
        title=title,
        template_id=template.id,
        language=language,
        created_at=now,
        updated_at=now,
        available_minutes=template.available_minutes
        or (max(60, sum(s.minutes for s in template.stages)) if template.stages else 180),
    )
    if template.start_time:
        session = replace(session, start_time=template.start_time)
    records: list[Entity] = list(default_foundations(sid))
    for i, c in enumerate(template.criteria):
        records.append(Criterion(new_id(), sid, localized(c.name, language), c.low, c.high, i))
    for i, ring in enumerate(template.rings):
        records.append(Ring(new_id(), sid, localized(ring, language), i))
    for i, sector in enumerate(template.sectors):
        records.append(Sector(new_id(), sid, localized(sector.label, language), sector.colour, i))
    board_ids: list[str] = []
    for i, spec in enumerate(template.boards):
        board = Board(new_id(), sid, localized(spec.title, language), i)
        board_ids.append(board.id)
        records.append(board)
        for z, f in enumerate(spec.frames):
            records.append(
                Frame(
                    new_id(),
                    board.id,
                    localized(f.title, language),
                    f.x,
                    f.y,
                    f.width,
                    f.height,
                    float(z),
                )
            )
    for i, st in enumerate(template.stages):
        records.append(
            Stage(
                id=new_id(),
                session_id=sid,
                title=localized(st.title, language),
                planned_minutes=st.minutes,
                method_id=st.method,
                instructions=localized(st.instructions, language),
                board_id=board_ids[st.board] if st.board is not None else None,
                kind=st.kind,
                stations=st.stations,
                station_minutes=st.station_minutes,
                summary_minutes=st.summary_minutes,
                warning_seconds=st.warning_seconds,
                danger_seconds=st.danger_seconds,
                position=i,
            )
        )
    return Workshop(session, records)


# -- parsing -----------------------------------------------------------------------


def parse_template(data: Any, *, builtin: bool = True) -> Template:
    """Check a template loaded from JSON and build it; raise TemplateError if invalid."""
    obj = _mapping(data, "template")
    fmt = obj.get("format", TEMPLATE_FORMAT)
    if fmt != TEMPLATE_FORMAT:
        raise TemplateError(f"template format {fmt!r} is not supported (expected 1)")
    tid = _str(obj.get("id"), "id")
    if not tid or not all(c.isalnum() or c in "-_" for c in tid):
        raise TemplateError("id must be letters, digits, '-' or '_'")
    boards = tuple(_board(b, f"boards[{i}]") for i, b in enumerate(_list(obj, "boards")))
    stages = tuple(
        _stage(s, f"stages[{i}]", len(boards)) for i, s in enumerate(_list(obj, "stages"))
    )
    return Template(
        id=tid,
        name=_text(obj.get("name"), "name"),
        description=_text(obj.get("description", ""), "description"),
        criteria=tuple(
            _criterion(c, f"criteria[{i}]") for i, c in enumerate(_list(obj, "criteria"))
        )
        or DEFAULT_CRITERIA,
        rings=tuple(_text(r, f"rings[{i}]") for i, r in enumerate(_list(obj, "rings")))
        or DEFAULT_RINGS,
        sectors=tuple(_sector(s, f"sectors[{i}]") for i, s in enumerate(_list(obj, "sectors")))
        or DEFAULT_SECTORS,
        boards=boards,
        stages=stages,
        builtin=builtin,
        available_minutes=_optional_int(obj, "available_minutes", 10, 24 * 60),
        start_time=_start_time(obj.get("start_time", "")),
    )


def _optional_int(obj: Mapping[str, Any], key: str, low: int, high: int) -> int | None:
    value = obj.get(key)
    return None if value is None else _int(value, key, low, high)


def _start_time(value: Any) -> str:
    text = _str(value, "start_time")
    if text:
        hours, _, minutes = text.partition(":")
        if not (
            len(minutes) == 2
            and hours.isdigit()
            and minutes.isdigit()
            and 0 <= int(hours) < 24
            and 0 <= int(minutes) < 60
        ):
            raise TemplateError("start_time: expected a time as HH:MM")
    return text


def _mapping(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise TemplateError(f"{where}: expected an object")
    return value


def _list(obj: Mapping[str, Any], key: str) -> list[Any]:
    value = obj.get(key, [])
    if not isinstance(value, list):
        raise TemplateError(f"{key}: expected a list")
    return value


def _str(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise TemplateError(f"{where}: expected text")
    return value


def _int(value: Any, where: str, low: int = 0, high: int = 10_000) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise TemplateError(f"{where}: expected a whole number from {low} to {high}")
    return value


def _num(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TemplateError(f"{where}: expected a number")
    return float(value)


def _text(value: Any, where: str) -> Text:
    if isinstance(value, str):
        return value
    if (
        isinstance(value, Mapping)
        and value
        and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())
    ):
        return dict(value)
    raise TemplateError(f"{where}: expected text or a mapping from language to text")


def _criterion(value: Any, where: str) -> CriterionSpec:
    obj = _mapping(value, where)
    low = _int(obj.get("low", 0), f"{where}.low", 0, 10)
    high = _int(obj.get("high", 3), f"{where}.high", 1, 10)
    if high <= low:
        raise TemplateError(f"{where}: high must be above low")
    return CriterionSpec(_text(obj.get("name"), f"{where}.name"), low, high)


def _sector(value: Any, where: str) -> SectorSpec:
    obj = _mapping(value, where)
    colour = _str(obj.get("colour", "#90a4ae"), f"{where}.colour")
    if len(colour) != 7 or not colour.startswith("#"):
        raise TemplateError(f"{where}.colour: expected #rrggbb")
    return SectorSpec(_text(obj.get("label"), f"{where}.label"), colour)


def _board(value: Any, where: str) -> BoardSpec:
    obj = _mapping(value, where)
    frames = []
    for i, f in enumerate(_list(obj, "frames")):
        fo = _mapping(f, f"{where}.frames[{i}]")
        frames.append(
            FrameSpec(
                _text(fo.get("title", ""), f"{where}.frames[{i}].title"),
                _num(fo.get("x", 0), f"{where}.frames[{i}].x"),
                _num(fo.get("y", 0), f"{where}.frames[{i}].y"),
                _num(fo.get("width", 400), f"{where}.frames[{i}].width"),
                _num(fo.get("height", 300), f"{where}.frames[{i}].height"),
            )
        )
    return BoardSpec(_text(obj.get("title"), f"{where}.title"), tuple(frames))


def _stage(value: Any, where: str, board_count: int) -> StageSpec:
    obj = _mapping(value, where)
    kind = obj.get("kind", "timebox")
    if kind not in ("timebox", "rotation"):
        raise TemplateError(f"{where}.kind: expected 'timebox' or 'rotation'")
    board = obj.get("board")
    if board is not None:
        board = _int(board, f"{where}.board", 0, max(0, board_count - 1))
        if board_count == 0:
            raise TemplateError(f"{where}.board: the template has no boards")
    stations = _int(obj.get("stations", 0), f"{where}.stations", 0, 20)
    station_minutes = _int(obj.get("station_minutes", 0), f"{where}.station_minutes", 0, 120)
    summary_minutes = _int(obj.get("summary_minutes", 0), f"{where}.summary_minutes", 0, 120)
    minutes_value = obj.get("minutes")
    if kind == "rotation":
        # A rotation's length follows from its stations; "minutes" may be left out.
        if stations < 1 or station_minutes < 1:
            raise TemplateError(
                f"{where}: a rotation needs stations and station_minutes of 1 or more"
            )
        rotation_minutes = stations * station_minutes + summary_minutes
        if minutes_value is None:
            minutes_value = rotation_minutes
        elif minutes_value != rotation_minutes:
            raise TemplateError(
                f"{where}.minutes: a rotation of {stations} × {station_minutes} + "
                f"{summary_minutes} minutes lasts {rotation_minutes} minutes"
            )
    warning = _int(obj.get("warning_seconds", 120), f"{where}.warning_seconds", 0, 3600)
    danger = _int(obj.get("danger_seconds", 30), f"{where}.danger_seconds", 0, 3600)
    return StageSpec(
        title=_text(obj.get("title"), f"{where}.title"),
        minutes=_int(minutes_value, f"{where}.minutes", 1, 600),
        instructions=_text(obj.get("instructions", ""), f"{where}.instructions"),
        method=_str(obj.get("method", ""), f"{where}.method"),
        board=board,
        kind=kind,
        stations=stations,
        station_minutes=station_minutes,
        summary_minutes=summary_minutes,
        warning_seconds=warning,
        danger_seconds=danger,
    )
