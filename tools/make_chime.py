"""Write the bundled end-of-stage signal: a soft two-tone chime, as a 16-bit mono WAV.

Run once; the WAV is committed (resources/sounds/stage_end.wav)::

    python tools/make_chime.py

Two bell-like tones a fifth apart (E5 then B5), each with a quick attack and an
exponential decay and a touch of the octave for warmth; quiet enough not to
startle a room, clear enough to be heard over talk.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 44_100
OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds" / "stage_end.wav"


def tone(freq: float, start: float, length: float, total: float) -> list[float]:
    """One bell tone placed at ``start`` seconds in a buffer ``total`` seconds long."""
    samples = [0.0] * int(total * RATE)
    first = int(start * RATE)
    for i in range(int(length * RATE)):
        if first + i >= len(samples):
            break
        t = i / RATE
        attack = min(1.0, t / 0.008)
        decay = math.exp(-t * 5.5)
        value = math.sin(2 * math.pi * freq * t) + 0.3 * math.sin(4 * math.pi * freq * t)
        samples[first + i] = attack * decay * value
    return samples


def main() -> None:
    total = 0.9
    low = tone(659.25, 0.0, 0.9, total)  # E5
    high = tone(987.77, 0.22, 0.68, total)  # B5
    mixed = [a + b for a, b in zip(low, high, strict=True)]
    peak = max(abs(s) for s in mixed) or 1.0
    frames = b"".join(struct.pack("<h", int(s / peak * 0.6 * 32767)) for s in mixed)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(OUT), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(frames)
    sys.stdout.write(f"wrote {OUT} ({len(frames) // 2 / RATE:.2f} s)\n")


if __name__ == "__main__":
    main()
