"""The Team page: connect to the team library, publish, fetch, see who published what.

The page asks :class:`TeamController` for everything; the controller talks to the
team library and the local library and asks the person through
:class:`~n3desk.app.dialogs.Dialogs`. The address and the author's name are
settings; the password goes to the operating system's keyring and nowhere else.
Publishing and fetching happen while the start page is showing, never on a session
that is open.

A refused publish offers "Fetch first", "Publish as a copy" or nothing; a broken
connection says "not published" and offers to try again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from n3desk.app import settings
from n3desk.app.dialogs import Dialogs
from n3desk.app.n3card_editor import plain_label
from n3desk.app.programmes.controller import one_line
from n3desk.store.errors import LibraryError
from n3desk.store.library import Library
from n3desk.store.programme_store import list_programmes
from n3desk.team.connection import parse_url, store_password
from n3desk.team.errors import StalePublishError, TeamConnectionError, TeamError
from n3desk.team.library import PublishResult, TeamItem, TeamLibrary

ID_ROLE = Qt.ItemDataRole.UserRole
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class LocalChoice:
    """A local session or programme that can be published."""

    id: str
    label: str


class TeamController(QObject):
    """The Team page's actions.

    Signals:
        changed(): the team's list or the local library changed; read :attr:`items`.
        message(str): one line about what just happened, for the page's status line.
    """

    changed = Signal()
    message = Signal(str)

    def __init__(self, library: Library, dialogs: Dialogs, parent: QObject | None = None):
        super().__init__(parent)
        self.library = library
        self.dialogs = dialogs
        self.items: list[TeamItem] = []
        self.connected = False

    def url(self) -> str:
        return settings.get(settings.TEAM_URL)

    def author(self) -> str:
        return settings.get(settings.TEAM_AUTHOR)

    def _team(self) -> TeamLibrary:
        return TeamLibrary(self.url(), author=self.author() or "n3desk")

    def connect_to(self, url: str, author: str, password: str = "") -> bool:
        """Remember the address and name, keep a password in the keyring, and list."""
        url = url.strip()
        try:
            parsed = parse_url(url)
        except TeamError as exc:
            self.dialogs.show_error(self.tr("Not connected"), str(exc))
            return False
        if parsed.password is not None:
            # Never keep a password in the settings: move it to the keyring.
            password = password or parsed.password
            # (URL.set(password=None) would keep the password: replace the field.)
            url = (
                parsed._replace(password=None)
                .set(drivername="postgresql")
                .render_as_string(hide_password=False)
            )
        settings.put(settings.TEAM_URL, url)
        settings.put(settings.TEAM_AUTHOR, author.strip())
        if password:
            try:
                store_password(parse_url(url), password)
            except TeamError as exc:
                self.dialogs.show_error(self.tr("Password not kept"), str(exc))
        return self.refresh()

    def refresh(self, *, quiet: bool = False) -> bool:
        """Read the team's list again; False (and why) when it cannot be reached."""
        if not self.url():
            self.connected = False
            self.items = []
            self.changed.emit()
            return False
        try:
            with self._team() as team:
                self.items = team.items()
        except TeamError as exc:
            self.connected = False
            self.items = []
            self.changed.emit()
            self.message.emit(str(exc))
            return False
        self.connected = True
        self.changed.emit()
        if not quiet:
            self.message.emit(
                self.tr("Connected: %n item(s) in the team library.", "", len(self.items))
            )
        return True

    def local_choices(self) -> list[LocalChoice]:
        """The local sessions and programmes that can be published."""
        try:
            programmes = list_programmes(self.library)
            sessions = self.library.list_sessions()
        except LibraryError as exc:
            self.dialogs.show_error(self.tr("Not read"), str(exc))
            return []
        return [
            LocalChoice(p.id, self.tr("Programme: {title}").format(title=one_line(p.title)))
            for p in programmes
        ] + [
            LocalChoice(s.id, self.tr("Session: {title}").format(title=one_line(s.title)))
            for s in sessions
        ]

    def publish(self) -> PublishResult | None:
        """Ask what to publish and publish it; a refusal offers fetch first or a copy."""
        choices = self.local_choices()
        picked = self.dialogs.choose(
            self.tr("Publish"), self.tr("What to publish:"), [c.label for c in choices]
        )
        if picked is None:
            return None
        return self.publish_id(choices[picked].id)

    def publish_id(self, local_id: str, *, as_copy: bool = False) -> PublishResult | None:
        """Publish one local session or programme; what was published, or None."""
        while True:
            try:
                with self._team() as team:
                    result = team.publish(self.library, local_id, as_copy=as_copy)
            except StalePublishError as exc:
                return self._refused(local_id, exc)
            except TeamConnectionError as exc:
                again = self.dialogs.ask_buttons(
                    self.tr("Not published"),
                    str(exc),
                    [self.tr("Try again"), self.tr("Cancel")],
                )
                if again == 0:
                    continue
                self.message.emit(self.tr("Not published."))
                return None
            except (TeamError, LibraryError) as exc:
                self.dialogs.show_error(self.tr("Not published"), str(exc))
                return None
            self.refresh(quiet=True)
            self.message.emit(
                self.tr("Published “{title}” as revision {revision}.").format(
                    title=one_line(result.title), revision=result.revision
                )
            )
            return result

    def _refused(self, local_id: str, exc: StalePublishError) -> PublishResult | None:
        newer = exc.newer
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(newer.published_at))
        choice = self.dialogs.ask_buttons(
            self.tr("Someone published a newer version"),
            self.tr(
                "{author} published revision {revision} of “{title}” at {when}, after the "
                "version you started from. Nothing was published and nothing was lost.\n\n"
                "Fetch first: your unpublished changes are kept beside it as a local copy.\n"
                "Publish as a copy: your version goes to the team as a new item."
            ).format(
                author=newer.author, revision=newer.number, title=one_line(newer.title), when=when
            ),
            [self.tr("Fetch first"), self.tr("Publish as a copy"), self.tr("Cancel")],
        )
        if choice == 0:
            self.fetch_id(newer.item_id)
            return None
        if choice == 1:
            return self.publish_id(local_id, as_copy=True)
        self.message.emit(self.tr("Not published."))
        return None

    def fetch_id(self, team_id: str) -> bool:
        """Bring the team's newest revision of an item into the local library."""
        try:
            with self._team() as team:
                result = team.fetch(self.library, team_id)
        except (TeamError, LibraryError) as exc:
            self.dialogs.show_error(self.tr("Not fetched"), str(exc))
            return False
        text = self.tr("Fetched revision {revision} of “{title}” by {author}.").format(
            revision=result.revision, title=one_line(result.title), author=result.author
        )
        if result.kept_local_copy:
            text += " " + self.tr("Your unpublished changes are kept as a local copy.")
        self.refresh(quiet=True)
        self.message.emit(text)
        return True

    def history(self, team_id: str) -> list[str]:
        """Who published which revision of an item, and when, newest first."""
        try:
            with self._team() as team:
                revisions = team.history(team_id)
        except TeamError as exc:
            self.message.emit(str(exc))
            return []
        return [
            self.tr("Revision {revision} by {author}, {when}").format(
                revision=r.number,
                author=r.author,
                when=time.strftime("%Y-%m-%d %H:%M", time.localtime(r.published_at)),
            )
            for r in revisions
        ]


class TeamPage(QWidget):
    """Connect, publish, fetch, and who published what.

    Signals:
        library_changed(): something was fetched into the local library.
    """

    library_changed = Signal()

    def __init__(self, library: Library, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = TeamController(library, dialogs, self)
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
        form.addRow(self.tr("Password"), self.password_edit)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.connect_button = QPushButton(self.tr("Connect"))
        self.publish_button = QPushButton(self.tr("Publish…"))
        self.fetch_button = QPushButton(self.tr("Fetch"))
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
        self.status = plain_label("", self, "hint")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
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
        layout.addWidget(plain_label(self.tr("Who published what"), self, "heading"))
        self.history = QTableWidget(0, 1)
        self.history.horizontalHeader().setVisible(False)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.history, 1)
        self.connect_button.clicked.connect(self.connect_now)
        self.publish_button.clicked.connect(self._publish)
        self.fetch_button.clicked.connect(self.fetch_selected)
        self.refresh_button.clicked.connect(self._busy(self.controller.refresh))
        self.table.itemSelectionChanged.connect(self._show_history)
        self.controller.changed.connect(self._show_items)
        self.controller.message.connect(self.status.setText)
        self._show_items()

    def _busy(self, action: Callable[[], T]) -> Callable[..., T]:
        """``action`` with the wait cursor while it talks to the server."""

        def run(*_args: object) -> T:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                return action()
            finally:
                QGuiApplication.restoreOverrideCursor()

        return run

    def connect_now(self) -> bool:
        """Connect with what the fields say (the password goes to the keyring)."""
        password = self.password_edit.text()
        self.password_edit.clear()
        done: bool = self._busy(
            lambda: self.controller.connect_to(
                self.url_edit.text(), self.author_edit.text(), password
            )
        )()
        self.url_edit.setText(self.controller.url())
        return done

    def _publish(self) -> None:
        self._busy(self.controller.publish)()
        self.library_changed.emit()

    def selected_team_id(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return None if item is None else str(item.data(ID_ROLE))

    def fetch_selected(self) -> bool:
        team_id = self.selected_team_id()
        if team_id is None:
            return False
        done: bool = self._busy(lambda: self.controller.fetch_id(team_id))()
        if done:
            self.library_changed.emit()
        return done

    def _kind(self, kind: str) -> str:
        return {
            "session": self.tr("Session"),
            "programme": self.tr("Programme"),
            "template": self.tr("Template"),
            "method": self.tr("Method card"),
        }.get(kind, kind)

    def _show_items(self) -> None:
        items = self.controller.items
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
        connected = self.controller.connected
        self.publish_button.setEnabled(connected)
        self.fetch_button.setEnabled(connected and bool(items))
        self.refresh_button.setEnabled(bool(self.controller.url()))
        if not self.controller.url():
            self.status.setText(self.tr("Not connected. Ask your IT department for the address."))

    def _show_history(self) -> None:
        team_id = self.selected_team_id()
        lines = self.controller.history(team_id) if team_id else []
        self.history.setRowCount(len(lines))
        for row, text in enumerate(lines):
            self.history.setItem(row, 0, QTableWidgetItem(text))
