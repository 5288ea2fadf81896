"""Building the Qt Designer forms under ``ui/`` into our own widget classes.

The forms are compiled to Python by ``tools/compile_forms.py`` (``pyside6-uic``)
into :mod:`n3desk.app.compiled_forms`; a test checks the modules match the forms.
:func:`load_form` builds a form *into* an existing instance, so a class like
``MainWindow(QMainWindow)`` keeps its overrides and gets the form's children, which
:func:`child` finds by their object names. Strings in forms are translated with the
form's class as context, as Qt Designer's own tools do.

Compiled rather than read with ``QUiLoader`` at run time: parsing the XML and
creating each widget by its class name cost about 15 ms of the start page's
start-up (issue 16), and the QtUiTools module more.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import PurePosixPath
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QObject)
COMPILED = "n3desk.app.compiled_forms"


def load_form(name: str, instance: QWidget) -> QWidget:
    """Build the form ``ui/<name>`` into ``instance``; returns ``instance``."""
    stem = PurePosixPath(name).stem
    try:
        module = import_module(f"{COMPILED}.{stem}")
    except ModuleNotFoundError:
        raise RuntimeError(
            f"the form {name} is not compiled (run tools/compile_forms.py)"
        ) from None
    # uic names the class after the form's top-level class: Ui_<class>.
    form_class = next(value for key, value in vars(module).items() if key.startswith("Ui_"))
    form_class().setupUi(instance)
    return instance


def child(parent: QObject, kind: type[W], name: str) -> W:
    """The form's child ``name`` of type ``kind``; a clear error if the form lacks it."""
    found = parent.findChild(kind, name)
    if found is None:
        raise LookupError(f"the form has no {kind.__name__} named {name!r}")
    return found
