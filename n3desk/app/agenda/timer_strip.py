"""The timer strip: always visible at the bottom of the session window.

Stage name, a large countdown, a progress bar and the stage's colour — calm, amber
for the warning, red for danger, violet for overtime — readable from the back of
the room. Space starts and pauses (unless a text is being edited), Ctrl+Right goes
to the next stage. When a stage (or a station) ends, the chime plays (muteable;
visual only without audio), the strip flashes, and the next stage is offered: the
facilitator decides when to move on.

In a window lower than :data:`COMPACT_BELOW` (a 1024×768 laptop) the strip is
compact: one row of stage, buttons and countdown over a thin progress line, so
the board and the map keep the height; from that height on it is full size.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFrame,
    QGraphicsView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QWidget,
)

from n3desk.app.agenda.signal_player import SignalPlayer
from n3desk.app.agenda.timer_controller import TimerController, TimerView
from n3desk.app.document import SessionDocument
from n3desk.app.shortcuts import keys
from n3desk.domain.agenda import format_clock
from n3desk.domain.timer import Level, StageSignal, TimerState

# (background, text, bar) per level; the overtime colour is deliberately not red.
COLOURS: dict[str, tuple[str, str, str]] = {
    Level.NORMAL: ("#1f3a4d", "#ffffff", "#7fc8f8"),
    Level.WARNING: ("#ffb300", "#1a1a1a", "#5d4000"),
    Level.DANGER: ("#c62828", "#ffffff", "#ffcdd2"),
    Level.OVERTIME: ("#5e35b1", "#ffffff", "#d1c4e9"),
    "idle": ("#37474f", "#ffffff", "#90a4ae"),
    "flash": ("#ffffff", "#1a1a1a", "#1a1a1a"),
}
FLASH_MS = 300
FLASHES = 8  # on/off changes: four flashes
COMPACT_BELOW = 900  # window height (px) under which the strip is one row

# Type and spacing of the two sizes of the strip.
FULL = {"title": 24, "detail": 17, "clock": 56, "button": 16, "bar": 12, "button_height": 36}
COMPACT = {"title": 18, "detail": 14, "clock": 38, "button": 14, "bar": 5, "button_height": 30}


class ProgressLine(QWidget):
    """A thick bar of the time used, painted in the strip's colours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fraction = 0.0
        self.colour = QColor("#ffffff")
        self.setFixedHeight(12)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_progress(self, fraction: float, colour: str) -> None:
        self.fraction = max(0.0, min(1.0, fraction))
        self.colour = QColor(colour)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        track = QColor(self.colour)
        track.setAlpha(70)
        painter.setBrush(track)
        painter.drawRoundedRect(self.rect(), 6, 6)
        painter.setBrush(self.colour)
        width = round(self.width() * self.fraction)
        if width > 0:
            painter.drawRoundedRect(0, 0, width, self.height(), 6, 6)
        painter.end()


class ElidedLabel(QLabel):
    """A one-line plain-text label that ends in "…" rather than cutting a letter in half."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.full_text = ""

    def set_full_text(self, text: str) -> None:
        if text == self.full_text:
            return  # the timer's tick sets the same words four times a second
        self.full_text = text
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        one_line = " ".join(self.full_text.split())
        shown = self.fontMetrics().elidedText(
            one_line, Qt.TextElideMode.ElideRight, max(10, self.width())
        )
        if shown != self.text():
            self.setText(shown)
        self.setToolTip(one_line if shown != one_line else "")


def _editing_text() -> bool:
    """True when the keyboard belongs to a text being edited (Space must type a space)."""
    focus = QApplication.focusWidget()
    if isinstance(focus, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox):
        return not getattr(focus, "isReadOnly", lambda: False)()
    if isinstance(focus, QComboBox):
        return focus.isEditable()
    if isinstance(focus, QGraphicsView) and focus.scene() is not None:
        item = focus.scene().focusItem()
        return item is not None and bool(
            item.flags() & item.GraphicsItemFlag.ItemAcceptsInputMethod
        )
    return False


class TimerStrip(QFrame):
    """The stage-timer strip of one session."""

    def __init__(
        self,
        document: SessionDocument,
        parent: QWidget | None = None,
        *,
        controller: TimerController | None = None,
        player: SignalPlayer | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timerStrip")
        self.document = document
        self.controller = controller or TimerController(document, self)
        self.player = player or SignalPlayer(self)
        self.view: TimerView = self.controller.view
        self.announcement = ""
        self._flashes_left = 0
        self._flash_on = False
        self._flash = QTimer(self)
        self._flash.setInterval(FLASH_MS)
        self._flash.timeout.connect(self._on_flash)
        self._build()
        self.controller.updated.connect(self.show_view)
        self.controller.signalled.connect(self._on_signal)
        self.player.muted_changed.connect(lambda _m: self._show_mute())
        self._shortcuts()
        self._keyboard_focus: QWidget | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self.show_view(self.controller.view)

    # -- building --------------------------------------------------------------------

    def _build(self) -> None:
        self.title = ElidedLabel(self)
        self.title.setObjectName("timerTitle")
        self.detail = ElidedLabel(self)
        self.detail.setObjectName("timerDetail")
        self.countdown = QLabel(self)
        self.countdown.setTextFormat(Qt.TextFormat.PlainText)
        self.countdown.setObjectName("timerCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.progress = ProgressLine(self)

        self.toggle_button = self._button(self.controller.toggle)
        self.minus_button = self._button(lambda: self.controller.adjust(-1), "−1")
        self.plus_button = self._button(lambda: self.controller.adjust(1), "+1")
        self.plus5_button = self._button(lambda: self.controller.adjust(5), "+5")
        self.back_button = self._button(self.controller.back, "◂")
        self.next_button = self._button(self.controller.next_stage, self.tr("Next ▸"))
        self.mute_button = self._button(lambda: self.player.set_muted(not self.player.muted))
        self.minus_button.setToolTip(self.tr("One minute less"))
        self.plus_button.setToolTip(self.tr("One minute more"))
        self.plus5_button.setToolTip(self.tr("Five minutes more"))
        self.next_button.setToolTip(self.tr("Finish this stage and start the next (Ctrl+Right)"))
        self.toggle_button.setToolTip(self.tr("Start or pause the timer (Space)"))

        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(6)
        for b in (
            self.toggle_button,
            self.minus_button,
            self.plus_button,
            self.plus5_button,
            self.back_button,
            self.next_button,
            self.mute_button,
        ):
            self.buttons.addWidget(b)
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(0, 1)
        self.compact = False
        self._window: QWidget | None = None
        self._arrange()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _arrange(self) -> None:
        """Place the parts for the strip's size (full: three rows; compact: one)."""
        grid = self.grid
        for widget in (self.title, self.detail, self.progress, self.countdown):
            grid.removeWidget(widget)
        grid.removeItem(self.buttons)
        if self.compact:
            # Stage and detail stacked at the left, the buttons and the countdown
            # beside them, the progress as a thin line along the bottom.
            grid.setContentsMargins(14, 3, 14, 4)
            grid.setHorizontalSpacing(14)
            grid.setVerticalSpacing(0)
            grid.addWidget(self.title, 0, 0)
            grid.addWidget(self.detail, 1, 0)
            grid.addLayout(self.buttons, 0, 1, 2, 1, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(self.countdown, 0, 2, 2, 1)
            grid.addWidget(self.progress, 2, 0, 1, 3)
        else:
            # Title and detail get the width; the countdown spans the right-hand side;
            # the buttons sit beside the progress bar so the strip stays low.
            grid.setContentsMargins(18, 8, 18, 10)
            grid.setHorizontalSpacing(20)
            grid.setVerticalSpacing(2)
            grid.addWidget(self.title, 0, 0)
            grid.addWidget(self.detail, 1, 0)
            grid.addWidget(self.progress, 2, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addLayout(self.buttons, 2, 1)
            grid.addWidget(self.countdown, 0, 2, 3, 1)
        sizes = COMPACT if self.compact else FULL
        self.progress.setFixedHeight(sizes["bar"])
        for button in self._all_buttons():
            button.setMinimumHeight(sizes["button_height"])
        self.setProperty("level", None)  # the style sheet holds the sizes: apply it anew
        self._paint("flash" if self._flash_on else self._level())

    def _all_buttons(self) -> list[QPushButton]:
        return [
            self.toggle_button,
            self.minus_button,
            self.plus_button,
            self.plus5_button,
            self.back_button,
            self.next_button,
            self.mute_button,
        ]

    def set_compact(self, compact: bool) -> None:
        """One low row (True) or the full three rows (False)."""
        if compact != self.compact:
            self.compact = compact
            self._arrange()
            self.updateGeometry()

    # -- following the window's height ---------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ParentChange, QEvent.Type.Show):
            self._watch_window()
        return super().event(event)

    def _watch_window(self) -> None:
        window = self.window()
        if window is self._window:
            return
        if self._window is not None:
            self._window.removeEventFilter(self)
        self._window = window if window is not self else None
        if self._window is not None:
            self._window.installEventFilter(self)
            self.set_compact(self._window.height() < COMPACT_BELOW)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        window = self._window
        if window is not None and watched is window and event.type() == QEvent.Type.Resize:
            self.set_compact(window.height() < COMPACT_BELOW)
        return super().eventFilter(watched, event)

    def _button(self, slot: Callable[[], object], text: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space stays the timer's key
        button.setMinimumHeight(36)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _shortcuts(self) -> None:
        made = []
        for shortcut_id, slot in (
            ("timer.toggle", self.press_space),
            ("timer.next", self.controller.next_stage),
            ("timer.back", self.controller.back),
        ):
            (sequence,) = keys(shortcut_id)
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            made.append(shortcut)
        self.space_shortcut, self.next_shortcut, self.back_shortcut = made

    def press_space(self) -> None:
        """Space: start or pause, unless the keyboard is busy with a text or a button."""
        if _editing_text():
            return
        # The window-wide shortcut takes Space before a focused button sees it: press
        # the button as Space always does (an N3 rating chosen from the keyboard must
        # not start the stage clock instead).
        # A button that only has the focus because it was clicked (or because the
        # clicked one went grey) leaves Space to the timer, as before.
        focus = QApplication.focusWidget()
        if focus is not None and focus is self._keyboard_focus and focus.isEnabled():
            if isinstance(focus, QAbstractButton):
                focus.click()
                return
            if isinstance(focus, QComboBox):
                focus.showPopup()
                return
        self.controller.toggle()

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        """Remember ``new`` when the keyboard (Tab) brought the focus there."""
        clicked = QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton
        handed_on = old is not None and not (old.isEnabled() and old.isVisible())
        self._keyboard_focus = None if clicked or handed_on else new

    # -- showing ---------------------------------------------------------------------

    def show_view(self, view: TimerView) -> None:
        """Show the controller's latest reading."""
        self.view = view
        r = view.reading
        if view.stage is None or r is None:
            self.title.set_full_text(
                self.tr("Agenda finished") if view.count else self.tr("No agenda yet")
            )
            self.detail.set_full_text(
                self.tr("Every stage is done.")
                if view.count
                else self.tr("Add stages on the Agenda tab.")
            )
            self.countdown.setText("—")
            self.progress.set_progress(0, COLOURS["idle"][2])
            self.toggle_button.setText(self.tr("Start"))  # greyed, but never blank
            self._set_enabled(False, False, False)
            self._show_mute()
            self._paint("idle")
            return
        self.title.set_full_text(view.stage.title)
        self.countdown.setText(self._clock_text(view))
        self.detail.set_full_text(self._detail_text(view))
        fraction = r.elapsed / r.allotted if r.allotted > 0 else 1.0
        level = "idle" if r.state is TimerState.IDLE else r.level
        self.progress.set_progress(fraction, COLOURS[level][2])
        self.toggle_button.setText(
            {
                TimerState.IDLE: self.tr("Start"),
                TimerState.PAUSED: self.tr("Resume"),
            }.get(r.state, self.tr("Pause"))
        )
        self._set_enabled(True, r.active, r.active and r.segment_remaining > 0)
        self._show_mute()
        if not self._flash_on:
            self._paint(level)

    def _clock_text(self, view: TimerView) -> str:
        r = view.reading
        assert r is not None
        # Paused after running over, it is still overtime: "+0:44", never "−0:44".
        if r.state is TimerState.OVERTIME or r.overtime > 0:
            return "+" + format_clock(r.overtime)
        shown = r.segment_remaining if r.segment_count > 1 else r.remaining
        return format_clock(shown)

    def _detail_text(self, view: TimerView) -> str:
        r = view.reading
        assert r is not None
        parts = [self.tr("Stage {n} of {count}").format(n=view.number, count=view.count)]
        if r.segment_count > 1 and r.state is not TimerState.OVERTIME:
            if r.has_summary and r.segment == r.segment_count - 1:
                parts.append(self.tr("Summary round"))
            else:
                parts.append(
                    self.tr("Station {n} of {count}").format(n=r.segment + 1, count=r.stations)
                )
            parts.append(self.tr("{time} left in all").format(time=format_clock(r.remaining)))
        if r.state is TimerState.PAUSED:
            parts.append(self.tr("Paused"))
        if view.time_is_up:
            if view.next_stage is not None:
                parts.append(
                    self.tr("Time is up — next: {title} (Ctrl+Right)").format(
                        title=view.next_stage.title
                    )
                )
            else:
                parts.append(self.tr("Time is up — this is the last stage"))
        elif view.next_stage is not None:
            parts.append(self.tr("Next: {title}").format(title=view.next_stage.title))
        if self.announcement:
            parts.insert(0, self.announcement)
        return "  ·  ".join(parts)

    def _set_enabled(self, toggle: bool, adjust: bool, minus: bool) -> None:
        self.toggle_button.setEnabled(toggle)
        self.plus_button.setEnabled(adjust)
        self.plus5_button.setEnabled(adjust)
        self.minus_button.setEnabled(minus)
        self.next_button.setEnabled(self.view.stage is not None)
        previous = self.view.previous_stage
        self.back_button.setEnabled(previous is not None)
        tip = (
            self.tr("Back to “{title}”, paused where it ended (Ctrl+Left)").format(
                title=previous.title
            )
            if previous is not None
            else self.tr("Back to the stage that ended last (Ctrl+Left)")
        )
        if self.back_button.toolTip() != tip:
            self.back_button.setToolTip(tip)

    def _show_mute(self) -> None:
        if self.player.muted:
            self.mute_button.setText(self.tr("Sound off"))
        else:
            self.mute_button.setText(self.tr("Sound on"))
        self.mute_button.setToolTip(self.tr("Switch the end signal on or off"))

    def _paint(self, level: str) -> None:
        if level == self.property("level"):
            return  # a style sheet is costly to apply: only when the colour changes
        background, text, _bar = COLOURS[level]
        self.setProperty("level", level)
        px = COMPACT if self.compact else FULL
        pad = "2px 9px" if self.compact else "4px 12px"
        self.setStyleSheet(
            f"""
            QFrame#timerStrip {{ background-color: {background}; }}
            QLabel {{ color: {text}; background: transparent; }}
            QLabel#timerTitle {{ font-size: {px["title"]}px; font-weight: bold; }}
            QLabel#timerDetail {{ font-size: {px["detail"]}px; }}
            QLabel#timerCountdown {{ font-size: {px["clock"]}px; font-weight: bold;
                                     min-width: 4.3em; }}
            QPushButton {{ font-size: {px["button"]}px; padding: {pad}; color: {text};
                           background-color: rgba(255, 255, 255, 40);
                           border: 1px solid {text}; border-radius: 6px; }}
            QPushButton:disabled {{ color: rgba(128, 128, 128, 160);
                                    border-color: rgba(128, 128, 128, 120); }}
            """
        )

    # -- signals ---------------------------------------------------------------------

    def _on_signal(self, signal: StageSignal) -> None:
        if signal.kind == "change":
            self.announcement = self.tr("Station {n} of {count} — move on").format(
                n=signal.station, count=signal.stations
            )
        elif signal.kind == "summary":
            self.announcement = self.tr("Summary round — come together")
        else:
            self.announcement = ""  # the detail line already says the time is up
        self.player.play()
        self._flashes_left = FLASHES
        self._flash.start()
        self.show_view(self.view)

    def _on_flash(self) -> None:
        self._flashes_left -= 1
        self._flash_on = self._flashes_left > 0 and self._flashes_left % 2 == 1
        if self._flashes_left <= 0:
            self._flash.stop()
            self.announcement = ""
        self._paint("flash" if self._flash_on else self._level())
        self.show_view(self.view)

    def _level(self) -> str:
        r = self.view.reading
        if r is None or r.state is TimerState.IDLE:
            return "idle"
        return str(r.level)

    @property
    def flashing(self) -> bool:
        return self._flash.isActive()
