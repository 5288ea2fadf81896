"""Benchmark: reading a big notes CSV against a bare one-pass csv.reader.

Run from the project root (no display needed):

    .venv/bin/python tests/benchmarks/bench_import.py [--runs 5]

n3desk chooses the delimiter that fits the whole file rather than the one counted in
the first line, so it may read the file more than once; it also recognises headers
and colour words in four languages and builds a summary. This prints what that
costs, as the median CPU time of this process (the machines are shared and noisy),
against a bare baseline measured in the same run, interleaved: decoding the same
bytes and one ``csv.reader`` pass that keeps the text, colour and frame cells. No
budget is set in DESIGN.md §7; the figure is for information.

Two files of 10,000 notes (the import's limit), Windows-1252 as Danish Excel saves:
one with a header of three known columns (``Idé;Farve;Ramme``: one reading decides),
and one with the one-column header ``text`` whose notes hold ``;`` and ``,`` (issue
11, point 18: every candidate delimiter must be read to the end).
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import statistics
import time
from collections.abc import Callable

from n3desk.report.notes_file import read_notes_file

WORDS = [
    "borger",
    "bænk",
    "cykelsti",
    "bibliotek",
    "kaffe",
    "lys",
    "station",
    "ungdom",
    "park",
    "skole",
    "bus,",
    "tak;",
    "mere",
]
COLOURS = ["gul", "rød", "grøn", "blå", "lyserød", "turkis", "lilla", "orange"]


def three_columns(rng: random.Random, notes: int) -> bytes:
    lines = ["Idé;Farve;Ramme"]
    for i in range(notes):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 30))).replace(";", "")
        lines.append(f'"{text} {i}";{rng.choice(COLOURS)};Tema {i % 12}')
    return "\r\n".join(lines).encode("cp1252")


def one_column(rng: random.Random, notes: int) -> bytes:
    lines = ["text"]
    for i in range(notes):
        lines.append(" ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 30))) + f" {i}")
    return "\r\n".join(lines).encode("cp1252")


def bare(data: bytes, delimiter: str) -> None:
    """Decode, then one csv.reader pass keeping the first three cells of each row."""
    text = data.decode("cp1252")
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    kept = [tuple(row[:3]) for row in rows if row]
    assert kept


def cpu(work: Callable[[], None]) -> float:
    start = time.process_time()
    work()
    return time.process_time() - start


def measure(name: str, data: bytes, delimiter: str, runs: int) -> None:
    ours: list[float] = []
    base: list[float] = []
    read_notes_file(data, "warm-up.csv")
    for _ in range(runs):
        ours.append(cpu(lambda: read_notes_file(data, "ideer.csv")))
        base.append(cpu(lambda: bare(data, delimiter)))
    n3, b = statistics.median(ours), statistics.median(base)
    print(
        f"{name:<34} n3desk {n3 * 1000:8.1f} ms   bare {b * 1000:8.1f} ms   "
        f"ratio {n3 / b:4.1f}   ({len(data) / 1e6:.1f} MB)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--notes", type=int, default=10_000)
    args = parser.parse_args()
    rng = random.Random(11)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    measure("import, header Idé;Farve;Ramme", three_columns(rng, args.notes), ";", args.runs)
    measure("import, one column 'text' with ;", one_column(rng, args.notes), "\x1f", args.runs)


if __name__ == "__main__":
    main()
