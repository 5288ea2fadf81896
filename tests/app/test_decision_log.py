"""The decision log: owner, due date and the notes a decision chose, each one undoable step."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from n3desk.app.commands import push_edit
from n3desk.app.decision_log import DecisionPanel, due_date
from n3desk.app.document import SessionDocument
from n3desk.app.note_chooser import NoteChooserDialog, NoteOption, note_options
from n3desk.domain.changes import Put, edited
from n3desk.domain.entities import ChosenNote, Decision, Note, Stage, new_id


def stored(document: SessionDocument):  # type: ignore[no-untyped-def]
    """The session as the library holds it now."""
    return document.library.load(document.session.id)


def undo_redo_round_trip(document: SessionDocument) -> None:
    """Undo and redo the last edit, checking the library follows each time."""
    after = stored(document)
    document.undo_stack.undo()
    assert stored(document) == document.workshop
    assert stored(document) != after
    document.undo_stack.redo()
    assert stored(document) == document.workshop == after


class Chooser:
    """Answers the note chooser at once, and remembers what it was shown."""

    def __init__(self, answer: list[str] | None) -> None:
        self.answer = answer
        self.shown: list[tuple[str, list[str], list[str]]] = []

    def __call__(
        self, parent: QWidget, decision: str, options: Sequence[NoteOption], chosen: Sequence[str]
    ) -> list[str] | None:
        self.shown.append((decision, [o.note_id for o in options], list(chosen)))
        return self.answer


@pytest.fixture
def concepts(document: SessionDocument) -> list[Note]:
    """Four concept notes on the session's board."""
    board = document.workshop.boards[0]
    notes = [
        Note(new_id(), board.id, f"Koncept {c} 🚌", x=i * 200.0, created_at=float(i))
        for i, c in enumerate("ABCD")
    ]
    push_edit(document, "notes", [Put(n) for n in notes])
    return notes


@pytest.fixture
def panel(qtbot: QtBot, document: SessionDocument) -> DecisionPanel:
    """The decision log with one decision logged and selected."""
    shown = DecisionPanel(document, clock=lambda: 1_770_000_000.0)
    qtbot.addWidget(shown)
    shown.resize(1000, 400)
    shown.add("Politikerna valde 2 av 4 koncept")
    shown.table.selectRow(0)
    return shown


def test_owner_and_due_date_are_edited_in_the_table(
    panel: DecisionPanel, document: SessionDocument
) -> None:
    """Owner and due date (typed the Nordic way or ISO) are stored, each undoable."""
    model = panel.model
    assert model.setData(model.index(0, model.OWNER), "  Kommunstyrelsen ")
    assert stored(document).decisions[0].owner == "Kommunstyrelsen"
    undo_redo_round_trip(document)
    assert model.setData(model.index(0, model.DUE), "1.3.2027")
    assert stored(document).decisions[0].due_date == "2027-03-01"
    assert model.index(0, model.DUE).data() == "2027-03-01"
    undo_redo_round_trip(document)
    assert not model.setData(model.index(0, model.DUE), "nästa vecka")
    assert not model.setData(model.index(0, model.DUE), "2027-03-01")  # no change
    assert model.setData(model.index(0, model.DUE), "")
    assert stored(document).decisions[0].due_date == ""


def test_due_dates_are_read_the_nordic_ways() -> None:
    """ISO, 1.3.2027, 01-03-2027, 1/3/2027 and 1.3.27 are one date; nonsense is not a date."""
    for typed in ("2027-03-01", "1.3.2027", "01-03-2027", "1/3/2027", "1.3.27"):
        assert due_date(typed) == "2027-03-01", typed
    assert due_date("  ") == ""
    assert due_date("31.2.2027") is None
    assert due_date("imorgon") is None


def test_choosing_notes_is_one_undoable_step_shown_in_the_table(
    panel: DecisionPanel, document: SessionDocument, concepts: list[Note]
) -> None:
    """Ticking two of four concepts links them in order; undo and redo follow."""
    panel.chooser = Chooser([concepts[2].id, concepts[0].id])
    panel.choose_button.click()
    decision = document.workshop.decisions[0]
    links = stored(document).chosen_by(decision.id)
    assert [(c.note_id, c.position) for c in links] == [(concepts[2].id, 0), (concepts[0].id, 1)]
    shown = panel.model.index(0, panel.model.CHOSEN)
    assert shown.data() == "Koncept C 🚌; Koncept A 🚌"
    assert "Koncept A" in shown.data(Qt.ItemDataRole.ToolTipRole)
    assert document.undo_stack.undoText() == "Choose notes for decision"
    undo_redo_round_trip(document)
    # Choosing again: one dropped, one kept and moved, one added.
    panel.chooser = Chooser([concepts[0].id, concepts[3].id])
    assert panel.choose_for(decision)
    links = stored(document).chosen_by(decision.id)
    assert [(c.note_id, c.position) for c in links] == [(concepts[0].id, 0), (concepts[3].id, 1)]
    undo_redo_round_trip(document)


def test_the_chooser_is_offered_every_note_with_the_current_choice(
    panel: DecisionPanel, document: SessionDocument, concepts: list[Note]
) -> None:
    """The chooser lists the session's notes by board and reading order, ticked as chosen."""
    chooser = Chooser([concepts[1].id])
    panel.chooser = chooser
    panel.choose_for_selected()
    panel.chooser = Chooser(None)  # cancelled: nothing changes
    before = stored(document)
    assert not panel.choose_for(document.workshop.decisions[0])
    assert stored(document) == before
    again = Chooser([concepts[1].id])  # the same answer: nothing to record
    panel.chooser = again
    assert not panel.choose_for(document.workshop.decisions[0])
    assert chooser.shown[0] == ("Politikerna valde 2 av 4 koncept", [n.id for n in concepts], [])
    assert again.shown[0][2] == [concepts[1].id]


def test_removing_a_chosen_note_or_the_decision_takes_the_link_and_undo_brings_it(
    panel: DecisionPanel, document: SessionDocument, concepts: list[Note]
) -> None:
    """A deleted note leaves the decision's choices; undo restores the note and the link."""
    panel.chooser = Chooser([concepts[0].id, concepts[1].id])
    panel.choose_for_selected()
    decision = document.workshop.decisions[0]
    note = document.workshop.get(Note, concepts[0].id)
    assert note is not None
    push_edit(document, "delete note", document.workshop.removal_ops(note))
    assert [c.note_id for c in stored(document).chosen_by(decision.id)] == [concepts[1].id]
    assert panel.model.index(0, panel.model.CHOSEN).data() == "Koncept B 🚌"
    undo_redo_round_trip(document)
    document.undo_stack.undo()
    assert len(stored(document).chosen_by(decision.id)) == 2
    panel.table.selectRow(0)
    panel.remove_selected()
    assert stored(document).all(ChosenNote) == []
    assert stored(document).all(Decision) == []
    undo_redo_round_trip(document)


def test_the_chooser_dialog_ticks_narrows_and_answers(
    qtbot: QtBot, document: SessionDocument, concepts: list[Note]
) -> None:
    """The real dialog starts with the choice ticked, narrows as you type, answers in order."""
    dialog = NoteChooserDialog("Beslut", note_options(document.workshop), [concepts[1].id])
    qtbot.addWidget(dialog)
    assert dialog.chosen() == [concepts[1].id]
    dialog.filter.setText("koncept d")
    visible = [dialog.list.item(i) for i in range(4) if not dialog.list.item(i).isHidden()]
    assert [item.text().split(" › ")[1] for item in visible] == ["Koncept D 🚌"]
    visible[0].setCheckState(Qt.CheckState.Checked)
    assert dialog.chosen() == [concepts[1].id, concepts[3].id]


def test_choose_and_remove_follow_the_selection(panel: DecisionPanel) -> None:
    """Choose notes and Remove are enabled only while a decision is selected."""
    assert panel.choose_button.isEnabled()
    assert panel.remove_button.isEnabled()
    panel.table.clearSelection()
    assert not panel.choose_button.isEnabled()
    assert not panel.remove_button.isEnabled()


def test_the_chosen_column_redraws_when_a_link_or_a_chosen_note_changes(
    panel: DecisionPanel, document: SessionDocument, concepts: list[Note], qtbot: QtBot
) -> None:
    """Links (decisions' topic) and note texts (notes' topic) redraw the column; a stage not."""
    redrawn: list[int] = []
    panel.model.dataChanged.connect(lambda first, _last, *_: redrawn.append(first.column()))
    panel.chooser = Chooser([concepts[1].id])
    panel.choose_for_selected()
    assert panel.model.CHOSEN in redrawn
    redrawn.clear()
    note = document.workshop.get(Note, concepts[1].id)
    assert note is not None
    push_edit(document, "edit", [edited(note, text="Koncept B, omskrivet")])
    assert redrawn == [panel.model.CHOSEN]
    assert panel.model.index(0, panel.model.CHOSEN).data() == "Koncept B, omskrivet"
    redrawn.clear()
    document.undo_stack.undo()
    assert redrawn == [panel.model.CHOSEN]
    assert panel.model.index(0, panel.model.CHOSEN).data() == "Koncept B 🚌"
    redrawn.clear()
    push_edit(document, "stage", [Put(Stage(new_id(), document.session.id, "Avslut"))])
    assert redrawn == []
