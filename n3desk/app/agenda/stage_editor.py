"""The stage editor form: every field of one stage; each finished edit is one undo step."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from n3desk.app.document import SessionDocument
from n3desk.app.text_fields import CommitLineEdit, CommitTextEdit
from n3desk.domain.entities import Stage
from n3desk.domain.methods import MethodLibrary


class StageEditor(QWidget):
    """Edits the stage it shows.

    Signals:
        edited(str, dict): an undo-step text and the fields to change on the shown stage.
    """

    edited = Signal(str, object)

    def __init__(
        self,
        document: SessionDocument,
        methods: MethodLibrary,
        language: str,
        parent: QWidget | None = None,
        *,
        own: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.methods = methods
        self.own_methods = own  # ids of the user's own cards, marked in the choice
        self.language = language
        self.stage: Stage | None = None
        self._showing = False
        self.title = CommitLineEdit(self)
        self.minutes = self._spin(1, 600, self.tr(" min"))
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Time-box"), "timebox")
        self.kind.addItem(self.tr("Station rotation"), "rotation")
        self.stations = self._spin(1, 20, "")
        self._count_suffix(self.stations, lambda n: self.tr("%n station(s)", "", n))
        self.station_minutes = self._spin(1, 120, self.tr(" min each"))
        self.summary_minutes = self._spin(0, 120, self.tr(" min summary"))
        self.method = QComboBox(self)
        self.board = QComboBox(self)
        for combo in (self.kind, self.method, self.board):
            # Long card and board names must not make the page wider than a projector.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        self.warning = self._spin(0, 3600, self.tr(" s"))
        self.danger = self._spin(0, 3600, self.tr(" s"))
        self.instructions = CommitTextEdit(self)
        self.instructions.setPlaceholderText(self.tr("What the room should do, shown to everyone"))
        self.rotation_row = QWidget(self)
        # Two rows: at 1024 px wide three spin boxes in one row cut off their units.
        rotation = QGridLayout(self.rotation_row)
        rotation.setContentsMargins(0, 0, 0, 0)
        rotation.addWidget(self.stations, 0, 0)
        rotation.addWidget(self.station_minutes, 0, 1)
        rotation.addWidget(self.summary_minutes, 1, 0, 1, 2)
        thresholds = QHBoxLayout()
        thresholds.setContentsMargins(0, 0, 0, 0)
        thresholds.addWidget(self.warning, 1)
        thresholds.addWidget(self.danger, 1)
        self.warning.setPrefix(self.tr("amber "))
        self.danger.setPrefix(self.tr("red "))
        self.warning.setToolTip(self.tr("Seconds left when the timer turns amber"))
        self.danger.setToolTip(self.tr("Seconds left when the timer turns red"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Planned"), self.minutes)
        form.addRow(self.tr("Rotation"), self.rotation_row)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Board to show"), self.board)
        form.addRow(self.tr("Colour at"), thresholds)
        self.empty = QLabel(self.tr("Select a stage, or add one."), self)
        self.empty.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Instructions for the room"), self))
        layout.addWidget(self.instructions, 1)
        # Tab walks the fields as they are seen, top to bottom (they were made in
        # another order: Tab jumped from the title past the kind to the minutes).
        chain = (
            self.title,
            self.kind,
            self.minutes,
            self.stations,
            self.station_minutes,
            self.summary_minutes,
            self.method,
            self.board,
            self.warning,
            self.danger,
            self.instructions,
        )
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._connect()
        self.show_stage(None)

    def _spin(self, low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setKeyboardTracking(False)  # one edit when typing ends, not one per digit
        spin.setMinimumWidth(60)
        spin.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        return spin

    @staticmethod
    def _count_suffix(spin: QSpinBox, text_for: Callable[[int], str]) -> None:
        """Keep ``spin``'s unit in step with its number: "1 station", "5 stations".

        ``text_for(n)`` is a plural translation that starts with the number; what
        follows the number becomes the suffix.
        """

        def update(value: int) -> None:
            text, number = text_for(value), str(value)
            spin.setSuffix(text[len(number) :] if text.startswith(number) else f" {text}")

        spin.valueChanged.connect(update)
        update(spin.value())

    def _connect(self) -> None:
        self.title.committed.connect(lambda t: self._edit(self.tr("Rename stage"), title=t))
        self.instructions.committed.connect(
            lambda t: self._edit(self.tr("Edit instructions"), instructions=t)
        )
        spins: list[tuple[QSpinBox, str, Callable[[], str]]] = [
            (self.minutes, "planned_minutes", lambda: self.tr("Change planned time")),
            (self.stations, "stations", lambda: self.tr("Change stations")),
            (self.station_minutes, "station_minutes", lambda: self.tr("Change station time")),
            (self.summary_minutes, "summary_minutes", lambda: self.tr("Change summary time")),
            (self.warning, "warning_seconds", lambda: self.tr("Change warning time")),
            (self.danger, "danger_seconds", lambda: self.tr("Change danger time")),
        ]
        for spin, name, text in spins:
            spin.valueChanged.connect(
                lambda v, name=name, text=text: self._edit(text(), **{name: v})
            )
        self.kind.currentIndexChanged.connect(lambda _i: self._on_kind())
        self.method.currentIndexChanged.connect(self._on_method_chosen)
        self.board.currentIndexChanged.connect(
            lambda _i: self._edit(self.tr("Change board"), board_id=self.board.currentData())
        )

    def _on_kind(self) -> None:
        kind = self.kind.currentData()
        fields: dict[str, object] = {"kind": kind}
        stage = self.stage
        if kind == "rotation" and stage is not None and stage.stations == 0:
            fields.update(stations=5, station_minutes=7, summary_minutes=10)  # a sensible start
        self._edit(self.tr("Change stage kind"), **fields)

    def _on_method_chosen(self, _index: int) -> None:
        """A card chosen here fills empty instructions with its steps, as attaching
        it from the method library does; written instructions are never replaced."""
        method_id = self.method.currentData() or ""
        fields: dict[str, object] = {"method_id": method_id}
        card = self.methods.get(method_id) if method_id else None
        if card is not None and self.stage is not None and not self.stage.instructions.strip():
            fields["instructions"] = card.text(self.language).instructions()
        self._edit(self.tr("Change method"), **fields)

    def _edit(self, text: str, **fields: object) -> None:
        if not self._showing and self.stage is not None:
            self.edited.emit(text, fields)

    def commit_pending(self) -> None:
        """Commit text still being typed, to the stage it was typed for."""
        self.title.commit()
        self.instructions.commit()

    def show_stage(self, stage: Stage | None) -> None:
        """Show ``stage`` (None: nothing selected) without making any edit."""
        if self.stage is not None and (stage is None or stage.id != self.stage.id):
            self.commit_pending()
        self.stage = stage
        self._showing = True
        try:
            self._fill_choices()
            enabled = stage is not None
            for w in self.findChildren(QWidget):
                if w is not self.empty and not isinstance(w, QLabel):
                    w.setEnabled(enabled)
            self.empty.setVisible(not enabled)
            if stage is None:
                self.title.show_value("")
                self.instructions.show_value("")
                return
            self.title.show_value(stage.title)
            self.instructions.show_value(stage.instructions)
            self.kind.setCurrentIndex(max(0, self.kind.findData(stage.kind)))
            rotation = stage.kind == "rotation"
            self.rotation_row.setEnabled(rotation)
            self.minutes.setEnabled(not rotation)
            self.minutes.setValue(stage.planned_minutes)
            self.stations.setValue(max(1, stage.stations))
            self.station_minutes.setValue(max(1, stage.station_minutes))
            self.summary_minutes.setValue(stage.summary_minutes)
            self.warning.setValue(stage.warning_seconds)
            self.danger.setValue(stage.danger_seconds)
            self.method.setCurrentIndex(max(0, self.method.findData(stage.method_id)))
            self.board.setCurrentIndex(max(0, self.board.findData(stage.board_id)))
        finally:
            self._showing = False

    def _fill_choices(self) -> None:
        self.method.clear()
        self.method.addItem(self.tr("(no method card)"), "")
        for card in self.methods.cards(self.language):
            name = card.name + self.tr(" (own)") if card.id in self.own_methods else card.name
            self.method.addItem(name, card.id)
        stage = self.stage
        if stage is not None and stage.method_id and self.method.findData(stage.method_id) < 0:
            self.method.addItem(stage.method_id, stage.method_id)  # a card we do not know
        self.board.clear()
        self.board.addItem(self.tr("(no board)"), None)
        for board in self.document.workshop.boards:
            self.board.addItem(" ".join(board.title.split()) or "—", board.id)
