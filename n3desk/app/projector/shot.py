"""``n3desk shot ID OUT.png --view projector``: the projector's picture, off-screen.

Options (the shot's ``options`` dict): ``board`` (a board title or id: the
projector shows that board), ``show`` (``stage``, ``board`` or ``map``), ``theme``
(``light``, ``dark`` or ``contrast``) and ``scale`` (the projector font scale,
1.0–2.0). Without them the projector shows what it would by default: the stage.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from n3desk.app.projector.look import LOOKS
from n3desk.app.projector.state import BOARD, MAP, STAGE, Target
from n3desk.app.session_window import SessionWindow


def _board_id(session: SessionWindow, wanted: str) -> str:
    boards = session.document.workshop.boards
    for board in boards:
        if wanted in (board.id, board.title) or board.title.casefold() == wanted.casefold():
            return board.id
    return boards[0].id if boards else ""


def build(session: SessionWindow, options: dict[str, str]) -> QWidget:
    """The session's projector window, showing what ``options`` ask for."""
    presenter = session.presenter
    show = options.get("show", BOARD if options.get("board") else STAGE)
    if show == BOARD:
        target = Target(BOARD, _board_id(session, options.get("board", "")))
    elif show == MAP:
        target = Target(MAP)
    else:
        target = Target(STAGE)
    presenter.state.fix(target)
    look = LOOKS.get(options.get("theme", ""))
    try:
        scale = max(1.0, min(2.0, float(options.get("scale", "") or 0) or 1.0))
    except ValueError:
        scale = 1.0
    if look is not None or "scale" in options:
        presenter.refresh_look()
        content = presenter.window.content
        content.set_look(look or content.look, scale)
    return presenter.window
