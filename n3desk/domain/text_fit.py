"""How big the text of a note is drawn: shrink to a readable minimum, then grow the note.

The measuring is done by whoever draws (Qt on screen); this module only decides,
so the rule is the same on the board and in the PDF and is tested without fonts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

LARGEST = 22.0  # pixel size of a short note's text at 100 %
SMALLEST = 13.0  # never smaller: still readable from the back of the room
STEP = 1.0
MAX_GROWTH = 4.0  # a note grows to at most four times its height; the rest is clipped


@dataclass(frozen=True, slots=True)
class Fit:
    """The chosen pixel size, and the height the note needs at that size."""

    size: float
    needed_height: float


def fit_text(
    measure: Callable[[float], float],
    available_height: float,
    *,
    largest: float = LARGEST,
    smallest: float = SMALLEST,
) -> Fit:
    """The largest size from ``largest`` down to ``smallest`` at which the text fits.

    ``measure(size)`` is the height of the wrapped text at that pixel size. When
    even ``smallest`` does not fit, the result keeps ``smallest`` and says how tall
    the text is, so the caller can grow the note.
    """
    size = largest
    while size > smallest:
        height = measure(size)
        if height <= available_height:
            return Fit(size, height)
        size -= STEP
    return Fit(smallest, measure(smallest))


def grown_height(default: float, text_height: float, padding: float) -> float:
    """The note's height for text that needs ``text_height``: from ``default`` to 4×."""
    wanted = max(default, text_height + 2 * padding)
    return min(wanted, default * MAX_GROWTH)
