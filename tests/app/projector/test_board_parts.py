"""Cutting a board into parts for the wall: plain geometry, no screen needed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from n3desk.app.projector.board_parts import (
    FrameBox,
    NoteBox,
    Part,
    centre_inside,
    fits,
    nearest,
    parts,
)

LIMIT = (1000.0, 700.0)


def row_of(count: int, frame_id: str | None = None, y: float = 48.0) -> list[NoteBox]:
    return [NoteBox((20 + i * 180.0, y, 160.0, 120.0), frame_id) for i in range(count)]


def test_sixteen_notes_in_a_row_make_even_screens_with_the_title_first() -> None:
    """A frame of 16 notes in a row, too wide: four screens of four; the first shows the title."""
    frame = FrameBox("f", (0, 0, 16 * 180 + 40, 208), "Hinder")
    found = parts(row_of(16, "f"), [frame], LIMIT)
    assert len(found) == 4
    assert all(fits(p.box, LIMIT) and p.title == "Hinder" for p in found)
    notes = row_of(16, "f")
    counts = [sum(centre_inside(n.box, p.box) for n in notes) for p in found]
    assert counts == [4, 4, 4, 4]
    assert found[0].box[:2] == (0, 0)  # the frame's corner: its title is on the first screen
    assert [p.box[0] for p in found] == sorted(p.box[0] for p in found)


def test_frames_in_reading_order_and_empty_ones_left_out() -> None:
    """Frames side by side read left to right, rows top to bottom; an empty frame is no part."""
    right = FrameBox("r", (700, 5, 400, 300), "Höger")
    left = FrameBox("l", (0, 0, 400, 300), "Vänster")
    below = FrameBox("b", (0, 400, 400, 300), "Nedanför")
    empty = FrameBox("e", (1200, 0, 300, 300), "Tom")
    notes = [
        NoteBox((720, 60, 160, 120), "r"),
        NoteBox((20, 60, 160, 120), "l"),
        NoteBox((20, 460, 160, 120), "b"),
    ]
    found = parts(notes, [right, left, below, empty], (500, 400))
    assert [p.title for p in found] == ["Vänster", "Höger", "Nedanför"]


def test_the_part_looked_at_is_chosen() -> None:
    """The part most in the facilitator's view is the one shown; the first when all are."""
    found = [Part((0, 0, 100, 100)), Part((500, 0, 100, 100)), Part((1000, 0, 100, 100))]
    assert nearest(found, (480, -20, 200, 200)) == 1
    assert nearest(found, (-100, -100, 2000, 400)) == 0
    assert nearest(found, (1300, 500, 10, 10)) == 2  # none in view: the nearest


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(-30, 30), st.integers(-30, 30), st.booleans()),
        min_size=1,
        max_size=60,
    )
)
def test_every_note_is_on_a_part_that_fits(cells: list[tuple[int, int, bool]]) -> None:
    """However notes lie, every one is on some part, and every part fits the wall."""
    frame = FrameBox("f", (-600, -600, 1600, 1400), "Ram")
    notes = [
        NoteBox((x * 90.0, y * 70.0, 160.0, 120.0), "f" if framed else None)
        for x, y, framed in cells
    ]
    found = parts(notes, [frame], LIMIT)
    assert all(fits(p.box, LIMIT) for p in found)
    for note in notes:
        assert any(centre_inside(note.box, p.box) for p in found)
