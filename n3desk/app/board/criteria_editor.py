"""The criteria editor: the session's rating criteria, each change one undo step.

Opened from the ratings panel ("Edit criteria…"), not blocking. One row per
criterion: its name, its range (low–high within 0–10, as templates allow), up and
down, and remove. Below: add a criterion, and add the N3 three
(Nytt, Nyttigt, Nyttiggjort) that the session lacks, whatever template it came
from. Removing a criterion that has ratings, or narrowing a range that leaves
ratings outside, first says what happens to them; undo brings them back.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from n3desk.app.commands import push_edit
from n3desk.app.dialogs import Dialogs
from n3desk.app.document import SessionDocument
from n3desk.app.shortcuts import keys
from n3desk.domain import criteria
from n3desk.domain.change_set import ChangeSet
from n3desk.domain.entities import Criterion, Rating


class CriterionRow:
    """The fields of one criterion in the editor's grid."""

    def __init__(self, editor: CriteriaEditor, criterion: Criterion) -> None:
        self.criterion_id = criterion.id
        self.name = QLineEdit(criterion.name, editor)
        self.name.setMaxLength(criteria.LONGEST_NAME)
        self.name.setMinimumWidth(180)
        self.low = QSpinBox(editor)
        self.high = QSpinBox(editor)
        top = criteria.HIGHEST
        for box, (least, most), now in (
            (self.low, (criteria.LOWEST, top - 1), criterion.low),
            (self.high, (criteria.LOWEST + 1, top), criterion.high),
        ):
            # A scale from elsewhere (an old portable file) is shown as it is, not clamped.
            box.setRange(min(least, now), max(most, now))
            box.setKeyboardTracking(False)  # one step when typing ends, not one per digit
        self.low.setValue(criterion.low)
        self.high.setValue(criterion.high)
        # Push buttons, not tool buttons: qt-material draws a tool button's arrow as a
        # thin dash.
        self.up = QPushButton("↑", editor)
        self.up.setMaximumWidth(44)
        self.up.setToolTip(QCoreApplication.translate("CriteriaEditor", "Move up"))
        self.down = QPushButton("↓", editor)
        self.down.setMaximumWidth(44)
        self.down.setToolTip(QCoreApplication.translate("CriteriaEditor", "Move down"))
        self.remove = QPushButton(QCoreApplication.translate("CriteriaEditor", "Remove"), editor)
        self.ratings = QLabel(editor)

    def widgets(self) -> list[QWidget]:
        return [self.name, self.low, self.high, self.up, self.down, self.ratings, self.remove]

    def show(self, criterion: Criterion, rated: str) -> None:
        """Show the criterion's current values without sending any edit back."""
        for widget in (self.name, self.low, self.high):
            widget.blockSignals(True)
        if not self.name.hasFocus():
            self.name.setText(criterion.name)
        self.low.setValue(criterion.low)
        self.high.setValue(criterion.high)
        for widget in (self.name, self.low, self.high):
            widget.blockSignals(False)
        self.ratings.setText(rated)


class CriteriaEditor(QDialog):
    """The session's criteria, editable; every change goes through the undo stack."""

    def __init__(
        self, document: SessionDocument, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.dialogs = dialogs
        self.setWindowTitle(self.tr("Rating criteria"))
        self.rows: list[CriterionRow] = []
        intro = QLabel(
            self.tr(
                "Notes are rated on these criteria, from low to high (0–10). "
                "Every change can be undone with Ctrl+Z."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 1)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add criterion"), self)
        self.n3_button = QPushButton(self)
        adding = QHBoxLayout()
        adding.addWidget(self.add_button)
        adding.addWidget(self.n3_button)
        adding.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.grid)
        layout.addWidget(self.message)
        layout.addLayout(adding)
        layout.addStretch(1)
        layout.addWidget(buttons)
        # The window's Ctrl+Z does not reach a dialog: the editor has its own, on the
        # same undo stack, so "undo" means the same thing everywhere.
        self.undo_action = document.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcuts(keys("edit.undo"))
        self.redo_action = document.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts(keys("edit.redo"))
        self.addActions([self.undo_action, self.redo_action])
        self.add_button.clicked.connect(self.add)
        self.n3_button.clicked.connect(self.add_n3)
        buttons.rejected.connect(self.reject)
        document.applied.connect(self._on_applied)
        self._build()

    # -- showing ---------------------------------------------------------------------

    def _on_applied(self, changes: ChangeSet) -> None:
        if changes.touches(Criterion, Rating):
            self._build()

    def _build(self) -> None:
        """Rows for the criteria as they are; rebuilt only when the list itself changes."""
        current = self.document.workshop.criteria
        if [r.criterion_id for r in self.rows] != [c.id for c in current]:
            self._rebuild(current)
        counts: dict[str, int] = {}
        for rating in self.document.workshop.all(Rating):
            counts[rating.criterion_id] = counts.get(rating.criterion_id, 0) + 1
        for index, (row, criterion) in enumerate(zip(self.rows, current, strict=True)):
            row.show(criterion, self.tr("%n rating(s)", "", counts.get(criterion.id, 0)))
            row.up.setEnabled(index > 0)
            row.down.setEnabled(index < len(current) - 1)
        missing = criteria.missing_n3(self.document.workshop)
        self.n3_button.setText(
            self.tr("Add the N3 three (%1)").replace(
                "%1", ", ".join(criteria.n3_names(self.document.session.language))
            )
        )
        self.n3_button.setEnabled(bool(missing))

    def _rebuild(self, current: Sequence[Criterion]) -> None:
        for row in self.rows:
            for widget in row.widgets():
                self.grid.removeWidget(widget)
                widget.hide()  # gone from sight now; deleted when the event loop runs
                widget.deleteLater()
        self.rows = []
        headings = [self.tr("Criterion"), self.tr("Low"), self.tr("High")]
        for column, text in enumerate(headings):
            if self.grid.itemAtPosition(0, column) is None:
                self.grid.addWidget(QLabel(text, self), 0, column)
        for index, criterion in enumerate(current, start=1):
            row = CriterionRow(self, criterion)
            for column, widget in enumerate(row.widgets()):
                self.grid.addWidget(widget, index, column)
            row.name.editingFinished.connect(partial(self._renamed, row))
            row.low.valueChanged.connect(partial(self._range_changed, row, "low"))
            row.high.valueChanged.connect(partial(self._range_changed, row, "high"))
            row.up.clicked.connect(partial(self._move, row, -1))
            row.down.clicked.connect(partial(self._move, row, 1))
            row.remove.clicked.connect(partial(self.remove, row.criterion_id))
            self.rows.append(row)

    def _criterion(self, criterion_id: str) -> Criterion | None:
        return self.document.workshop.get(Criterion, criterion_id)

    def _say(self, text: str) -> None:
        self.message.setText(text)

    # -- editing ---------------------------------------------------------------------

    def add(self) -> Criterion:
        """A new criterion, 0–3, its name ready to be typed over."""
        ops, made = criteria.add_ops(self.document.workshop, self.tr("New criterion"))
        push_edit(self.document, self.tr("Add criterion"), ops)
        row = next(r for r in self.rows if r.criterion_id == made.id)
        row.name.setFocus()
        row.name.selectAll()
        return made

    def add_n3(self) -> None:
        """Nytt, Nyttigt and Nyttiggjort, those the session lacks (one undo step)."""
        push_edit(
            self.document, self.tr("Add the N3 criteria"), criteria.n3_ops(self.document.workshop)
        )

    def rename(self, criterion_id: str, name: str) -> bool:
        """Give a criterion a new name; False (and the reason) when it cannot be."""
        criterion = self._criterion(criterion_id)
        if criterion is None:
            return False
        try:
            ops = criteria.rename_ops(criterion, name)
        except criteria.CriterionError:
            self._say(
                self.tr("A criterion needs a name; it keeps “%1”.").replace("%1", criterion.name)
            )
            self._build()
            return False
        self._say("")
        push_edit(self.document, self.tr("Rename criterion"), ops)
        return True

    def set_range(self, criterion_id: str, low: int, high: int) -> bool:
        """A new range; ratings outside it move inside once the person agrees."""
        criterion = self._criterion(criterion_id)
        if criterion is None:
            return False
        try:
            ops = criteria.range_ops(self.document.workshop, criterion, low, high)
        except criteria.CriterionError:
            self._say(self.tr("A scale runs within 0–10, its lowest value below its highest."))
            self._build()
            return False
        moved = len(criteria.outside(self.document.workshop, criterion, low, high))
        if moved and not self.dialogs.confirm(
            self.tr("Change the range"),
            self.tr(
                "%n rating(s) on “%1” will be set to the nearest value in %2–%3. "
                "Undo (Ctrl+Z) gives the old values back.",
                "",
                moved,
            )
            .replace("%2", str(low))
            .replace("%3", str(high))
            .replace("%1", criterion.name),
            ok=self.tr("Change the range"),
            cancel=self.tr("Keep it"),
        ):
            self._build()
            return False
        self._say("")
        push_edit(self.document, self.tr("Change range of criterion"), ops)
        return True

    def remove(self, criterion_id: str) -> bool:
        """Remove a criterion; when it has ratings, say that they go too (undo brings both)."""
        criterion = self._criterion(criterion_id)
        if criterion is None:
            return False
        rated = len(criteria.ratings_on(self.document.workshop, criterion))
        if rated and not self.dialogs.confirm(
            self.tr("Remove criterion"),
            self.tr(
                "“%1” has %n rating(s). They are removed with it. Undo (Ctrl+Z) brings "
                "the criterion and its ratings back.",
                "",
                rated,
            ).replace("%1", criterion.name),
            ok=self.tr("Remove with ratings"),
            cancel=self.tr("Keep it"),
        ):
            return False
        ops = criteria.remove_ops(self.document.workshop, criterion)
        push_edit(self.document, self.tr("Remove criterion"), ops)
        return True

    def move_criterion(self, criterion_id: str, step: int) -> None:
        """Move a criterion up (−1) or down (+1) the list."""
        criterion = self._criterion(criterion_id)
        if criterion is None:
            return
        index = self.document.workshop.criteria.index(criterion) + step
        ops = criteria.move_ops(self.document.workshop, criterion, index)
        push_edit(self.document, self.tr("Reorder criteria"), ops)

    def _renamed(self, row: CriterionRow) -> None:
        self.rename(row.criterion_id, row.name.text())

    def _range_changed(self, row: CriterionRow, which: str, value: int) -> None:
        low, high = row.low.value(), row.high.value()
        if low >= high:  # the other end makes room, as the person obviously means
            if which == "low":
                high = low + 1
            else:
                low = high - 1
        self.set_range(row.criterion_id, low, high)

    def _move(self, row: CriterionRow, step: int) -> None:
        self.move_criterion(row.criterion_id, step)
