"""Process templates: what a new session starts with.

A template is data (a JSON file under ``resources/templates/`` or the user's data
folder) describing the agenda, boards and frames, rating criteria and the
stakeholder map's rings and sectors. :func:`build_template` makes one from a JSON
value that ``resources/schema/template-v1.json`` accepted (the schema is the one
check of shape, types and ranges: :func:`n3desk.store.template_files.parse_template`);
:func:`instantiate` makes a new :class:`Workshop` from a template. Texts may be a
plain string (the user's own templates, saved in one language) or a mapping from
language to string (the built-in ones, in sv, en, nb and da); a missing language
falls back to Swedish, then English.
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
MAX_STAGE_MINUTES = 600  # as template-v1.json bounds a stage's "minutes"

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


# -- building from a checked JSON value --------------------------------------------


def build_template(data: Mapping[str, Any], *, builtin: bool = True) -> Template:
    """A template from a JSON value that already matches ``template-v1.json``.

    The schema is the one check of shape, types and ranges
    (:func:`n3desk.store.template_files.parse_template` applies it first); this only
    checks what a schema cannot say, each with a :class:`TemplateError` naming where:
    a criterion's high above its low, a stage's board among the template's boards,
    and a rotation's minutes agreeing with its stations.
    """
    boards = tuple(_board(b) for b in data.get("boards", []))
    stages = tuple(
        _stage(s, f"stages[{i}]", len(boards)) for i, s in enumerate(data.get("stages", []))
    )
    return Template(
        id=data["id"],
        name=_text(data["name"]),
        description=_text(data.get("description", "")),
        criteria=tuple(
            _criterion(c, f"criteria[{i}]") for i, c in enumerate(data.get("criteria", []))
        )
        or DEFAULT_CRITERIA,
        rings=tuple(_text(r) for r in data.get("rings", [])) or DEFAULT_RINGS,
        sectors=tuple(
            SectorSpec(_text(s["label"]), s.get("colour", "#90a4ae"))
            for s in data.get("sectors", [])
        )
        or DEFAULT_SECTORS,
        boards=boards,
        stages=stages,
        builtin=builtin,
        available_minutes=_whole(data.get("available_minutes")),
        start_time=data.get("start_time", ""),
    )


def _whole(value: Any) -> Any:
    # JSON Schema counts 5.0 as an integer; the records want a Python int.
    return int(value) if isinstance(value, float) else value


def _text(value: Text) -> Text:
    return value if isinstance(value, str) else dict(value)


def _criterion(obj: Mapping[str, Any], where: str) -> CriterionSpec:
    low, high = _whole(obj.get("low", 0)), _whole(obj.get("high", 3))
    if high <= low:
        raise TemplateError(f"{where}: high must be above low")
    return CriterionSpec(_text(obj["name"]), low, high)


def _board(obj: Mapping[str, Any]) -> BoardSpec:
    frames = tuple(
        FrameSpec(
            _text(f.get("title", "")),
            float(f.get("x", 0)),
            float(f.get("y", 0)),
            float(f.get("width", 400)),
            float(f.get("height", 300)),
        )
        for f in obj.get("frames", [])
    )
    return BoardSpec(_text(obj["title"]), frames)


def _stage(obj: Mapping[str, Any], where: str, board_count: int) -> StageSpec:
    kind = obj.get("kind", "timebox")
    board = _whole(obj.get("board"))
    if board is not None and board >= board_count:
        raise TemplateError(
            f"{where}.board: the template has no boards"
            if board_count == 0
            else f"{where}.board: expected a whole number from 0 to {board_count - 1}"
        )
    stations = _whole(obj.get("stations", 0))
    station_minutes = _whole(obj.get("station_minutes", 0))
    summary_minutes = _whole(obj.get("summary_minutes", 0))
    minutes = _whole(obj.get("minutes"))
    if kind == "rotation":
        # A rotation's length follows from its stations; "minutes" may be left out.
        rotation_minutes = stations * station_minutes + summary_minutes
        if minutes is None:
            minutes = rotation_minutes
        elif minutes != rotation_minutes:
            raise TemplateError(
                f"{where}.minutes: a rotation of {stations} × {station_minutes} + "
                f"{summary_minutes} minutes lasts {rotation_minutes} minutes"
            )
        if not 1 <= minutes <= MAX_STAGE_MINUTES:
            raise TemplateError(
                f"{where}.minutes: a rotation of {rotation_minutes} minutes is longer than "
                f"{MAX_STAGE_MINUTES} minutes"
            )
    return StageSpec(
        title=_text(obj["title"]),
        minutes=minutes,
        instructions=_text(obj.get("instructions", "")),
        method=obj.get("method", ""),
        board=board,
        kind=kind,
        stations=stations,
        station_minutes=station_minutes,
        summary_minutes=summary_minutes,
        warning_seconds=_whole(obj.get("warning_seconds", 120)),
        danger_seconds=_whole(obj.get("danger_seconds", 30)),
    )
