"""The document announces each change once, typed, under the topics it touched."""

from __future__ import annotations

from PySide6.QtCore import Signal
from pytestqt.qtbot import QtBot

from n3desk.app.commands import push_edit
from n3desk.app.document import SessionDocument
from n3desk.domain.change_set import TOPICS, ChangeSet
from n3desk.domain.changes import Put
from n3desk.domain.entities import ChosenNote, Decision, Frame, Note, Stage, new_id


def _listen(document: SessionDocument) -> list[tuple[str, ChangeSet]]:
    heard: list[tuple[str, ChangeSet]] = []
    document.applied.connect(lambda c: heard.append(("applied", c)))
    for topic, signal in document.topic_signals.items():
        signal.connect(lambda c, t=topic: heard.append((t, c)))
    return heard


def test_every_topic_has_its_own_signal(qtbot: QtBot, document: SessionDocument) -> None:
    """notes_changed, frames_changed, map_changed, agenda_changed … one per topic."""
    assert set(document.topic_signals) == set(TOPICS)
    assert document.topic_signals["notes"] == document.notes_changed
    assert document.topic_signals["map"] == document.map_changed


def test_a_change_is_heard_once_per_topic_it_touches(
    qtbot: QtBot, document: SessionDocument
) -> None:
    """A note and a frame added together: applied, notes and frames, once each; undo too."""
    heard = _listen(document)
    board = document.workshop.boards[0].id
    note = Note(new_id(), board, "En idé")
    frame = Frame(new_id(), board, "Kluster")
    push_edit(document, "Lägg till", [Put(frame), Put(note)])
    assert sorted(name for name, _ in heard) == ["applied", "frames", "notes"]
    changes = heard[0][1]
    assert all(c is changes for _, c in heard)
    assert changes.puts(Note) == [note]
    assert changes.puts(Frame) == [frame]
    assert not changes.replay

    heard.clear()
    document.undo_stack.undo()
    assert sorted(name for name, _ in heard) == ["applied", "frames", "notes"]
    undone = heard[0][1]
    assert undone.replay
    assert undone.removed(Note) == [note]
    assert set(undone.undone) == {Put(note), Put(frame)}

    heard.clear()
    document.undo_stack.redo()
    assert heard[0][1].puts(Note) == [note]
    assert document.workshop.get(Note, note.id) == note


def test_a_change_of_another_topic_is_not_heard_by_notes(
    qtbot: QtBot, document: SessionDocument
) -> None:
    """A stage added is announced to the agenda only; the board's signals stay quiet."""
    heard = _listen(document)
    stage = Stage(new_id(), document.session.id, "Inledning", planned_minutes=10)
    push_edit(document, "Lägg till steg", [Put(stage)])
    assert sorted(name for name, _ in heard) == ["agenda", "applied"]
    assert heard[0][1].puts(Stage) == [stage]


def test_a_decisions_chosen_notes_are_announced_with_the_decisions(
    qtbot: QtBot, document: SessionDocument
) -> None:
    """A note chosen by a decision (the PDF's record of it) is heard on decisions_changed."""
    heard = _listen(document)
    board = document.workshop.boards[0].id
    note = Note(new_id(), board, "Koncept A")
    decision = Decision(new_id(), document.session.id, "Vi valde A", decided_at=1.0)
    chosen = ChosenNote(new_id(), decision.id, note.id)
    push_edit(document, "Besluta", [Put(note), Put(decision), Put(chosen)])
    assert sorted(name for name, _ in heard) == ["applied", "decisions", "notes"]
    assert heard[0][1].puts(ChosenNote) == [chosen]
    heard.clear()
    push_edit(document, "Ta bort", document.workshop.removal_ops(note))  # the link goes too
    assert sorted(name for name, _ in heard) == ["applied", "decisions", "notes"]
    assert heard[0][1].removed(ChosenNote) == [chosen]
    heard.clear()
    document.undo_stack.undo()
    assert heard[0][1].puts(ChosenNote) == [chosen]
    assert "decisions" in {name for name, _ in heard}


def test_there_is_no_untyped_change_signal(qtbot: QtBot, document: SessionDocument) -> None:
    """Every signal a view can follow for a change carries a ChangeSet (no bare op list)."""
    names = {n for n in vars(SessionDocument) if isinstance(getattr(SessionDocument, n), Signal)}
    changes = {n for n in names if n == "applied" or n.removesuffix("_changed") in TOPICS}
    assert names - changes == {"replayed", "save_state_changed", "refused"}
    heard: list[object] = []
    for name in sorted(changes):
        getattr(document, name).connect(heard.append)
    board = document.workshop.boards[0].id
    push_edit(document, "Lägg till", [Put(Note(new_id(), board, "Typad"))])
    assert heard
    assert all(isinstance(c, ChangeSet) for c in heard)
