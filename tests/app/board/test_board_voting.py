"""Dot voting and ratings on the board: clicks, limits, hidden counts, ranking, carry forward."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from n3desk.app.board.page import BoardsPage
from n3desk.app.document import SessionDocument
from n3desk.domain import voting
from n3desk.domain.changes import Put
from n3desk.domain.entities import Board, Note, Participant, Vote, VotingRound, new_id

from .conftest import add_notes, reopened_equal, scene_of, view_of


def click(page: BoardsPage, note: Note, *, shift: bool = False) -> None:
    view = view_of(page)
    mods = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    point = view.mapFromScene(QPointF(note.x + 40, note.y + 40))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, mods, point)


def start_round(page: BoardsPage, *, dots: int, per_note: int) -> VotingRound:
    page.voting_action.setChecked(True)
    page._update_side()
    panel = page.voting_panel
    panel.title.setText("Första omgången")
    panel.per_participant.setValue(dots)
    panel.per_note.setValue(per_note)
    panel.start.click()
    (round_,) = page.document.workshop.all(VotingRound)
    return round_


def test_clicks_give_dots_hidden_until_revealed(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """Click +1, Shift+click −1; counts stay hidden until revealed; results rank the notes."""
    made = add_notes(document, ["a", "b"])
    view_of(page).set_zoom(1.0)
    view_of(page).centerOn(200, 60)
    start_round(page, dots=3, per_note=3)
    page.voting_panel.enter.click()
    assert page.controller.voting
    for note in (made[1], made[1], made[0], made[1]):
        click(page, note)
    click(page, made[1], shift=True)
    tally = voting.tally(document.workshop.all(Vote))
    assert (tally.dots(made[0].id), tally.dots(made[1].id)) == (1, 2)
    items = scene_of(page).notes
    assert items[made[1].id].dots is None  # hidden while open
    assert reopened_equal(document)
    page.voting_panel.reveal_button.click()
    assert items[made[1].id].dots == 2
    assert items[made[0].id].dots == 1
    assert not page.controller.voting
    results = [
        page.voting_panel.results.item(i).text() for i in range(page.voting_panel.results.count())
    ]
    assert results[0].startswith("1.")
    assert results[0].endswith("b")
    document.undo_stack.undo()  # reveal undone: hidden again
    assert items[made[1].id].dots is None
    document.undo_stack.redo()
    assert reopened_equal(document)


def test_participant_limits(page: BoardsPage, document: SessionDocument) -> None:
    """A participant's dots stop at the round's budget and at the cap per note."""
    made = add_notes(document, ["a", "b"])
    anna = Participant(new_id(), document.session.id, "Anna")
    document.apply([Put(anna)])
    view_of(page).set_zoom(1.0)
    view_of(page).centerOn(200, 60)
    start_round(page, dots=2, per_note=1)
    page.voting_panel.refresh()
    page.voting_panel.voter.setCurrentIndex(page.voting_panel.voter.findData(anna.id))
    page.voting_panel.voter.activated.emit(page.voting_panel.voter.currentIndex())
    page.voting_panel.enter.click()
    click(page, made[0])
    click(page, made[0])  # refused: one dot per note
    assert "as many dots" in page.status.text()
    click(page, made[1])
    assert page.voting_panel.remaining.text() == "Anna has 0 of 2 dots left"
    assert page.voting_panel.counter.text() == "2 of 2 dots used · 0 left"
    votes = document.workshop.all(Vote)
    assert {(v.note_id, v.participant_id, v.dots) for v in votes} == {
        (made[0].id, anna.id, 1),
        (made[1].id, anna.id, 1),
    }


def test_one_counter_for_the_round(page: BoardsPage, document: SessionDocument) -> None:
    """8 people × 3 dots: 12 dots from 4 people leave 12 for everyone, named or not."""
    made = add_notes(document, ["a", "b", "c", "d"])
    people = [
        Participant(new_id(), document.session.id, f"Person {i}", position=i) for i in range(8)
    ]
    document.apply([Put(p) for p in people])
    view_of(page).set_zoom(1.0)
    view_of(page).centerOn(300, 60)
    start_round(page, dots=3, per_note=3)
    panel = page.voting_panel
    assert panel.counter.text() == "0 of 24 dots used · 24 left"
    assert panel.budget_line.text() == "Budget: 8 participants × 3 dots, by name or not"
    panel.enter.click()
    for person in people[:4]:
        page.controller.voter = person.id
        for note in made[:3]:
            click(page, note)
    page.controller.voter = None
    panel.refresh()
    assert panel.voter.currentText() == "Not by name (the room)"
    assert panel.counter.text() == "12 of 24 dots used · 12 left"
    click(page, made[3])
    assert panel.counter.text() == "13 of 24 dots used · 11 left"
    assert panel.remaining.text() == "1 dot entered not by name"
    page.controller.voter = people[0].id
    panel.refresh()
    assert panel.remaining.text() == "Person 0 has 0 of 3 dots left"
    click(page, made[3])
    assert page.status.text() == "This participant has no dots left."
    document.undo_stack.undo()  # the dot not by name
    assert panel.counter.text() == "12 of 24 dots used · 12 left"
    document.undo_stack.redo()
    assert panel.counter.text() == "13 of 24 dots used · 11 left"
    assert reopened_equal(document)


def test_without_participants_the_counter_only_counts(
    page: BoardsPage, document: SessionDocument
) -> None:
    """No participants: the panel counts the dots and says how to set a budget."""
    made = add_notes(document, ["a"])
    view_of(page).set_zoom(1.0)
    view_of(page).centerOn(80, 60)
    start_round(page, dots=3, per_note=3)
    page.voting_panel.enter.click()
    for _ in range(5):
        click(page, made[0])
    assert page.voting_panel.counter.text() == "5 dots given"
    assert "Overview" in page.voting_panel.budget_line.text()


def test_carry_forward_top_voted(page: BoardsPage, document: SessionDocument) -> None:
    """The top-voted notes are copied to another board, linked to where they came from."""
    made = add_notes(document, ["a", "b", "c"])
    board = made[0].board_id
    target = Board(new_id(), document.session.id, "Koncept", 1)
    round_ = VotingRound(new_id(), board, "R", state=voting.REVEALED)
    votes = [
        Vote(new_id(), round_.id, made[2].id, None, 5),
        Vote(new_id(), round_.id, made[0].id, None, 2),
    ]
    document.apply([Put(target), Put(round_), *[Put(v) for v in votes]])
    count = page.controller.carry_forward(target.id, top_voted=1)
    assert count == 1
    (copy,) = document.workshop.notes_on(target.id)
    assert (copy.text, copy.origin_id) == ("c", made[2].id)
    scene_of(page).select([made[1].id])
    page.controller.carry_forward(target.id)
    assert sorted(n.origin_id or "" for n in document.workshop.notes_on(target.id)) == sorted(
        [made[2].id, made[1].id]
    )
    assert reopened_equal(document)
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.workshop.notes_on(target.id) == []
    document.undo_stack.redo()
    assert reopened_equal(document)


def test_ratings_panel_and_sort(page: BoardsPage, document: SessionDocument) -> None:
    """Rating from the panel shows badges; sorting by a criterion lays the best first."""
    made = add_notes(document, ["a", "b", "c"])
    page.ratings_action.setChecked(True)
    page._update_side()
    panel = page.ratings_panel
    nytt = document.workshop.criteria[0]
    for note, value in zip(made, (1, 3, 2), strict=True):
        scene_of(page).select([note.id])
        panel.buttons[(nytt.id, value)].click()
    assert scene_of(page).notes[made[1].id].badges == [("N1", 3)]
    assert panel.buttons[(nytt.id, 2)].isChecked()
    panel.key.setCurrentIndex(0)
    panel.sort_board()
    placed = sorted(document.workshop.notes_on(made[0].board_id), key=lambda n: (n.y, n.x))
    assert [n.text for n in placed] == ["b", "c", "a"]
    panel.filter.setChecked(True)
    panel.minimum.setValue(2)
    assert scene_of(page).notes[made[0].id].dimmed
    assert not scene_of(page).notes[made[1].id].dimmed
    document.undo_stack.undo()
    assert sorted(n.x for n in document.workshop.notes_on(made[0].board_id)) == [0.0, 200.0, 400.0]
    document.undo_stack.redo()
    assert reopened_equal(document)


def test_the_wheel_over_the_panel_does_not_change_the_voter(
    page: BoardsPage, document: SessionDocument, qtbot: QtBot
) -> None:
    """Scrolling over "Dots of" (not focused) keeps the voter; the panels scroll on their own."""
    document.apply(
        [
            Put(Participant(new_id(), document.session.id, name, position=i))
            for i, name in enumerate(["Anna", "Olle"])
        ]
    )
    start_round(page, dots=3, per_note=3)
    panel = page.voting_panel
    before = panel.voter.currentIndex()
    page.side.setFocus()
    wheel = QWheelEvent(
        QPointF(5, 5),
        QPointF(panel.voter.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(panel.voter, wheel)
    assert panel.voter.currentIndex() == before
    assert isinstance(page.side, QScrollArea)
    assert page.side.widget().isAncestorOf(panel)
    page.resize(1024, 500)
    assert page.minimumSizeHint().height() < 500
