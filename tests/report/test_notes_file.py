"""Reading notes files as people make them: any of four languages, odd cells, a summary."""

from __future__ import annotations

import csv
import io

import pytest

from n3desk.domain.changes import Put
from n3desk.domain.entities import Note, new_id
from n3desk.domain.templates import BLANK, instantiate
from n3desk.report.csv_notes import notes_to_csv
from n3desk.report.csv_words import LANGUAGES, csv_words, nearest_palette_colour, palette_colour
from n3desk.report.notes_file import ImportedNote, read_notes_file
from n3desk.report.notes_file_texts import import_texts, summary_lines

DANISH_EXCEL = (
    "Idé;Farve;Ramme\r\n"
    "Flere bænke i parken;gul;Byrum\r\n"
    "Åbent bibliotek om aftenen;rød;Kultur\r\n"
    "\r\n"
    "Cykelsti til skolen, tak;grøn;Byrum\r\n"
    ";blå;\r\n"
    "Gratis kaffe på rådhuset;lyserød;\r\n"
    "Mere lys på stationen;turkis;Byrum\r\n"
    "Borgerpanel for unge;banan;\r\n"
)


def test_a_danish_excel_list_imports_whole_with_a_summary() -> None:
    """Windows-1252, ';', Danish headers and colours, one 'rød': every note comes in."""
    read = read_notes_file(DANISH_EXCEL.encode("cp1252"), "idéer.csv")
    assert [(n.text, n.colour, n.frame) for n in read.notes] == [
        ("Flere bænke i parken", "yellow", "Byrum"),
        ("Åbent bibliotek om aftenen", "pink", "Kultur"),
        ("Cykelsti til skolen, tak", "green", "Byrum"),
        ("Gratis kaffe på rådhuset", "pink", ""),
        ("Mere lys på stationen", "blue", "Byrum"),
        ("Borgerpanel for unge", "yellow", ""),
    ]
    s = read.summary
    assert (s.encoding, s.delimiter, s.header_recognised) == ("Windows-1252", ";", True)
    assert dict(s.columns) == {"text": "Idé", "colour": "Farve", "frame": "Ramme"}
    assert (s.imported, s.blank_lines, s.without_text) == (6, 1, (6,))
    changes = {c.word: (c.colour, c.known, c.lines) for c in s.colour_changes}
    assert changes == {
        "rød": ("pink", True, (3,)),
        "turkis": ("blue", True, (8,)),
        "banan": ("yellow", False, (9,)),
    }


def test_the_summary_speaks_the_users_language() -> None:
    """The Danish summary is Danish throughout, with the palette's Danish colour words."""
    read = read_notes_file(DANISH_EXCEL.encode("cp1252"), "idéer.csv")
    lines = summary_lines(read.summary, "da", board="Idéer", new_frames=2)
    assert lines[0] == "6 sedler importeret til tavlen »Idéer«."
    assert lines[1] == "2 nye rammer."
    text = "\n".join(lines)
    assert "Læst som CSV (Windows-1252), kolonner adskilt med semikolon." in text
    assert "»Idé« → tekst, »Farve« → farve, »Ramme« → ramme" in text
    assert "1 tom linje sprunget over." in text
    assert "Farven »rød« blev til lyserød (linje 3)." in text
    assert "»banan« er ikke en farve, n3desk kender: gul blev brugt (linje 9)." in text
    for english in ("colour", "line ", "imported", "unknown"):
        assert english not in text
    english_text = "\n".join(summary_lines(read.summary, "en"))
    assert "The colour “rød” became pink (line 3)." in english_text


def test_every_language_has_every_import_text() -> None:
    """The four tables of import texts have the same keys and the same {fields}."""
    keys = set(import_texts("en"))
    for language in LANGUAGES:
        texts = import_texts(language)
        assert set(texts) == keys, language
        for key in keys:
            fields = sorted(p.split("}")[0] for p in texts[key].split("{")[1:])
            english = sorted(p.split("}")[0] for p in import_texts("en")[key].split("{")[1:])
            assert fields == english, (language, key)


def test_a_one_column_file_whose_notes_hold_semicolons() -> None:
    """Header 'text', a note with ';': the delimiter that fits the whole file is none."""
    data = "text\nKaffe; te och saft\nBättre skyltar\nEn, två; tre\n".encode()
    read = read_notes_file(data, "ideer.csv")
    assert [n.text for n in read.notes] == ["Kaffe; te och saft", "Bättre skyltar", "En, två; tre"]
    assert read.summary.delimiter == ""
    assert "one column" in "\n".join(summary_lines(read.summary, "en"))


def test_the_delimiter_fits_the_whole_file_not_the_first_line() -> None:
    """Commas in the notes do not outvote the ';' between columns, nor the reverse."""
    semicolons = "text;colour\nEtt, två;blue\nTre;green\n".encode()
    assert [(n.text, n.colour) for n in read_notes_file(semicolons, "a.csv").notes] == [
        ("Ett, två", "blue"),
        ("Tre", "green"),
    ]
    commas = "text,frame\nEtt; två,Ram\nTre,\n".encode()
    read = read_notes_file(commas, "b.csv")
    assert [(n.text, n.frame) for n in read.notes] == [("Ett; två", "Ram"), ("Tre", "")]
    assert read.summary.delimiter == ","


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("text;colour;frame", ("text", "colour", "frame")),
        ("Tekst;Farge;Ramme", ("text", "colour", "frame")),
        ("Text;Färg;Ram", ("text", "colour", "frame")),
        ("Idé;Farve;Gruppe", ("text", "colour", "frame")),
        ("Note;Color;Group", ("text", "colour", "frame")),
    ],
)
def test_headers_in_any_language(header: str, expected: tuple[str, ...]) -> None:
    """Headers in Swedish, bokmål, Danish and English name the same columns."""
    read = read_notes_file(f"{header}\nA;blå;R\n".encode(), "x.csv")
    assert tuple(read.summary.columns) == expected
    assert read.notes == [ImportedNote("A", "blue", "R", 2)]


def test_a_file_without_a_known_header_keeps_its_first_line() -> None:
    """No header n3desk knows: the first line is a note too, the first column its text."""
    read = read_notes_file("Bänkar;x\nLjus;y\n".encode(), "x.csv")
    assert [n.text for n in read.notes] == ["Bänkar", "Ljus"]
    assert not read.summary.header_recognised


def test_extra_cells_are_kept_in_the_text() -> None:
    """A row with more cells than the header loses nothing and is named in the summary."""
    read = read_notes_file(b"text\tcolour\nA\tpink\tand more\nB\tblue\n", "x.csv")
    assert [n.text for n in read.notes] == ["A\tand more", "B"]
    assert read.summary.widened == (2,)


def test_bytes_that_are_no_character_are_counted_not_refused() -> None:
    """A stray byte that Windows-1252 leaves undefined becomes �; the rest imports."""
    read = read_notes_file(b"text\nGod id\xe9\nTrasig \x81 rad\n", "x.csv")
    assert [n.text for n in read.notes] == ["God idé", "Trasig \ufffd rad"]
    assert read.summary.replaced_characters == 1


def test_utf16_without_a_mark_is_recognised() -> None:
    """UTF-16 text without a byte-order mark is read, not refused as binary."""
    read = read_notes_file("text\nÖl på torget\n".encode("utf-16-le"), "x.csv")
    assert [n.text for n in read.notes] == ["Öl på torget"]
    assert read.summary.encoding == "UTF-16"


@pytest.mark.parametrize(
    ("word", "colour", "exact"),
    [
        ("gul", "yellow", True),
        ("Lyserød", "pink", True),
        ("oransje", "orange", True),
        ("4", "green", True),
        ("röd", "pink", False),
        ("red", "pink", False),
        ("mørkegrøn", "green", False),
        ("ljusblå", "blue", False),
        ("violett", "purple", False),
        ("#e53935", "pink", False),
        ("brun", "orange", False),
        ("grå", "yellow", False),
        ("bananskal", "yellow", False),
    ],
)
def test_colour_words_map_to_the_nearest_palette_colour(
    word: str, colour: str, exact: bool
) -> None:
    """Colour words in four languages become the nearest palette colour, else the default."""
    reading = palette_colour(word)
    assert (reading.colour, reading.exact) == (colour, exact)
    assert reading.known == (word != "bananskal")


def test_nearest_colour_ignores_greys() -> None:
    """White, grey and black are near no palette colour."""
    assert nearest_palette_colour("#ffffff") is None
    assert nearest_palette_colour("#777777") is None
    assert nearest_palette_colour("#000000") is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_export_speaks_the_session_language_and_imports_back(language: str) -> None:
    """Headers, colours and yes/no follow the session's language; the file imports back."""
    w = instantiate(BLANK, "T", language=language, now=1.0)
    board = w.boards[0]
    w.apply(
        [
            Put(Note(new_id(), board.id, "Synlig", "pink", x=0.0)),
            Put(Note(new_id(), board.id, "Dold", "green", x=300.0, hidden=True)),
        ]
    )
    text = notes_to_csv(w)
    words = csv_words(language)
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][:5] == [words.columns[k] for k in ("board", "frame", "text", "colour", "votes")]
    assert rows[0][-2:] == [words.columns["hidden"], words.columns["author"]]
    assert [r[3] for r in rows[1:]] == [words.colours["pink"], words.colours["green"]]
    assert [r[-2] for r in rows[1:]] == [words.no, words.yes]
    back = read_notes_file(text.encode("utf-8-sig"), "back.csv")
    assert [(n.text, n.colour) for n in back.notes] == [("Synlig", "pink"), ("Dold", "green")]
    assert back.summary.colour_changes == ()
    english = notes_to_csv(w, language="en").splitlines()[0]
    assert english.startswith("board;frame;text;colour;votes")


def test_the_summary_of_a_hostile_file_stays_short() -> None:
    """Thousands of odd colour words and a 100,000-character header cell: every note
    comes in, and the summary stays a handful of short lines."""
    rows = ["Idé;Farve;" + "x" * 100_000]
    rows += [f"Idé {i};farve-{i}\x1b[31m;" for i in range(3000)]
    read = read_notes_file("\n".join(rows).encode(), "mange.csv")
    assert len(read.notes) == 3000
    assert len(read.summary.colour_changes) == 3000
    lines = summary_lines(read.summary, "da")
    assert len(lines) <= 15
    assert max(len(line) for line in lines) < 200
    assert lines[-1].startswith("2992 ord mere var ikke farver i paletten (linje 10, 11,")
