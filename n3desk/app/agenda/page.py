"""The Agenda tab: the stages in order, a stage editor, and the method library.

Stages are listed with their planned start (following on from the session's start
time); the total is shown against the time available and turns into a warning
when it overruns. Drag a stage (or use Move up/down) to reorder: one undo step.
Running a stage goes to the session's :class:`TimerController`, which the session
window owns (with the strip that shows it below every tab) and passes in.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from n3desk.app.agenda.edits import (
    add_stage_ops,
    attach_method_ops,
    push_agenda_edit,
    stage_change,
)
from n3desk.app.agenda.method_panel import MethodLibraryPanel
from n3desk.app.agenda.stage_editor import StageEditor
from n3desk.app.agenda.template_saving import TemplateSaver
from n3desk.app.agenda.timer_controller import TimerController
from n3desk.app.dialogs import Dialogs, QtDialogs
from n3desk.app.document import SessionDocument
from n3desk.app.text_fields import CommitLineEdit
from n3desk.domain.agenda import (
    format_hhmm,
    overrun_minutes,
    parse_hhmm,
    reorder_ops,
    schedule,
    timer_for,
    total_minutes,
)
from n3desk.domain.change_set import ChangeSet
from n3desk.domain.changes import edited
from n3desk.domain.entities import Board, Session, Stage, TimerEvent
from n3desk.domain.methods import MethodLibrary, MethodText
from n3desk.domain.timer import TimerState
from n3desk.store.method_files import MethodFileProblem, load_method_catalog

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole


class AgendaPage(QWidget):
    """The Agenda tab of the session window."""

    def __init__(
        self,
        document: SessionDocument,
        parent: QWidget | None = None,
        *,
        dialogs: Dialogs | None = None,
        methods: MethodLibrary | None = None,
        timer: TimerController | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.dialogs: Dialogs = dialogs or QtDialogs(self)
        own: frozenset[str] = frozenset()
        problems: tuple[MethodFileProblem, ...] = ()
        if methods is None:
            # The built-in cards and the user's own (fetched from the team library);
            # an own file that cannot be used is skipped and said, never fatal.
            catalog = load_method_catalog(document.library.data_dir)
            methods, own, problems = catalog.library, catalog.own, catalog.errors
            for problem in problems:
                log.warning("method card skipped: %s", problem)
        self.methods = methods
        language = document.session.language
        # The session's one timer: the session window passes its own; a page on its
        # own (tests, a picture of the page) makes one.
        self.timer = timer or TimerController(document, self)
        self.editor = StageEditor(document, self.methods, language, self, own=own)
        self.library_panel = MethodLibraryPanel(
            self.methods, language, self, own=own, problems=problems
        )
        self.saver = TemplateSaver(document, self.dialogs, self)
        self._build()
        document.applied.connect(self._on_applied)
        self.editor.edited.connect(self._on_stage_edited)
        self.library_panel.attach_requested.connect(self.attach_method)
        self._rebuild()

    # -- building --------------------------------------------------------------------

    def _build(self) -> None:
        heading = QLabel(self.tr("Agenda"), self)
        heading.setProperty("role", "heading")
        self.start_time = CommitLineEdit(self)
        self.start_time.setInputMask("99:99")
        self.start_time.setMaximumWidth(90)
        self.available = QSpinBox(self)
        self.available.setRange(10, 24 * 60)
        self.available.setSuffix(self.tr(" min"))
        self.available.setKeyboardTracking(False)
        self.total = QLabel(self)
        self.total.setTextFormat(Qt.TextFormat.PlainText)
        self.total.setWordWrap(True)
        times = QHBoxLayout()
        times.addWidget(QLabel(self.tr("Starts at"), self))
        times.addWidget(self.start_time)
        times.addWidget(QLabel(self.tr("Time available"), self))
        times.addWidget(self.available)
        times.addStretch(1)

        self.stage_list = QListWidget(self)
        self.stage_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.stage_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.stage_list.setWordWrap(True)
        self.stage_list.setStyleSheet("QListWidget { font-size: 16px; }")
        self.add_button = QPushButton(self.tr("Add stage"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.run_button = QPushButton(self.tr("Run this stage"), self)
        self.run_button.setToolTip(self.tr("Finish the running stage and start this one now"))
        self.save_template_button = QPushButton(self.tr("Save as template…"), self)
        row1 = QHBoxLayout()
        for b in (self.add_button, self.delete_button, self.up_button, self.down_button):
            row1.addWidget(b)
        row2 = QHBoxLayout()
        row2.addWidget(self.run_button)
        row2.addStretch(1)
        row2.addWidget(self.save_template_button)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(heading)
        left_layout.addLayout(times)
        left_layout.addWidget(self.total)
        left_layout.addWidget(self.stage_list, 1)
        left_layout.addLayout(row1)
        left_layout.addLayout(row2)

        # The stage editor and the method library share the right-hand side, so the
        # page fits a 1024-wide projector as well as a wide screen.
        self.side_tabs = QTabWidget(self)
        self.side_tabs.addTab(self.editor, self.tr("Stage"))
        self.side_tabs.addTab(self.library_panel, self.tr("Method library"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.side_tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(splitter)

        self.stage_list.currentItemChanged.connect(lambda *_: self._on_selection())
        self.stage_list.model().rowsMoved.connect(self._on_rows_moved)
        self.add_button.clicked.connect(self.add_stage)
        self.delete_button.clicked.connect(self.delete_stage)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.run_button.clicked.connect(self.run_selected)
        self.save_template_button.clicked.connect(self.saver.save)
        self.start_time.committed.connect(self._on_start_time)
        self.available.valueChanged.connect(self._on_available)

    # -- reading ---------------------------------------------------------------------

    def selected_stage(self) -> Stage | None:
        item = self.stage_list.currentItem()
        if item is None:
            return None
        return self.document.workshop.get(Stage, str(item.data(ID_ROLE)))

    def select_stage(self, stage_id: str) -> None:
        for row in range(self.stage_list.count()):
            if self.stage_list.item(row).data(ID_ROLE) == stage_id:
                self.stage_list.setCurrentRow(row)
                return

    # -- editing ---------------------------------------------------------------------

    def add_stage(self) -> None:
        """A new 15-minute stage after the selected one, selected for editing."""
        ws = self.document.workshop
        stage, ops = add_stage_ops(
            ws.stages, ws.session.id, self.selected_stage(), self.tr("New stage")
        )
        push_agenda_edit(self.document, self.tr("Add stage"), ops)
        self.select_stage(stage.id)
        self.editor.title.setFocus()
        self.editor.title.selectAll()

    def delete_stage(self) -> None:
        stage = self.selected_stage()
        if stage is not None:
            ops = self.document.workshop.removal_ops(stage)
            push_agenda_edit(self.document, self.tr("Delete stage"), ops)

    def move_stage(self, stage_id: str, index: int) -> None:
        """Move a stage to ``index`` in the agenda: one undo step."""
        self.editor.commit_pending()
        ops = reorder_ops(self.document.workshop, stage_id, index)
        push_agenda_edit(self.document, self.tr("Reorder agenda"), ops)
        self.select_stage(stage_id)

    def move_selected(self, step: int) -> None:
        stage = self.selected_stage()
        if stage is not None:
            index = self.document.workshop.stages.index(stage) + step
            if 0 <= index < len(self.document.workshop.stages):
                self.move_stage(stage.id, index)

    def attach_method(self, card: MethodText) -> None:
        """Attach a method card to the selected stage (its steps become the instructions)."""
        stage = self.selected_stage()
        if stage is not None:
            self.editor.commit_pending()
            stage = self.document.workshop.get(Stage, stage.id) or stage
            push_agenda_edit(
                self.document, self.tr("Attach method card"), attach_method_ops(stage, card)
            )

    def run_selected(self) -> None:
        stage = self.selected_stage()
        if stage is not None:
            self.timer.run_stage(stage.id)

    def _on_stage_edited(self, text: str, fields: dict[str, object]) -> None:
        stage = self.editor.stage
        current = self.document.workshop.get(Stage, stage.id) if stage else None
        if current is not None:
            push_agenda_edit(self.document, text, stage_change(current, **fields))

    def _on_rows_moved(
        self, _parent: QModelIndex, start: int, _end: int, _dest: QModelIndex, row: int
    ) -> None:
        item = self.stage_list.item(row if row < start else row - 1)
        if item is None:
            return
        stage_id = str(item.data(ID_ROLE))
        index = row if row < start else row - 1
        # Never change the list from inside its own drop: push once it has finished.
        QTimer.singleShot(0, lambda: self.move_stage(stage_id, index))

    def _on_start_time(self, text: str) -> None:
        minutes = parse_hhmm(text, default=-1)
        session = self.document.session
        if minutes < 0:
            self.start_time.show_value(session.start_time)
            return
        value = format_hhmm(minutes)
        if value != session.start_time:
            push_agenda_edit(
                self.document, self.tr("Change start time"), [edited(session, start_time=value)]
            )

    def _on_available(self, minutes: int) -> None:
        session = self.document.session
        if minutes != session.available_minutes:
            push_agenda_edit(
                self.document,
                self.tr("Change time available"),
                [edited(session, available_minutes=minutes)],
            )

    # -- showing ---------------------------------------------------------------------

    def _on_applied(self, changes: ChangeSet) -> None:
        if changes.touches(Stage, Session, Board, TimerEvent):
            self._rebuild()

    def _rebuild(self) -> None:
        ws = self.document.workshop
        keep = self.selected_stage()
        now = self.document.clock()
        self.stage_list.blockSignals(True)
        try:
            self.stage_list.clear()
            for row in schedule(ws):
                stage = row.stage
                state = timer_for(ws, stage).reading(now).state
                mark = {
                    TimerState.RUNNING: "▶ ",
                    TimerState.OVERTIME: "▶ ",
                    TimerState.PAUSED: "❚❚ ",
                    TimerState.FINISHED: "✓ ",
                }.get(state, "")
                kind = ""
                if stage.kind == "rotation":
                    kind = self.tr(" · {n} × {m} min").format(
                        n=stage.stations, m=stage.station_minutes
                    )
                title = " ".join(stage.title.split()) or "—"
                text = (
                    f"{format_hhmm(row.start)}–{format_hhmm(row.end)}   {mark}{title}\n"
                    + self.tr("{minutes} min").format(minutes=round(row.minutes))
                    + kind
                )
                item = QListWidgetItem(text)
                item.setData(ID_ROLE, stage.id)
                item.setToolTip(stage.title)
                self.stage_list.addItem(item)
        finally:
            self.stage_list.blockSignals(False)
        if keep is not None:
            self.select_stage(keep.id)
        elif self.stage_list.count() and self.stage_list.currentRow() < 0:
            self.stage_list.setCurrentRow(0)
        self._show_totals()
        self._on_selection()

    def _show_totals(self) -> None:
        ws = self.document.workshop
        session = ws.session
        self.start_time.show_value(session.start_time)
        self.available.blockSignals(True)
        self.available.setValue(session.available_minutes)
        self.available.blockSignals(False)
        total = round(total_minutes(ws.stages))
        over = round(overrun_minutes(ws))
        ends = format_hhmm(parse_hhmm(session.start_time) + total)
        if over > 0:
            self.total.setText(
                self.tr(
                    "Total {total} min of {available} — {over} min too long! Ends at {end}."
                ).format(total=total, available=session.available_minutes, over=over, end=ends)
            )
            self.total.setStyleSheet("color: #b71c1c; font-weight: bold; font-size: 16px;")
        else:
            self.total.setText(
                self.tr("Total {total} min of {available} available. Ends at {end}.").format(
                    total=total, available=session.available_minutes, end=ends
                )
            )
            self.total.setStyleSheet("color: #1b5e20; font-size: 16px;")

    def _on_selection(self) -> None:
        stage = self.selected_stage()
        self.editor.show_stage(stage)
        has = stage is not None
        for b in (
            self.delete_button,
            self.up_button,
            self.down_button,
            self.library_panel.attach_button,
        ):
            b.setEnabled(has)
        idle = (
            has
            and stage is not None
            and timer_for(self.document.workshop, stage).reading(self.document.clock()).state
            is TimerState.IDLE
        )
        self.run_button.setEnabled(bool(idle))
        if stage is not None and stage.method_id:
            self.library_panel.select(stage.method_id)

    def show_for_shot(self, options: dict[str, str]) -> None:
        """Prepare the page for an off-screen picture (n3desk shot).

        Options: ``stage``, the 1-based number of the stage to select; ``panel=methods``
        shows the method library instead of the stage editor.
        """
        self.timer.refresh()
        if options.get("panel") == "methods":
            self.side_tabs.setCurrentWidget(self.library_panel)
        try:
            row = int(options.get("stage", "1")) - 1
        except ValueError:
            row = 0
        if 0 <= row < self.stage_list.count():
            self.stage_list.setCurrentRow(row)
