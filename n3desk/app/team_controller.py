"""What the Team page does: connect, publish, fetch, who published what — off the GUI thread.

Each action is one *operation* in three steps (:mod:`n3desk.team.revisions`): the
GUI thread reads the local library, a :mod:`team job <n3desk.app.team_jobs>` talks
to the server on a worker thread, and the GUI thread writes what came back. One
operation runs at a time; while it runs the page says what it is waiting for and
offers Cancel. Cancelling a fetch or a listing simply stops waiting (nothing local
was written yet); a publish is stopped on its worker before COMMIT, and once the
COMMIT is under way the page says it is too late and waits for the answer, so that
"cancelled" always means "not published".

A refused publish offers "Fetch first", "Publish as a copy" or nothing; a broken
connection says "not published" and offers to try again. The person is asked
through :class:`~n3desk.app.dialogs.Dialogs`, always on the GUI thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal

from n3desk.app import settings
from n3desk.app.dialogs import Dialogs
from n3desk.app.programmes.controller import one_line
from n3desk.app.team_jobs import Report, start_team_job, team_relay
from n3desk.app.translation import ui_language
from n3desk.store.errors import LibraryError
from n3desk.store.library import Library
from n3desk.store.method_files import load_user_methods
from n3desk.store.programme_store import list_programmes
from n3desk.store.template_files import load_templates
from n3desk.team.cancelling import Cancellation, PublishCancelledError
from n3desk.team.connection import (
    display_url,
    forget_password,
    parse_url,
    store_password,
    stored_password,
)
from n3desk.team.errors import StalePublishError, TeamConnectionError, TeamError
from n3desk.team.library import TeamItem, TeamLibrary
from n3desk.team.revisions import (
    Download,
    FetchResult,
    PublishResult,
    RevisionDraft,
    draft_document,
    draft_local,
    remember_published,
    store_download,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class LocalChoice:
    """Something local that can be published: a session, programme, template or card."""

    kind: str  # "programme" | "session" | "template" | "method"
    id: str
    label: str


@dataclass(slots=True)
class _Operation:
    """The operation under way: which job answers it, and what it needs afterwards."""

    kind: str  # "refresh" | "publish" | "fetch"
    job: int
    quiet: bool = False
    draft: RevisionDraft | None = None
    cancellation: Cancellation | None = None


class TeamController(QObject):
    """The Team page's actions; every wait on the server happens on a worker thread.

    Signals:
        changed(): the team's list or the connection changed; read :attr:`items`.
        message(str): one line about what just happened, for the page's status line.
        busy_changed(str): what the page is waiting for ("Publishing “…”…"); "" when idle.
        progress(int, int): rows written of rows to write, while publishing.
        history_ready(str, list): the lines of "who published what" of a team item.
        library_changed(): something was added to or fetched into the local library.
        replaced(list): ids of the local programme and sessions a fetch just replaced.
        finished(str, bool): an operation ("refresh", "publish", "fetch") ended, and
            whether it did what was asked (False: refused, failed or cancelled).
    """

    changed = Signal()
    message = Signal(str)
    busy_changed = Signal(str)
    progress = Signal(int, int)
    history_ready = Signal(str, list)
    library_changed = Signal()
    replaced = Signal(list)
    finished = Signal(str, bool)

    def __init__(
        self,
        library: Library,
        dialogs: Dialogs,
        parent: QObject | None = None,
        *,
        open_sessions: Callable[[], Collection[str]] = frozenset,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.dialogs = dialogs
        # Which sessions are open in the app: a fetch never replaces one under its window.
        self._open_sessions = open_sessions
        self.items: list[TeamItem] = []
        self.connected = False
        self.busy = ""
        self.cancellable = False  # whether Cancel can still stop what is under way
        self._operation: _Operation | None = None
        self._history_job = 0
        self._history_id = ""
        relay = team_relay()
        relay.finished.connect(self._on_job_finished, Qt.ConnectionType.QueuedConnection)
        relay.progress.connect(self._on_job_progress, Qt.ConnectionType.QueuedConnection)

    def url(self) -> str:
        return settings.get(settings.TEAM_URL)

    def author(self) -> str:
        return settings.get(settings.TEAM_AUTHOR)

    def running(self) -> str:
        """The kind of operation under way, or ""."""
        return "" if self._operation is None else self._operation.kind

    # -- starting and ending operations ---------------------------------------------------

    def _team(self) -> TeamLibrary:
        # Made on the GUI thread: reading the keyring may ask the person to unlock it.
        return TeamLibrary(self.url(), author=self.author() or "n3desk")

    def _start(
        self,
        kind: str,
        busy: str,
        work: Callable[[TeamLibrary, Report], object],
        *,
        quiet: bool = False,
        draft: RevisionDraft | None = None,
        cancellation: Cancellation | None = None,
    ) -> bool:
        if self._operation is not None:
            return False
        try:
            team = self._team()
        except TeamError as exc:
            self._end(kind, False, str(exc))
            return False

        def run(report: Report) -> object:
            with team:
                return work(team, report)

        self._operation = _Operation(kind, start_team_job(run), quiet, draft, cancellation)
        self._set_busy(busy)
        return True

    def _set_busy(self, text: str, *, cancellable: bool = True) -> None:
        self.busy = text
        self.cancellable = bool(text) and cancellable
        self.busy_changed.emit(text)

    def _end(self, kind: str, done: bool, text: str | None = None) -> None:
        self._operation = None
        self._set_busy("")
        if text is not None:
            self.message.emit(text)
        self.finished.emit(kind, done)

    def cancel(self) -> None:
        """Stop waiting for the server; a publish only while it can still be stopped."""
        operation = self._operation
        if operation is None:
            return
        if operation.cancellation is not None and not operation.cancellation.cancel():
            self._set_busy(
                self.tr("Too late to cancel: the team library is saving it…"), cancellable=False
            )
            return
        texts = {
            "publish": self.tr("Not published: cancelled. The team library is as it was."),
            "fetch": self.tr("Not fetched: cancelled. Your library is unchanged."),
        }
        self._end(operation.kind, False, texts.get(operation.kind, self.tr("Cancelled.")))

    def _on_job_progress(self, job: int, _what: str, done: int, total: int) -> None:
        if self._operation is not None and self._operation.job == job:
            self.progress.emit(done, total)

    def _on_job_finished(self, job: int, result: object, error: object) -> None:
        if job == self._history_job:
            self._on_history(result, error)
            return
        operation = self._operation
        if operation is None or operation.job != job:
            return  # a job given up on: its answer is not wanted any more
        handler = {
            "refresh": self._on_listed,
            "publish": self._on_published,
            "fetch": self._on_fetched,
        }[operation.kind]
        if isinstance(error, Exception) and not isinstance(error, TeamError | LibraryError):
            log.error("team %s failed", operation.kind, exc_info=error)  # a bug: say where
        try:
            handler(operation, result, error)
        except Exception as exc:  # never leave the page waiting for an answer it got
            log.exception("team %s: the answer could not be used", operation.kind)
            if self._operation is operation:
                self._end(operation.kind, False, str(exc))

    # -- connecting and listing ----------------------------------------------------------

    def connect_to(self, url: str, author: str, password: str = "") -> bool:
        """Remember the address and name, keep a password in the keyring, and list.

        False when the address is refused at once; else the listing has started.
        """
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

    def has_saved_password(self) -> bool:
        """Whether this computer's keyring holds a password for the address in the settings."""
        try:
            url = parse_url(self.url())
        except TeamError:
            return False
        return bool(url.username) and stored_password(url) is not None

    def forget_saved_password(self) -> bool:
        """Ask, then remove the address's password from the keyring; True if it is gone.

        For a shared or lent laptop, or a password changed on the server. The next
        connection asks for the password again; nothing else is forgotten.
        """
        if not self.has_saved_password():
            return False
        url = parse_url(self.url())
        where = display_url(url)
        if not self.dialogs.confirm(
            self.tr("Forget the password"),
            self.tr(
                "Remove the password for {user} on {where} from this computer's keyring? "
                "You will type it again the next time you connect."
            ).format(user=url.username, where=where),
            ok=self.tr("Forget it"),
            cancel=self.tr("Keep it"),
        ):
            return False
        forget_password(url)
        if stored_password(url) is not None:
            self.dialogs.show_error(
                self.tr("Password not forgotten"),
                self.tr(
                    "The keyring would not let the password go. Try again, or remove "
                    "it with the computer's own keyring tool."
                ),
            )
            return False
        self.message.emit(
            self.tr("The password for {user} is forgotten on this computer.").format(
                user=url.username
            )
        )
        return True

    def refresh(self, *, quiet: bool = False) -> bool:
        """Read the team's list again (on a worker thread); False if it was not started."""
        if not self.url():
            self.connected = False
            self.items = []
            self.changed.emit()
            return False
        return self._start(
            "refresh",
            self.tr("Connecting to the team library…"),
            lambda team, _report: team.items(),
            quiet=quiet,
        )

    def _on_listed(self, operation: _Operation, result: object, error: object) -> None:
        if error is not None:
            self.connected = False
            self.items = []
            self.changed.emit()
            self._end("refresh", False, str(error))
            return
        assert isinstance(result, list)
        self.connected = True
        self.items = result
        self.changed.emit()
        text = None
        if not operation.quiet:
            text = self.tr("Connected: %n item(s) in the team library.", "", len(result))
        self._end("refresh", True, text)

    # -- publishing ----------------------------------------------------------------------

    def local_choices(self) -> list[LocalChoice]:
        """Everything local that can be published: programmes, sessions, own templates
        and method cards."""
        try:
            programmes = list_programmes(self.library)
            sessions = self.library.list_sessions()
        except LibraryError as exc:
            self.dialogs.show_error(self.tr("Not read"), str(exc))
            return []
        data_dir = self.library.data_dir
        language = ui_language()
        catalog = load_templates(data_dir, language)
        templates = [t for t in catalog if not t.builtin]
        methods = load_user_methods(data_dir)
        return (
            [
                LocalChoice(
                    "programme", p.id, self.tr("Programme: {title}").format(title=one_line(p.title))
                )
                for p in programmes
            ]
            + [
                LocalChoice(
                    "session", s.id, self.tr("Session: {title}").format(title=one_line(s.title))
                )
                for s in sessions
            ]
            + [
                LocalChoice(
                    "template",
                    t.id,
                    self.tr("Template: {title}").format(title=one_line(catalog.name(t))),
                )
                for t in templates
            ]
            + [
                LocalChoice(
                    "method",
                    c.id,
                    self.tr("Method card: {title}").format(title=one_line(c.text(language).name)),
                )
                for c in methods.cards
            ]
        )

    def publish(self) -> bool:
        """Ask what to publish and start publishing it; False if nothing was started."""
        if self._operation is not None:
            return False
        choices = self.local_choices()
        picked = self.dialogs.choose(
            self.tr("Publish"), self.tr("What to publish:"), [c.label for c in choices]
        )
        if picked is None:
            return False
        choice = choices[picked]
        if choice.kind in ("template", "method"):
            return self.publish_document(choice.kind, choice.id)
        return self.publish_id(choice.id)

    def publish_id(self, local_id: str, *, as_copy: bool = False) -> bool:
        """Start publishing a local session or programme; False if it could not start."""
        if self._operation is not None:
            return False
        try:
            draft = draft_local(self.library, local_id, as_copy=as_copy)
        except (TeamError, LibraryError) as exc:
            self.dialogs.show_error(self.tr("Not published"), str(exc))
            return False
        if as_copy:
            self.library_changed.emit()  # the copy is a new local session or programme
        return self._send(draft)

    def publish_document(self, kind: str, doc_id: str) -> bool:
        """Start publishing the user's own template or method card."""
        if self._operation is not None:
            return False
        try:
            draft = draft_document(self.library, kind, doc_id)
        except (TeamError, LibraryError) as exc:
            self.dialogs.show_error(self.tr("Not published"), str(exc))
            return False
        return self._send(draft)

    def _send(self, draft: RevisionDraft) -> bool:
        cancellation = Cancellation()

        def work(team: TeamLibrary, report: Report) -> object:
            landed = team.send(draft, report, cancellation)
            try:
                items: list[TeamItem] | None = team.items()
            except TeamError:
                items = None  # published all the same; the list is read next time
            return landed, items

        busy = self.tr("Publishing “{title}”…").format(title=one_line(draft.title, 60))
        return self._start("publish", busy, work, draft=draft, cancellation=cancellation)

    def _on_published(self, operation: _Operation, result: object, error: object) -> None:
        draft = operation.draft
        assert draft is not None
        if isinstance(error, StalePublishError):
            self._end("publish", False)
            self._refused(draft, error)
        elif isinstance(error, PublishCancelledError):
            self._end("publish", False, str(error))
        elif isinstance(error, TeamConnectionError):
            self._end("publish", False)
            again = self.dialogs.ask_buttons(
                self.tr("Not published"), str(error), [self.tr("Try again"), self.tr("Cancel")]
            )
            if again == 0:
                self._send(draft)
            else:
                self.message.emit(self.tr("Not published."))
        elif error is not None:
            self._end("publish", False)
            self.dialogs.show_error(self.tr("Not published"), str(error))
        else:
            assert isinstance(result, tuple)
            (revision, published_at), items = result
            self._landed(draft, revision, published_at, items)

    def _landed(
        self, draft: RevisionDraft, revision: int, at: float, items: list[TeamItem] | None
    ) -> None:
        if items is not None:
            self.items = items
            self.changed.emit()
        try:
            result: PublishResult = remember_published(
                self.library, draft, revision, at, self.author() or "n3desk"
            )
        except LibraryError as exc:
            # The team has it; only this laptop's note of the revision is missing, so
            # the next publish of it will be refused as stale and offer to fetch first.
            self._end("publish", True)
            self.dialogs.show_error(self.tr("Published, but not noted here"), str(exc))
            return
        self._end(
            "publish",
            True,
            self.tr("Published “{title}” as revision {revision}.").format(
                title=one_line(result.title), revision=result.revision
            ),
        )

    def _refused(self, draft: RevisionDraft, exc: StalePublishError) -> None:
        newer = exc.newer
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(newer.published_at))
        document = draft.body is not None
        buttons = [self.tr("Fetch first"), self.tr("Publish as a copy"), self.tr("Cancel")]
        if document:
            del buttons[1]  # a template or card is one file: there is no copy to make
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
            buttons,
        )
        if choice == 0:
            self.fetch_id(newer.item_id)
        elif choice == 1 and not document:
            self.publish_id(draft.local_id, as_copy=True)
        else:
            self.message.emit(self.tr("Not published."))

    # -- fetching ------------------------------------------------------------------------

    def fetch_id(self, team_id: str) -> bool:
        """Start bringing the team's newest revision of an item into the local library."""

        def work(team: TeamLibrary, _report: Report) -> object:
            download = team.download(team_id)
            try:
                items: list[TeamItem] | None = team.items()
            except TeamError:
                items = None
            return download, items

        title = next((i.title for i in self.items if i.id == team_id), "")
        busy = self.tr("Fetching “{title}”…").format(title=one_line(title, 60))
        return self._start("fetch", busy, work)

    def _on_fetched(self, _operation: _Operation, result: object, error: object) -> None:
        if error is not None:
            self._end("fetch", False)
            self.dialogs.show_error(self.tr("Not fetched"), str(error))
            return
        assert isinstance(result, tuple)
        download, items = result
        assert isinstance(download, Download)
        if items is not None:
            self.items = items
            self.changed.emit()
        open_now = set(self._open_sessions())
        replaced = [s for s in download.sessions() if s.id in open_now]
        if replaced:
            self._end("fetch", False)
            self.dialogs.show_error(
                self.tr("Not fetched"),
                self.tr(
                    "“{title}” is open. Close it, then fetch again: a fetch never replaces "
                    "a session while you work on it."
                ).format(title=one_line(replaced[0].title)),
            )
            return
        try:
            fetched: FetchResult = store_download(self.library, download)
        except (TeamError, LibraryError) as exc:
            self._end("fetch", False)
            self.dialogs.show_error(self.tr("Not fetched"), str(exc))
            return
        text = self.tr("Fetched revision {revision} of “{title}” by {author}.").format(
            revision=fetched.revision, title=one_line(fetched.title), author=fetched.author
        )
        if fetched.kept_local_copy:
            text += " " + self.tr("Your unpublished changes are kept as a local copy.")
        ids = [*fetched.session_ids]
        if fetched.programme_id is not None:
            ids.append(fetched.programme_id)
        self.replaced.emit(ids)
        self.library_changed.emit()
        self._end("fetch", True, text)

    # -- who published what ----------------------------------------------------------------

    def request_history(self, team_id: str) -> None:
        """Start reading who published which revision of an item (:attr:`history_ready`)."""
        try:
            team = self._team()
        except TeamError as exc:
            self.message.emit(str(exc))
            return

        def work(_report: Report) -> object:
            with team:
                return team.history(team_id)

        self._history_id = team_id
        self._history_job = start_team_job(work)

    def _on_history(self, result: object, error: object) -> None:
        self._history_job = 0
        if error is not None:
            self.message.emit(str(error))
            self.history_ready.emit(self._history_id, [])
            return
        assert isinstance(result, list)
        lines = [
            self.tr("Revision {revision} by {author}, {when}").format(
                revision=r.number,
                author=r.author,
                when=time.strftime("%Y-%m-%d %H:%M", time.localtime(r.published_at)),
            )
            for r in result
        ]
        self.history_ready.emit(self._history_id, lines)
