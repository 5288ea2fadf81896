"""What can be measured on a rendered view, as lists of problems (empty: all is well).

Each check takes what a render left behind — the picture, the texts drawn into it —
and says in words what a person looking at it would have seen wrong.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage

from n3desk.app.map.painting import plain
from n3desk.domain.palette import NOTE_COLOURS

from .conftest import DrawnText

OVERLAP_PX = 2.0  # two boxes that share less than this in either direction only touch


def note_ink(image: QImage, step: int = 4) -> float:
    """The share of the picture (0–1) painted in a note colour, sampled every ``step`` px."""
    colours = [QColor(c) for c in NOTE_COLOURS.values()]
    targets = [(c.red(), c.green(), c.blue()) for c in colours]
    hits = total = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            pixel = image.pixelColor(x, y)
            rgb = (pixel.red(), pixel.green(), pixel.blue())
            total += 1
            if any(sum(abs(a - b) for a, b in zip(rgb, t, strict=True)) < 30 for t in targets):
                hits += 1
    return hits / max(1, total)


def small_texts(texts: Iterable[DrawnText], smallest: float) -> list[str]:
    """Texts drawn under ``smallest`` px, as problems."""
    return [
        f"text {t.text[:30]!r} drawn at {t.pixels:.1f} px, under {smallest:.0f} px"
        for t in texts
        if t.text.strip() and t.pixels < smallest - 0.5
    ]


def overlapping_texts(texts: Sequence[DrawnText], within: QRectF) -> list[str]:
    """Pairs of texts that overlap inside ``within`` (the visible area), as problems.

    Texts are compared as drawn: a title turned along the rim by its turned box, not
    by the upright box around it (which covers much paper the text never touches).
    """
    boxes = [
        t for t in texts if t.text.strip() and not t.box.isEmpty() and t.box.intersects(within)
    ]
    problems = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            if not a.box.intersects(b.box):
                continue
            shared = a.outline.intersected(b.outline).boundingRect()
            if shared.width() > OVERLAP_PX and shared.height() > OVERLAP_PX:
                problems.append(f"{a.text[:30]!r} overlaps {b.text[:30]!r}")
    return problems


def elided_texts(texts: Iterable[DrawnText]) -> list[str]:
    """Texts shortened with "…", as problems (where whole names are promised)."""
    return [f"{t.text[:40]!r} is cut" for t in texts if t.text.rstrip().endswith("…")]


def missing_names(texts: Iterable[DrawnText], names: Iterable[str]) -> list[str]:
    """Names not drawn whole anywhere (beside their actor, or in the key as "12 Name"),
    as problems; a name's lines may be drawn apart or in one text."""
    drawn = " ".join(" ".join(t.text.replace("\u00a0", " ").split()) for t in texts)
    return [
        f"{name[:40]!r} is not on the wall"
        for name in names
        if " ".join(plain(name).split()) not in drawn
    ]
