"""The board's keys as data: each board shortcut of :mod:`n3desk.app.shortcuts` and what it does.

A board view hands its key presses to :class:`BoardKeys`, which looks them up in the
shortcuts table (:class:`~n3desk.app.key_map.KeyMap`) and runs the action
:data:`ACTIONS` names for that shortcut on the controller. No key is named here: the
table says which keys, this module what they do, and the F1 sheet lists the same
table (``tests/app/board/test_board_key_table.py`` presses every one of them).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeyEvent

from n3desk.app.key_map import KeyMap, Pressed
from n3desk.domain.palette import colour_for_key

if TYPE_CHECKING:
    from n3desk.app.board.controller import BoardController
    from n3desk.app.board.view import BoardView

NUDGE = 10.0
NUDGE_BIG = 50.0
ZOOM_STEP = 1.25

BOARD_KEYS = KeyMap.of_group("board.")

# Where each of board.nudge's keys moves the selection.
NUDGE_DIRECTIONS: dict[str, tuple[int, int]] = {
    "Left": (-1, 0),
    "Right": (1, 0),
    "Up": (0, -1),
    "Down": (0, 1),
}
# What each of board.copy's keys does.
CLIPBOARD_ACTIONS = {"Ctrl+C": "copy", "Ctrl+X": "cut", "Ctrl+V": "paste"}

Action = Callable[["BoardController", Pressed], object]


def _nudge(controller: BoardController, pressed: Pressed) -> None:
    dx, dy = NUDGE_DIRECTIONS[pressed.key]
    step = NUDGE_BIG if pressed.shift else NUDGE
    controller.nudge(dx * step, dy * step)


def _clipboard(controller: BoardController, pressed: Pressed) -> None:
    getattr(controller, CLIPBOARD_ACTIONS[pressed.key])()


# Every board shortcut but the mouse's (board.pan), and what it does.
ACTIONS: dict[str, Action] = {
    "board.new": lambda c, _p: c.new_note(),
    "board.edit": lambda c, _p: c.edit_selected(),
    "board.next": lambda c, _p: c.next_to_selected(),
    "board.delete": lambda c, _p: c.delete_selected(),
    "board.colour": lambda c, p: c.set_colour(colour_for_key(int(p.key))),
    "board.hide": lambda c, _p: c.toggle_hidden(),
    "board.private": lambda c, _p: c.set_private(not c.private),
    "board.arrange": lambda c, _p: c.arrange(),
    "board.front": lambda c, _p: c.bring_to_front(),
    "board.rate": lambda c, _p: c.rating.start(),
    "board.zoom_selection": lambda c, _p: c.zoom_to_selection(),
    "board.fit": lambda c, _p: c.fit_all(),
    "board.zoom": lambda c, p: c.zoom_by(1 / ZOOM_STEP if p.key == "-" else ZOOM_STEP),
    "board.nudge": _nudge,
    "board.duplicate": lambda c, _p: c.duplicate(),
    "board.select_all": lambda c, _p: c.select_all(),
    "board.frame": lambda c, _p: c.group(),
    "board.copy": _clipboard,
    "board.find": lambda c, _p: c.find(),
    "board.escape": lambda c, _p: c.escape(),
}


class BoardKeys(QObject):
    """The keys of the board views of one page, for the controller working on them."""

    def __init__(self, controller: BoardController) -> None:
        super().__init__(controller)
        self.controller = controller

    def pressed(self, event: QKeyEvent) -> Pressed | None:
        """The board shortcut this key press is, or None."""
        return BOARD_KEYS.find(event)

    def wants_key(self, view: BoardView, event: QKeyEvent) -> bool:
        """True for the keys the board handles itself (so window shortcuts wait)."""
        return view is self.controller.view and self.pressed(event) is not None

    def handle_key(self, view: BoardView, event: QKeyEvent) -> bool:
        """Do what the key asks; False when the key is not the board's."""
        controller = self.controller
        if view is not controller.view:
            return False
        if controller.rating.active and controller.rating.handle_key(event):
            return True
        pressed = self.pressed(event)
        if pressed is None:
            return False
        ACTIONS[pressed.id](controller, pressed)
        return True
