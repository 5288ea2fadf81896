"""The projector's join screen: how the room gets on, read from the back row.

The address, a QR code holding it (with the room code filled in), the six-character
room code, and how many phones have joined and notes came in — never who wrote what.
Drawn with QPainter in the projector's look; the QR code is drawn module by module
from segno's matrix, dark on white with its quiet zone whatever the look, because
phone cameras need that.

:class:`JoinOverlay` lays the screen over the projector window (a child covering
it), so the projector's own layers stay as they are; a blackout hides it.
"""

from __future__ import annotations

import segno
from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from n3desk.app.projector.look import LOOKS, ProjectorLook, text_px
from n3desk.app.projector.text_block import projector_font
from n3desk.app.projector.window import ProjectorWindow
from n3desk.app.translation import translate_for

QUIET_ZONE = 4  # modules of white around a QR code, as the standard asks


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR code of ``text`` as rows of dark (True) and light modules."""
    code = segno.make(text, error="m", micro=False)
    return [[bool(v) for v in row] for row in code.matrix]


class JoinScreen(QWidget):
    """The join screen, for the projector or its picture.

    Signals:
        changed(): it shows something new (the presenter's preview redraws).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = ""
        self.code = ""
        self.language = ""  # the session's: the room reads it (empty: the window's)
        self.joined = 0
        self.notes_in = 0
        self.look: ProjectorLook = LOOKS["light"]
        self.scale = 1.0
        self._matrix: list[list[bool]] = []
        self._qr_text = ""
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate_for(self.language, "JoinScreen", source, disambiguation, n)

    def show_room(self, url: str, join_url: str, code: str) -> None:
        """The room's address (shown), the QR's address (with the code) and the code."""
        self.url, self.code = url, code
        if join_url != self._qr_text:
            self._qr_text = join_url
            self._matrix = qr_matrix(join_url) if join_url else []
        self.update()
        self.changed.emit()

    def show_counts(self, joined: int, notes_in: int) -> None:
        if (joined, notes_in) != (self.joined, self.notes_in):
            self.joined, self.notes_in = joined, notes_in
            self.update()
            self.changed.emit()

    def set_look(self, look: ProjectorLook, scale: float) -> None:
        self.look, self.scale = look, scale
        self.update()
        self.changed.emit()

    def counts_text(self) -> str:
        """The counts as one line (for a screen reader and the tests)."""
        phones = self.tr("%n phone(s) joined", "", self.joined)
        notes = self.tr("%n note(s) in", "", self.notes_in)
        return f"{phones} · {notes}"

    # -- drawing -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        w, h = self.width(), self.height()
        look, s = self.look, self.scale
        painter.fillRect(self.rect(), QColor(look.background))
        margin = round(h * 0.07)
        qr_side = min(h - 2 * margin, round(w * 0.42))
        qr = QRectF(w - margin - qr_side, (h - qr_side) / 2, qr_side, qr_side)
        self._paint_qr(painter, qr)
        left = QRectF(margin, margin, qr.left() - 2 * margin, h - 2 * margin)
        y = left.top()
        y = self._line(painter, left, y, self.tr("Join from your phone"), 44, look.text, bold=True)
        y += h * 0.04
        y = self._line(painter, left, y, self.tr("Open this address:"), 26, look.muted)
        y = self._line(painter, left, y, self.url, 34, look.accent, bold=True)
        y += h * 0.04
        y = self._line(painter, left, y, self.tr("Room code"), 26, look.muted)
        spaced = " ".join(self.code[:3]) + "   " + " ".join(self.code[3:])
        self._line(painter, left, y, spaced, 96, look.text, bold=True)
        # The counts at the bottom, one to a line, so neither is ever cut.
        lines = [self.tr("%n phone(s) joined", "", self.joined),
                 self.tr("%n note(s) in", "", self.notes_in)]  # fmt: skip
        line_height = QFontMetrics(projector_font(text_px(32, h, s))).height() * 1.15
        y = left.bottom() - line_height * len(lines)
        for line in lines:
            y = self._line(painter, left, y, line, 32, look.text)
        painter.end()

    def _line(
        self,
        painter: QPainter,
        box: QRectF,
        y: float,
        text: str,
        size: int,
        colour: str,
        *,
        bold: bool = False,
    ) -> float:
        """Draw ``text`` on one line at ``y``, shrunk (never below the minimum) to fit."""
        pixels = text_px(size, self.height(), self.scale)
        font = projector_font(pixels, bold=bold)
        while QFontMetrics(font).horizontalAdvance(text) > box.width() and pixels > 20:
            pixels -= 2
            font = projector_font(pixels, bold=bold)
        painter.setFont(font)
        painter.setPen(QColor(colour))
        height = QFontMetrics(font).height()
        shown = QFontMetrics(font).elidedText(
            text, Qt.TextElideMode.ElideMiddle, round(box.width())
        )
        painter.drawText(
            QRectF(box.left(), y, box.width(), height), Qt.AlignmentFlag.AlignLeft, shown
        )
        return y + height * 1.15

    def _paint_qr(self, painter: QPainter, area: QRectF) -> None:
        painter.fillRect(area, QColor("#ffffff"))
        if not self._matrix:
            return
        modules = len(self._matrix) + 2 * QUIET_ZONE
        cell = int(area.width() // modules)  # whole pixels: crisp edges for the camera
        if cell < 1:
            return
        side = cell * modules
        x0 = round(area.left() + (area.width() - side) / 2) + QUIET_ZONE * cell
        y0 = round(area.top() + (area.height() - side) / 2) + QUIET_ZONE * cell
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        dark = QColor("#000000")
        for r, row in enumerate(self._matrix):
            for c, on in enumerate(row):
                if on:
                    painter.fillRect(x0 + c * cell, y0 + r * cell, cell, cell, dark)


class JoinOverlay(QObject):
    """Keeps a join screen over the projector window while it is wanted."""

    def __init__(self, projector: ProjectorWindow, screen: JoinScreen) -> None:
        super().__init__(projector)
        self.projector = projector
        self.screen = screen
        self.wanted = False
        screen.setParent(projector)
        screen.hide()
        projector.overlays.append(screen)  # the presenter's preview shows what the room sees
        projector.installEventFilter(self)
        projector.state.changed.connect(self.refresh)
        screen.changed.connect(projector.mark_changed)

    def set_wanted(self, on: bool) -> None:
        self.wanted = on
        self.refresh()

    def refresh(self) -> None:
        """Shown over the projector when wanted, hidden in a blackout."""
        visible = self.wanted and not self.projector.state.blackout
        self.screen.setGeometry(self.projector.rect())
        self.screen.setVisible(visible)
        if visible:
            self.screen.raise_()
        self.projector.mark_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.projector and event.type() == QEvent.Type.Resize:
            self.screen.setGeometry(self.projector.rect())
        return False
