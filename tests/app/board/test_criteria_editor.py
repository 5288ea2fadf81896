"""The criteria editor: add, the N3 three, rename, reorder, range and remove, all undoable."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import pytest
from pytestqt.qtbot import QtBot

from n3desk.app.board.criteria_editor import CriteriaEditor
from n3desk.app.board.page import BoardsPage
from n3desk.app.document import SessionDocument
from n3desk.domain.changes import Put
from n3desk.domain.entities import Criterion, Rating, new_id
from n3desk.domain.templates import BLANK, CriterionSpec, instantiate
from n3desk.store import Library

from .conftest import FakeDialogs, add_notes, reopened_equal, scene_of

ROSKILDE = replace(
    BLANK,
    id="roskilde",
    criteria=(
        CriterionSpec({"da": "Værdi for borgeren"}),
        CriterionSpec({"da": "Gennemførlighed"}),
        CriterionSpec({"da": "Nyhedsværdi"}),
        CriterionSpec({"da": "Vej til drift"}),
    ),
)


@dataclass
class AskingDialogs(FakeDialogs):
    """Records every question and answers with ``answer``."""

    questions: list[str] = field(default_factory=list)
    answer: bool = True

    def confirm(self, title: str, question: str, *, ok: str, cancel: str) -> bool:
        self.questions.append(question)
        return self.answer


@pytest.fixture
def asking() -> AskingDialogs:
    return AskingDialogs()


@pytest.fixture
def roskilde(library: Library, qapp) -> SessionDocument:  # type: ignore[no-untyped-def]
    """A Danish session rating on Roskilde's four criteria, none of them N3."""
    made = instantiate(ROSKILDE, "Politikerworkshop", language="da", now=1.0)
    library.add(made)
    return SessionDocument(library, library.load(made.session.id))


def opened(
    document: SessionDocument, dialogs: AskingDialogs, qtbot: QtBot
) -> tuple[BoardsPage, CriteriaEditor]:
    """A Boards page with its ratings panel, and the criteria editor opened from it."""
    page = BoardsPage(document)
    page.set_dialogs(dialogs)
    qtbot.addWidget(page)
    page.ratings_action.setChecked(True)
    page._update_side()
    return page, page.ratings_panel.edit_criteria()


def names(document: SessionDocument) -> list[str]:
    return [c.name for c in document.workshop.criteria]


def test_the_n3_three_join_a_roskilde_session(
    roskilde: SessionDocument, asking: AskingDialogs, qtbot: QtBot
) -> None:
    """ "Add the N3 three" adds Nytt, Nyttigt, Nyttiggjort after Roskilde's four; undo, redo."""
    page, editor = opened(roskilde, asking, qtbot)
    assert editor.n3_button.text() == "Add the N3 three (Nyt, Nyttigt, Nyttiggjort)"
    editor.n3_button.click()
    assert names(roskilde)[4:] == ["Nyt", "Nyttigt", "Nyttiggjort"]
    assert len(editor.rows) == 7
    assert not editor.n3_button.isEnabled()
    rows = [c for c, v in page.ratings_panel.buttons if v == 3]
    assert rows[-1] == roskilde.workshop.criteria[-1].id  # the panel rates on it at once
    assert reopened_equal(roskilde)
    editor.undo_action.trigger()  # Ctrl+Z inside the editor
    assert len(names(roskilde)) == 4
    assert len(editor.rows) == 4
    assert editor.undo_action.shortcut().toString() == "Ctrl+Z"
    editor.redo_action.trigger()
    assert names(roskilde)[-1] == "Nyttiggjort"
    assert reopened_equal(roskilde)


def test_add_rename_and_reorder(
    roskilde: SessionDocument, asking: AskingDialogs, qtbot: QtBot
) -> None:
    """A new criterion is typed over, renamed, moved to the top; each step undoes."""
    _page, editor = opened(roskilde, asking, qtbot)
    made = editor.add()
    row = editor.rows[-1]
    row.name.setText("Pris for kommunen")
    row.name.editingFinished.emit()
    assert names(roskilde)[-1] == "Pris for kommunen"
    for _ in range(4):
        editor.rows[-1 if _ == 0 else names(roskilde).index("Pris for kommunen")].up.click()
    assert names(roskilde)[0] == "Pris for kommunen"
    assert not editor.rows[0].up.isEnabled()
    assert reopened_equal(roskilde)
    for _ in range(4):
        roskilde.undo_stack.undo()
    assert names(roskilde)[-1] == "Pris for kommunen"
    roskilde.undo_stack.undo()
    assert names(roskilde)[-1] == "New criterion"
    roskilde.undo_stack.undo()
    assert roskilde.workshop.get(Criterion, made.id) is None
    for _ in range(6):
        roskilde.undo_stack.redo()
    assert names(roskilde)[0] == "Pris for kommunen"
    assert reopened_equal(roskilde)


def test_an_empty_name_is_refused_and_kept(
    roskilde: SessionDocument, asking: AskingDialogs, qtbot: QtBot
) -> None:
    """Clearing a name changes nothing and says why; the field shows the name again."""
    _page, editor = opened(roskilde, asking, qtbot)
    editor.rows[0].name.setText("   ")
    editor.rows[0].name.editingFinished.emit()
    assert names(roskilde)[0] == "Værdi for borgeren"
    assert editor.rows[0].name.text() == "Værdi for borgeren"
    assert "needs a name" in editor.message.text()
    assert roskilde.undo_stack.count() == 0


def rate_all(document: SessionDocument, criterion: Criterion, values: list[int]) -> None:
    notes = add_notes(document, [f"idé {v}" for v in values])
    document.apply(
        [Put(Rating(new_id(), n.id, criterion.id, v)) for n, v in zip(notes, values, strict=True)]
    )
    document.undo_stack.clear()


def test_removing_a_rated_criterion_says_what_is_lost(
    document: SessionDocument, asking: AskingDialogs, qtbot: QtBot
) -> None:
    """Removing Nytt with 3 ratings asks first; the badges go; undo brings all back."""
    nytt = document.workshop.criteria[0]
    rate_all(document, nytt, [1, 2, 3])
    page, editor = opened(document, asking, qtbot)
    asking.answer = False
    editor.rows[0].remove.click()
    assert asking.questions == [
        "“Nytt” has 3 ratings. They are removed with it. Undo (Ctrl+Z) brings the "
        "criterion and its ratings back."
    ]
    assert names(document)[0] == "Nytt"
    asking.answer = True
    editor.rows[0].remove.click()
    assert names(document) == ["Nyttigt", "Nyttiggjort"]
    assert document.workshop.all(Rating) == []
    assert all(item.badges == [] for item in scene_of(page).notes.values())
    assert reopened_equal(document)
    document.undo_stack.undo()
    assert names(document) == ["Nytt", "Nyttigt", "Nyttiggjort"]
    assert sorted(r.value for r in document.workshop.all(Rating)) == [1, 2, 3]
    assert sorted(item.badges[0][1] for item in scene_of(page).notes.values()) == [1, 2, 3]
    document.undo_stack.redo()
    assert document.workshop.all(Rating) == []
    assert reopened_equal(document)


def test_a_narrower_range_asks_and_moves_ratings_inside(
    document: SessionDocument, asking: AskingDialogs, qtbot: QtBot
) -> None:
    """0–3 to 0–2 asks about the one 3, which becomes 2; undo gives the 3 back."""
    nytt = document.workshop.criteria[0]
    rate_all(document, nytt, [0, 3])
    _page, editor = opened(document, asking, qtbot)
    editor.rows[0].high.setValue(2)
    assert len(asking.questions) == 1
    assert "1 rating on “Nytt” will be set to the nearest value in 0–2." in asking.questions[0]
    assert (document.workshop.criteria[0].low, document.workshop.criteria[0].high) == (0, 2)
    assert sorted(r.value for r in document.workshop.all(Rating)) == [0, 2]
    editor.rows[0].low.setValue(5)  # above the high end: the high end makes room
    assert (document.workshop.criteria[0].low, document.workshop.criteria[0].high) == (5, 6)
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert (document.workshop.criteria[0].low, document.workshop.criteria[0].high) == (0, 3)
    assert sorted(r.value for r in document.workshop.all(Rating)) == [0, 3]
    assert editor.rows[0].high.value() == 3
    document.undo_stack.redo()
    assert reopened_equal(document)


def test_a_wide_scale_wraps_in_the_ratings_panel(
    document: SessionDocument, asking: AskingDialogs, qtbot: QtBot
) -> None:
    """A 0–9 criterion rates from two rows of buttons; the panel stays as narrow as N3's."""
    page, editor = opened(document, asking, qtbot)
    panel = page.ratings_panel
    narrow = panel.minimumSizeHint().width()
    made = editor.add()
    editor.rows[-1].high.setValue(9)
    assert (document.workshop.criteria[-1].low, document.workshop.criteria[-1].high) == (0, 9)
    grid = panel.grid
    first = grid.getItemPosition(grid.indexOf(panel.buttons[(made.id, 0)]))
    last = grid.getItemPosition(grid.indexOf(panel.buttons[(made.id, 9)]))
    assert last[0] == first[0] + 1  # the next row
    assert panel.minimumSizeHint().width() <= narrow + 2 * 44
