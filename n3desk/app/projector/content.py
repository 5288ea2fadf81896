"""What the room sees: the stage card, a board, or the map, with the timer in a corner.

The board and the map are separate *audience* scenes on the same document: hidden
notes are not drawn at all (the facilitator's own board keeps showing them greyed),
nothing is selectable, and they follow the document's changes like every view.

A board is shown as :class:`~n3desk.app.projector.board_pane.BoardPane` says: never
empty space, and never a letter too small to read from the back of the room.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QStackedLayout, QVBoxLayout, QWidget

from n3desk.app.agenda.timer_controller import TimerView
from n3desk.app.document import SessionDocument
from n3desk.app.map.painting import LABEL_BAND, Sizes
from n3desk.app.map.scene import StakeholderMapScene
from n3desk.app.projector.audience_view import AudienceView
from n3desk.app.projector.board_pane import BoardPane
from n3desk.app.projector.look import LOOKS, MIN_TEXT_PX, ProjectorLook, text_px
from n3desk.app.projector.state import BOARD, MAP, STAGE, Target
from n3desk.app.projector.text_block import TextBlock
from n3desk.app.translation import translate_for
from n3desk.domain.agenda import format_clock
from n3desk.domain.entities import Board, Stakeholder
from n3desk.domain.timer import TimerState


def clock_text(view: TimerView | None) -> str:
    """The countdown as the room reads it: "12:34", "+1:05" in overtime, "—" for none."""
    r = view.reading if view is not None else None
    if r is None:
        return "—"
    if r.state is TimerState.OVERTIME:
        return "+" + format_clock(r.overtime)
    return format_clock(r.segment_remaining if r.segment_count > 1 else r.remaining)


def timer_level(view: TimerView | None) -> str:
    r = view.reading if view is not None else None
    if r is None or r.state is TimerState.IDLE:
        return "idle"
    return str(r.level)


class StageCard(QWidget):
    """The current stage: where we are, its title, its instructions and a big timer."""

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        # The room reads the session's language, not the facilitator's window's.
        language = self.document.session.language
        return translate_for(language, "StageCard", source, disambiguation, n)

    def __init__(self, document: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.position = TextBlock(self, wrap=False)
        self.title = TextBlock(self, bold=True)
        self.instructions = TextBlock(self)
        self.clock = TextBlock(self, bold=True, wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        self.status = TextBlock(self, wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        self._layout = layout
        layout.addWidget(self.position)
        layout.addWidget(self.title, 2)
        layout.addWidget(self.instructions, 4)
        layout.addWidget(self.clock, 4)
        layout.addWidget(self.status)
        self.look = LOOKS["light"]
        self.scale = 1.0
        self.view: TimerView | None = None

    def show_view(self, view: TimerView | None) -> None:
        """Show the timer controller's latest reading."""
        self.view = view
        session = self.document.session
        stage = view.stage if view is not None else None
        if view is None or stage is None:
            count = view.count if view is not None else 0
            self.position.set_text(self.tr("Agenda finished") if count else "")
            self.title.set_text(session.title)
            self.instructions.set_text(session.question)
            self.clock.set_text("")
            self.status.set_text("")
        else:
            self.position.set_text(self._position_text(view))
            self.title.set_text(stage.title)
            self.instructions.set_text(stage.instructions)
            self.clock.set_text(clock_text(view))
            self.status.set_text(self._status_text(view))
        self._colour_clock()

    def _position_text(self, view: TimerView) -> str:
        parts = [self.tr("Stage {n} of {count}").format(n=view.number, count=view.count)]
        r = view.reading
        if r is not None and r.segment_count > 1 and r.state is not TimerState.OVERTIME:
            if r.has_summary and r.segment == r.segment_count - 1:
                parts.append(self.tr("Summary round"))
            else:
                parts.append(
                    self.tr("Station {n} of {count}").format(n=r.segment + 1, count=r.stations)
                )
        return "  ·  ".join(parts)

    def _status_text(self, view: TimerView) -> str:
        r = view.reading
        if r is None:
            return ""
        if r.state is TimerState.IDLE:
            return self.tr("Not started")
        if r.state is TimerState.PAUSED:
            return self.tr("Paused")
        if view.time_is_up:
            return self.tr("Time is up")
        if view.next_stage is not None:
            return self.tr("Next: {title}").format(title=view.next_stage.title)
        return ""

    def set_look(self, look: ProjectorLook, scale: float) -> None:
        self.look, self.scale = look, scale
        self._restyle()

    def _restyle(self) -> None:
        h, s, look = max(1, self.height()), self.scale, self.look
        margin = round(h * 0.06)
        self._layout.setContentsMargins(margin, round(margin * 0.8), margin, round(margin * 0.6))
        self._layout.setSpacing(round(h * 0.015))
        least = text_px(MIN_TEXT_PX, h, s)  # the room's minimum on this picture
        self.position.set_style(text_px(26, h, s), look.muted, least)
        self.title.set_style(text_px(56, h, s), look.text, least)
        self.instructions.set_style(text_px(32, h, s), look.text, least)
        self.status.set_style(text_px(28, h, s), look.muted, least)
        self._colour_clock()

    def _colour_clock(self) -> None:
        h = max(1, self.height())
        colour = self.look.levels.get(timer_level(self.view), self.look.text)
        self.clock.set_style(text_px(170, h, self.scale), colour)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._restyle()


class TimerBadge(QWidget):
    """The timer in a corner over a board or the map."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.block = TextBlock(self, bold=True, wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        self.block.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.background = QColor("#1f3a4d")

    def show_clock(self, text: str, colour: str, background: str, pixels: int) -> None:
        self.background = QColor(background)
        self.block.set_style(pixels, colour)
        self.block.set_text(text)
        metrics = QFontMetrics(self.block.drawn_font())
        width = metrics.horizontalAdvance("+00:00") + pixels
        height = round(metrics.height() * 1.3)
        self.resize(width, height)
        self.block.setGeometry(0, 0, width, height)
        self.setVisible(bool(text))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.background)
        radius = self.height() / 4
        painter.drawRoundedRect(QRectF(self.rect()), radius, radius)
        painter.end()


class MapPane(QWidget):
    """The stakeholder map as the audience sees it: no selection, big enough letters."""

    def __init__(self, document: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = StakeholderMapScene(document, self, audience=True)
        self.view = AudienceView(self)
        self.view.setScene(self.scene)
        self._refit_timer = QTimer(self)
        self._refit_timer.setSingleShot(True)
        self._refit_timer.setInterval(0)
        self._refit_timer.timeout.connect(self.refit)
        self.view.resized.connect(self._refit_timer.start)
        self.view.unfitted_paint.connect(self.refit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.scale = 1.0

    def magnification(self, width: int, height: int) -> float:
        """How much larger than the map's own size it is drawn, so no text is under the minimum.

        The map sizes its letters from its radius; on a projector it is laid out
        for a smaller virtual view and drawn magnified.
        """
        wanted = text_px(MIN_TEXT_PX, height, self.scale)
        k = 1.0
        while k < 4.0:
            outer = max(60.0, (min(width, height) / k / 2 - 8) / (1 + LABEL_BAND))
            if Sizes(outer, audience=True).smallest_text() * k >= wanted:
                break
            k += 0.05
        return k

    def set_look(self, look: ProjectorLook) -> None:
        """The room's background around the map's circle (the circle keeps its paper)."""
        self.scene.setBackgroundBrush(QColor(look.board_background))
        self.view.setBackgroundBrush(QColor(look.board_background))

    def focus(self, stakeholder_id: str) -> None:
        known = self.scene.document.workshop.get(Stakeholder, stakeholder_id) is not None
        self.scene.set_focus(stakeholder_id if known else "")

    def refit(self) -> None:
        self.view.fitted_size = self.view.viewport().size()
        width, height = max(1, self.view.width()), max(1, self.view.height())
        k = self.magnification(width, height)
        self.scene.set_view_size(width / k, height / k)
        self.scene.layout_now(unless_unseen=True)
        self.view.resetTransform()
        self.view.scale(k, k)
        self.view.centerOn(self.scene.sceneRect().center())


class ProjectorContent(QWidget):
    """The picture on the wall: one of the stage card, a board or the map."""

    def __init__(self, document: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.card = StageCard(document, self)
        self.board = BoardPane(document, self)
        self.map = MapPane(document, self)
        self.stack = QStackedLayout(self)
        for page in (self.card, self.board, self.map):
            self.stack.addWidget(page)
        self.badge = TimerBadge(self)
        self.badge.hide()
        self.target = Target()
        self.timer_view: TimerView | None = None
        self.look = LOOKS["light"]
        self.scale = 1.0
        self.setObjectName("projectorContent")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # A board deleted or renamed: the wall falls back to the stage, or retitles.
        document.boards_changed.connect(lambda _changes: self._check_target())

    def shown_kind(self) -> str:
        """What is on the wall: "stage", "board" or "map"."""
        page = self.stack.currentWidget()
        return BOARD if page is self.board else MAP if page is self.map else STAGE

    def show_target(self, target: Target, *, follows: bool = False) -> None:
        """Show ``target`` (a deleted board falls back to the stage card).

        ``follows``: the target is what the facilitator looks at, and a board too big
        for the wall shows the part of it they look at.
        """
        self.target = target
        if target.kind == BOARD and self.document.workshop.get(Board, target.board_id):
            self.board.show_board(target.board_id, target.note_ids, follows=follows)
            self.stack.setCurrentWidget(self.board)
        elif target.kind == MAP:
            self.map.focus(target.stakeholder_id)
            self.stack.setCurrentWidget(self.map)
            self.map.refit()
        else:
            self.stack.setCurrentWidget(self.card)
        self._show_badge()

    def _check_target(self) -> None:
        if self.target.kind == BOARD and self.shown_kind() == BOARD:
            if self.document.workshop.get(Board, self.target.board_id) is None:
                self.board.drop_board(self.target.board_id)
                self.show_target(self.target)
            else:
                self.board.retitle()

    def show_timer(self, view: TimerView) -> None:
        """The timer controller's latest reading (every tick)."""
        self.timer_view = view
        self.card.show_view(view)
        self._show_badge()

    def _show_badge(self) -> None:
        view = self.timer_view
        running = view is not None and view.stage is not None
        if self.shown_kind() == STAGE or not running:
            self.badge.hide()
            self.board.set_right_room(0)
            return
        colour = self.look.levels.get(timer_level(view), self.look.text)
        if self.look.name == "light":
            colour = "#ffffff" if timer_level(view) in ("idle", "normal") else colour
            colour = {"warning": "#ffc233", "danger": "#ff8a80", "overtime": "#d1c4e9"}.get(
                timer_level(view), colour
            )
        h = max(1, self.height())
        self.badge.show_clock(clock_text(view), colour, self.look.badge, text_px(40, h, self.scale))
        pad = round(h * 0.02)
        self.badge.move(self.width() - self.badge.width() - pad, pad)
        self.board.set_right_room(self.badge.width() + pad)  # the part counter stays clear
        self.badge.raise_()

    def set_look(self, look: ProjectorLook, scale: float) -> None:
        """Colours and type scale of the projector."""
        self.look, self.scale = look, scale
        # A style sheet, not a palette: the app's qt-material sheet would win over one.
        self.setStyleSheet(
            f"QWidget#projectorContent {{ background-color: {look.background}; }}"
            f" QGraphicsView {{ border: none; background-color: {look.board_background}; }}"
        )
        self.map.scale = scale
        self.map.set_look(look)
        self._restyle()

    def _restyle(self) -> None:
        h = max(1, self.height())
        self.card.set_look(self.look, self.scale)
        self.board.set_look(self.look, self.scale, h)
        self.map.refit()
        self._show_badge()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._restyle()
