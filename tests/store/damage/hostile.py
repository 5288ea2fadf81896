"""Hostile and inconsistent portable files, made on the fly (the tests and a benchmark use them).

Each maker writes one ``.n3desk`` file to the path it is given and returns it. The
hostile ones are what issue 12.8 tried: a tiny file asking for a billion stations,
lists of a million elements, zip bombs, deep nesting, huge texts, and a file at
every size limit at once with one mistake at its very end. The inconsistent ones
(issue 12.9) are well-formed but break a rule of the workshop.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path
from typing import Any

from n3desk.domain import limits
from n3desk.domain.entities import (
    Criterion,
    Entity,
    Note,
    Participant,
    Rating,
    Stage,
    Vote,
    VotingRound,
    new_id,
)
from n3desk.domain.templates import BLANK, instantiate
from n3desk.store.portable import session_document

Maker = Callable[[Path], Path]
MANIFEST = json.dumps({"format": "n3desk-session", "format_version": 1})


def base_document() -> dict[str, Any]:
    """session.json of a small valid session (a blank template with two boards)."""
    made = instantiate(BLANK, "Fientlig fil", language="sv", now=1_700_000_000.0)
    return session_document(made)


def values(record: Entity) -> dict[str, Any]:
    return {f.name: getattr(record, f.name) for f in fields(record)}


def write(path: Path, session: bytes | str, *, manifest: str = MANIFEST) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("manifest.json", manifest)
        archive.writestr("session.json", session)
    return path


def with_document(change: Callable[[dict[str, Any]], None]) -> Maker:
    def make(path: Path) -> Path:
        document = base_document()
        change(document)
        return write(path, json.dumps(document))

    return make


def _session_id(d: dict[str, Any]) -> str:
    return str(d["session"]["id"])


def _rotation(stations: int, minutes: int = 5) -> Callable[[dict[str, Any]], None]:
    def change(d: dict[str, Any]) -> None:
        stage = Stage(new_id(), _session_id(d), "Stationer", kind="rotation")
        row = values(stage) | {"stations": stations, "station_minutes": minutes}
        d["stages"].append(row)

    return change


def _million(kind: str, element: Any) -> Maker:
    def make(path: Path) -> Path:
        document = base_document()
        body = json.dumps(document)
        key = f'"{kind}": []'
        assert key in body
        filled = "[" + ",".join([json.dumps(element)] * 1_000_000) + "]"
        return write(path, body.replace(key, f'"{kind}": {filled}', 1))

    return make


def bomb(path: Path, megabytes: int = 1024) -> Path:
    """A gigabyte of spaces, compressed to about a megabyte, declared at its true size."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("manifest.json", MANIFEST)
        with archive.open("session.json", "w", force_zip64=True) as member:
            chunk = b" " * (1 << 20)
            for _ in range(megabytes):
                member.write(chunk)
    return path


def lying_bomb(path: Path, megabytes: int = 200) -> Path:
    """A member declaring 100 bytes that inflates to 200 MB (the header lies)."""
    _small_bomb = b"{" + b" " * (megabytes << 20) + b"}"
    write(path, _small_bomb)
    data = bytearray(path.read_bytes())
    size = len(_small_bomb).to_bytes(4, "little")
    for signature, offset in ((b"PK\x01\x02", 24), (b"PK\x03\x04", 22)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            if data[start + offset : start + offset + 4] == size:
                data[start + offset : start + offset + 4] = (100).to_bytes(4, "little")
            start += 4
    path.write_bytes(bytes(data))
    return path


def _deep(path: Path) -> Path:
    return write(path, "[" * 5_000_000 + "]" * 5_000_000)


def _huge_text(path: Path) -> Path:
    document = base_document()
    document["session"]["title"] = "å" * 7_000_000
    return write(path, json.dumps(document, ensure_ascii=False))


def _one_object_many_keys(path: Path) -> Path:
    document = base_document()
    body = json.dumps(document)
    keys = ",".join(f'"k{i}":0' for i in range(1_300_000))
    return write(path, body.replace('"participants": []', '"participants": [{' + keys + "}]", 1))


def at_the_limits(path: Path, *, mistake: bool = True) -> Path:
    """Every kind at its largest count, every note at its longest text — and, with
    ``mistake``, one wrong value in the very last record, so that all of it is read."""
    document = base_document()
    sid = _session_id(document)
    board = document["boards"][0]["id"]
    criterion = document["criteria"][0]["id"]
    notes = [
        values(Note(f"n{i:05d}", board, text="idé " * 10, x=float(i), created_at=1.0))
        for i in range(limits.RECORDS_PER_KIND[Note])
    ]
    participants = [
        values(Participant(f"p{i:03d}", sid, f"Deltagare {i}"))
        for i in range(limits.RECORDS_PER_KIND[Participant])
    ]
    rounds = [
        values(VotingRound(f"r{i:03d}", board, f"Omgång {i}", created_at=1.0)) for i in range(5)
    ]
    base = sum(len(v) for v in document.values() if isinstance(v, list)) + 1
    room = limits.RECORDS_PER_SESSION - base - len(notes) - len(participants) - len(rounds)
    votes = [
        values(Vote(f"v{i:05d}", rounds[i // len(notes)]["id"], notes[i % len(notes)]["id"]))
        for i in range(min(limits.RECORDS_PER_KIND[Vote], room // 2))
    ]
    ratings = [
        values(Rating(f"g{i:05d}", notes[i]["id"], criterion, 1))
        for i in range(min(limits.RECORDS_PER_KIND[Rating], len(notes), room - len(votes)))
    ]
    document["notes"] = notes
    document["participants"] = participants
    document["voting_rounds"] = rounds
    document["votes"] = votes
    document["ratings"] = ratings
    if mistake:
        document["ratings"][-1]["value"] = "three"
    return write(path, json.dumps(document))


def _criterion(low: int, high: int) -> Callable[[dict[str, Any]], None]:
    def change(d: dict[str, Any]) -> None:
        d["criteria"].append(values(Criterion(new_id(), _session_id(d), "Baklänges", low, high)))

    return change


def _note(d: dict[str, Any], board: int = 0) -> dict[str, Any]:
    note = values(Note(new_id(), d["boards"][board]["id"], "Idé"))
    d["notes"].append(note)
    return note


def _two_ratings(d: dict[str, Any]) -> None:
    note = _note(d)
    criterion = d["criteria"][0]["id"]
    d["ratings"] += [values(Rating(new_id(), note["id"], criterion, v)) for v in (1, 2)]


def _vote_across_boards(d: dict[str, Any]) -> None:
    d["boards"].append({**d["boards"][0], "id": new_id(), "title": "Andra", "position": 9})
    note = _note(d, board=1)
    round_ = values(VotingRound(new_id(), d["boards"][0]["id"], "Omgång"))
    d["voting_rounds"].append(round_)
    d["votes"].append(values(Vote(new_id(), round_["id"], note["id"], None, 1)))


def _negative_dots(d: dict[str, Any]) -> None:
    note = _note(d)
    round_ = values(VotingRound(new_id(), d["boards"][0]["id"], "Omgång"))
    d["voting_rounds"].append(round_)
    d["votes"].append(values(Vote(new_id(), round_["id"], note["id"], None, -3)))


def _twice_the_same_foundation(d: dict[str, Any]) -> None:
    d["foundations"][1]["key"] = d["foundations"][0]["key"]


HOSTILE: dict[str, tuple[Maker, str]] = {
    "rotation of 10^9 stations": (with_document(_rotation(10**9)), "stations"),
    "rotation of 10^7 stations": (with_document(_rotation(10**7)), "stations"),
    "10^9 minutes per station": (with_document(_rotation(3, 10**9)), "station_minutes"),
    "10^6 notes": (_million("notes", {}), "more records than a session can"),
    "10^6 numbers in a list": (_million("decisions", 0), "more values than a session can"),
    "10^6 empty lists": (_million("frames", []), "lists"),
    "zip bomb, 1 GB": (bomb, "too large"),
    "zip bomb with a lying header": (lying_bomb, "damaged"),
    "deep nesting": (_deep, "lists"),
    "14 MB title": (_huge_text, "title"),
    "1,300,000 fields in one record": (_one_object_many_keys, "more"),
    "every limit at once, one mistake at the end": (at_the_limits, "ratings"),
}

INCONSISTENT: dict[str, tuple[Maker, str]] = {
    "two ratings of one note on one criterion": (
        with_document(_two_ratings),
        "two ratings on one criterion",
    ),
    "a vote on a note of another board": (
        with_document(_vote_across_boards),
        "another board than its round's",
    ),
    "a criterion whose low is above its high": (with_document(_criterion(5, 1)), "low end"),
    "negative dots": (with_document(_negative_dots), "dots"),
    "one foundation twice": (with_document(_twice_the_same_foundation), "foundation"),
}
