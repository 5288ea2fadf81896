"""A change set answers what a view draws, by record type, and every type has a topic."""

from __future__ import annotations

from n3desk.domain.change_set import KIND_TOPICS, TOPICS, ChangeSet
from n3desk.domain.changes import Put, Remove
from n3desk.domain.entities import ENTITY_TYPES, Frame, Note, Stage, Vote, new_id


def test_every_record_type_is_announced_under_a_topic() -> None:
    """A new record type without a topic would reach no view: the table covers them all."""
    assert set(KIND_TOPICS) == set(ENTITY_TYPES)
    assert set(TOPICS) == set(KIND_TOPICS.values())


def test_puts_removed_and_touches_sort_the_operations_by_type() -> None:
    """Notes put and removed come back typed and in order; other types are not mixed in."""
    board = new_id()
    first, second, gone = (Note(new_id(), board, t) for t in ("ett", "två", "borta"))
    frame = Frame(new_id(), board, "Ram")
    changes = ChangeSet.of_ops([Put(first), Put(frame), Remove(gone), Put(second)])
    assert changes.puts(Note) == [first, second]
    assert changes.removed(Note) == [gone]
    assert changes.records(Note) == [first, gone, second]
    assert changes.pairs(Note) == [(Put(first), first), (Remove(gone), gone), (Put(second), second)]
    assert changes.puts(Frame) == [frame]
    assert changes.touches(Frame, Stage)
    assert not changes.touches(Stage, Vote)
    assert changes.kinds == {Note, Frame}
    assert changes.topics == {"notes", "frames"}
    assert changes.puts(Stage) == []
    assert not changes.replay
