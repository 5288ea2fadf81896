"""A small dialog to pick several items from a list (notes to carry forward, say)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)


class ManyChoiceDialog(QDialog):
    """A list with several selectable rows, OK and Cancel."""

    def __init__(
        self, title: str, label: str, options: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        text = QLabel(label)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.addItems([" ".join(o.split())[:200] for o in options])
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 420)

    def chosen(self) -> list[int]:
        return sorted(self.list.row(item) for item in self.list.selectedItems())
