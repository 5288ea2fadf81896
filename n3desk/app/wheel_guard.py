"""The mouse wheel scrolls; it never changes a value by the way (one guard for the app).

Scrolling a side panel or a toolbar used to change whatever combo box or spin box
happened to pass under the pointer: a relation's type on the map, the sector of the
next stakeholder, the voter whose dots are entered. A facilitator scrolling to find
something cannot see that a value changed on the way.

:func:`install` guards every combo box and spin box of every page, dialog and panel,
present and future, with the same rule:

- a wheel over a combo box or spin box changes its value only when it already has
  the keyboard focus (the person clicked or tabbed into it, and sees the change);
- otherwise the wheel goes on to the panel or page underneath, which scrolls;
- a wheel never gives such a field the focus: Qt's default "wheel focus" would
  focus the field first and let the very same wheel change it.

How it finds the fields: the application's style (:class:`GuardingStyle`, a proxy
of the style the theme asks for) is told of every widget Qt polishes, and puts the
:class:`WheelGuard` filter on each combo box and spin box among them. The guard used
to be an event filter on the whole application: PySide then called Python for every
event of every widget (1,366 before the start page was ready) and built each
widget's and event's Python class with its enums on the way, 10–15 % of start-up
(issue 16). Now Python hears of each polished widget once, and the guard sees only
the fields' own events.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QProxyStyle, QWidget

GUARDED = (QComboBox, QAbstractSpinBox)
_WHEEL = QEvent.Type.Wheel
_WHEEL_FOCUS = Qt.FocusPolicy.WheelFocus
#: The style a guard is installed with when the application has none named yet.
DEFAULT_STYLE = "Fusion"


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
    """The filter on each combo box and spin box: no value changes under a wheel without focus."""

    def adopt(self, widget: QWidget) -> None:
        """Guard ``widget`` if it is a combo box or spin box (again: no harm)."""
        if not isinstance(widget, GUARDED):
            return
        if widget.focusPolicy() == _WHEEL_FOCUS:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(self)  # Qt keeps one entry per filter and object

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A wheel over a field's text field reaches the field itself: Qt offers it to
        # the parent when the text field ignores it.
        if event.type() is _WHEEL:
            field = guarded_field(watched)
            if field is not None and not field.hasFocus():
                # Ignored and filtered: Qt offers the wheel to the parent next, so the
                # panel or page scrolls as if the field were not there.
                event.ignore()
                return True
        return False


class GuardingStyle(QProxyStyle):
    """The style named ``base`` (drawing exactly as it does), guarding the fields it polishes."""

    def __init__(self, base: str, guard: WheelGuard) -> None:
        super().__init__(base)
        self.guard = guard
        self.base_name = base

    def polish(self, target: Any) -> Any:
        # One name for QStyle's three polish overloads (a widget, the application,
        # a palette): PySide calls this for each; only widgets are guarded.
        result = super().polish(target)
        if isinstance(target, GUARDED):
            self.guard.adopt(target)
        return result


def guard_of(app: QCoreApplication) -> WheelGuard | None:
    """The guard installed on ``app``, if any."""
    found = app.findChild(WheelGuard)
    return found if isinstance(found, WheelGuard) else None


def set_style(app: QApplication, name: str) -> None:
    """Give ``app`` the style ``name``, keeping its guard (the app's one way to set a style)."""
    guard = guard_of(app)
    if guard is None:
        app.setStyle(name)
    else:
        app.setStyle(GuardingStyle(name, guard))


def install(app: QApplication) -> WheelGuard:
    """Guard every combo box and spin box of ``app`` (once; the same guard again after)."""
    existing = guard_of(app)
    if existing is not None:
        return existing
    guard = WheelGuard(app)
    current = QApplication.style()
    name = current.name() if current is not None else ""
    # Setting the style polishes every widget again: those made before are guarded too.
    set_style(app, name or DEFAULT_STYLE)
    return guard
