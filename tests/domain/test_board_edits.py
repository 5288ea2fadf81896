"""Board edits as operations: grids, frames, removal cascades, carry forward, text fitting."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from n3desk.domain import arrangement, board_edits, text_fit
from n3desk.domain.changes import Put, Remove
from n3desk.domain.entities import Board, Frame, Note, Session, Vote, VotingRound
from n3desk.domain.workshop import Workshop


def workshop_with(notes: list[Note], *extra: object) -> Workshop:
    session = Session("s", "Test")
    return Workshop(
        session, [Board("b", "s", "Idéer"), Board("b2", "s", "Koncept", 1), *extra, *notes]
    )  # type: ignore[list-item]


def test_grid_free_spot_and_beside() -> None:
    """Grids line up; a free spot avoids notes; the next note goes right of the current one."""
    assert arrangement.grid_positions([(160, 120)] * 3, (0, 0), columns=2) == [
        (0, 0),
        (180, 0),
        (0, 140),
    ]
    occupied = [(-80.0, -60.0, 160.0, 120.0)]
    spot = arrangement.free_spot((0, 0), (160, 120), occupied)
    assert not arrangement.overlaps((*spot, 160, 120), occupied[0])
    assert arrangement.beside((0, 0, 160, 120), (160, 120), [(180, 0, 160, 120)]) == (360, 0)


def test_group_and_tidy_frame() -> None:
    """A frame made around notes holds them; tidying lays them inside it, growing it if needed."""
    notes = [Note(f"n{i}", "b", x=i * 500.0, y=0) for i in range(3)]
    workshop = workshop_with(notes)
    ops, frame = board_edits.group_ops(workshop, notes, "Grupp")
    workshop.apply(ops)
    assert frame is not None
    assert all(workshop.get(Note, n.id).frame_id == frame.id for n in notes)
    workshop.apply(board_edits.tidy_frame_ops(workshop, frame))
    inside = workshop.get(Frame, frame.id)
    assert inside is not None
    for note in workshop.notes_on("b"):
        assert arrangement.centre_inside(board_edits.box(note), board_edits.box(inside))


def test_removal_of_frame_and_notes_together() -> None:
    """Removing a frame with notes that have ratings and votes is one valid change that undoes."""
    frame = Frame("f", "b")
    notes = [Note("n1", "b", frame_id="f"), Note("n2", "b", frame_id="f", origin_id="n1")]
    extra = [frame, VotingRound("r", "b", "R")]
    workshop = workshop_with(notes, *extra)
    workshop.apply([Put(Vote("v", "r", "n1"))])
    before = list(workshop.records())
    ops = board_edits.removal_ops(workshop, [frame, notes[0]])
    inverse = workshop.apply(ops)
    assert workshop.get(Note, "n1") is None
    assert workshop.get(Frame, "f") is None
    left = workshop.get(Note, "n2")
    assert left is not None
    assert left.frame_id is None
    assert left.origin_id is None
    assert any(isinstance(op, Remove) and op.record.id == "v" for op in ops)
    workshop.apply(inverse)
    assert sorted(map(repr, workshop.records())) == sorted(map(repr, before))


def test_carry_forward_links_to_origin() -> None:
    """Carried notes land below what is on the target board, visible and linked to their origin."""
    notes = [Note("n1", "b", "Idé", hidden=True, frame_id=None), Note("t", "b2", y=500)]
    workshop = workshop_with(notes)
    ops, copies = board_edits.carry_forward_ops(workshop, [notes[0]], "b2", now=5.0)
    workshop.apply(ops)
    (copy,) = copies
    assert (copy.board_id, copy.origin_id, copy.hidden, copy.text) == ("b2", "n1", False, "Idé")
    assert copy.y > 500


def test_text_to_notes_one_per_line() -> None:
    """Pasted text makes a note per non-empty line, unchanged but for surrounding spaces."""
    made = board_edits.text_to_notes(
        workshop_with([]), "b", " a \n\n<b>b</b>\n", (0, 0), colour="blue", hidden=False, now=1
    )
    assert [n.text for n in made] == ["a", "<b>b</b>"]
    assert {n.colour for n in made} == {"blue"}


def test_text_fit_shrinks_then_grows() -> None:
    """The largest size that fits is chosen; past the minimum the note grows, up to a limit."""
    assert text_fit.fit_text(lambda size: size * 4, 60).size == 15
    tight = text_fit.fit_text(lambda size: size * 100, 60)
    assert tight.size == text_fit.SMALLEST
    assert tight.needed_height == text_fit.SMALLEST * 100
    assert text_fit.grown_height(120, 50, 10) == 120
    assert text_fit.grown_height(120, 200, 10) == 220
    assert text_fit.grown_height(120, 10_000, 10) == 480


def test_arranging_keeps_each_frame_s_notes_in_their_frame() -> None:
    """Arranging notes from two frames and loose ones tidies each group where it is.

    Before, the whole selection became one grid from its top-left corner: notes
    left their frame on screen while the record still filed them under it.
    """
    left = Frame("left", "b", "Förhoppningar", 0, 0, 600, 400)
    right = Frame("right", "b", "Farhågor", 800, 0, 600, 400, z=1)
    notes = [
        Note("a", "b", x=40, y=60, frame_id="left"),
        Note("b", "b", x=300, y=200, frame_id="left"),
        Note("c", "b", x=850, y=60, frame_id="right"),
        Note("d", "b", x=1100, y=220, frame_id="right"),
        Note("e", "b", x=100, y=700),
        Note("f", "b", x=500, y=800),
    ]
    workshop = workshop_with(notes, left, right)
    workshop.apply(board_edits.arrange_ops(workshop, notes))
    for note in workshop.notes_on("b"):
        frame = workshop.get(Frame, note.frame_id)
        expected = {"a": "left", "b": "left", "c": "right", "d": "right"}.get(note.id)
        assert note.frame_id == expected
        if frame is not None:
            assert arrangement.centre_inside(board_edits.box(note), board_edits.box(frame))
        else:
            assert note.y >= 700


def test_arranging_part_of_a_frame_files_notes_where_they_land() -> None:
    """Notes laid into another frame by a grid belong to that frame, as after a drag."""
    frame = Frame("f", "b", "Ram", 0, 0, 400, 300)
    notes = [Note("a", "b", x=-100, y=0), Note("b", "b", x=600, y=0)]
    workshop = workshop_with(notes, frame)
    workshop.apply(board_edits.arrange_ops(workshop, notes))
    filed = {n.id: n.frame_id for n in workshop.notes_on("b")}
    assert filed == {"a": None, "b": "f"}
    landed = workshop.get(Note, "b")
    assert landed is not None
    assert arrangement.centre_inside(board_edits.box(landed), board_edits.box(frame))


@st.composite
def boards(draw: st.DrawFn) -> tuple[Workshop, list[Note], list[Note]]:
    """A board of notes on a coarse grid (some touching, some overlapping), a frame or
    two, and a selection of its notes."""
    count = draw(st.integers(1, 14))
    hundreds = st.integers(-2, 6).map(lambda v: v * 100.0)
    frames = [
        Frame(f"f{i}", "b", "F", x=draw(hundreds), y=draw(hundreds),
              width=draw(st.integers(2, 9)) * 100.0, height=draw(st.integers(2, 6)) * 100.0, z=i)
        for i in range(draw(st.integers(0, 2)))
    ]  # fmt: skip
    notes = []
    for i in range(count):
        x = draw(st.integers(-4, 12)) * 90.0
        y = draw(st.integers(-4, 10)) * 70.0
        holder = next(
            (
                f.id
                for f in frames
                if arrangement.centre_inside((x, y, 160, 120), board_edits.box(f))
            ),
            None,
        )
        notes.append(Note(f"n{i}", "b", f"{i}", x=x, y=y, z=i, frame_id=holder))
    chosen = draw(st.lists(st.sampled_from(notes), min_size=1, unique_by=lambda n: n.id))
    return workshop_with(notes, *frames), notes, chosen


def _new_overlaps(before: Workshop, after: Workshop, moved: set[str]) -> list[tuple[str, str]]:
    """Pairs of notes that overlap after an edit but did not before, one of them moved."""
    found = []
    notes = after.notes_on("b")
    for a, b in itertools.combinations(notes, 2):
        if a.id not in moved and b.id not in moved:
            continue
        if arrangement.overlaps(board_edits.box(a), board_edits.box(b)):
            old_a, old_b = before.get(Note, a.id), before.get(Note, b.id)
            assert old_a is not None
            assert old_b is not None
            if not arrangement.overlaps(board_edits.box(old_a), board_edits.box(old_b)) or (
                a.id in moved and b.id in moved
            ):
                found.append((a.id, b.id))
    return found


@settings(max_examples=150, deadline=None)
@given(boards())
def test_no_arrange_ever_puts_a_note_on_another(
    board: tuple[Workshop, list[Note], list[Note]],
) -> None:
    """Arranging any selection (frames, loose notes, parts of frames) stacks no note on another."""
    workshop, _notes, chosen = board
    before = Workshop(workshop.session, list(workshop.records())[1:])
    ops = board_edits.arrange_ops(workshop, chosen)
    workshop.apply(ops)
    moved = {op.record.id for op in ops if isinstance(op.record, Note)}
    assert _new_overlaps(before, workshop, moved) == []


@settings(max_examples=150, deadline=None)
@given(boards())
def test_a_new_frame_holds_exactly_the_selection(
    board: tuple[Workshop, list[Note], list[Note]],
) -> None:
    """Ctrl+G's frame holds the chosen notes, covers no other, and arranging it stacks nothing."""
    workshop, _notes, chosen = board
    ops, frame = board_edits.group_ops(workshop, chosen, "Ny")
    workshop.apply(ops)
    assert frame is not None
    ids = {n.id for n in chosen}
    for note in workshop.notes_on("b"):
        if note.id in ids:
            assert note.frame_id == frame.id
            assert arrangement.centre_inside(board_edits.box(note), board_edits.box(frame))
        else:
            assert not arrangement.overlaps(board_edits.box(note), board_edits.box(frame))
    before = Workshop(workshop.session, list(workshop.records())[1:])
    tidy = board_edits.tidy_frame_ops(workshop, frame)
    workshop.apply(tidy)
    moved = {op.record.id for op in tidy if isinstance(op.record, Note)}
    assert _new_overlaps(before, workshop, moved) == []


def test_the_next_note_wraps_into_rows() -> None:
    """Past the right edge the next note starts a new row; a note in the way is stepped past."""
    occupied = [(0.0, 0.0, 160.0, 120.0), (180.0, 0.0, 160.0, 120.0)]
    assert arrangement.row_start(occupied[1], occupied) == 0.0
    spot = arrangement.next_in_rows(occupied[1], (160, 120), occupied, start=0.0, right=400.0)
    assert spot == (0.0, 140.0)
    blocked = [*occupied, (0.0, 140.0, 160.0, 120.0)]
    spot = arrangement.next_in_rows(occupied[1], (160, 120), blocked, start=0.0, right=400.0)
    assert spot == (180.0, 140.0)
