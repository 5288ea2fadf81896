"""What the programme overview's buttons do: each asks through Dialogs, then pushes one edit.

The overview never changes the programme itself; it calls these methods, which ask
the person (through the thin :class:`~n3desk.app.dialogs.Dialogs` interface, so
tests answer without modal boxes) and push one :class:`ProgrammeCommand`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from n3desk.app.dialogs import Dialogs
from n3desk.app.programmes.document import ProgrammeDocument, SessionOps, push_programme_edit
from n3desk.domain.entities import Decision, Note
from n3desk.domain.programme_edits import (
    add_session_ops,
    carry_ideas_ops,
    follow_notes_ops,
    move_idea_ops,
    remove_session_ops,
    retitle_ops,
)
from n3desk.domain.programmes import IDEA_STATES, ProgrammeError, ProgrammeOp
from n3desk.domain.workshop import IntegrityError
from n3desk.store.errors import LibraryError
from n3desk.store.programme_store import programme_of_session


def one_line(text: str, limit: int = 80) -> str:
    """A note's or title's text on one line, shortened for a list."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class ProgrammeController(QObject):
    """The programme overview's actions, each one undoable step."""

    def __init__(self, document: ProgrammeDocument, dialogs: Dialogs) -> None:
        super().__init__(document)
        self.document = document
        self.dialogs = dialogs

    def state_name(self, state: str) -> str:
        names = {
            "idea": self.tr("Idea"),
            "concept": self.tr("Concept"),
            "chosen": self.tr("Chosen"),
            "in_test": self.tr("In test"),
            "in_operation": self.tr("In operation"),
            "stopped": self.tr("Stopped"),
        }
        return names[state]

    def _push(
        self, text: str, programme_ops: Sequence[ProgrammeOp], session_ops: SessionOps = ()
    ) -> bool:
        try:
            pushed = push_programme_edit(self.document, text, programme_ops, session_ops)
        except (ProgrammeError, IntegrityError, LibraryError) as exc:
            self.dialogs.show_error(self.tr("Not changed"), str(exc))
            return False
        return pushed is not None

    @property
    def now(self) -> float:
        return self.document.clock()

    # -- the programme's own fields ----------------------------------------------------

    def edit_fields(self, **fields: str) -> bool:
        """Title, goal or period changed in the overview's fields."""
        title = fields.get("title")
        if title is not None and not title.strip():
            self.dialogs.show_error(self.tr("Not changed"), self.tr("A programme needs a title."))
            return False
        ops = retitle_ops(self.document.content, **fields)
        return self._push(self.tr("Edit programme"), ops)

    # -- sessions ------------------------------------------------------------------------

    def add_session(self) -> str | None:
        """Ask for a session that belongs to no programme and put it at the end."""
        library = self.document.library
        try:
            free = [
                s for s in library.list_sessions() if programme_of_session(library, s.id) is None
            ]
        except LibraryError as exc:
            self.dialogs.show_error(self.tr("Not changed"), str(exc))
            return None
        if not free:
            self.dialogs.show_error(
                self.tr("No session to add"),
                self.tr("Every session already belongs to a programme. Make a new session first."),
            )
            return None
        labels = [f"{s.date or '–'}  {one_line(s.title)}" for s in free]
        chosen = self.dialogs.choose(
            self.tr("Add a session"), self.tr("Session to add to the programme:"), labels
        )
        if chosen is None:
            return None
        session_id = free[chosen].id
        ops = add_session_ops(self.document.content, session_id)
        return session_id if self._push(self.tr("Add session to programme"), ops) else None

    def remove_session(self, session_id: str) -> bool:
        """Take a session out of the programme (the session itself stays)."""
        ops = remove_session_ops(self.document.content, session_id)
        return self._push(self.tr("Remove session from programme"), ops)

    # -- ideas ---------------------------------------------------------------------------

    def follow_notes(self, session_id: str) -> int:
        """Follow some notes of a session as ideas of the programme; how many."""
        workshop = self.document.workshops[session_id]
        notes = [n for n in workshop.all(Note) if n.text.strip()]
        notes = [n for n in notes if self.document.content.idea_of_note(n.id) is None]
        picked = self.dialogs.choose_many(
            self.tr("Follow ideas"),
            self.tr("Notes to follow as ideas through the programme:"),
            [one_line(n.text) for n in notes],
        )
        if not picked:
            return 0
        ops = follow_notes_ops(
            self.document.content, workshop, [notes[i].id for i in picked], now=self.now
        )
        return len(picked) if self._push(self.tr("Follow ideas"), ops) else 0

    def carry_forward(self, source_id: str) -> int:
        """Carry notes of ``source_id`` to a board of a later session; how many."""
        order = [w.session.id for w in self.document.sessions()]
        later = order[order.index(source_id) + 1 :] if source_id in order else []
        if not later:
            self.dialogs.show_error(
                self.tr("Nowhere to carry"),
                self.tr("Ideas are carried forward to a later session of the programme."),
            )
            return 0
        source = self.document.workshops[source_id]
        notes = [n for n in source.all(Note) if n.text.strip()]
        picked = self.dialogs.choose_many(
            self.tr("Carry ideas forward"),
            self.tr("Notes to carry forward:"),
            [one_line(n.text) for n in notes],
        )
        if not picked:
            return 0
        targets = [self.document.workshops[s] for s in later]
        which = self.dialogs.choose(
            self.tr("Carry ideas forward"),
            self.tr("To the session:"),
            [one_line(w.session.title) for w in targets],
        )
        if which is None:
            return 0
        target = targets[which]
        boards = target.boards
        board = 0
        if len(boards) > 1:
            chosen = self.dialogs.choose(
                self.tr("Carry ideas forward"),
                self.tr("Onto the board:"),
                [one_line(b.title) for b in boards],
            )
            if chosen is None:
                return 0
            board = chosen
        try:
            result = carry_ideas_ops(
                self.document.content,
                source,
                [notes[i].id for i in picked],
                target,
                boards[board].id,
                now=self.now,
            )
        except ProgrammeError as exc:
            self.dialogs.show_error(self.tr("Not changed"), str(exc))
            return 0
        done = self._push(
            self.tr("Carry ideas forward"),
            result.programme_ops,
            [(target.session.id, result.session_ops)],
        )
        return len(result.notes) if done else 0

    def decisions(self) -> list[Decision]:
        """Every logged decision of the programme's sessions, in session order."""
        return [d for w in self.document.sessions() for d in w.decisions]

    def move_idea(self, idea_id: str) -> bool:
        """Move an idea along the way, with the decision that moved it and why."""
        content = self.document.content
        states = [s for s in IDEA_STATES if s != content.state_of(idea_id)]
        which = self.dialogs.choose(
            self.tr("Move the idea"),
            self.tr("New state:"),
            [self.state_name(s) for s in states],
        )
        if which is None:
            return False
        decisions = self.decisions()
        titles = {w.session.id: w.session.title for w in self.document.sessions()}
        options = [self.tr("No logged decision")] + [
            f"{one_line(titles.get(d.session_id, ''), 30)}: {one_line(d.text, 60)}"
            for d in decisions
        ]
        picked = self.dialogs.choose(
            self.tr("Move the idea"), self.tr("The decision that moved it:"), options
        )
        if picked is None:
            return False
        why = self.dialogs.ask_text(self.tr("Move the idea"), self.tr("Why (optional):"))
        if why is None:
            return False
        decision = decisions[picked - 1] if picked else None
        ops = move_idea_ops(
            content, idea_id, states[which], now=self.now, decision=decision, why=why
        )
        return self._push(
            self.tr("Move idea to {state}").format(state=self.state_name(states[which])), ops
        )
