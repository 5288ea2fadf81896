"""Library-level edits (create, rename, duplicate, delete sessions), each undoable.

The start page never calls the library; it asks the :class:`LibraryController`,
which turns each action into a QUndoCommand on its own library-level stack. Deleting
is a soft delete (``Session.deleted_at``), so it can be undone while the app runs;
the sessions still marked deleted are removed for good at the next start.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from n3desk.app.dialogs import Dialogs
from n3desk.domain.changes import Put
from n3desk.domain.entities import with_fields
from n3desk.domain.workshop import Workshop
from n3desk.store.errors import LibraryError
from n3desk.store.library import Library, SessionSummary

if TYPE_CHECKING:
    from n3desk.domain.templates import Template

Fields = dict[str, object]


class LibraryCommand(QUndoCommand):
    """Sets some fields of one session; undo sets them back.

    Only the named fields change, on the session as it is now: a session opened
    and edited after a rename keeps those edits when the rename is undone.
    """

    def __init__(
        self,
        controller: LibraryController,
        text: str,
        session_id: str,
        before: Fields,
        after: Fields,
    ) -> None:
        super().__init__(text)
        self.controller = controller
        self.session_id = session_id
        self.before = before
        self.after = after
        self.done_already = False

    def redo(self) -> None:
        if self.done_already:  # the controller did it before pushing, and saw any error
            self.done_already = False
            return
        self.controller.set_fields(self.session_id, self.after)

    def undo(self) -> None:
        self.controller.set_fields(self.session_id, self.before)


class LibraryController(QObject):
    """The start page's controller.

    Signals:
        sessions_changed(): the list of sessions is different; read :meth:`sessions`.
    """

    sessions_changed = Signal()

    def __init__(
        self,
        library: Library,
        dialogs: Dialogs,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.dialogs = dialogs
        self.clock = clock
        self.undo_stack = QUndoStack(self)

    # -- reading -------------------------------------------------------------------

    def sessions(self) -> list[SessionSummary]:
        """The live sessions, newest first; an empty list (and a message) on failure."""
        try:
            return self.library.list_sessions()
        except LibraryError as exc:
            self._report(exc)
            return []

    def load(self, session_id: str) -> Workshop | None:
        try:
            return self.library.load(session_id)
        except LibraryError as exc:
            self._report(exc)
            return None

    def _add_new(self, text: str, workshop: Workshop) -> str | None:
        """Add a new session to the library as one undoable step; its id, or None."""
        try:
            self.library.add(workshop)
        except LibraryError as exc:
            self._report(exc)
            return None
        return self._created(text, workshop.session.id)

    def _created(self, text: str, session_id: str) -> str:
        """Push the step for a session already added: undo hides it, redo brings it back."""
        self._push(text, session_id, {"deleted_at": self.clock()}, {"deleted_at": None})
        return session_id

    # -- actions -------------------------------------------------------------------

    def create(self, template: Template, title: str, *, language: str, date: str) -> str | None:
        """Make a new session from ``template``; its id, or None if it could not be saved."""
        # Imported when first used: the start page shows without the templates (issue 16).
        from n3desk.domain.templates import instantiate

        workshop = instantiate(template, title, language=language, now=self.clock())
        workshop.apply([Put(replace(workshop.session, date=date))])
        return self._add_new(self.tr("New session"), workshop)

    def create_demo(self, language: str) -> str | None:
        """Make the demo session (undoable like any new session); its id."""
        from n3desk.domain.demo import build_demo

        return self._add_new(self.tr("Open the demo"), build_demo(language, self.clock()))

    def import_file(self, path: Path) -> str | None:
        """Add the session in a portable file as a new session (undoable); its id.

        The file gets new ids, so it never overwrites a session. A refused file or a
        failed write is one message, and the library is left as it was. Undo is a
        soft delete, like undoing "New session".
        """
        from n3desk.store.portable import PortableFileError, import_session

        try:
            # "(imported)" tells the copy from the session it came from in the list.
            workshop = import_session(
                self.library, path, title_format=self.tr("{title} (imported)")
            )
        except PortableFileError as exc:
            self.dialogs.show_error(
                self.tr("Not imported"),
                self.tr("“{name}” cannot be imported: {reason}. Nothing was changed.").format(
                    name=path.name, reason=exc
                ),
            )
            return None
        except LibraryError as exc:
            self._report(exc)
            return None
        return self._created(self.tr("Import session file"), workshop.session.id)

    def rename(self, session_id: str, title: str) -> bool:
        """Give a session a new title; False if nothing changed or it failed."""
        workshop = self.load(session_id)
        if workshop is None or workshop.session.title == title or not title.strip():
            return False
        old = workshop.session.title
        return self._do(self.tr("Rename session"), session_id, {"title": old}, {"title": title})

    def duplicate(self, session_id: str) -> str | None:
        """Copy a session under new ids; the copy's id."""
        source = self.load(session_id)
        if source is None:
            return None
        title = self.tr("{title} (copy)").format(title=source.session.title)
        from n3desk.domain.copying import copy_workshop

        copy = copy_workshop(source, title=title, now=self.clock())
        return self._add_new(self.tr("Duplicate session"), copy)

    def delete(self, session_id: str) -> bool:
        """Ask, then soft-delete a session (undoable); True if it was deleted."""
        workshop = self.load(session_id)
        if workshop is None:
            return False
        before = workshop.session
        if not self.dialogs.confirm(
            self.tr("Delete session"),
            self.tr("Delete “{title}”? You can undo this until n3desk is closed.").format(
                title=before.title
            ),
            ok=self.tr("Delete"),
            cancel=self.tr("Keep"),
        ):
            return False
        return self._do(
            self.tr("Delete session"),
            session_id,
            {"deleted_at": None},
            {"deleted_at": self.clock()},
        )

    # -- plumbing --------------------------------------------------------------------

    def set_fields(self, session_id: str, fields: Fields) -> bool:
        """Change some fields of a session in the library; False (and a message) on failure."""
        workshop = self.load(session_id)
        if workshop is None:
            return False
        session = with_fields(workshop.session, **fields)
        if "title" in fields:
            session = replace(session, updated_at=self.clock())
        try:
            self.library.commit([Put(session)])
        except LibraryError as exc:
            self._report(exc)
            return False
        finally:
            self.sessions_changed.emit()
        return True

    def _do(self, text: str, session_id: str, before: Fields, after: Fields) -> bool:
        if not self.set_fields(session_id, after):
            return False
        self._push(text, session_id, before, after)
        return True

    def _push(self, text: str, session_id: str, before: Fields, after: Fields) -> None:
        command = LibraryCommand(self, text, session_id, before, after)
        command.done_already = True
        self.undo_stack.push(command)
        self.sessions_changed.emit()

    def _report(self, exc: LibraryError) -> None:
        self.dialogs.show_error(self.tr("The library could not do that"), str(exc))
