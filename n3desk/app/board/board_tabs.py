"""The boards of a session as tabs: add, rename, reorder and delete, each undoable.

Signals:
    current_changed(str): the id of the board now shown ("" when there is none).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QMenu, QTabBar, QToolButton, QWidget

from n3desk.app.commands import push_edit
from n3desk.app.dialogs import Dialogs
from n3desk.app.document import SessionDocument
from n3desk.domain import board_edits
from n3desk.domain.change_set import ChangeSet
from n3desk.domain.changes import Op, Put
from n3desk.domain.entities import Board, new_id


class BoardTabs(QWidget):
    """A tab per board, in the boards' order, plus a button for a new board."""

    current_changed = Signal(str)

    def __init__(
        self, document: SessionDocument, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.dialogs = dialogs
        self.bar = QTabBar(self)
        self.bar.setMovable(True)
        self.bar.setExpanding(False)
        self.bar.setDocumentMode(True)
        self.bar.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.add_button = QToolButton(self)
        self.add_button.setText(self.tr("+ Board"))
        self.add_button.setToolTip(self.tr("Add a board"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # "+ Board" right after the last tab, where a new board will appear; many
        # boards squeeze the bar, which then scrolls, and the button stays in sight.
        layout.addWidget(self.bar)
        layout.addWidget(self.add_button)
        layout.addStretch(1)
        self._moved = False
        self._refreshing = False
        self.bar.currentChanged.connect(self._on_current)
        self.bar.tabMoved.connect(self._on_tab_moved)
        self.bar.tabBarDoubleClicked.connect(lambda i: self.rename_board(self.board_at(i)))
        self.bar.customContextMenuRequested.connect(self._menu)
        self.bar.installEventFilter(self)
        self.add_button.clicked.connect(self.add_board)
        document.boards_changed.connect(self._on_boards_changed)
        self.refresh()

    def board_ids(self) -> list[str]:
        return [self.board_at(i) for i in range(self.bar.count())]

    def board_at(self, index: int) -> str:
        data = self.bar.tabData(index)
        return data if isinstance(data, str) else ""

    def current_board(self) -> str:
        return self.board_at(self.bar.currentIndex())

    def set_current(self, board_id: str) -> None:
        if board_id in self.board_ids():
            self.bar.setCurrentIndex(self.board_ids().index(board_id))

    def refresh(self) -> None:
        """Tabs for the workshop's boards, keeping the current one when it is still there."""
        current = self.current_board()
        boards = self.document.workshop.boards
        self._refreshing = True
        try:
            while self.bar.count() > len(boards):
                self.bar.removeTab(self.bar.count() - 1)
            for i, board in enumerate(boards):
                if i >= self.bar.count():
                    self.bar.addTab("")
                self.bar.setTabText(i, board.title.replace("&", "&&") or self.tr("(untitled)"))
                self.bar.setTabData(i, board.id)
                self.bar.setTabToolTip(i, board.title)
            ids = [b.id for b in boards]
            if current in ids:
                self.bar.setCurrentIndex(ids.index(current))
        finally:
            self._refreshing = False
        self.current_changed.emit(self.current_board())

    def _on_boards_changed(self, _changes: ChangeSet) -> None:
        self.refresh()

    def _on_current(self, index: int) -> None:
        if not self._refreshing:
            self.current_changed.emit(self.board_at(index))

    # -- editing boards ---------------------------------------------------------------------

    def add_board(self) -> None:
        """A new board after the others, shown at once."""
        boards = self.document.workshop.boards
        default = self.tr("Board %1").replace("%1", str(len(boards) + 1))
        title = self.dialogs.ask_text(self.tr("New board"), self.tr("Title:"), default)
        if title is None:
            return
        position = max((b.position for b in boards), default=-1) + 1
        board = Board(new_id(), self.document.session.id, title.strip() or default, position)
        push_edit(self.document, self.tr("Add board"), [Put(board)])
        self.set_current(board.id)

    def rename_board(self, board_id: str) -> None:
        board = self.document.workshop.get(Board, board_id)
        if board is None:
            return
        title = self.dialogs.ask_text(self.tr("Rename board"), self.tr("Title:"), board.title)
        if title is not None and title.strip() and title != board.title:
            push_edit(self.document, self.tr("Rename board"), [Put(replace(board, title=title))])

    def delete_board(self, board_id: str) -> None:
        """Delete a board with its notes (undo brings all back); the last one stays."""
        board = self.document.workshop.get(Board, board_id)
        if board is None or len(self.document.workshop.boards) <= 1:
            return
        ops = board_edits.removal_ops(self.document.workshop, [board])
        push_edit(self.document, self.tr("Delete board"), ops)

    def move_board(self, board_id: str, delta: int) -> None:
        ids = [b.id for b in self.document.workshop.boards]
        if board_id not in ids:
            return
        i = ids.index(board_id)
        j = max(0, min(len(ids) - 1, i + delta))
        ids.insert(j, ids.pop(i))
        self._push_order(ids)

    def _push_order(self, ids: list[str]) -> None:
        ops: list[Op] = []
        for position, board_id in enumerate(ids):
            board = self.document.workshop.get(Board, board_id)
            if board is not None and board.position != position:
                ops.append(Put(replace(board, position=position)))
        push_edit(self.document, self.tr("Reorder boards"), ops)

    def _on_tab_moved(self, _from: int, _to: int) -> None:
        self._moved = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A drag of a tab may pass several places; the order is stored once, on release.
        if (
            watched is self.bar
            and isinstance(event, QMouseEvent)
            and event.type() == QEvent.Type.MouseButtonRelease
            and self._moved
        ):
            self._moved = False
            # After the bar has finished its own drag: then its order is final.
            QTimer.singleShot(0, lambda: self._push_order(self.board_ids()))
        return super().eventFilter(watched, event)

    def _menu(self, pos: QPoint) -> None:
        board_id = self.board_at(self.bar.tabAt(pos))
        if not board_id:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Rename…"), lambda: self.rename_board(board_id))
        menu.addAction(self.tr("Move left"), lambda: self.move_board(board_id, -1))
        menu.addAction(self.tr("Move right"), lambda: self.move_board(board_id, 1))
        delete = menu.addAction(self.tr("Delete board"), lambda: self.delete_board(board_id))
        delete.setEnabled(len(self.document.workshop.boards) > 1)
        menu.exec(self.bar.mapToGlobal(pos))
