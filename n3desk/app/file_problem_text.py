"""An own template or method card file's problem, said in the interface's language.

The store keeps why a file was skipped as a code and its values
(:class:`n3desk.store.file_problems.FileReason`); here each code gets its sentence,
translated like every other text. The values (a line number, an id, the operating
system's own words) are put in as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from n3desk.store.file_problems import FileReason


def _sentences() -> dict[str, str]:
    # Each call written out whole: lupdate reads the context and text of each.
    return {
        "unreadable": QCoreApplication.translate("FileProblem", "cannot be read ({0})"),
        "too_large_template": QCoreApplication.translate(
            "FileProblem", "the file is too large for a template"
        ),
        "too_large_method": QCoreApplication.translate(
            "FileProblem", "the file is too large for a method card"
        ),
        "not_utf8": QCoreApplication.translate("FileProblem", "the file is not UTF-8 text"),
        "not_json": QCoreApplication.translate(
            "FileProblem", "not valid JSON (line {0}, column {1})"
        ),
        "not_method_card": QCoreApplication.translate(
            "FileProblem", "not a valid method card (at {0}: {1})"
        ),
        "not_method_card_top": QCoreApplication.translate(
            "FileProblem", "not a valid method card ({0})"
        ),
        "invalid": QCoreApplication.translate("FileProblem", "not valid ({0})"),
        "builtin_method_id": QCoreApplication.translate(
            "FileProblem", "the id {0} is a built-in method card's"
        ),
        "id_used": QCoreApplication.translate("FileProblem", "the id {0} is already used"),
    }


def file_problem_text(file: str, reason: FileReason) -> str:
    """``file: why`` in the interface's language (English for a code it does not know)."""
    sentence = _sentences().get(reason.code)
    why = reason.english if sentence is None else sentence.format(*reason.values)
    return f"{file}: {why}"
