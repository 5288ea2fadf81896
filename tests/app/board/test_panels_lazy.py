"""The side panels do per-note work only for the notes an edit touched, and none while closed."""

from __future__ import annotations

from dataclasses import replace

import pytest

from n3desk.app.board.note_item import NoteItem
from n3desk.app.board.page import BoardsPage
from n3desk.app.board.voting_panel import VotingPanel
from n3desk.app.commands import push_edit
from n3desk.app.document import SessionDocument
from n3desk.domain.changes import Put
from n3desk.domain.entities import Board, Note, Rating, Vote, VotingRound, new_id

from .conftest import add_notes, reopened_equal, scene_of


@pytest.fixture
def flag_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the notes whose search/filter flags were set, in order."""
    calls: list[str] = []
    original = NoteItem.set_flag_state

    def counting(self: NoteItem, **flags: bool | None) -> None:
        calls.append(self.note.id)
        original(self, **flags)

    monkeypatch.setattr(NoteItem, "set_flag_state", counting)
    return calls


def rate(document: SessionDocument, note: Note, value: int) -> None:
    """Rate ``note`` on the first criterion, as one undoable edit."""
    criterion = document.workshop.criteria[0]
    push_edit(document, "Rate", [Put(Rating(new_id(), note.id, criterion.id, value))])


def open_filter(page: BoardsPage, minimum: int) -> None:
    page.ratings_action.setChecked(True)
    page._update_side()
    panel = page.ratings_panel
    panel.key.setCurrentIndex(0)  # the first criterion
    panel.minimum.setValue(minimum)
    panel.filter.setChecked(True)


def dimmed(page: BoardsPage) -> set[str]:
    return {i for i, item in scene_of(page).notes.items() if item.dimmed}


def test_closing_the_ratings_panel_brightens_the_board_and_opening_dims_again(
    page: BoardsPage, document: SessionDocument
) -> None:
    """The filter dims while its panel is open: closed, every note is bright again."""
    low, high = add_notes(document, ["low", "high"])
    rate(document, low, 1)
    rate(document, high, 3)
    open_filter(page, 2)
    assert dimmed(page) == {low.id}
    page.ratings_action.setChecked(False)
    page._update_side()
    assert dimmed(page) == set()
    page.ratings_action.setChecked(True)
    page._update_side()
    assert dimmed(page) == {low.id}


def test_an_edit_filters_only_the_note_it_touched_and_undo_redo_follow(
    page: BoardsPage, document: SessionDocument, flag_calls: list[str]
) -> None:
    """Rating one of 60 notes with the filter on sets the flags of that note alone."""
    notes = add_notes(document, [f"idé {i}" for i in range(60)])
    open_filter(page, 2)
    assert dimmed(page) == {n.id for n in notes}  # nothing rated yet
    flag_calls.clear()
    rate(document, notes[7], 3)
    assert flag_calls == [notes[7].id]
    assert notes[7].id not in dimmed(page)
    document.undo_stack.undo()
    assert notes[7].id in dimmed(page)
    document.undo_stack.redo()
    assert notes[7].id not in dimmed(page)
    assert len(flag_calls) == 3
    assert reopened_equal(document)


def test_a_new_note_is_filtered_as_it_comes_and_goes_with_undo(
    page: BoardsPage, document: SessionDocument
) -> None:
    """A note added while the filter is on is dimmed (no score yet); undo takes it away."""
    (kept,) = add_notes(document, ["kept"])
    rate(document, kept, 3)
    open_filter(page, 2)
    note = Note(new_id(), document.workshop.boards[0].id, "ny", x=400.0)
    push_edit(document, "Add note", [Put(note)])
    assert dimmed(page) == {note.id}
    document.undo_stack.undo()
    assert dimmed(page) == set()
    document.undo_stack.redo()
    assert dimmed(page) == {note.id}


def test_a_closed_ratings_panel_costs_an_edit_no_per_note_work(
    page: BoardsPage, document: SessionDocument, flag_calls: list[str]
) -> None:
    """With the panel closed (its filter still ticked), edits set no note's flags."""
    notes = add_notes(document, [f"idé {i}" for i in range(40)])
    open_filter(page, 2)
    page.ratings_action.setChecked(False)
    page._update_side()
    flag_calls.clear()
    rate(document, notes[3], 3)
    push_edit(document, "Text", [Put(replace(notes[5], text="ändrad"))])
    document.undo_stack.undo()
    document.undo_stack.redo()
    assert flag_calls == []


def start_revealed_round(document: SessionDocument, votes: dict[str, int]) -> VotingRound:
    board = document.workshop.boards[0]
    round_ = VotingRound(new_id(), board.id, "Omgång", state="revealed")
    records: list[VotingRound | Vote] = [round_]
    records += [Vote(new_id(), round_.id, note_id, None, n) for note_id, n in votes.items()]
    push_edit(document, "Votes", [Put(r) for r in records])
    return round_


def test_a_closed_voting_panel_shows_what_changed_when_opened(
    page: BoardsPage, document: SessionDocument
) -> None:
    """Votes given while the panel is closed are in its results as soon as it opens."""
    a, b = add_notes(document, ["äpple", "banan"])
    start_revealed_round(document, {b.id: 3, a.id: 1})
    panel = page.voting_panel
    assert panel.isHidden()
    page.voting_action.setChecked(True)
    page._update_side()
    rows = [panel.results.item(i).text() for i in range(panel.results.count())]
    assert "banan" in rows[0]
    assert "äpple" in rows[1]


def test_typing_in_a_note_without_dots_does_not_rank_the_board_again(
    page: BoardsPage, document: SessionDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With results shown, an edit of a note that has no dots leaves them alone;
    an edit of a voted note's text shows at once, and undo and redo follow."""
    a, b = add_notes(document, ["äpple", "banan"])
    start_revealed_round(document, {b.id: 2})
    page.voting_action.setChecked(True)
    page._update_side()
    refreshes: list[int] = []
    original = VotingPanel.refresh

    def counting(self: VotingPanel) -> None:
        refreshes.append(1)
        original(self)

    monkeypatch.setattr(VotingPanel, "refresh", counting)
    push_edit(document, "Text", [Put(replace(a, text="päron"))])
    assert refreshes == []
    push_edit(document, "Text", [Put(replace(b, text="citron"))])
    panel = page.voting_panel
    assert "citron" in panel.results.item(0).text()
    document.undo_stack.undo()
    assert "banan" in panel.results.item(0).text()
    document.undo_stack.redo()
    assert "citron" in panel.results.item(0).text()


def test_a_board_not_shown_costs_no_per_note_work_when_another_board_is_voted_on(
    page: BoardsPage, document: SessionDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dots given on one board (and their undo and redo) touch none of another board's
    note items, and that board still shows its own dots when it is shown again."""
    first = document.workshop.boards[0]
    mine = add_notes(document, [f"idé {i}" for i in range(30)])
    start_revealed_round(document, {mine[0].id: 2})
    other = Board(new_id(), first.session_id, "Andra", position=1)
    theirs = Note(new_id(), other.id, "annan tavla", x=0.0, y=0.0)
    push_edit(document, "Board", [Put(other), Put(theirs)])
    page.show_board(other.id)
    touched: list[str] = []
    original = NoteItem.set_decorations

    def counting(self: NoteItem, **kwargs: object) -> None:
        touched.append(self.note.id)
        original(self, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(NoteItem, "set_decorations", counting)
    round_ = VotingRound(new_id(), other.id, "Omgång", state="revealed")
    push_edit(document, "Votes", [Put(round_), Put(Vote(new_id(), round_.id, theirs.id, None, 3))])
    document.undo_stack.undo()
    document.undo_stack.redo()
    assert touched  # the shown board's note, and only it
    assert set(touched) == {theirs.id}
    assert page.views[other.id].board_scene.notes[theirs.id].dots == 3
    touched.clear()
    page.show_board(first.id)
    push_edit(
        document,
        "Votes",
        [Put(Vote(new_id(), document.workshop.rounds_on(first.id)[0].id, mine[1].id, None, 1))],
    )
    assert scene_of(page).notes[mine[1].id].dots == 1
    assert theirs.id not in touched
