"""The ratings panel: rate the selected notes on the session's criteria; sort or filter.

Sorting lays the board's notes out in a grid, best first (one undo step);
filtering only dims the notes below a threshold on the facilitator's screen and
changes nothing in the session.

The filter dims while the panel is open: closing the panel brightens the board
again and opening it dims again. An edit costs the filter only the notes it
touched, and nothing at all while the panel is closed: a board of 10,000 notes
is not walked on every keystroke.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import partial

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from n3desk.app.board import badges
from n3desk.app.board.controller import BoardController
from n3desk.app.board.criteria_editor import CriteriaEditor
from n3desk.app.board.scene import BoardScene
from n3desk.app.commands import push_edit
from n3desk.domain import arrangement, board_edits, ratings
from n3desk.domain.change_set import ChangeSet
from n3desk.domain.entities import Criterion, Note, Rating, Vote, VotingRound

BUTTONS_PER_ROW = 6  # the N3 scale (0–3) and "–" fit one row; 0–9 takes two


class RatingsPanel(QWidget):
    """Ratings of the selected notes, and sorting and filtering by them."""

    def __init__(self, controller: BoardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.document = controller.document
        self.scene: BoardScene | None = None
        self._dimmed: set[str] = set()  # the notes of the scene this panel dimmed
        self._touched: set[str] = set()  # notes an edit changed, filtered once the scene has them
        self._touched_all = False  # an edit changed what every note scores
        heading = QLabel(self.tr("Ratings"), self)
        heading.setProperty("role", "subheading")
        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        # What phones in the room gave the selected note: each participant's rating is
        # kept, and the badge shows their mean unless the facilitator set her own.
        self.from_phones = QLabel(self)
        self.from_phones.setTextFormat(Qt.TextFormat.PlainText)
        self.from_phones.setWordWrap(True)
        self.grid = QGridLayout()
        self.buttons: dict[tuple[str, int | None], QPushButton] = {}
        self.edit_button = QPushButton(self.tr("Edit criteria…"), self)
        self.editor: CriteriaEditor | None = None
        self.key = QComboBox(self)
        self.sort_button = QPushButton(self.tr("Sort board, best first"), self)
        self.filter = QCheckBox(self.tr("Dim notes below"), self)
        self.minimum = QSpinBox(self)
        self.minimum.setRange(0, 99)
        self.minimum.setValue(2)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter)
        filter_row.addWidget(self.minimum)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.from_phones)
        layout.addLayout(self.grid)
        layout.addWidget(self.edit_button)
        layout.addWidget(QLabel(self.tr("Sort and filter by"), self))
        layout.addWidget(self.key)
        layout.addWidget(self.sort_button)
        layout.addLayout(filter_row)
        layout.addStretch(1)
        self.sort_button.clicked.connect(self.sort_board)
        self.edit_button.clicked.connect(self.edit_criteria)
        self.filter.toggled.connect(lambda _on: self.apply_filter())
        self.minimum.valueChanged.connect(lambda _v: self.apply_filter())
        self.key.activated.connect(lambda _i: self.apply_filter())
        self.document.applied.connect(self._on_applied)
        self._build_rows()

    def set_scene(self, scene: BoardScene | None) -> None:
        if self.scene is not None and shiboken6.isValid(self.scene):
            self.scene.selectionChanged.disconnect(self.refresh)
            self.scene.board_changed.disconnect(self._on_board_changed)
            self._undim_all()
        self._dimmed.clear()
        self.scene = scene
        if scene is not None:
            scene.selectionChanged.connect(self.refresh)
            # The scene's own copy of the ratings is up to date once it says so.
            scene.board_changed.connect(self._on_board_changed)
        self.refresh()
        self.apply_filter()

    def filtering(self) -> bool:
        """True while the filter dims notes: it is on and the panel is open."""
        return self.filter.isChecked() and not self.isHidden()

    def _on_applied(self, changes: ChangeSet) -> None:
        if changes.touches(Criterion):
            self._build_rows()
        scene = self.scene
        if scene is None or not self.filtering():
            return
        # Remember which notes score differently now; the scene announces
        # (board_changed) once its copy of the ratings and dots has them. Both follow
        # ``applied``, this panel first (it connected first).
        if changes.touches(Criterion, VotingRound):
            self._touched_all = True
        self._touched.update(n.id for n in changes.records(Note) if n.board_id == scene.board_id)
        workshop = self.document.workshop
        rated = [r.note_id for r in changes.records(Rating)]
        for note_id in rated + [v.note_id for v in changes.records(Vote)]:
            note = workshop.get(Note, note_id)
            if note is not None and note.board_id == scene.board_id:
                self._touched.add(note_id)

    def _on_board_changed(self) -> None:
        self.refresh()
        touched, everything = self._touched, self._touched_all
        self._touched, self._touched_all = set(), False
        if not self.filtering():
            return
        if everything or (not touched and self.key.currentData() == ratings.VOTES):
            # A criterion or a round changed, or another round's dots are shown.
            self.apply_filter()
        elif touched:
            self._filter(touched)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous() and self.filter.isChecked() and not self._dimmed:
            self.apply_filter()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self.isHidden():  # the panel was closed (not the tab left): brighten the board
            self._undim_all()

    def _build_rows(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # criteria change live now: no ghost rows until deletion
                widget.deleteLater()
        self.buttons.clear()
        criteria = self.document.workshop.criteria
        labels = ratings.short_labels([c.name for c in criteria])
        row = 0
        for criterion, label in zip(criteria, labels, strict=True):
            name = QLabel(f"{label}  {criterion.name}", self)
            name.setTextFormat(Qt.TextFormat.PlainText)
            self.grid.addWidget(name, row, 0)
            values: list[int | None] = [*range(criterion.low, criterion.high + 1), None]
            # A wide scale (0–9) wraps after BUTTONS_PER_ROW values: one row that long
            # pushed the panel past a 1024-wide window and squeezed the board.
            for index, value in enumerate(values):
                button = QPushButton("–" if value is None else str(value), self)
                button.setCheckable(value is not None)
                button.setMaximumWidth(44)
                button.clicked.connect(partial(self.rate, criterion, value))
                line, col = divmod(index, BUTTONS_PER_ROW)
                self.grid.addWidget(button, row + line, col + 1)
                self.buttons[(criterion.id, value)] = button
            row += (len(values) - 1) // BUTTONS_PER_ROW + 1
        self.key.clear()
        for criterion in criteria:
            self.key.addItem(criterion.name, criterion.id)
        self.key.addItem(self.tr("Sum of all criteria"), ratings.TOTAL)
        self.key.addItem(self.tr("Dots"), ratings.VOTES)
        self.refresh()

    def edit_criteria(self) -> CriteriaEditor:
        """The criteria editor (one at a time, not blocking)."""
        if self.editor is None:
            self.editor = CriteriaEditor(self.document, self.controller.dialogs, self)
            self.editor.finished.connect(self._on_editor_closed)
        self.editor.show()
        self.editor.raise_()
        self.editor.activateWindow()
        return self.editor

    def _on_editor_closed(self, _result: int) -> None:
        if self.editor is not None:
            self.editor.deleteLater()
            self.editor = None

    def rate(self, criterion: Criterion, value: int | None) -> None:
        self.controller.rating.rate(criterion, value)

    def refresh(self) -> None:
        if self.scene is not None and not shiboken6.isValid(self.scene):
            self.scene = None  # the board went away while its selection was being cleared
        notes = self.scene.selected_notes() if self.scene is not None else []
        if not self.document.workshop.criteria:
            self.hint.setText(
                self.tr("This session has no criteria yet: add them with Edit criteria.")
            )
        elif not notes:
            self.hint.setText(self.tr("Select notes to rate them (or press R and digits)."))
        else:
            self.hint.setText(self.tr("%n note(s) selected", "", len(notes)))
        values = self.scene.ratings if self.scene is not None else {}
        for (criterion_id, value), button in self.buttons.items():
            button.setEnabled(bool(notes))
            if value is None:
                continue
            same = bool(notes) and all(
                values.get(n.id, {}).get(criterion_id) == value for n in notes
            )
            button.setChecked(same)
        self._show_from_phones(notes)

    def _show_from_phones(self, notes: Sequence[Note]) -> None:
        """For one selected note rated from phones: their mean and how many rated."""
        shown = (
            ratings.summaries(self.document.workshop.ratings_of(notes[0].id)).get(notes[0].id, {})
            if len(notes) == 1
            else {}
        )
        criteria = self.document.workshop.criteria
        labels = ratings.short_labels([c.name for c in criteria])
        parts = [
            self.tr("{label} {value} (%n rating(s))", "", s.count).format(
                label=label, value=badges.number(s.room)
            )
            for c, label in zip(criteria, labels, strict=True)
            if (s := shown.get(c.id)) is not None and s.room is not None
        ]
        self.from_phones.setText(self.tr("From the phones:") + " " + " · ".join(parts))
        self.from_phones.setVisible(bool(parts))

    def _score_inputs(self) -> tuple[str, dict[str, int]]:
        key = self.key.currentData()
        dots = self.scene.dots() if self.scene is not None and key == ratings.VOTES else {}
        return (key if isinstance(key, str) else ratings.TOTAL), dots

    def sort_board(self) -> None:
        """Lay the board's notes out in a grid, best first by the chosen criterion."""
        scene = self.scene
        if scene is None:
            return
        key, dots = self._score_inputs()
        notes = self.document.workshop.notes_on(scene.board_id)
        ordered = ratings.sort_notes(notes, key, scene.ratings, dots)
        origin = (min((n.x for n in notes), default=0.0), min((n.y for n in notes), default=0.0))
        columns = arrangement.grid_columns(len(ordered))
        ops = board_edits.order_ops(ordered, origin, columns)
        push_edit(self.document, self.tr("Sort notes"), ops)

    def apply_filter(self) -> None:
        """Dim the notes that score below the minimum (or none, when off or closed)."""
        scene = self.scene
        if scene is None:
            return
        if not self.filtering():
            self._undim_all()
            return
        self._filter(scene.notes)

    def _filter(self, note_ids: Iterable[str]) -> None:
        """Dim or brighten these notes of the scene by their scores now."""
        scene = self.scene
        if scene is None:
            return
        key, dots = self._score_inputs()
        items = []
        for note_id in note_ids:
            item = scene.notes.get(note_id)
            if item is not None:
                items.append(item)
            else:  # the note went away
                self._dimmed.discard(note_id)
        notes = [item.note for item in items]
        kept = {
            n.id
            for n in ratings.filter_notes(notes, key, self.minimum.value(), scene.ratings, dots)
        }
        for item in items:
            dim = item.note.id not in kept
            item.set_flag_state(dimmed=dim)
            if dim:
                self._dimmed.add(item.note.id)
            else:
                self._dimmed.discard(item.note.id)

    def _undim_all(self) -> None:
        scene = self.scene
        if scene is not None and shiboken6.isValid(scene):
            for note_id in self._dimmed:
                item = scene.notes.get(note_id)
                if item is not None:
                    item.set_flag_state(dimmed=False)
        self._dimmed.clear()
