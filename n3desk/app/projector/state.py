"""What the projector shows, as a small state object the window and the controls share.

Blackout and freeze are independent of what is shown: leaving a blackout returns
to the frozen picture if the projector was frozen. "Follow" shows whatever the
facilitator looks at; "fixed" keeps one target however the facilitator moves.

Signals:
    changed(): anything here changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

STAGE = "stage"
BOARD = "board"
MAP = "map"


@dataclass(frozen=True, slots=True)
class Target:
    """One thing the projector can show: the stage card, a board, or the map.

    ``note_ids`` narrows a board to some notes ("show this to the room");
    ``stakeholder_id`` focuses the map on one stakeholder.
    """

    kind: str = STAGE
    board_id: str = ""
    note_ids: tuple[str, ...] = ()
    stakeholder_id: str = ""


class ProjectorState(QObject):
    """Blackout, freeze, follow or fixed, and the targets."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.blackout = False
        self.frozen = False
        self.follow = True
        self.followed = Target()  # what the facilitator is looking at
        self.fixed = Target()  # what was sent to the room

    @property
    def shown(self) -> Target:
        """The target on the projector now (a frozen picture aside)."""
        return self.followed if self.follow else self.fixed

    def set_blackout(self, on: bool) -> None:
        if on != self.blackout:
            self.blackout = on
            self.changed.emit()

    def set_frozen(self, on: bool) -> None:
        if on != self.frozen:
            self.frozen = on
            self.changed.emit()

    def toggle_blackout(self) -> None:
        self.set_blackout(not self.blackout)

    def toggle_frozen(self) -> None:
        self.set_frozen(not self.frozen)

    def set_follow(self, on: bool) -> None:
        """Follow the facilitator's view (True) or keep the fixed target (False)."""
        if on != self.follow:
            if not on:
                self.fixed = self.followed  # fixing keeps what is on the wall now
            self.follow = on
            self.changed.emit()

    def set_followed(self, target: Target) -> None:
        """The facilitator now looks at ``target``."""
        if target != self.followed:
            self.followed = target
            if self.follow:
                self.changed.emit()

    def fix(self, target: Target) -> None:
        """Show ``target`` to the room and keep it there (stops following)."""
        if target != self.fixed or self.follow:
            self.fixed = target
            self.follow = False
            self.changed.emit()
