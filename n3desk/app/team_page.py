"""The Team page: connect to the team library, publish, fetch, see who published what.

The page shows; :class:`~n3desk.app.team_controller.TeamController` acts, and does
all its waiting on the server on a worker thread, so the window keeps answering
even when the server does not. While an operation runs the page says what it is
waiting for, calmly, with a Cancel button; the other buttons wait their turn.
The address and the author's name are settings; the password goes to the operating
system's keyring and nowhere else.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from n3desk.app.dialogs import Dialogs
from n3desk.app.n3card_editor import plain_label
from n3desk.app.programmes.controller import one_line
from n3desk.app.team_controller import LocalChoice, TeamController
from n3desk.store.library import Library

ID_ROLE = Qt.ItemDataRole.UserRole

__all__ = ["LocalChoice", "TeamController", "TeamPage"]


class TeamPage(QWidget):
    """Connect, publish, fetch, and who published what.

    Signals:
        library_changed(): something was fetched or copied into the local library.
        replaced(list): ids of the local programme and sessions a fetch just replaced.
    """

    library_changed = Signal()
    replaced = Signal(list)

    def __init__(
        self,
        library: Library,
        dialogs: Dialogs,
        parent: QWidget | None = None,
        *,
        open_sessions: Callable[[], Collection[str]] = frozenset,
    ) -> None:
        super().__init__(parent)
        self.controller = TeamController(library, dialogs, self, open_sessions=open_sessions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(plain_label(self.tr("Team library"), self, "heading"))
        hint = plain_label(
            self.tr(
                "Share workshops and programmes with your team on the server your IT "
                "department set up. Your own library stays the working copy: nothing here "
                "is needed to run a workshop."
            ),
            self,
            "hint",
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        self.url_edit = QLineEdit(self.controller.url())
        self.url_edit.setPlaceholderText(
            "postgresql://anna@team.kommun.se/n3desk?sslmode=verify-full"
        )
        self.author_edit = QLineEdit(self.controller.author())
        self.author_edit.setPlaceholderText(self.tr("Your name, as the team sees it"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Kept in this computer's keyring"))
        form.addRow(self.tr("Address"), self.url_edit)
        form.addRow(self.tr("Your name"), self.author_edit)
        self.forget_button = QPushButton(self.tr("Forget password"))
        self.forget_button.setToolTip(
            self.tr("Remove the saved password from this computer's keyring")
        )
        password_row = QHBoxLayout()
        password_row.addWidget(self.password_edit, 1)
        password_row.addWidget(self.forget_button)
        form.addRow(self.tr("Password"), password_row)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.connect_button = QPushButton(self.tr("Connect"))
        self.publish_button = QPushButton(self.tr("Publish…"))
        self.fetch_button = QPushButton(self.tr("Fetch"))
        self.fetch_button.setToolTip(self._fetch_note())
        self.refresh_button = QPushButton(self.tr("Refresh"))
        for button in (
            self.connect_button,
            self.publish_button,
            self.fetch_button,
            self.refresh_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        # One line for what is going on: what the page waits for (with a thin bar and
        # Cancel), then what happened. The same place, so nothing below it jumps.
        status_row = QHBoxLayout()
        self.status = plain_label("", self, "hint")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self._build_busy_row())
        layout.addLayout(status_row)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Title"),
                self.tr("Kind"),
                self.tr("Revision"),
                self.tr("Published by"),
                self.tr("When"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 2)
        self.fetch_hint = plain_label(self._fetch_note(), self, "hint")
        self.fetch_hint.setWordWrap(True)
        layout.addWidget(self.fetch_hint)
        layout.addWidget(plain_label(self.tr("Who published what"), self, "heading"))
        self.history = QTableWidget(0, 1)
        self.history.horizontalHeader().setVisible(False)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.history, 1)
        self.connect_button.clicked.connect(self.connect_now)
        self.forget_button.clicked.connect(self.forget_password)
        self.controller.finished.connect(lambda *_: self._show_forget())
        self.publish_button.clicked.connect(self.controller.publish)
        self.fetch_button.clicked.connect(self.fetch_selected)
        self.refresh_button.clicked.connect(lambda: self.controller.refresh())
        self.cancel_button.clicked.connect(self.controller.cancel)
        self.table.itemSelectionChanged.connect(self._ask_history)
        self.controller.changed.connect(self._show_items)
        self.controller.message.connect(self.status.setText)
        self.controller.busy_changed.connect(self._show_busy)
        self.controller.progress.connect(self._show_progress)
        self.controller.history_ready.connect(self._show_history)
        self.controller.library_changed.connect(self.library_changed)
        self.controller.replaced.connect(self.replaced)
        self._show_items()
        self._show_busy("")
        self._show_forget()

    def _build_busy_row(self) -> QWidget:
        """A thin bar and Cancel, beside the status line while the page waits."""
        self.busy_row = QWidget(self)
        row = QHBoxLayout(self.busy_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.busy_bar = QProgressBar(self.busy_row)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(6)  # a quiet line, not a flashing block
        self.busy_bar.setFixedWidth(160)
        self.cancel_button = QPushButton(self.tr("Cancel"), self.busy_row)
        row.addWidget(self.busy_bar)
        row.addWidget(self.cancel_button)
        policy = self.busy_row.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # hidden, it still holds its place
        self.busy_row.setSizePolicy(policy)
        return self.busy_row

    def _fetch_note(self) -> str:
        return self.tr(
            "Fetching replaces your copy with the team's newest version and cannot be "
            "undone. Changes you have not published are kept beside it as a local copy."
        )

    def connect_now(self) -> bool:
        """Connect with what the fields say (the password goes to the keyring)."""
        password = self.password_edit.text()
        self.password_edit.clear()
        started = self.controller.connect_to(
            self.url_edit.text(), self.author_edit.text(), password
        )
        self.url_edit.setText(self.controller.url())
        return started

    def forget_password(self) -> bool:
        """Remove the saved password from the keyring (after asking); True if it went."""
        forgotten = self.controller.forget_saved_password()
        self._show_forget()
        return forgotten

    def _show_forget(self) -> None:
        # Read on connecting and after forgetting, not per keystroke: the keyring
        # may have to be unlocked by the person.
        self.forget_button.setEnabled(self.controller.has_saved_password())

    def selected_team_id(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return None if item is None else str(item.data(ID_ROLE))

    def fetch_selected(self) -> bool:
        """Start fetching the selected team item; False if nothing was started."""
        team_id = self.selected_team_id()
        return team_id is not None and self.controller.fetch_id(team_id)

    def _kind(self, kind: str) -> str:
        return {
            "session": self.tr("Session"),
            "programme": self.tr("Programme"),
            "template": self.tr("Template"),
            "method": self.tr("Method card"),
        }.get(kind, kind)

    def _show_items(self) -> None:
        items = self.controller.items
        keep = self.selected_team_id()
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = [
                one_line(item.title, 120),
                self._kind(item.kind),
                str(item.latest),
                one_line(item.author, 40),
                time.strftime("%Y-%m-%d %H:%M", time.localtime(item.published_at)),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, item.id)
                self.table.setItem(row, column, cell)
            if item.id == keep:
                self.table.selectRow(row)
        self._enable()
        if not self.controller.url():
            self.status.setText(self.tr("Not connected. Ask your IT department for the address."))

    def _enable(self) -> None:
        idle = not self.controller.busy
        connected = self.controller.connected
        self.connect_button.setEnabled(idle)
        self.publish_button.setEnabled(idle and connected)
        self.fetch_button.setEnabled(idle and connected and bool(self.controller.items))
        self.refresh_button.setEnabled(idle and bool(self.controller.url()))

    def _show_busy(self, text: str) -> None:
        self.busy_row.setVisible(bool(text))
        self.busy_bar.setRange(0, 0)  # waiting for the server: no number to show yet
        self.cancel_button.setEnabled(self.controller.cancellable)
        self.status.setText(text)  # what happened follows as a message when it ends
        self._enable()

    def _show_progress(self, done: int, total: int) -> None:
        self.busy_bar.setRange(0, max(total, 1))
        self.busy_bar.setValue(done)

    def _ask_history(self) -> None:
        team_id = self.selected_team_id()
        if team_id:
            self.controller.request_history(team_id)
        else:
            self.history.setRowCount(0)

    def _show_history(self, team_id: str, lines: list[str]) -> None:
        if team_id != self.selected_team_id():
            return  # the answer for a row no longer selected
        self.history.setRowCount(len(lines))
        for row, text in enumerate(lines):
            self.history.setItem(row, 0, QTableWidgetItem(text))
