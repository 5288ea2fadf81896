"""A facilitator's laptop in another process, for the team library's concurrency tests.

    team_worker.py loop URL DATA_DIR SESSION_ID NAME   fetch, add a note NAME, publish;
                                                       again while refused as stale
    team_worker.py stall URL DATA_DIR SESSION_ID       publish, and stop half-way
                                                       (prints INSIDE, then sleeps)

Prints one JSON line with what happened.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from n3desk.domain.changes import Put
from n3desk.domain.entities import Note, new_id
from n3desk.store import open_library
from n3desk.team.errors import StalePublishError
from n3desk.team.library import TeamLibrary

MAX_ATTEMPTS = 40


def loop(url: str, data_dir: Path, session_id: str, name: str) -> dict[str, object]:
    refusals: list[str] = []
    with open_library(data_dir) as library, TeamLibrary(url, author=name) as team:
        for _attempt in range(MAX_ATTEMPTS):
            team.fetch(library, session_id)
            workshop = library.load(session_id)
            ops = [Put(Note(new_id(), workshop.boards[0].id, text=name))]
            library.commit(ops)
            try:
                result = team.publish(library, session_id)
            except StalePublishError as exc:
                refusals.append(str(exc))
                continue
            return {"name": name, "revision": result.revision, "refusals": refusals}
    return {"name": name, "revision": None, "refusals": refusals}


def stall(url: str, data_dir: Path, session_id: str) -> None:
    def progress(_what: str, _done: int, _total: int) -> None:
        print("INSIDE", flush=True)
        time.sleep(60)  # killed long before this ends

    with open_library(data_dir) as library, TeamLibrary(url, author="stall") as team:
        team.publish(library, session_id, progress=progress)


if __name__ == "__main__":
    mode, url, data, sid, *rest = sys.argv[1:]
    if mode == "loop":
        print(json.dumps(loop(url, Path(data), sid, rest[0])), flush=True)
    else:
        stall(url, Path(data), sid)
