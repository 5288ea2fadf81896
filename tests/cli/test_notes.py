"""`notes import` and `export --csv`: files in, files out, and a summary of what was read."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING

from n3desk.store import open_library

if TYPE_CHECKING:
    from tests.cli.conftest import Run


def _notes(cli_dir: Path, session_id: str) -> list[tuple[str, str, str]]:
    """(text, colour, frame title) of every note in the session, from the library."""
    with open_library(cli_dir, lock=False) as library:
        workshop = library.load(session_id)
    frames = {f.id: f.title for b in workshop.boards for f in workshop.frames_on(b.id)}
    return [
        (n.text, n.colour, frames.get(n.frame_id or "", ""))
        for b in workshop.boards
        for n in workshop.notes_on(b.id)
    ]


def test_txt_import_one_note_per_line(run: Run, cli_dir: Path, session_id: str) -> None:
    """A .txt gives one note per non-blank line on the first board."""
    file = cli_dir.parent / "ideer.txt"
    file.write_text("Första idén\n\n  Andra idén  \n\nTredje\n", encoding="utf-8")
    result = run("notes", "import", session_id, str(file), "--json")
    assert result.code == 0, result.err
    assert result.json()["imported"] == 3
    texts = sorted(t for t, _, _ in _notes(cli_dir, session_id))
    assert texts == ["Andra idén", "Första idén", "Tredje"]


def test_csv_windows_1252_with_colours_and_frames(run: Run, cli_dir: Path, session_id: str) -> None:
    """A cp1252 CSV from old Excel imports with Swedish colour names into named frames."""
    file = cli_dir.parent / "excel.csv"
    file.write_bytes(
        "text;colour;frame\r\nFörslag;gul;Åtgärder\r\nÖvrigt;blå;\r\n".encode("cp1252")
    )
    result = run("--lang", "en", "notes", "import", session_id, str(file))
    assert result.code == 0, result.err
    assert result.out.splitlines()[:2] == [
        "2 notes imported onto the board “Idéer”.",
        "1 new frame.",
    ]
    assert "Read as CSV (Windows-1252), columns separated by semicolons." in result.out
    assert sorted(_notes(cli_dir, session_id)) == [
        ("Förslag", "yellow", "Åtgärder"),
        ("Övrigt", "blue", ""),
    ]


def test_import_onto_a_named_board(run: Run, cli_dir: Path, session_id: str) -> None:
    """--board picks the board by title, ignoring case; an unknown one exits 2."""
    file = cli_dir.parent / "a.txt"
    file.write_text("Lapp\n", encoding="utf-8")
    assert run("notes", "import", session_id, str(file), "--board", "IDÉER").code == 0
    missing = run("notes", "import", session_id, str(file), "--board", "Koncept")
    assert missing.code == 2
    assert "Koncept" in missing.err
    assert "Idéer" in missing.err


def test_odd_colours_never_refuse_the_file(run: Run, cli_dir: Path, session_id: str) -> None:
    """A Danish list with 'rød' and a non-colour imports whole; stdout says what was replaced."""
    file = cli_dir.parent / "danske.csv"
    file.write_bytes("Idé;Farve\r\nBænke;rød\r\n\r\nLys;banan\r\n".encode("cp1252"))
    result = run("--lang", "da", "notes", "import", session_id, str(file))
    assert result.code == 0, result.err
    assert sorted(_notes(cli_dir, session_id)) == [("Bænke", "pink", ""), ("Lys", "yellow", "")]
    assert result.out.splitlines() == [
        "2 sedler importeret til tavlen »Idéer«.",
        "Læst som CSV (Windows-1252), kolonner adskilt med semikolon.",
        "Overskriftslinjen er genkendt: »Idé« → tekst, »Farve« → farve.",
        "1 tom linje sprunget over.",
        "Farven »rød« blev til lyserød (linje 2).",
        "»banan« er ikke en farve, n3desk kender: gul blev brugt (linje 4).",
    ]
    as_json = run("notes", "import", session_id, str(file), "--json").json()["summary"]
    assert as_json["encoding"] == "Windows-1252"
    assert as_json["colours_replaced"][0] == {
        "word": "rød", "colour": "pink", "known": True, "lines": [2]
    }  # fmt: skip


def test_unreadable_files_and_missing_file_exit_3(run: Run, cli_dir: Path, session_id: str) -> None:
    """An unclosed quote, a workbook, an empty file, or no file: exit 3, nothing written."""
    unclosed = cli_dir.parent / "unclosed.csv"
    unclosed.write_text('text\n"never closed\n', encoding="utf-8")
    workbook = cli_dir.parent / "book.csv"
    workbook.write_bytes(b"PK\x03\x04\x14\x00\x06\x00 an xlsx saved under the wrong name")
    empty = cli_dir.parent / "empty.txt"
    empty.write_text("\n\n", encoding="utf-8")
    for file in (unclosed, workbook, empty, cli_dir.parent / "missing.csv"):
        result = run("--lang", "sv", "notes", "import", session_id, str(file))
        assert result.code == 3, file
        assert len(result.err.splitlines()) == 1
    assert "Rad 2: ett citattecken" in run("--lang", "sv", "notes", "import", session_id,
                                           str(unclosed)).err  # fmt: skip
    assert _notes(cli_dir, session_id) == []


def test_import_into_unknown_session_is_usage(run: Run, cli_dir: Path, session_id: str) -> None:
    """A good file but an unknown session id exits 2."""
    file = cli_dir.parent / "a.txt"
    file.write_text("Lapp\n", encoding="utf-8")
    assert run("notes", "import", "0000nope", str(file)).code == 2


def test_csv_export_for_swedish_excel(run: Run, cli_dir: Path, session_id: str) -> None:
    """UTF-8 with a BOM, ';'-separated, columns and words in the session's language (sv)."""
    source = cli_dir.parent / "in.csv"
    source.write_text("text;colour\nEtt;pink\n", encoding="utf-8")
    run("notes", "import", session_id, str(source))
    out = cli_dir.parent / "out.csv"
    result = run("export", session_id, "--csv", str(out))
    assert result.code == 0
    assert str(out) in result.out
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == [
        "tavla", "ram", "text", "färg", "prickar",
        "Nytt", "Nyttigt", "Nyttiggjort", "dold", "skrivet av",
    ]  # fmt: skip
    assert rows[1] == ["Idéer", "", "Ett", "rosa", "0", "", "", "", "nej", ""]
    assert not list(out.parent.glob(".out.csv.*")), "the temporary file is gone"
    assert run("--lang", "en", "export", session_id, "--csv", str(out)).code == 0
    english = list(csv.reader(io.StringIO(out.read_text("utf-8-sig")), delimiter=";"))
    assert english[0][:5] == ["board", "frame", "text", "colour", "votes"]
    assert english[1][3::5] == ["pink", "no"]


def test_csv_export_with_comma_and_round_trip(run: Run, cli_dir: Path, session_id: str) -> None:
    """An export with ',' imports back into another session with the same texts."""
    hostile = ['Semi;colon, "quoted"', "=SUM(A1)", "rad ett\nrad två", "مرحبا עולם 🎉", "<b>x</b>"]
    source = cli_dir.parent / "hostile.csv"
    with source.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(["text"])
        writer.writerows([[t] for t in hostile])
    assert run("notes", "import", session_id, str(source)).code == 0
    out = cli_dir.parent / "out.csv"
    assert run("export", session_id, "--csv", str(out), "--delimiter", ",").code == 0
    other = run("sessions", "new", "Kopia").out.strip()
    assert run("notes", "import", other, str(out)).code == 0, "the export imports"
    assert sorted(t for t, _, _ in _notes(cli_dir, other)) == sorted(hostile)


def test_export_to_an_unwritable_place_fails_cleanly(
    run: Run, cli_dir: Path, session_id: str
) -> None:
    """A folder that does not exist: one line, exit 1, no traceback."""
    result = run("export", session_id, "--csv", str(cli_dir / "no" / "such" / "out.csv"))
    assert result.code == 1
    assert "cannot be written" in result.err
    assert "Traceback" not in result.err


def test_pdf_and_portable_exports_answer_in_one_line(
    run: Run, cli_dir: Path, session_id: str
) -> None:
    """--pdf and --file either write their file or say in one line that they cannot."""
    for option, name in (("--pdf", "out.pdf"), ("--file", "out.n3desk")):
        target = cli_dir.parent / name
        result = run("export", session_id, option, str(target))
        assert result.code in (0, 2), result.err
        if result.code == 0:
            assert target.stat().st_size > 0
        else:
            assert "not available" in result.err


def test_export_needs_exactly_one_target(run: Run, session_id: str) -> None:
    """`export ID` without --csv/--pdf/--file is an argparse usage error."""
    assert run("export", session_id).code == 2
