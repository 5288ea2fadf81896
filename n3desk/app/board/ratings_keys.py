"""Rating from the keyboard: R, then one digit per criterion.

With notes selected, R starts; each digit sets the current criterion (Nytt, then
Nyttigt, then Nyttiggjort) and moves to the next; Backspace clears one, Esc stops.
Each digit is one undo step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeyEvent

from n3desk.app.commands import push_edit
from n3desk.app.key_map import KeyMap
from n3desk.domain import ratings
from n3desk.domain.changes import Op
from n3desk.domain.entities import Criterion

if TYPE_CHECKING:
    from n3desk.app.board.controller import BoardController

RATING_KEYS = KeyMap.of_group("rating.")  # the keys while rating (shortcuts.py)


class RatingKeys(QObject):
    """The keyboard rating mode of a board controller."""

    def __init__(self, controller: BoardController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.index: int | None = None

    @property
    def active(self) -> bool:
        return self.index is not None

    def _criteria(self) -> list[Criterion]:
        criteria: list[Criterion] = self.controller.document.workshop.criteria
        return criteria

    def start(self) -> None:
        scene = self.controller.scene
        if scene is None or not scene.selected_notes():
            self.controller.status.emit(self.tr("Select notes to rate first."))
            return
        if not self._criteria():
            self.controller.status.emit(self.tr("This session has no rating criteria."))
            return
        self.index = 0
        self._prompt()

    def stop(self) -> None:
        if self.index is not None:
            self.index = None
            self.controller.status.emit("")

    def _prompt(self) -> None:
        criterion = self._criteria()[self.index or 0]
        text = self.tr("Rate “%1” (%2–%3): press a digit; Backspace clears; Esc stops.")
        self.controller.status.emit(
            text.replace("%1", criterion.name)
            .replace("%2", str(criterion.low))
            .replace("%3", str(criterion.high))
        )

    def handle_key(self, event: QKeyEvent) -> bool:
        """Take the key if it belongs to rating; other keys end the mode."""
        criteria = self._criteria()
        if self.index is None or self.index >= len(criteria):
            self.stop()
            return False
        criterion = criteria[self.index]
        pressed = RATING_KEYS.find(event)
        if pressed is None:
            self.stop()
            return False
        if pressed.id == "rating.value":
            value = int(pressed.key)
            if criterion.low <= value <= criterion.high:
                self.rate(criterion, value)
                self._advance()
        elif pressed.id == "rating.clear":
            self.rate(criterion, None)
            self._advance()
        else:  # rating.stop
            self.stop()
        return True

    def _advance(self) -> None:
        assert self.index is not None
        self.index += 1
        if self.index >= len(self._criteria()):
            self.stop()
        else:
            self._prompt()

    def rate(self, criterion: Criterion, value: int | None) -> None:
        """Set ``criterion`` to ``value`` (None clears) on every selected note."""
        scene = self.controller.scene
        if scene is None:
            return
        workshop = self.controller.document.workshop
        ops: list[Op] = []
        for note in scene.selected_notes():
            ops += ratings.rate_ops(workshop.ratings_of(note.id), note.id, criterion, value)
        push_edit(self.controller.document, self.tr("Rate notes"), ops)
