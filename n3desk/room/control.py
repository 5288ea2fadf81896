"""The facilitator's controls of a headless room, as JSON lines on its standard input.

``n3desk room`` has no window, so a kiosk script (or a test) steers it by writing one
JSON object a line, e.g. ``{"do": "reveal"}``; each gets one JSON line back on
standard output. The same domain operations the app's panels make:

- ``{"do": "writing", "on": false}`` / ``"voting"`` / ``"private"``: allow or lock;
- ``{"do": "reveal"}``: every private note on the room's board becomes visible;
- ``{"do": "vote", "dots": 3, "per_note": 1, "title": "..."}``: a new open round;
- ``{"do": "close_vote"}``, ``{"do": "reveal_vote"}``: the latest round's state;
- ``{"do": "rate", "note_ids": [...]}`` (or ``"all"``): the notes open for rating;
- ``{"do": "undo"}``: undo the latest edit, a phone's or a control's;
- ``{"do": "status"}``: phones joined and notes in.
"""

from __future__ import annotations

from typing import Any

from n3desk.domain import voting
from n3desk.domain.board_edits import set_field_ops
from n3desk.domain.changes import Put
from n3desk.room.headless import HeadlessDocument
from n3desk.room.room import Room


class ControlError(ValueError):
    """A control line that cannot be done; the message is sent back."""


def run_control(room: Room, document: HeadlessDocument, command: Any) -> dict[str, Any]:
    """Do one control command; the reply."""
    if not isinstance(command, dict) or not isinstance(command.get("do"), str):
        raise ControlError('a control is a JSON object with "do"')
    what = command["do"]
    board = room.board()
    if what in ("writing", "voting", "private"):
        on = command.get("on")
        if not isinstance(on, bool):
            raise ControlError(f'"{what}" needs "on": true or false')
        room.set_rules(**{what: on})
    elif what == "reveal":
        if board is not None:
            hidden = [n for n in document.workshop.notes_on(board.id) if n.hidden]
            document.edit("reveal", "", set_field_ops(hidden, hidden=False))
    elif what == "vote":
        if board is None:
            raise ControlError("the session has no board")
        dots, per_note = command.get("dots", 3), command.get("per_note", 1)
        if not isinstance(dots, int) or not isinstance(per_note, int) or dots < 1 or per_note < 1:
            raise ControlError('"dots" and "per_note" must be whole numbers of at least 1')
        made = voting.new_round(
            board.id,
            str(command.get("title", "Dot voting"))[:200],
            votes_per_participant=dots,
            max_dots_per_note=per_note,
            existing=document.workshop.rounds_on(board.id),
            now=document.now(),
        )
        document.edit("vote", "", [Put(made)])
    elif what in ("close_vote", "reveal_vote"):
        round_ = voting.latest_round(document.workshop.rounds_on(board.id)) if board else None
        if round_ is None:
            raise ControlError("there is no voting round")
        state = voting.CLOSED if what == "close_vote" else voting.REVEALED
        document.edit(what, "", voting.state_ops(round_, state))
    elif what == "rate":
        ids = command.get("note_ids")
        if ids == "all":
            notes = document.workshop.notes_on(board.id) if board else []
            ids = [n.id for n in notes if not n.hidden]
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            raise ControlError('"rate" needs "note_ids": a list of ids, or "all"')
        room.set_rules(rating_note_ids=frozenset(ids))
    elif what == "undo":
        return {"ok": True, "undone": document.undo()}
    elif what != "status":
        raise ControlError(f"unknown control {what!r}")
    return {"ok": True, "phones": len(room.phones), "notes_in": room.notes_in()}
