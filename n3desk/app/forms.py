"""Loading the Qt Designer forms under ``ui/`` into our own widget classes.

``QUiLoader`` normally builds a fresh top-level widget; :func:`load_form` builds
the form *into* an existing instance instead (the usual PySide "loadUi" trick:
the loader is asked for the top-level widget and hands back ours), so a class like
``MainWindow(QMainWindow)`` keeps its overrides and gets the form's children.
Strings in forms are translated by the loader with the form's class as context.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from n3desk.resources import ui_form

W = TypeVar("W", bound=QObject)


class _IntoInstanceLoader(QUiLoader):
    def __init__(self, instance: QWidget) -> None:
        super().__init__(instance)
        self._instance = instance

    def createWidget(
        self, class_name: str, parent: QWidget | None = None, name: str = ""
    ) -> QWidget:
        if parent is None:
            return self._instance
        return super().createWidget(class_name, parent, name)


def load_form(name: str, instance: QWidget) -> QWidget:
    """Build the form ``ui/<name>`` into ``instance``; returns ``instance``."""
    data = QByteArray(ui_form(name).read_bytes())
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    loader = _IntoInstanceLoader(instance)
    widget = loader.load(buffer, None)
    buffer.close()
    if widget is None:
        raise RuntimeError(f"the form {name} could not be loaded: {loader.errorString()}")
    return instance


def child(parent: QObject, kind: type[W], name: str) -> W:
    """The form's child ``name`` of type ``kind``; a clear error if the form lacks it."""
    found = parent.findChild(kind, name)
    if found is None:
        raise LookupError(f"the form has no {kind.__name__} named {name!r}")
    return found
