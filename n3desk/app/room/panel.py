"""The room panel: the facilitator opens the room, sees the phones, and stays in charge.

A small window beside the session (not modal: the workshop goes on). Closed, it
offers the address to serve on (the laptop's own on the current network first;
0.0.0.0 only if typed). Open, it shows the address and code, lists the phones,
removes one, locks writing and voting, switches private writing, picks the board
phones write to, and opens the selected notes for rating. Every phone's edit is on
the session's undo stack (Ctrl+Z in the main window).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from n3desk.app.room.controller import RoomController
from n3desk.domain.change_set import ChangeSet
from n3desk.room.network import LOOPBACK, local_addresses


class RoomPanel(QDialog):
    """Opens, watches and steers the room of the open session."""

    def __init__(
        self,
        controller: RoomController,
        selected_notes: Callable[[], list[str]],
        show_join_screen: Callable[[bool], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Tool)
        self.setObjectName("roomPanel")
        self.setWindowTitle(self.tr("The room"))
        self.controller = controller
        self.selected_notes = selected_notes
        self.show_join_screen = show_join_screen
        self.intro = QLabel(
            self.tr(
                "Participants join from their phones over this network: no app, no account, "
                "no internet. Their notes stay private until you reveal them."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.address = QComboBox(self)
        self.address.setEditable(True)
        for found in local_addresses():
            self.address.addItem(found, found)
        self.address.addItem(self.tr("{address} (this computer only)").format(address=LOOPBACK),
                             LOOPBACK)  # fmt: skip
        self.open_button = QPushButton(self.tr("Open the room"), self)
        self.open_button.clicked.connect(self.open_room)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.join_screen = QCheckBox(self.tr("Show the join screen on the projector"), self)
        self.join_screen.setChecked(controller.join_screen_wanted)
        self.join_screen.toggled.connect(self.show_join_screen)
        self.writing = QCheckBox(self.tr("Writing open"), self)
        self.voting = QCheckBox(self.tr("Voting open"), self)
        self.private = QCheckBox(self.tr("Private writing (hidden until you reveal)"), self)
        for box, rule in ((self.writing, "writing"), (self.voting, "voting"),
                          (self.private, "private")):  # fmt: skip
            box.setChecked(True)
            box.toggled.connect(lambda on, r=rule: self.controller.set_rules(**{r: on}))
        self.board = QComboBox(self)
        self.board.currentIndexChanged.connect(self._on_board)
        self.rate_button = QPushButton(self.tr("Open the selected notes for rating"), self)
        self.rate_button.clicked.connect(self.open_rating)
        self.unrate_button = QPushButton(self.tr("Close rating"), self)
        self.unrate_button.clicked.connect(
            lambda: self.controller.set_rules(rating_note_ids=frozenset())
        )
        self.phones = QListWidget(self)
        self.phones.setAccessibleName(self.tr("Phones in the room"))
        self.names_hint = QLabel(
            self.tr(
                "Each name belongs to the phone that joined under it: nobody else can join "
                "under it. Remove the phone to free its name (a lost phone, a mix-up)."
            ),
            self,
        )
        self.names_hint.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("Remove phone"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.close_button = QPushButton(self.tr("Close the room"), self)
        self.close_button.clicked.connect(self.controller.close)
        self._layout()
        controller.changed.connect(self.refresh)
        controller.document.boards_changed.connect(self._on_boards_changed)
        self._fill_boards()
        self.refresh()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Notes go to"), self.board)
        rating = QHBoxLayout()
        rating.addWidget(self.rate_button, 1)
        rating.addWidget(self.unrate_button)
        phones = QHBoxLayout()
        phones.addWidget(self.remove_button)
        phones.addStretch(1)
        phones.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.open_button)
        layout.addWidget(self.status)
        for box in (self.join_screen, self.writing, self.voting, self.private):
            layout.addWidget(box)
        layout.addLayout(rating)
        layout.addWidget(self.phones, 1)
        layout.addWidget(self.names_hint)
        layout.addLayout(phones)
        self.resize(460, 620)

    # -- actions -----------------------------------------------------------------------

    def open_room(self) -> bool:
        """Open the room on the chosen address; False (and why, in the panel) if it fails."""
        typed = self.address.currentText().strip()
        data = self.address.currentData()
        address = data if isinstance(data, str) and self.address.itemText(
            self.address.currentIndex()) == typed else typed.split(" ")[0]  # fmt: skip
        try:
            self.controller.open(address)
        except OSError as exc:
            self.status.setText(
                self.tr("The room could not open on {address}: {reason}").format(
                    address=address, reason=exc.strerror or str(exc)
                )
            )
            return False
        self.controller.set_rules(
            writing=self.writing.isChecked(),
            voting=self.voting.isChecked(),
            private=self.private.isChecked(),
            board_id=self.board.currentData() or "",
        )
        self.show_join_screen(self.join_screen.isChecked())
        return True

    def open_rating(self) -> None:
        self.controller.set_rules(rating_note_ids=frozenset(self.selected_notes()))

    def remove_selected(self) -> None:
        item = self.phones.currentItem()
        if item is not None:
            self.controller.remove_phone(str(item.data(Qt.ItemDataRole.UserRole)))

    def _on_board(self, _index: int) -> None:
        self.controller.set_rules(board_id=self.board.currentData() or "")

    # -- showing -----------------------------------------------------------------------

    def _on_boards_changed(self, _changes: ChangeSet) -> None:
        self._fill_boards()

    def _fill_boards(self) -> None:
        boards = [(b.id, b.title) for b in self.controller.document.workshop.boards]
        wanted = [("", self.tr("The stage's board")), *boards]
        current = [
            (self.board.itemData(i), self.board.itemText(i)) for i in range(self.board.count())
        ]
        if wanted == current:
            return
        chosen = self.board.currentData()
        self.board.blockSignals(True)
        self.board.clear()
        for board_id, title in wanted:
            self.board.addItem(" ".join(title.split())[:60], board_id)
        index = self.board.findData(chosen)
        self.board.setCurrentIndex(max(0, index))
        self.board.blockSignals(False)

    def refresh(self) -> None:
        status = self.controller.status()
        self.address.setEnabled(not status.open)
        self.open_button.setVisible(not status.open)
        for widget in (self.join_screen, self.rate_button, self.unrate_button, self.phones,
                       self.remove_button, self.close_button):  # fmt: skip
            widget.setEnabled(status.open)
        if not status.open:
            self.status.setText(self.tr("The room is closed."))
            self.phones.clear()
            return
        rated = len(self.controller.room.rules.rating_note_ids) if self.controller.room else 0
        self.status.setText(
            self.tr("Open at {url} — room code {code}").format(url=status.url, code=status.code)
            + "\n"
            + self.tr("%n phone(s) joined", "", status.joined)
            + " · "
            + self.tr("%n note(s) in", "", status.notes_in)
            + " · "
            + self.tr("%n note(s) open for rating", "", rated)
        )
        phones = self.controller.phones()
        shown = [
            str(self.phones.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.phones.count())
        ]
        if shown != [p.token for p in phones]:
            self.phones.clear()
            for phone in phones:
                item = QListWidgetItem(f"{phone.name} — {phone.address}")
                item.setData(Qt.ItemDataRole.UserRole, phone.token)
                self.phones.addItem(item)
