"""What an import of notes says, in the four languages: its summary and its refusals.

The report layer has no Qt, so these are plain tables like the PDF's
(:mod:`n3desk.report.pdf_texts`); the app shows them in the interface's language,
the command line in ``--lang`` or the system's. Every language has every key (a test
checks it); an unknown language gets English.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from n3desk.report.csv_words import csv_words

if TYPE_CHECKING:
    from n3desk.report.notes_file import ImportSummary

MAX_LINES_LISTED = 6
MAX_COLOUR_WORDS = 8  # a file of odd colours gets a summary, not a page of them
MAX_QUOTED = 40  # characters of a file's own text quoted in the summary

_EN: dict[str, str] = {
    "not_txt_or_csv": "n3desk reads notes from a .txt or .csv file.",
    "too_large": "The file is larger than {mb} MB.",
    "too_many": "The file holds more than {n} notes: split it into smaller files.",
    "workbook": (
        "This is an Excel workbook, not a CSV file. In Excel, choose Save As, "
        "pick CSV as the file type and import that file."
    ),
    "not_text": "The file is not text that n3desk can read. Save it as CSV or plain text.",
    "unclosed_quote": (
        "Line {line}: a quotation mark opens a text that never closes. "
        "Close it, or take the quotation mark away."
    ),
    "imported_one": "1 note imported.",
    "imported_many": "{n} notes imported.",
    "onto_board_one": "1 note imported onto the board {board}.",
    "onto_board_many": "{n} notes imported onto the board {board}.",
    "new_frames_one": "1 new frame.",
    "new_frames_many": "{n} new frames.",
    "read_txt": "Read as text ({encoding}), one note per line.",
    "read_csv": "Read as CSV ({encoding}), columns separated by {delimiter}.",
    "read_csv_one_column": "Read as CSV ({encoding}), one column.",
    "delimiter_;": "semicolons",
    "delimiter_,": "commas",
    "delimiter_\t": "tabs",
    "header": "Header recognised: {columns}.",
    "no_header": (
        "No header recognised: the first line was imported as a note, "
        "with the first column as its text."
    ),
    "ignored": "Columns not read: {names}.",
    "blank_one": "1 blank line skipped.",
    "blank_many": "{n} blank lines skipped.",
    "without_text": "Rows without text skipped ({lines}).",
    "colour_mapped": "The colour “{word}” became {colour} ({lines}).",
    "colour_unknown": "“{word}” is not a colour n3desk knows: {colour} was used ({lines}).",
    "colour_more": "{n} more words were not palette colours ({lines}).",
    "widened": "More cells than the header ({lines}): the extra cells were kept in the note.",
    "replaced": "{n} characters could not be read and show as �.",
    "line_one": "line {lines}",
    "line_many": "lines {lines}",
}

_SV: dict[str, str] = {
    "not_txt_or_csv": "n3desk läser lappar från en .txt- eller .csv-fil.",
    "too_large": "Filen är större än {mb} MB.",
    "too_many": "Filen har fler än {n} lappar: dela upp den i mindre filer.",
    "workbook": (
        "Det här är en Excel-arbetsbok, inte en CSV-fil. Välj Spara som i Excel, "
        "välj CSV som filformat och importera den filen."
    ),
    "not_text": "Filen är inte text som n3desk kan läsa. Spara den som CSV eller vanlig text.",
    "unclosed_quote": (
        "Rad {line}: ett citattecken öppnar en text som aldrig stängs. "
        "Stäng det, eller ta bort citattecknet."
    ),
    "imported_one": "1 lapp importerad.",
    "imported_many": "{n} lappar importerade.",
    "onto_board_one": "1 lapp importerad till tavlan {board}.",
    "onto_board_many": "{n} lappar importerade till tavlan {board}.",
    "new_frames_one": "1 ny ram.",
    "new_frames_many": "{n} nya ramar.",
    "read_txt": "Läst som text ({encoding}), en lapp per rad.",
    "read_csv": "Läst som CSV ({encoding}), kolumner åtskilda med {delimiter}.",
    "read_csv_one_column": "Läst som CSV ({encoding}), en kolumn.",
    "delimiter_;": "semikolon",
    "delimiter_,": "komma",
    "delimiter_\t": "tabb",
    "header": "Rubrikraden känns igen: {columns}.",
    "no_header": (
        "Ingen rubrikrad känns igen: första raden blev en lapp, med första kolumnen som text."
    ),
    "ignored": "Kolumner som inte lästs: {names}.",
    "blank_one": "1 tom rad hoppades över.",
    "blank_many": "{n} tomma rader hoppades över.",
    "without_text": "Rader utan text hoppades över ({lines}).",
    "colour_mapped": "Färgen ”{word}” blev {colour} ({lines}).",
    "colour_unknown": "”{word}” är ingen färg som n3desk känner till: {colour} användes ({lines}).",
    "colour_more": "{n} ord till var inga färger i paletten ({lines}).",
    "widened": "Fler celler än rubrikraden ({lines}): de extra cellerna finns kvar i lappen.",
    "replaced": "{n} tecken kunde inte läsas och visas som �.",
    "line_one": "rad {lines}",
    "line_many": "rad {lines}",
}

_NB: dict[str, str] = {
    "not_txt_or_csv": "n3desk leser lapper fra en .txt- eller .csv-fil.",
    "too_large": "Filen er større enn {mb} MB.",
    "too_many": "Filen har flere enn {n} lapper: del den opp i mindre filer.",
    "workbook": (
        "Dette er en Excel-arbeidsbok, ikke en CSV-fil. Velg Lagre som i Excel, "
        "velg CSV som filtype og importer den filen."
    ),
    "not_text": "Filen er ikke tekst som n3desk kan lese. Lagre den som CSV eller ren tekst.",
    "unclosed_quote": (
        "Linje {line}: et anførselstegn åpner en tekst som aldri lukkes. "
        "Lukk det, eller fjern anførselstegnet."
    ),
    "imported_one": "1 lapp importert.",
    "imported_many": "{n} lapper importert.",
    "onto_board_one": "1 lapp importert til tavlen {board}.",
    "onto_board_many": "{n} lapper importert til tavlen {board}.",
    "new_frames_one": "1 ny ramme.",
    "new_frames_many": "{n} nye rammer.",
    "read_txt": "Lest som tekst ({encoding}), én lapp per linje.",
    "read_csv": "Lest som CSV ({encoding}), kolonner skilt med {delimiter}.",
    "read_csv_one_column": "Lest som CSV ({encoding}), én kolonne.",
    "delimiter_;": "semikolon",
    "delimiter_,": "komma",
    "delimiter_\t": "tabulator",
    "header": "Overskriftslinjen er gjenkjent: {columns}.",
    "no_header": (
        "Ingen overskriftslinje gjenkjent: første linje ble en lapp, med første kolonne som tekst."
    ),
    "ignored": "Kolonner som ikke er lest: {names}.",
    "blank_one": "1 tom linje hoppet over.",
    "blank_many": "{n} tomme linjer hoppet over.",
    "without_text": "Rader uten tekst hoppet over ({lines}).",
    "colour_mapped": "Fargen «{word}» ble {colour} ({lines}).",
    "colour_unknown": "«{word}» er ikke en farge n3desk kjenner: {colour} ble brukt ({lines}).",
    "colour_more": "{n} ord til var ikke farger i paletten ({lines}).",
    "widened": (
        "Flere celler enn overskriftslinjen ({lines}): de ekstra cellene er beholdt i lappen."
    ),
    "replaced": "{n} tegn kunne ikke leses og vises som �.",
    "line_one": "linje {lines}",
    "line_many": "linje {lines}",
}

_DA: dict[str, str] = {
    "not_txt_or_csv": "n3desk læser sedler fra en .txt- eller .csv-fil.",
    "too_large": "Filen er større end {mb} MB.",
    "too_many": "Filen har flere end {n} sedler: del den op i mindre filer.",
    "workbook": (
        "Det her er en Excel-projektmappe, ikke en CSV-fil. Vælg Gem som i Excel, "
        "vælg CSV som filtype, og importér den fil."
    ),
    "not_text": "Filen er ikke tekst, som n3desk kan læse. Gem den som CSV eller ren tekst.",
    "unclosed_quote": (
        "Linje {line}: et anførselstegn åbner en tekst, der aldrig lukkes. "
        "Luk det, eller fjern anførselstegnet."
    ),
    "imported_one": "1 seddel importeret.",
    "imported_many": "{n} sedler importeret.",
    "onto_board_one": "1 seddel importeret til tavlen {board}.",
    "onto_board_many": "{n} sedler importeret til tavlen {board}.",
    "new_frames_one": "1 ny ramme.",
    "new_frames_many": "{n} nye rammer.",
    "read_txt": "Læst som tekst ({encoding}), én seddel pr. linje.",
    "read_csv": "Læst som CSV ({encoding}), kolonner adskilt med {delimiter}.",
    "read_csv_one_column": "Læst som CSV ({encoding}), én kolonne.",
    "delimiter_;": "semikolon",
    "delimiter_,": "komma",
    "delimiter_\t": "tabulator",
    "header": "Overskriftslinjen er genkendt: {columns}.",
    "no_header": (
        "Ingen overskriftslinje genkendt: første linje blev en seddel, "
        "med første kolonne som tekst."
    ),
    "ignored": "Kolonner, der ikke er læst: {names}.",
    "blank_one": "1 tom linje sprunget over.",
    "blank_many": "{n} tomme linjer sprunget over.",
    "without_text": "Rækker uden tekst sprunget over ({lines}).",
    "colour_mapped": "Farven »{word}« blev til {colour} ({lines}).",
    "colour_unknown": "»{word}« er ikke en farve, n3desk kender: {colour} blev brugt ({lines}).",
    "colour_more": "{n} ord mere var ikke farver i paletten ({lines}).",
    "widened": (
        "Flere celler end overskriftslinjen ({lines}): de ekstra celler er bevaret i sedlen."
    ),
    "replaced": "{n} tegn kunne ikke læses og vises som �.",
    "line_one": "linje {lines}",
    "line_many": "linje {lines}",
}

_ALL: dict[str, dict[str, str]] = {"sv": _SV, "en": _EN, "nb": _NB, "da": _DA}


def import_texts(language: str) -> Mapping[str, str]:
    """The import's words in ``language``; an unknown language gets English."""
    return _ALL.get(language, _EN)


def _lines(numbers: Sequence[int], texts: Mapping[str, str]) -> str:
    shown = ", ".join(str(n) for n in numbers[:MAX_LINES_LISTED])
    if len(numbers) > MAX_LINES_LISTED:
        shown += " …"
    return texts["line_one" if len(numbers) == 1 else "line_many"].format(lines=shown)


def summary_lines(
    summary: ImportSummary, language: str, *, board: str | None = None, new_frames: int = 0
) -> list[str]:
    """The summary of an import, one sentence a line, in ``language``.

    The first line is the count ("12 notes imported"), naming ``board`` when given.
    """
    texts = import_texts(language)
    words = csv_words(language)
    n = summary.imported
    if board is None:
        lines = [texts["imported_one"] if n == 1 else texts["imported_many"].format(n=n)]
    else:
        key = "onto_board_one" if n == 1 else "onto_board_many"
        lines = [texts[key].format(n=n, board=_quoted(board, language))]
    if new_frames:
        one = new_frames == 1
        lines.append(texts["new_frames_one" if one else "new_frames_many"].format(n=new_frames))
    if summary.kind == "txt":
        lines.append(texts["read_txt"].format(encoding=summary.encoding))
    elif summary.delimiter:
        delimiter = texts[f"delimiter_{summary.delimiter}"]
        lines.append(texts["read_csv"].format(encoding=summary.encoding, delimiter=delimiter))
    else:
        lines.append(texts["read_csv_one_column"].format(encoding=summary.encoding))
    if summary.kind == "csv":
        if summary.header_recognised:
            columns = ", ".join(
                f"{_quoted(cell, language)} → {words.columns[key]}"
                for key, cell in summary.columns.items()
                if key in ("text", "colour", "frame")
            )
            lines.append(texts["header"].format(columns=columns))
            if summary.ignored_columns:
                names = ", ".join(_quoted(c, language) for c in summary.ignored_columns)
                lines.append(texts["ignored"].format(names=names))
        else:
            lines.append(texts["no_header"])
    if summary.blank_lines:
        b = summary.blank_lines
        lines.append(texts["blank_one"] if b == 1 else texts["blank_many"].format(n=b))
    if summary.without_text:
        lines.append(texts["without_text"].format(lines=_lines(summary.without_text, texts)))
    changes = summary.colour_changes
    for change in changes[:MAX_COLOUR_WORDS]:
        key = "colour_mapped" if change.known else "colour_unknown"
        lines.append(
            texts[key].format(
                word=_short(change.word),
                colour=words.colours[change.colour],
                lines=_lines(change.lines, texts),
            )
        )
    if len(changes) > MAX_COLOUR_WORDS:
        rest = changes[MAX_COLOUR_WORDS:]
        numbers = sorted(n for change in rest for n in change.lines)
        lines.append(texts["colour_more"].format(n=len(rest), lines=_lines(numbers, texts)))
    if summary.widened:
        lines.append(texts["widened"].format(lines=_lines(summary.widened, texts)))
    if summary.replaced_characters:
        lines.append(texts["replaced"].format(n=summary.replaced_characters))
    return lines


def _short(text: str) -> str:
    """A file's own text as the summary quotes it: one line, at most MAX_QUOTED long."""
    flat = " ".join(text.split())
    return flat if len(flat) <= MAX_QUOTED else flat[: MAX_QUOTED - 1] + "…"


def _quoted(text: str, language: str) -> str:
    marks = {"sv": ("”", "”"), "nb": ("«", "»"), "da": ("»", "«")}.get(language, ("“", "”"))
    return f"{marks[0]}{_short(text)}{marks[1]}"
