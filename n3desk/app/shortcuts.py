"""Every keyboard shortcut of n3desk, kept as data in one place, and the sheet listing them.

Every key in the app comes from this table: window actions and QShortcuts take
theirs with :func:`keys`, and widgets that handle keys themselves (the board, the
map, rating, the note editor, the projector) look the pressed key up with
:class:`n3desk.app.key_map.KeyMap`. The sheet (F1 or ?) lists the same table, in the
interface's language, so it cannot say anything the keys do not do.

A key does one thing where it is pressed: single letters belong to the board or
the map that has the keyboard (F is "to the front" on a board and "focus" on the
map), and the projector's keys are all Ctrl+Shift+letter, which no board, map or
text field uses, so they work the same wherever the facilitator is.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

CONTEXT = "Shortcuts"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate (which looks for this name) and returns it unchanged."""
    return text


@dataclass(frozen=True, slots=True)
class Shortcut:
    """One shortcut: an id (for actions that use it), its keys, its group and what it does."""

    id: str
    keys: tuple[str, ...]  # portable QKeySequence text ("Ctrl+Shift+B")
    group: str  # English source, translated in the context "Shortcuts"
    text: str  # English source, translated in the context "Shortcuts"


GENERAL = QT_TRANSLATE_NOOP("Shortcuts", "General")
PROJECTOR = QT_TRANSLATE_NOOP("Shortcuts", "Projector")
TIMER = QT_TRANSLATE_NOOP("Shortcuts", "Stage timer")
BOARD = QT_TRANSLATE_NOOP("Shortcuts", "Board")
RATING = QT_TRANSLATE_NOOP("Shortcuts", "Rating the selected notes (after R)")
MAP = QT_TRANSLATE_NOOP("Shortcuts", "Stakeholder map")
START = QT_TRANSLATE_NOOP("Shortcuts", "List of sessions")
SHIFT_DRAG = QT_TRANSLATE_NOOP("Shortcuts", "Shift+drag")
SPACE_DRAG = QT_TRANSLATE_NOOP("Shortcuts", "Space+drag")
# Mouse gestures listed beside the keys, with the words the sheet shows for them.
GESTURES = {"Shift+Drag": SHIFT_DRAG, "Space+Drag": SPACE_DRAG}

SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("session.new", ("Ctrl+N",), GENERAL, QT_TRANSLATE_NOOP("Shortcuts", "New session")),
    Shortcut(
        "session.back",
        ("Ctrl+Shift+W",),
        GENERAL,
        QT_TRANSLATE_NOOP("Shortcuts", "Back to all sessions"),
    ),
    Shortcut("app.quit", ("Ctrl+Q",), GENERAL, QT_TRANSLATE_NOOP("Shortcuts", "Quit")),
    Shortcut("edit.undo", ("Ctrl+Z",), GENERAL, QT_TRANSLATE_NOOP("Shortcuts", "Undo")),
    Shortcut(
        "edit.redo", ("Ctrl+Y", "Ctrl+Shift+Z"), GENERAL, QT_TRANSLATE_NOOP("Shortcuts", "Redo")
    ),
    Shortcut("app.settings", ("Ctrl+,",), GENERAL, QT_TRANSLATE_NOOP("Shortcuts", "Settings")),
    Shortcut(
        "app.shortcuts",
        ("F1", "?"),
        GENERAL,
        QT_TRANSLATE_NOOP("Shortcuts", "This list of shortcuts"),
    ),
    Shortcut("view.overview", ("Ctrl+1",), GENERAL, QT_TRANSLATE_NOOP("Shortcuts", "Overview tab")),
    Shortcut("view.boards", ("Ctrl+2",), GENERAL, QT_TRANSLATE_NOOP("Shortcuts", "Boards tab")),
    Shortcut(
        "view.map", ("Ctrl+3",), GENERAL, QT_TRANSLATE_NOOP("Shortcuts", "Stakeholder map tab")
    ),
    Shortcut("view.agenda", ("Ctrl+4",), GENERAL, QT_TRANSLATE_NOOP("Shortcuts", "Agenda tab")),
    Shortcut(
        "projector.present",
        ("F5",),
        PROJECTOR,
        QT_TRANSLATE_NOOP("Shortcuts", "Present full-screen on this screen (Esc leaves)"),
    ),
    Shortcut(
        "projector.leave",
        ("Esc",),
        PROJECTOR,
        QT_TRANSLATE_NOOP("Shortcuts", "Leave the full screen"),
    ),
    Shortcut(
        "projector.toggle",
        ("F6",),
        PROJECTOR,
        QT_TRANSLATE_NOOP("Shortcuts", "Projector on the second screen on or off"),
    ),
    Shortcut(
        "projector.blackout",
        ("Ctrl+Shift+B",),
        PROJECTOR,
        QT_TRANSLATE_NOOP("Shortcuts", "Black out the projector, or light it again"),
    ),
    Shortcut(
        "projector.freeze",
        ("Ctrl+Shift+F",),
        PROJECTOR,
        QT_TRANSLATE_NOOP("Shortcuts", "Freeze the projector's picture, or let it move again"),
    ),
    Shortcut(
        "projector.follow",
        ("Ctrl+Shift+L",),
        PROJECTOR,
        QT_TRANSLATE_NOOP("Shortcuts", "The projector follows what you look at"),
    ),
    Shortcut(
        "projector.show",
        ("Ctrl+Shift+S",),
        PROJECTOR,
        QT_TRANSLATE_NOOP("Shortcuts", "Show the selection to the room"),
    ),
    Shortcut(
        "projector.stage",
        ("Ctrl+Shift+T",),
        PROJECTOR,
        QT_TRANSLATE_NOOP("Shortcuts", "Show the current stage to the room"),
    ),
    Shortcut(
        "projector.next_part",
        ("PgDown",),
        PROJECTOR,
        QT_TRANSLATE_NOOP("Shortcuts", "A board too big for the wall: show its next part"),
    ),
    Shortcut(
        "projector.previous_part",
        ("PgUp",),
        PROJECTOR,
        QT_TRANSLATE_NOOP("Shortcuts", "A board too big for the wall: show its previous part"),
    ),
    Shortcut(
        "timer.toggle", ("Space",), TIMER, QT_TRANSLATE_NOOP("Shortcuts", "Start, pause or resume")
    ),
    Shortcut("timer.next", ("Ctrl+Right",), TIMER, QT_TRANSLATE_NOOP("Shortcuts", "Next stage")),
    Shortcut(
        "timer.back",
        ("Ctrl+Left",),
        TIMER,
        QT_TRANSLATE_NOOP("Shortcuts", "Back to the stage that ended last"),
    ),
    Shortcut("board.new", ("N",), BOARD, QT_TRANSLATE_NOOP("Shortcuts", "New note")),
    Shortcut(
        "board.edit",
        ("Return", "Enter", "F2"),
        BOARD,
        QT_TRANSLATE_NOOP("Shortcuts", "Edit the selected note"),
    ),
    Shortcut(
        "board.next",
        ("Tab",),
        BOARD,
        QT_TRANSLATE_NOOP("Shortcuts", "A new note next to the selected one"),
    ),
    Shortcut(
        "board.delete",
        ("Del", "Backspace"),
        BOARD,
        QT_TRANSLATE_NOOP("Shortcuts", "Delete the selected notes"),
    ),
    Shortcut(
        "board.colour",
        ("1", "2", "3", "4", "5", "6"),
        BOARD,
        QT_TRANSLATE_NOOP("Shortcuts", "Colour"),
    ),
    Shortcut("board.hide", ("H",), BOARD, QT_TRANSLATE_NOOP("Shortcuts", "Hide or reveal")),
    Shortcut(
        "board.private", ("P",), BOARD, QT_TRANSLATE_NOOP("Shortcuts", "Private writing on or off")
    ),
    Shortcut("board.arrange", ("A",), BOARD, QT_TRANSLATE_NOOP("Shortcuts", "Arrange in a grid")),
    Shortcut("board.front", ("F",), BOARD, QT_TRANSLATE_NOOP("Shortcuts", "Bring to the front")),
    Shortcut(
        "board.rate", ("R",), BOARD, QT_TRANSLATE_NOOP("Shortcuts", "Rate the selected notes")
    ),
    Shortcut(
        "board.zoom_selection",
        ("Z",),
        BOARD,
        QT_TRANSLATE_NOOP("Shortcuts", "Zoom to the selection"),
    ),
    Shortcut("board.fit", ("0",), BOARD, QT_TRANSLATE_NOOP("Shortcuts", "Fit the whole board")),
    Shortcut(
        "board.zoom", ("+", "=", "-"), BOARD, QT_TRANSLATE_NOOP("Shortcuts", "Zoom in or out")
    ),
    Shortcut(
        "board.pan", ("Space+Drag",), BOARD, QT_TRANSLATE_NOOP("Shortcuts", "Move around the board")
    ),
    Shortcut(
        "board.nudge",
        ("Left", "Right", "Up", "Down"),
        BOARD,
        QT_TRANSLATE_NOOP("Shortcuts", "Move the selected notes (with Shift: further)"),
    ),
    Shortcut("board.duplicate", ("Ctrl+D",), BOARD, QT_TRANSLATE_NOOP("Shortcuts", "Duplicate")),
    Shortcut("board.select_all", ("Ctrl+A",), BOARD, QT_TRANSLATE_NOOP("Shortcuts", "Select all")),
    Shortcut(
        "board.frame",
        ("Ctrl+G",),
        BOARD,
        QT_TRANSLATE_NOOP("Shortcuts", "Frame around the selection"),
    ),
    Shortcut(
        "board.copy",
        ("Ctrl+C", "Ctrl+X", "Ctrl+V"),
        BOARD,
        QT_TRANSLATE_NOOP("Shortcuts", "Copy, cut, paste"),
    ),
    Shortcut("board.find", ("Ctrl+F",), BOARD, QT_TRANSLATE_NOOP("Shortcuts", "Find notes")),
    Shortcut(
        "board.escape",
        ("Esc",),
        BOARD,
        QT_TRANSLATE_NOOP("Shortcuts", "Stop editing or clear the selection"),
    ),
    # While a note's text is being written (Tab, as board.next, also starts the next).
    Shortcut(
        "note.finish",
        ("Esc", "Ctrl+Return", "Ctrl+Enter", "Shift+Tab"),
        BOARD,
        QT_TRANSLATE_NOOP("Shortcuts", "Finish writing the note"),
    ),
    Shortcut(
        "rating.value",
        ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
        RATING,
        QT_TRANSLATE_NOOP("Shortcuts", "Give the value for the criterion shown"),
    ),
    Shortcut(
        "rating.clear",
        ("Del", "Backspace"),
        RATING,
        QT_TRANSLATE_NOOP("Shortcuts", "Clear the criterion shown"),
    ),
    Shortcut("rating.stop", ("Esc", "R"), RATING, QT_TRANSLATE_NOOP("Shortcuts", "Stop rating")),
    Shortcut(
        "map.delete",
        ("Del", "Backspace"),
        MAP,
        QT_TRANSLATE_NOOP("Shortcuts", "Delete the selection"),
    ),
    Shortcut(
        "map.focus",
        ("F",),
        MAP,
        QT_TRANSLATE_NOOP("Shortcuts", "Focus on the selected stakeholder"),
    ),
    Shortcut("map.unfocus", ("Esc",), MAP, QT_TRANSLATE_NOOP("Shortcuts", "End the focus")),
    Shortcut(
        "map.connect", ("Shift+Drag",), MAP, QT_TRANSLATE_NOOP("Shortcuts", "Draw a relation")
    ),
    Shortcut("start.rename", ("F2",), START, QT_TRANSLATE_NOOP("Shortcuts", "Rename the session")),
    Shortcut("start.delete", ("Del",), START, QT_TRANSLATE_NOOP("Shortcuts", "Delete the session")),
    Shortcut(
        "start.duplicate",
        ("Ctrl+D",),
        START,
        QT_TRANSLATE_NOOP("Shortcuts", "Duplicate the session"),
    ),
    Shortcut("start.find", ("Ctrl+F",), START, QT_TRANSLATE_NOOP("Shortcuts", "Search")),
)

_BY_ID = {s.id: s for s in SHORTCUTS}


def shortcut(shortcut_id: str) -> Shortcut:
    """The declared shortcut ``shortcut_id`` (a KeyError names a missing one)."""
    return _BY_ID[shortcut_id]


def is_gesture(text: str) -> bool:
    """Whether a declared key text is a mouse gesture ("Shift+Drag"), not a key."""
    return text in GESTURES


def keys(shortcut_id: str) -> list[QKeySequence]:
    """The key sequences of ``shortcut_id``, for ``QAction.setShortcuts``."""
    return [QKeySequence(k) for k in _BY_ID[shortcut_id].keys if not is_gesture(k)]


def translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def key_text(entry: Shortcut) -> str:
    """The keys as the user's keyboard names them ("Ctrl+Z" or "Strg+Z"), joined."""
    shown = []
    for k in entry.keys:
        if is_gesture(k):
            shown.append(translated(GESTURES[k]))
        else:
            shown.append(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText))
    return ", ".join(shown)


def rows() -> list[tuple[str, str, str]]:
    """(group, keys, description) for every shortcut, translated, in the order declared."""
    return [(translated(s.group), key_text(s), translated(s.text)) for s in SHORTCUTS]


class ShortcutSheet(QDialog):
    """A dialog listing every shortcut, grouped, in the current language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        # Imported when the sheet is first opened: the main window imports this module
        # for its keys, and PySide builds each Qt class on first import (issue 16).
        from PySide6.QtWidgets import (
            QAbstractItemView,
            QDialogButtonBox,
            QHeaderView,
            QTableWidget,
            QVBoxLayout,
        )

        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        group = ""
        for group_name, key_names, text in rows():
            if group_name != group:
                group = group_name
                self._add_row(group_name, "", heading=True)
            self._add_row(key_names, text)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 640)

    def _add_row(self, first: str, second: str, *, heading: bool = False) -> None:
        from PySide6.QtWidgets import QTableWidgetItem

        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((first, second)):
            item = QTableWidgetItem(text)
            if heading:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(row, column, item)
        if heading:
            self.table.setSpan(row, 0, 1, 2)

    def texts(self) -> list[str]:
        """Every text in the sheet, row by row (for tests)."""
        found = []
        for row in range(self.table.rowCount()):
            for column in range(2):
                item = self.table.item(row, column)
                if item is not None and item.text():
                    found.append(item.text())
        return found
