"""From a pressed key to the shortcut declared for it in :data:`shortcuts.SHORTCUTS`.

Widgets that handle keys themselves (the board, the map, rating, the note editor,
the projector) never name a key in code: they ask a :class:`KeyMap` built from the
shortcuts they own which one was pressed, and act on its id. So the F1 sheet, which
lists the same table, can never disagree with what a key does
(``tests/app/test_shortcuts.py`` presses every key of every such shortcut).

A plain key (no Ctrl or Alt) also counts when Shift is held: "+" needs Shift on many
keyboards, and Shift makes a nudge bigger.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from n3desk.app.shortcuts import SHORTCUTS, is_gesture, shortcut

_SHIFT = Qt.KeyboardModifier.ShiftModifier


@dataclass(frozen=True, slots=True)
class Pressed:
    """A declared shortcut that a key press matched, and which of its keys it was."""

    id: str
    key: str  # the declared key text ("3", "Ctrl+X", "Left")
    shift: bool  # Shift was held (a plain key pressed with Shift)


def normalised(text: str) -> str:
    """A declared key text as Qt writes it back ("ctrl+g" and "Ctrl+G" are one key)."""
    return QKeySequence(text).toString()


def pressed_texts(event: QKeyEvent) -> tuple[str, str | None]:
    """The key press as a key text, and without Shift when only Shift was held.

    The keypad's own flag is not a modifier: Enter on the keypad is Enter.
    """
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    key = Qt.Key(event.key())
    if key == Qt.Key.Key_Backtab:  # what Shift+Tab arrives as: never plain Tab
        text = QKeySequence(QKeyCombination(modifiers | _SHIFT, Qt.Key.Key_Tab)).toString()
        return text, None
    text = QKeySequence(QKeyCombination(modifiers, key)).toString()
    plain = QKeySequence(key).toString() if modifiers == _SHIFT else None
    return text, plain


class KeyMap:
    """The keys of some declared shortcuts, looked up by key press."""

    def __init__(self, ids: Iterable[str]) -> None:
        self.ids: tuple[str, ...] = tuple(ids)
        self._keys: dict[str, tuple[str, str]] = {}
        for shortcut_id in self.ids:
            for text in shortcut(shortcut_id).keys:
                if is_gesture(text):
                    continue  # Shift+drag and the like: the mouse, not a key
                other = self._keys.setdefault(normalised(text), (shortcut_id, text))
                if other[0] != shortcut_id:
                    raise ValueError(f"{text} is declared for both {other[0]} and {shortcut_id}")

    @classmethod
    def of_group(cls, prefix: str) -> KeyMap:
        """Every declared shortcut whose id starts with ``prefix`` ("board.")."""
        return cls(s.id for s in SHORTCUTS if s.id.startswith(prefix))

    def find(self, event: QKeyEvent) -> Pressed | None:
        """The declared shortcut this key press is, or None."""
        text, plain = pressed_texts(event)
        hit = self._keys.get(text)
        shift = False
        if hit is None and plain is not None:
            hit = self._keys.get(plain)
            shift = hit is not None
        if hit is None:
            return None
        return Pressed(hit[0], hit[1], shift)

    def key_texts(self) -> dict[str, str]:
        """Every key this map takes (as Qt writes it), with its shortcut's id."""
        return {text: shortcut_id for text, (shortcut_id, _declared) in self._keys.items()}


@cache
def _single(shortcut_id: str) -> KeyMap:
    return KeyMap((shortcut_id,))


def matches(shortcut_id: str, event: QKeyEvent) -> bool:
    """Whether ``event`` is one of the keys declared for ``shortcut_id``."""
    return _single(shortcut_id).find(event) is not None


def holds(shortcut_id: str, event: QKeyEvent) -> bool:
    """Whether ``event`` is the key a declared gesture holds (Space of "Space+Drag")."""
    pressed = QKeySequence(Qt.Key(event.key())).toString()
    return any(
        is_gesture(text) and normalised(text.removesuffix("+Drag")) == pressed
        for text in shortcut(shortcut_id).keys
    )


def moves_focus(event: QKeyEvent) -> bool:
    """Whether Qt would take this key to move the focus (Tab and Shift+Tab).

    The board and the note editor declare those keys (board.next, note.finish), so
    they must reach them before Qt moves the focus on.
    """
    return Qt.Key(event.key()) in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and (
        matches("board.next", event) or matches("note.finish", event)
    )
