"""The change that imports notes onto a board, shared by the app and the command line.

Both read a file with :func:`~n3desk.report.notes_file.read_notes_file` and then ask
:func:`notes_import_ops` for the operations, so an import places notes the same way
whichever way it is started: the app pushes them as one undoable edit, the command
line commits them in one transaction.
"""

from __future__ import annotations

from n3desk.domain.changes import Op, Put
from n3desk.domain.entities import Board, new_id
from n3desk.domain.workshop import Workshop
from n3desk.report.csv_notes import placement_ops
from n3desk.report.notes_file import ImportedNote


def notes_import_ops(
    workshop: Workshop,
    board: Board | None,
    items: list[ImportedNote],
    now: float,
    *,
    new_board_title: str,
) -> tuple[Board, list[Op]]:
    """The board the notes go on and the operations that put them there.

    With ``board`` None (a session without boards) a board titled
    ``new_board_title`` is made, in the same change, after the existing ones.
    Notes go below what is on the board, or into the frames they name.
    """
    ops: list[Op] = []
    if board is None:
        title = new_board_title.strip() or "Import"
        board = Board(new_id(), workshop.session.id, title, len(workshop.boards))
        ops.append(Put(board))
    ops += placement_ops(workshop, board.id, items, now)
    return board, ops
