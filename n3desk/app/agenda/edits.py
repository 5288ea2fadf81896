"""Agenda edits as undoable commands: one gesture, one undo step, committed at once.

:class:`AgendaCommand` is an :class:`~n3desk.app.commands.EditCommand` that keeps
working when the timer log has grown since it was made. Timer events are recorded
outside the undo stack (see ``docs/timer.md``), so undoing "Add stage" may meet a
stage that has since been started: its events go with it, and come back on redo.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from n3desk.app.commands import EditCommand, push_command
from n3desk.app.document import SessionDocument
from n3desk.domain.agenda import positions_ops
from n3desk.domain.changes import Op, Put, Remove
from n3desk.domain.entities import Stage, new_id, with_fields
from n3desk.domain.methods import MethodText


class AgendaCommand(EditCommand):
    """An agenda edit whose undo and redo take the stages' later timer events along."""

    def __init__(
        self,
        document: SessionDocument,
        text: str,
        ops: Sequence[Op],
        parent: EditCommand | None = None,
    ) -> None:
        super().__init__(document, text, ops, parent)
        self._forward: list[Op] | None = None

    def apply_now(self) -> None:
        self._inverse = self._apply(self.all_ops())
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        ops = self._forward if self._forward is not None else self.all_ops()
        self._inverse = self._apply(ops, replay=True)

    def undo(self) -> None:
        self._forward = self._apply(self._inverse, replay=True)

    def _apply(self, ops: Sequence[Op], *, replay: bool = False) -> list[Op]:
        removed = {op.record.id for op in ops if isinstance(op, Remove)}
        gone = {
            op.record.id for op in ops if isinstance(op, Remove) and isinstance(op.record, Stage)
        }
        extra: list[Op] = [
            Remove(e)
            for e in self.document.workshop.timer_events
            if e.stage_id in gone and e.id not in removed
        ]
        return self.document.apply([*extra, *ops], replay=replay)


def push_agenda_edit(document: SessionDocument, text: str, ops: Sequence[Op]) -> None:
    """Push one undoable agenda edit (nothing when there is nothing to change)."""
    if ops:
        push_command(AgendaCommand(document, text, ops))


def add_stage_ops(
    stages: Sequence[Stage], session_id: str, after: Stage | None, title: str, minutes: int = 15
) -> tuple[Stage, list[Op]]:
    """A new time-box after ``after`` (at the end when None) and the renumbering."""
    order = list(stages)
    index = order.index(after) + 1 if after in order else len(order)
    stage = Stage(new_id(), session_id, title, planned_minutes=minutes, position=index)
    order.insert(index, stage)
    ops = positions_ops(order)
    return stage, [Put(stage), *[op for op in ops if op.record.id != stage.id]]


def stage_change(stage: Stage, **fields: Any) -> list[Op]:
    """A Put of ``stage`` with ``fields`` changed, or nothing if nothing changes.

    A rotation's planned minutes always follow from its stations.
    """
    new = with_fields(stage, **fields)
    if new.kind == "rotation" and new.stations > 0 and new.station_minutes > 0:
        new = replace(new, planned_minutes=new.stations * new.station_minutes + new.summary_minutes)
    return [] if new == stage else [Put(new)]


def attach_method_ops(stage: Stage, card: MethodText) -> list[Op]:
    """Attach a method card: its id, and its steps as the instructions for the room."""
    return stage_change(stage, method_id=card.id, instructions=card.instructions())
