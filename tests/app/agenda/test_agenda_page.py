"""The agenda editor: build, reorder, attach a card — each one undo step, stored at once."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from n3desk.app.agenda.page import AgendaPage
from n3desk.app.dialogs import ScriptedDialogs
from n3desk.app.document import SessionDocument
from n3desk.app.translation import install_translator
from n3desk.domain.agenda import timer_for
from n3desk.domain.changes import Put
from n3desk.domain.entities import Stage
from n3desk.store.template_files import load_templates


def _page(
    qtbot: QtBot, document: SessionDocument, dialogs: ScriptedDialogs | None = None
) -> AgendaPage:
    page = AgendaPage(document, dialogs=dialogs or ScriptedDialogs())
    qtbot.addWidget(page)
    return page


def _titles(document: SessionDocument) -> list[str]:
    return [s.title for s in document.workshop.stages]


def _stored(document: SessionDocument) -> bool:
    return document.library.load(document.session.id) == document.workshop


def _add(page: AgendaPage, title: str) -> Stage:
    page.add_stage()
    page.editor.title.setText(title)
    page.editor.title.commit()
    stage = page.selected_stage()
    assert stage is not None
    return stage


def test_build_an_agenda_with_titles_and_times(
    qtbot: QtBot, timed_document: SessionDocument
) -> None:
    """Adding and naming stages are undo steps; start times follow on; the library has it."""
    page = _page(qtbot, timed_document)
    _add(page, "Välkommen")
    _add(page, "Idéer <b>fett</b> 🎉")
    assert _titles(timed_document) == ["Välkommen", "Idéer <b>fett</b> 🎉"]
    assert page.stage_list.item(1).text().startswith("09:15–09:30   Idéer <b>fett</b> 🎉")
    assert _stored(timed_document)
    stack = timed_document.undo_stack
    stack.undo()
    assert _titles(timed_document) == ["Välkommen", "New stage"]
    stack.undo()
    assert _titles(timed_document) == ["Välkommen"]
    stack.redo()
    stack.redo()
    assert _titles(timed_document) == ["Välkommen", "Idéer <b>fett</b> 🎉"]
    assert _stored(timed_document)


def test_tab_walks_the_stage_fields_top_to_bottom(
    qtbot: QtBot, timed_document: SessionDocument
) -> None:
    """From the title, Tab goes to the kind and then the minutes, as they are seen."""
    page = _page(qtbot, timed_document)
    page.show()
    _add(page, "Snabbtest")
    editor = page.editor
    editor.title.setFocus()
    qtbot.waitUntil(editor.title.hasFocus)
    fields = [editor.kind, editor.minutes, editor.method, editor.board, editor.warning]
    reached: list[object] = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        for field in fields:
            inside = focus is field or (focus is not None and field.isAncestorOf(focus))
            if inside and field not in reached:
                reached.append(field)
    assert reached == fields


def test_total_warns_when_the_agenda_overruns(
    qtbot: QtBot, timed_document: SessionDocument
) -> None:
    """The total is shown against the time available and warns past it."""
    page = _page(qtbot, timed_document)
    _add(page, "Lång")
    page.editor.minutes.setValue(200)
    assert "20 min too long" in page.total.text()
    timed_document.undo_stack.undo()
    assert "too long" not in page.total.text()
    page.available.setValue(150)
    assert timed_document.session.available_minutes == 150
    assert _stored(timed_document)


def test_drag_reorder_is_one_undo_step(qtbot: QtBot, timed_document: SessionDocument) -> None:
    """Dropping the last stage first reorders the agenda in one step; undo restores it."""
    page = _page(qtbot, timed_document)
    for title in ("A", "B", "C"):
        _add(page, title)
    steps = timed_document.undo_stack.count()
    page.stage_list.model().moveRow(QModelIndex(), 2, QModelIndex(), 0)
    qtbot.waitUntil(lambda: _titles(timed_document) == ["C", "A", "B"])
    assert timed_document.undo_stack.count() == steps + 1
    assert page.stage_list.item(0).text().startswith("09:00–09:15   C")
    assert _stored(timed_document)
    timed_document.undo_stack.undo()
    assert _titles(timed_document) == ["A", "B", "C"]
    timed_document.undo_stack.redo()
    assert _titles(timed_document) == ["C", "A", "B"]
    page.move_selected(+1)
    assert _titles(timed_document) == ["A", "C", "B"]
    assert _stored(timed_document)


def test_attach_a_method_card_makes_its_steps_the_instructions(
    qtbot: QtBot, timed_document: SessionDocument
) -> None:
    """Attaching "dot voting" sets the method and numbered steps, in one undo step."""
    page = _page(qtbot, timed_document)
    stage = _add(page, "Rösta")
    page.library_panel.search.setText("prickar")
    assert page.library_panel.cards.count() == 1
    page.library_panel.attach_button.click()
    attached = timed_document.workshop.get(Stage, stage.id)
    assert attached is not None
    assert attached.method_id == "dot-voting"
    assert attached.instructions.startswith("1. Säg vad rösten gäller")
    assert page.editor.instructions.toPlainText() == attached.instructions
    assert _stored(timed_document)
    timed_document.undo_stack.undo()
    assert timed_document.workshop.get(Stage, stage.id) == stage
    timed_document.undo_stack.redo()
    assert timed_document.workshop.get(Stage, stage.id) == attached


def test_rotation_kind_sets_planned_time_from_its_stations(
    qtbot: QtBot, timed_document: SessionDocument
) -> None:
    """Choosing "Station rotation" gives 5 × 7 + 10 minutes; changing stations follows."""
    page = _page(qtbot, timed_document)
    stage = _add(page, "Stationer")
    page.editor.kind.setCurrentIndex(page.editor.kind.findData("rotation"))
    rotated = timed_document.workshop.get(Stage, stage.id)
    assert rotated is not None
    assert (rotated.kind, rotated.stations, rotated.planned_minutes) == ("rotation", 5, 45)
    page.editor.stations.setValue(4)
    four = timed_document.workshop.get(Stage, stage.id)
    assert four is not None
    assert four.planned_minutes == 38
    assert "4 × 7 min" in page.stage_list.item(0).text()
    assert _stored(timed_document)


@pytest.mark.parametrize(
    ("language", "one", "five"),
    [
        ("en", "1 station", "5 stations"),
        ("sv", "1 station", "5 stationer"),
        ("nb", "1 stasjon", "5 stasjoner"),
        ("da", "1 station", "5 stationer"),
    ],
)
def test_station_count_says_station_or_stations(
    qtbot: QtBot, timed_document: SessionDocument, language: str, one: str, five: str
) -> None:
    """The stations field reads "1 station" and "5 stations" (never "1 stationer")."""
    try:
        install_translator(language)
        page = _page(qtbot, timed_document)
        _add(page, "Stationer")
        spin = page.editor.stations
        spin.setValue(1)
        assert spin.text() == one
        spin.setValue(5)
        assert spin.text() == five
    finally:
        install_translator("en")


def test_undoing_add_stage_after_its_timer_ran_takes_the_log_along(
    qtbot: QtBot,
    timed_document: SessionDocument,
    clock: Any,
) -> None:
    """Timer events are not undo steps, so undoing an added stage removes its log too."""
    page = _page(qtbot, timed_document)
    stage = _add(page, "Kör")
    event = timer_for(timed_document.workshop, stage).start(clock())
    assert event is not None
    timed_document.apply([Put(event)])
    stack = timed_document.undo_stack
    stack.undo()  # the rename
    stack.undo()  # the add
    assert timed_document.workshop.stages == []
    assert timed_document.workshop.timer_events == []
    stack.redo()
    assert timed_document.workshop.timer_events == [event]
    assert _stored(timed_document)


def test_delete_stage_is_undoable(qtbot: QtBot, timed_document: SessionDocument) -> None:
    """Deleting the selected stage, then undo, restores it exactly."""
    page = _page(qtbot, timed_document)
    stage = _add(page, "Bort")
    page.delete_stage()
    assert timed_document.workshop.stages == []
    timed_document.undo_stack.undo()
    assert timed_document.workshop.stages == [stage]
    assert _stored(timed_document)


def test_save_as_template_writes_a_user_template(
    qtbot: QtBot, timed_document: SessionDocument
) -> None:
    """Save as template stores the agenda in the data folder; the catalogue offers it."""
    dialogs = ScriptedDialogs(text_answer="Min <i>egen</i> mall")
    page = _page(qtbot, timed_document, dialogs)
    _add(page, "Första")
    page.save_template_button.click()
    catalog = load_templates(timed_document.library.data_dir, "sv")
    mine = catalog.get("min-i-egen-i-mall")
    assert mine is not None
    assert catalog.name(mine) == "Min <i>egen</i> mall"
    assert [s.title for s in mine.stages] == ["Första"]
    assert dialogs.errors == []


def test_choosing_a_card_in_the_form_fills_empty_instructions_only(
    qtbot: QtBot, timed_document: SessionDocument
) -> None:
    """The Method box gives an empty stage the card's steps; written instructions stay."""
    page = _page(qtbot, timed_document)
    stage = _add(page, "Rösta")
    page.editor.method.setCurrentIndex(page.editor.method.findData("dot-voting"))
    chosen = timed_document.workshop.get(Stage, stage.id)
    assert chosen is not None
    assert chosen.method_id == "dot-voting"
    assert chosen.instructions.startswith("1. ")
    assert _stored(timed_document)
    timed_document.undo_stack.undo()
    assert timed_document.workshop.get(Stage, stage.id) == stage
    timed_document.undo_stack.redo()
    assert timed_document.workshop.get(Stage, stage.id) == chosen

    written = _add(page, "Egen övning")
    page.editor.instructions.setPlainText("Gör så här: prata två och två.")
    page.editor.instructions.commit()
    page.editor.method.setCurrentIndex(page.editor.method.findData("brainstorm"))
    kept = timed_document.workshop.get(Stage, written.id)
    assert kept is not None
    assert kept.method_id == "brainstorm"
    assert kept.instructions == "Gör så här: prata två och två."


def _own_card(document: SessionDocument, files: dict[str, str]) -> None:
    """Put method card files in the library's own methods folder."""
    import json

    from n3desk.resources import resource

    folder = document.library.data_dir / "methods"
    folder.mkdir(exist_ok=True)
    for name, card_id in files.items():
        if card_id:
            data = json.loads(resource("methods", "brainwriting.json").read_text("utf-8"))
            data["id"] = card_id
            data["name"] = {"sv": "Gåtur med brukaren", "en": "Walk with the citizen"}
            data["steps"] = {"sv": ["Gå ut", "Lyssna"], "en": ["Go out", "Listen"]}
            (folder / name).write_text(json.dumps(data, ensure_ascii=False), "utf-8")
        else:
            (folder / name).write_text("{trasig", "utf-8")


def test_an_own_method_card_is_offered_beside_the_built_in_ones(
    qtbot: QtBot, timed_document: SessionDocument
) -> None:
    """An own card is in the Method box and the method library; choosing it is undoable."""
    _own_card(timed_document, {"walk.json": "var-walk"})
    page = _page(qtbot, timed_document)
    stage = _add(page, "Ut i verkligheten")
    index = page.editor.method.findData("var-walk")
    assert page.editor.method.itemText(index) == "Gåtur med brukaren (own)"
    assert page.editor.method.findData("dot-voting") > 0  # the built-in cards are still there
    page.editor.method.setCurrentIndex(index)
    chosen = timed_document.workshop.get(Stage, stage.id)
    assert chosen is not None
    assert (chosen.method_id, chosen.instructions) == ("var-walk", "1. Gå ut\n2. Lyssna")
    assert _stored(timed_document)
    timed_document.undo_stack.undo()
    assert timed_document.workshop.get(Stage, stage.id) == stage
    timed_document.undo_stack.redo()
    assert timed_document.workshop.get(Stage, stage.id) == chosen
    page.library_panel.select("var-walk")
    current = page.library_panel.current()
    assert current is not None
    assert current.id == "var-walk"
    assert page.library_panel.problems.isHidden()


def test_a_broken_own_card_is_said_in_the_method_library_not_fatal(
    qtbot: QtBot, timed_document: SessionDocument
) -> None:
    """A broken file is named under the method library; the good own card still loads."""
    _own_card(timed_document, {"trasig.json": "", "walk.json": "var-walk"})
    page = _page(qtbot, timed_document)
    assert page.editor.method.findData("var-walk") > 0
    assert not page.library_panel.problems.isHidden()
    text = page.library_panel.problems.text()
    assert text.startswith("1 own method card could not be used:\ntrasig.json: not valid JSON")


def test_a_broken_own_cards_reason_is_said_in_the_interfaces_language(
    qtbot: QtBot, timed_document: SessionDocument
) -> None:
    """On a Swedish screen a broken card's reason is Swedish, its file and line as they are."""
    _own_card(timed_document, {"trasig.json": "", "dubbel.json": "brainwriting"})
    try:
        install_translator("sv")
        page = _page(qtbot, timed_document)
        text = page.library_panel.problems.text()
    finally:
        install_translator("en")
    assert text.startswith("2 egna metodkort kunde inte användas:\n")
    assert "dubbel.json: id:t 'brainwriting' tillhör ett inbyggt metodkort" in text
    assert "trasig.json: inte giltig JSON (rad 1, kolumn 2)" in text
    assert "not valid" not in text
    assert "built-in" not in text


@pytest.mark.parametrize("language", ["sv", "nb", "da"])
def test_every_file_problem_has_a_sentence_in_each_language(qtbot: QtBot, language: str) -> None:
    """Every reason the store can give is translated, with its values put in."""
    from n3desk.app.file_problem_text import file_problem_text
    from n3desk.store.file_problems import ENGLISH, FileReason

    values = ("3", "7")
    try:
        install_translator(language)
        said = {code: file_problem_text("x.json", FileReason(code, values)) for code in ENGLISH}
    finally:
        install_translator("en")
    for code, text in said.items():
        english = "x.json: " + FileReason(code, values).english
        assert text != english, code
        if "{0}" in ENGLISH[code]:
            assert "3" in text, code
