"""The method library panel: search the method cards, read one, attach it to a stage."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from n3desk.app.file_problem_text import file_problem_text
from n3desk.domain.methods import MethodLibrary, MethodText
from n3desk.store.method_files import MethodFileProblem

ID_ROLE = Qt.ItemDataRole.UserRole


class MethodLibraryPanel(QWidget):
    """Searchable method cards.

    Signals:
        attach_requested(MethodText): the user wants this card on the selected stage.
    """

    attach_requested = Signal(object)

    def __init__(
        self,
        library: MethodLibrary,
        language: str,
        parent: QWidget | None = None,
        *,
        own: frozenset[str] = frozenset(),
        problems: tuple[MethodFileProblem, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.language = language
        self.own = own  # ids of the user's own cards (from the team, or copied in)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search methods…"))
        self.search.setClearButtonEnabled(True)
        self.cards = QListWidget(self)
        self.details = QLabel(self)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.details)
        self.attach_button = QPushButton(self.tr("Attach to the selected stage"), self)
        self.attach_button.setToolTip(
            self.tr("The card's steps become the stage's instructions for the room")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.cards, 2)
        layout.addWidget(scroll, 3)
        layout.addWidget(self.attach_button)
        # Own card files that could not be used: said here, where the card is missed.
        self.problems = QLabel(self)
        self.problems.setProperty("role", "hint")
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setWordWrap(True)
        self.problems.setVisible(bool(problems))
        if problems:
            self.problems.setText(
                self.tr("%n own method card(s) could not be used:", "", len(problems))
                + "\n"
                + "\n".join(_shortened(file_problem_text(p.file, p.reason)) for p in problems[:5])
            )
        layout.addWidget(self.problems)
        self.search.textChanged.connect(self._fill)
        self.cards.currentItemChanged.connect(lambda *_: self._show_current())
        self.attach_button.clicked.connect(self._on_attach)
        self._fill()

    def current(self) -> MethodText | None:
        """The card selected in the list."""
        item = self.cards.currentItem()
        if item is None:
            return None
        card = self.library.get(str(item.data(ID_ROLE)))
        return card.text(self.language) if card else None

    def select(self, method_id: str) -> None:
        """Select the card ``method_id`` if it is listed."""
        for row in range(self.cards.count()):
            item = self.cards.item(row)
            if item.data(ID_ROLE) == method_id:
                self.cards.setCurrentItem(item)
                return

    def _fill(self) -> None:
        selected = self.current()
        self.cards.clear()
        for card in self.library.search(self.search.text(), self.language):
            own = card.id in self.own
            item = QListWidgetItem(card.name + self.tr(" (own)") if own else card.name)
            item.setData(ID_ROLE, card.id)
            item.setToolTip(card.purpose)
            self.cards.addItem(item)
        if selected is not None:
            self.select(selected.id)
        if self.cards.currentItem() is None and self.cards.count():
            self.cards.setCurrentRow(0)
        self._show_current()

    def _show_current(self) -> None:
        card = self.current()
        self.attach_button.setEnabled(card is not None)
        if card is None:
            self.details.setText(self.tr("No method matches the search."))
            return
        steps = "\n".join(f"{i}. {s}" for i, s in enumerate(card.steps, start=1))
        tips = "\n".join(f"• {t}" for t in card.tips)
        self.details.setText(
            "\n\n".join(
                [
                    card.name,
                    card.purpose,
                    self.tr("Place in the process: {text}").format(text=card.place),
                    self.tr("Time: {text}").format(text=card.time),
                    self.tr("Group size: {text}").format(text=card.group_size),
                    self.tr("Materials: {text}").format(text=card.materials),
                    self.tr("Steps") + "\n" + steps,
                    self.tr("Tips") + "\n" + tips,
                ]
            )
        )

    def _on_attach(self) -> None:
        card = self.current()
        if card is not None:
            self.attach_requested.emit(card)


def _shortened(text: str, limit: int = 160) -> str:
    """One line of at most ``limit`` characters (a file name may be anything)."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
