"""The mouse wheel scrolls; it never changes a value by the way (one guard for the app).

Scrolling a side panel or a toolbar used to change whatever combo box or spin box
happened to pass under the pointer: a relation's type on the map, the sector of the
next stakeholder, the voter whose dots are entered. A facilitator scrolling to find
something cannot see that a value changed on the way.

:class:`WheelGuard` is installed once on the application (:func:`install`), so every
combo box and spin box of every page, dialog and panel, present and future, follows
the same rule:

- a wheel over a combo box or spin box changes its value only when it already has
  the keyboard focus (the person clicked or tabbed into it, and sees the change);
- otherwise the wheel goes on to the panel or page underneath, which scrolls;
- a wheel never gives such a field the focus: Qt's default "wheel focus" would
  focus the field first and let the very same wheel change it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

GUARDED = (QComboBox, QAbstractSpinBox)
# Looked up once: the filter sees every event of the application, so its first test
# must be cheap (see tests/benchmarks/bench_wheel_guard.py).
_POLISH = QEvent.Type.Polish
_WHEEL = QEvent.Type.Wheel
_WHEEL_FOCUS = Qt.FocusPolicy.WheelFocus


def guarded_field(widget: QObject) -> QWidget | None:
    """The combo box or spin box that ``widget`` is, or is the text field of; else None."""
    if isinstance(widget, GUARDED):
        return widget
    parent = widget.parent() if isinstance(widget, QWidget) else None
    # An editable combo box and a spin box show their value in a QLineEdit child.
    if isinstance(parent, GUARDED):
        return parent
    return None


class WheelGuard(QObject):
    """An application event filter: no value changes under a wheel without focus."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind is _POLISH and isinstance(watched, GUARDED):
            if watched.focusPolicy() == _WHEEL_FOCUS:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind is _WHEEL:
            field = guarded_field(watched)
            if field is not None and not field.hasFocus():
                # Ignored and filtered: Qt offers the wheel to the parent next, so the
                # panel or page scrolls as if the field were not there.
                event.ignore()
                return True
        return False


def install(app: QCoreApplication) -> WheelGuard:
    """Guard every combo box and spin box of ``app`` (once; the same guard again after)."""
    existing = app.findChild(WheelGuard)
    if isinstance(existing, WheelGuard):
        return existing
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    return guard
