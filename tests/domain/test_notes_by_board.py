"""A board's notes are kept as they change: the same answers as reading every note."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from n3desk.domain.changes import Op, Put, Remove
from n3desk.domain.entities import Board, Note
from n3desk.domain.templates import BLANK, instantiate
from n3desk.domain.workshop import Workshop

NOTE_IDS = [f"n{i}" for i in range(8)]

# One step: put note i on board b at height z, or remove note i (if it is there).
steps = st.lists(
    st.tuples(st.sampled_from(["put", "remove"]), st.integers(0, 7), st.integers(0, 2),
              st.floats(-50, 50, allow_nan=False)),
    max_size=40,
)  # fmt: skip


def by_scan(workshop: Workshop, board_id: str) -> list[Note]:
    notes = [n for n in workshop.all(Note) if n.board_id == board_id]
    return sorted(notes, key=lambda n: (n.z, n.created_at, n.id))


@settings(max_examples=150, deadline=None)
@given(steps=steps)
def test_notes_on_and_top_z_follow_puts_moves_removals_and_undo(
    steps: list[tuple[str, int, int, float]],
) -> None:
    """Notes put, moved to another board, removed, and all of it undone: each board's
    notes and top z are those a scan of every note finds."""
    workshop = instantiate(BLANK, "Prov", language="sv", now=time.time())
    session_id = workshop.session.id
    boards = [workshop.boards[0].id]
    for position in (1, 2):
        board = Board(f"b{position}", session_id, f"Tavla {position}", position)
        workshop.apply([Put(board)])
        boards.append(board.id)
    undo: list[list[Op]] = []
    for kind, index, board, z in steps:
        note_id = NOTE_IDS[index]
        current = workshop.get(Note, note_id)
        if kind == "remove":
            if current is None:
                continue
            ops: list[Op] = [Remove(current)]
        else:
            ops = [Put(Note(note_id, boards[board], f"idé {index}", z=z, created_at=index))]
        undo.append(workshop.apply(ops))
        for board_id in boards:
            assert workshop.notes_on(board_id) == by_scan(workshop, board_id)
    for inverse in reversed(undo):
        workshop.apply(inverse)
        for board_id in boards:
            expected = by_scan(workshop, board_id)
            assert workshop.notes_on(board_id) == expected
            assert workshop.top_z(board_id) == max((n.z for n in expected), default=0.0)
    assert all(workshop.notes_on(b) == [] for b in boards)
