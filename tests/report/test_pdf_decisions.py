"""The decision log in the record: the notes a decision chose, its owner and its due date."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from n3desk.domain.changes import Put
from n3desk.domain.entities import Board, ChosenNote, Decision, Note, new_id
from n3desk.domain.templates import BLANK, instantiate
from n3desk.domain.workshop import Workshop
from n3desk.report.pdf_summary import write_pdf
from n3desk.report.pdf_texts import report_texts


def concept_workshop() -> tuple[Workshop, list[Note]]:
    """Four concepts on a board; the politicians chose two of them, C before A."""
    made = instantiate(BLANK, "Roskilde", language="da", now=time.time())
    board = Board(new_id(), made.session.id, "Koncepter", 1)
    concepts = [
        Note(new_id(), board.id, f"Koncept {c}: nabohjælp", x=i * 200.0, created_at=float(i))
        for i, c in enumerate("ABCD")
    ]
    chosen = Decision(new_id(), made.session.id, "Politikerne valgte 2 af 4 koncepter",
                      time.time(), 0, owner="Ældre- og sundhedsudvalget",
                      due_date="2027-03-01")  # fmt: skip
    plain = Decision(new_id(), made.session.id, "Næste møde i januar", time.time(), 1)
    made.apply([Put(board), *(Put(n) for n in concepts), Put(chosen), Put(plain)])
    made.apply(
        [
            Put(ChosenNote(new_id(), chosen.id, concepts[2].id, 0)),
            Put(ChosenNote(new_id(), chosen.id, concepts[0].id, 1)),
        ]
    )
    return made, concepts


def test_a_decision_prints_its_chosen_notes_owner_and_due_date(
    kit: Any, tmp_path: Path
) -> None:
    """Under the decision: "Valgte:" and the two concepts in its order, with their board."""
    workshop, _concepts = concept_workshop()
    path = tmp_path / "decisions.pdf"
    write_pdf(workshop, path, sections=["decisions"])
    text = kit.pdf_text(path)
    squeezed = kit.squeeze(text)
    texts = report_texts("da")
    for expected in (texts["owner"], texts["due"], "Ældre- og sundhedsudvalget", "2027-03-01"):
        assert kit.squeeze(expected) in squeezed, expected
    chose = squeezed.index(kit.squeeze(texts["chose"]))
    c = squeezed.index(kit.squeeze("• Koncept C: nabohjælp (Koncepter)"))
    a = squeezed.index(kit.squeeze("• Koncept A: nabohjælp (Koncepter)"))
    assert chose < c < a < squeezed.index(kit.squeeze("Næste møde i januar"))
    assert "Koncept B" not in text
    assert "Koncept D" not in text


def test_owner_and_due_columns_only_when_some_decision_has_them(
    kit: Any, tmp_path: Path
) -> None:
    """A log of plain decisions keeps two columns: no empty owner or due-date column."""
    made = instantiate(BLANK, "Enkel", language="en", now=time.time())
    made.apply([Put(Decision(new_id(), made.session.id, "Go ahead with the pilot", 1.0))])
    path = tmp_path / "plain.pdf"
    write_pdf(made, path, sections=["decisions"])
    text = kit.pdf_text(path)
    assert "Go ahead with the pilot" in text
    assert "Owner" not in text
    assert "Due" not in text
