"""A randomised fault-injection run over the library file (a script, not a test).

    .venv/bin/python tests/store/damage/fault_run.py [--cases 200] [--seed 12]

Each case makes a library of three sessions (with backups, as closing takes them),
harms the library file in one way chosen at random — garbage over a random stretch,
a few flipped bytes, a zeroed page, a cut at a random length, 0 bytes, the file
removed, an index name no longer UTF-8, an index that no longer matches its table —
then does what a person would: a command that only reads (`sessions list`), a
command that writes (`sessions new`), `check`, and `check --restore` when `check`
asks for it. It counts what must never happen: an exit code other than 0 or 4, an
"unexpected error", a read-only command changing the library file, and sessions
that are gone at the end (data lost).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from n3desk.cli import main as cli_main  # noqa: E402
from n3desk.store.library import LIBRARY_FILE  # noqa: E402
from tests.store.damage.conftest import (  # noqa: E402
    files_of,
    flip_an_index_name,
    library_with_sessions,
    unplug_an_index,
)


def run(data_dir: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli_main(["--data-dir", str(data_dir), *args])
    return code, out.getvalue(), err.getvalue()


def _garbage(path: Path, rng: random.Random) -> str:
    data = bytearray(path.read_bytes())
    start = rng.randrange(len(data))
    length = rng.randint(1, max(1, len(data) // 4))
    data[start : start + length] = rng.randbytes(len(data[start : start + length]))
    path.write_bytes(bytes(data))
    return "garbage"


def _flips(path: Path, rng: random.Random) -> str:
    data = bytearray(path.read_bytes())
    for _ in range(rng.randint(1, 16)):
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))
    return "bit flips"


def _zero_page(path: Path, rng: random.Random) -> str:
    data = bytearray(path.read_bytes())
    page = rng.randrange(len(data) // 4096)
    data[page * 4096 : (page + 1) * 4096] = bytes(4096)
    path.write_bytes(bytes(data))
    return "zeroed page"


def _cut(path: Path, rng: random.Random) -> str:
    data = path.read_bytes()
    path.write_bytes(data[: rng.randrange(1, len(data))])
    return "cut short"


def _empty(path: Path, _rng: random.Random) -> str:
    path.write_bytes(b"")
    return "0 bytes"


def _removed(path: Path, _rng: random.Random) -> str:
    path.unlink()
    return "removed"


def _schema_text(path: Path, _rng: random.Random) -> str:
    flip_an_index_name(path)
    return "schema text not UTF-8"


def _index(path: Path, _rng: random.Random) -> str:
    unplug_an_index(path)
    return "index off its table"


HARMS: list[Callable[[Path, random.Random], str]] = [
    _garbage,
    _flips,
    _zero_page,
    _cut,
    _empty,
    _removed,
    _schema_text,
    _index,
]


def one_case(folder: Path, rng: random.Random) -> tuple[str, list[str], int]:
    """Harm one library and go through the steps; (harm, what went wrong, sessions lost)."""
    ids = set(library_with_sessions(folder, count=3, notes=rng.randint(1, 40)))
    path = folder / LIBRARY_FILE
    for companion in folder.glob(LIBRARY_FILE + "-*"):
        companion.unlink()
    harm = rng.choice(HARMS)(path, rng)
    wrong: list[str] = []
    before = files_of(folder)
    steps = [("sessions", "list"), ("sessions", "new", "Efter skadan"), ("check",)]
    for step in steps:
        code, _out, err = run(folder, *step)
        if code not in (0, 4) or "unexpected" in err:
            wrong.append(f"{' '.join(step)}: exit {code}: {err.strip()[:120]}")
        if step == ("sessions", "list") and files_of(folder) != before:
            wrong.append("a read-only command changed the library file")
        if step == ("check",) and code == 4 and "--restore" in err:
            restored, _out, err = run(folder, "check", "--restore")
            if restored != 0:
                wrong.append(f"check --restore: exit {restored}: {err.strip()[:120]}")
    code, out, err = run(folder, "sessions", "list", "--json")
    found: set[str] = set()
    if code == 0:
        import json

        found = {s["id"] for s in json.loads(out)}
    else:
        wrong.append(f"at the end, sessions list: exit {code}: {err.strip()[:120]}")
    return harm, wrong, len(ids - found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    harms: Counter[str] = Counter()
    failures: list[str] = []
    lost = 0
    started = time.perf_counter()
    for case in range(args.cases):
        with tempfile.TemporaryDirectory() as folder:
            harm, wrong, gone = one_case(Path(folder) / "library", rng)
        harms[harm] += 1
        lost += gone
        failures += [f"case {case} ({harm}): {w}" for w in wrong]
    took = time.perf_counter() - started
    print(f"{args.cases} cases in {took:.0f} s (seed {args.seed}):")
    for harm, count in sorted(harms.items()):
        print(f"  {count:4}  {harm}")
    print(f"sessions lost: {lost} of {3 * args.cases}")
    print(f"things that must never happen: {len(failures)}")
    for failure in failures[:20]:
        print("  " + failure)


if __name__ == "__main__":
    main()
