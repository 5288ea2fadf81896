"""Notes to CSV and back: encodings, delimiters, hostile text, placement on a board."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from n3desk.domain.changes import Put
from n3desk.domain.entities import Frame, Note, new_id
from n3desk.domain.templates import BLANK, instantiate
from n3desk.domain.workshop import Workshop
from n3desk.report.csv_notes import excel_safe, notes_to_csv, placement_ops
from n3desk.report.notes_file import (
    ImportedNote,
    NotesFileError,
    excel_unsafe,
    parse_notes_file,
)

HOSTILE = [
    "semi;colon",
    'comma, and ”curly” and "straight" quotes',
    "line one\nline two\r\nline three",
    '=HYPERLINK("http://x")',
    "-minus",
    "'apostrophe",
    "<b>bold</b> <img src=x>",
    "مرحبا بالعالم",
    "שלום עולם",
    "emoji 🎉👩‍👩‍👧",
    "tab\tinside",
    "x" * 100_000,
]


def _workshop_with(texts: list[str]) -> Workshop:
    w = instantiate(BLANK, "T", language="sv", now=1.0)
    board = w.boards[0]
    w.apply([Put(Note(new_id(), board.id, t, x=float(i * 200))) for i, t in enumerate(texts)])
    return w


def test_txt_skips_blank_lines_and_strips() -> None:
    """A .txt gives one note per non-blank line, trimmed, with its line number."""
    notes = parse_notes_file(b"  one \n\n\ttwo\r\n   \nthree", "ideas.TXT")
    assert [(n.text, n.line) for n in notes] == [("one", 1), ("two", 3), ("three", 5)]
    assert all(n.colour == "yellow" and n.frame == "" for n in notes)


def test_csv_in_windows_1252() -> None:
    """Bytes from old Excel (cp1252, ';') decode, with a Swedish colour name."""
    data = "text;färg\r\nFörslag;gul\r\nÅtgärd – snart;Grön\r\n".encode("cp1252")
    notes = parse_notes_file(data, "x.csv")
    assert [(n.text, n.colour) for n in notes] == [
        ("Förslag", "yellow"),
        ("Åtgärd – snart", "green"),
    ]


def test_csv_with_bom_and_comma() -> None:
    """UTF-8 with a BOM and ',' between fields, quoted commas kept."""
    data = '\ufefftext,colour,frame\n"Hej, du",blue,Ram\n'.encode()
    (note,) = parse_notes_file(data, "x.csv")
    assert note == ImportedNote("Hej, du", "blue", "Ram", 2)


def test_csv_utf16_from_excel_unicode_text() -> None:
    """Excel's "Unicode text" (UTF-16 with a BOM, tab-separated) imports too."""
    data = "text\tcolour\nÖ\tpink\n".encode("utf-16")
    assert parse_notes_file(data, "x.csv")[0].text == "Ö"


def test_a_one_column_file_with_commas_is_one_column() -> None:
    """A header of one column, notes with commas in them: each line is one note."""
    notes = parse_notes_file(b"text\nHej, du\n", "x.csv")
    assert [n.text for n in notes] == ["Hej, du"]


@pytest.mark.parametrize(
    ("data", "key"),
    [
        (b'text\n"never closed\n', "unclosed_quote"),
        (b"PK\x03\x04\x14\x00\x06\x00binary workbook", "workbook"),
        (b"a\x00b\x00c\x00\x00\x00\x01", "not_text"),
    ],
)
def test_unreadable_files_are_refused_with_a_reason(data: bytes, key: str) -> None:
    """Only a file that cannot be read at all raises NotesFileError, and says why."""
    with pytest.raises(NotesFileError) as caught:
        parse_notes_file(data, "x.csv")
    assert caught.value.key == key
    if key == "unclosed_quote":
        assert "Line 2" in caught.value.message("en")
        assert "Linje 2" in caught.value.message("da")


def test_other_extensions_are_refused() -> None:
    """Only .txt and .csv are read."""
    with pytest.raises(NotesFileError, match=r"\.txt or \.csv") as caught:
        parse_notes_file(b"x", "notes.xlsx")
    assert ".txt" in caught.value.message("sv")


def test_export_columns_votes_and_ratings() -> None:
    """The export has one row per note with its votes, ratings, frame and author."""
    from n3desk.domain.demo import build_demo

    demo = build_demo("sv", 1_773_480_000.0)
    rows = list(csv.DictReader(io.StringIO(notes_to_csv(demo)), delimiter=";"))
    assert len(rows) == len(demo.all(Note))
    top = max(rows, key=lambda r: int(r["prickar"]))
    assert top["prickar"] == "8"
    assert top["tavla"] == "Idéer"
    assert top["ram"] == "I vardagen"
    assert top["Nytt"] == "2"
    assert top["Nyttiggjort"] == "3"
    assert top["skrivet av"]
    assert {r["dold"] for r in rows} == {"ja", "nej"}


@pytest.mark.parametrize("delimiter", [";", ","])
def test_hostile_texts_round_trip(delimiter: str) -> None:
    """Export then import gives back exactly the same texts, whatever they hold."""
    text = notes_to_csv(_workshop_with(HOSTILE), delimiter=delimiter)
    back = parse_notes_file(text.encode("utf-8-sig"), "back.csv")
    assert sorted(n.text for n in back) == sorted(HOSTILE)


def test_formula_cells_are_defused_for_excel() -> None:
    """A text Excel would run as a formula is written with a leading apostrophe."""
    text = notes_to_csv(_workshop_with(["=1+1", "@cmd", "+4", "plain"]))
    cells = [row[2] for row in csv.reader(io.StringIO(text), delimiter=";")][1:]
    assert sorted(cells) == sorted(["'=1+1", "'@cmd", "'+4", "plain"])


@given(st.text())
def test_excel_safe_is_reversible(text: str) -> None:
    """excel_unsafe undoes excel_safe for every text."""
    assert excel_unsafe(excel_safe(text)) == text


def test_placement_below_existing_notes_in_a_grid() -> None:
    """Loose notes go in a tidy grid below the board's content, covering nothing."""
    w = _workshop_with(["already here"])
    board = w.boards[0]
    items = [ImportedNote(f"n{i}") for i in range(7)]
    ops = placement_ops(w, board.id, items, now=5.0)
    w.apply(ops)
    old = next(n for n in w.notes_on(board.id) if n.text == "already here")
    new = [n for n in w.notes_on(board.id) if n.text != "already here"]
    assert len(new) == 7
    assert all(n.y >= old.y + old.height for n in new)
    assert len({n.x for n in new}) == 3, "seven notes make rows of three"
    assert len({(n.x, n.y) for n in new}) == 7


def test_placement_into_frames_new_and_existing() -> None:
    """Notes naming a frame go into it: an existing frame grows, a new one is sized to fit."""
    w = _workshop_with([])
    board = w.boards[0]
    old_frame = Frame(new_id(), board.id, "Behov", 0, 0, 400, 200)
    w.apply([Put(old_frame)])
    items = [ImportedNote(f"b{i}", frame="behov") for i in range(5)]
    items += [ImportedNote("ny", "green", frame="Ny ram")]
    w.apply(placement_ops(w, board.id, items, now=5.0))
    frames = {f.title: f for f in w.frames_on(board.id)}
    assert set(frames) == {"Behov", "Ny ram"}
    for note in w.notes_on(board.id):
        assert note.frame_id is not None
        f = next(fr for fr in frames.values() if fr.id == note.frame_id)
        assert f.x <= note.x
        assert note.x + note.width <= f.x + f.width
        assert f.y <= note.y
        assert note.y + note.height <= f.y + f.height
    assert frames["Behov"].height > 200


def test_new_frames_go_below_a_grown_frame() -> None:
    """A frame that grows to take its notes never ends up under a new frame."""
    w = _workshop_with([])
    board = w.boards[0]
    w.apply([Put(Frame(new_id(), board.id, "Behov", 0, 0, 400, 200))])
    items = [ImportedNote(f"b{i}", frame="Behov") for i in range(5)]
    items += [ImportedNote("ny", frame="Ny ram"), ImportedNote("lös")]
    w.apply(placement_ops(w, board.id, items, now=5.0))
    frames = {f.title: f for f in w.frames_on(board.id)}
    grown, new = frames["Behov"], frames["Ny ram"]
    assert new.y >= grown.y + grown.height
    loose = next(n for n in w.notes_on(board.id) if n.text == "lös")
    assert loose.y >= grown.y + grown.height
    assert new.y >= loose.y + loose.height


def test_new_frames_leave_room_for_their_far_out_titles() -> None:
    """Far out a frame's title rises above it: new frames start clear of the notes above."""
    from n3desk.domain.layout import FAR_TITLE_ROOM

    w = _workshop_with([])
    board = w.boards[0]
    items = [ImportedNote(f"lös {i}") for i in range(10)]
    items += [ImportedNote(f"h{i}", frame="Hinder") for i in range(4)]
    w.apply(placement_ops(w, board.id, items, now=5.0))
    (frame,) = w.frames_on(board.id)
    lowest = max(n.y + n.height for n in w.notes_on(board.id) if n.frame_id is None)
    assert frame.y - lowest >= FAR_TITLE_ROOM
