"""Benchmark: how fast and how small `n3desk import` refuses a hostile portable file.

Run from the project root:

    .venv/bin/python tests/benchmarks/bench_hostile_files.py [--runs 3]

Issue 12.8 asks that any refused file be refused within 2 seconds and 300 MB. Each
file of ``tests/store/damage/hostile.py`` (a billion stations, lists of a million,
zip bombs, deep nesting, huge texts, a file at every limit with one mistake at its
end) and each inconsistent file is imported by a fresh ``n3desk import`` process;
the script prints the median wall time, CPU time (user + system, steadier than wall
time on these shared machines) and peak memory (maximum resident set) of that
process, next to the same figures for importing a small valid file in the same run
(the bare cost of starting n3desk and importing anything), and the ratio of CPU time.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.store.damage.hostile import (  # noqa: E402
    HOSTILE,
    INCONSISTENT,
    Maker,
    at_the_limits,
    base_document,
    write,
)

SECONDS = 2.0
MEGABYTES = 300


def run_import(data_dir: Path, path: Path) -> tuple[int, float, float, float]:
    """Exit code, wall seconds, CPU seconds and peak MB of one `n3desk import` process."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "n3desk", "--data-dir", str(data_dir), "import", str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    return code, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


BASELINE = "baseline: a small valid file (accepted)"
FULL = "every limit at once, no mistake (accepted)"
CASES: dict[str, Maker] = {
    BASELINE: lambda p: write(p, json.dumps(base_document())),
    **{name: maker for name, (maker, _words) in HOSTILE.items()},
    **{name: maker for name, (maker, _words) in INCONSISTENT.items()},
    FULL: lambda p: at_the_limits(p, mistake=False),
}


def make_in_a_child(name: str, path: Path) -> None:
    """Make the file in a process of its own: making a bomb takes hundreds of MB, and a
    child forked from a big process inherits its peak memory figure."""
    subprocess.run([sys.executable, __file__, "--make", name, str(path)], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--make", nargs=2, metavar=("CASE", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.make:
        CASES[args.make[0]](Path(args.make[1]))
        return

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        print(
            f"{'file':46} {'size':>11} {'exit':>4} {'wall s':>7} {'cpu s':>6} "
            f"{'× base':>6} {'peak MB':>8}"
        )
        base_cpu = 0.0
        worst: tuple[float, float, str] = (0.0, 0.0, "")
        for name in CASES:
            path = work / "file.n3desk"
            make_in_a_child(name, path)
            results = [run_import(work / f"library-{i}", path) for i in range(args.runs)]
            code = results[0][0]
            wall = statistics.median(r[1] for r in results)
            cpu = statistics.median(r[2] for r in results)
            peak = max(r[3] for r in results)
            base_cpu = base_cpu or cpu
            refused = code != 0
            if refused:
                worst = max(worst, (cpu, peak, name))
            print(
                f"{name[:46]:46} {path.stat().st_size:>11,} {code:>4} {wall:>7.2f} "
                f"{cpu:>6.2f} {cpu / base_cpu:>6.2f} {peak:>8.0f}"
            )
        cpu, peak, name = worst
        print(
            f"\nworst refused file: {name}: {cpu:.2f} s of CPU, {peak:.0f} MB "
            f"(budget {SECONDS:.0f} s and {MEGABYTES} MB per refused file; "
            f"load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"
        )


if __name__ == "__main__":
    main()
