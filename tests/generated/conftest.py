"""Fixtures for the generated-workshop suite: seeds, a text recorder, kept renders.

Seeds: a fast fixed subset in the normal test run; ``N3DESK_GENERATED_SEEDS=N`` runs
seeds 0..N-1 (the full run documented in the README). Every picture a test renders is
written to its temporary folder; when the test fails they are copied to
``generated-renders/<test>/`` at the top of the checkout, to be looked at.
"""

from __future__ import annotations

import math
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPolygonF, QTextOption
from PySide6.QtWidgets import QWidget

FAST_SEEDS = (0, 1, 2, 3)  # one per language: sv, en, nb, da (see workshops.shape_for)
KEPT = Path(__file__).resolve().parents[2] / "generated-renders"


def seeds() -> tuple[int, ...]:
    """The seeds this run covers."""
    wanted = os.environ.get("N3DESK_GENERATED_SEEDS", "").strip()
    return tuple(range(int(wanted))) if wanted else FAST_SEEDS


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "seed" in metafunc.fixturenames:
        metafunc.parametrize("seed", seeds())


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    report = yield
    if report.when == "call" and report.failed:
        folder = getattr(item, "render_folder", None)
        if isinstance(folder, Path) and folder.is_dir():
            target = KEPT / item.name.replace("/", "_")
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(folder, target)
            report.sections.append(("kept renders", str(target)))
    return report


@pytest.fixture
def render_folder(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """Where a test writes its pictures (kept on failure, see the module docstring)."""
    folder = tmp_path / "renders"
    folder.mkdir()
    request.node.render_folder = folder
    return folder


@dataclass(frozen=True)
class DrawnText:
    """One QPainter.drawText call: the text, its pixel size, its box and its outline.

    A text drawn by a widget is placed in its window's coordinates (a picture of a
    window made with ``grab`` holds its child widgets' texts where they show): the
    timer's badge over the map is compared with the map's texts where it stands.
    ``outline`` is the text's box as drawn, turned with it; ``box`` bounds it.
    """

    text: str
    pixels: float
    box: QRectF
    device: int  # id() of the paint device: texts of one picture share it
    outline: QPolygonF


@pytest.fixture
def drawn_texts() -> Iterator[list[DrawnText]]:
    """Every text drawn from Python while the test runs, with where it was drawn."""
    calls: list[DrawnText] = []
    original = QPainter.drawText

    def recording(painter: QPainter, *args: Any) -> Any:
        text = next((a for a in args if isinstance(a, str)), "")
        font = painter.font()
        device = painter.device()
        if font.pixelSize() > 0:
            pixels = float(font.pixelSize())
        else:
            pixels = font.pointSizeF() * device.logicalDpiY() / 72
        transform = painter.worldTransform()
        scale = math.sqrt(abs(transform.determinant()))
        metrics = QFontMetricsF(font)
        outline = transform.map(QPolygonF(_local_box(metrics, args, text)))
        if isinstance(device, QWidget):
            outline.translate(QPointF(device.mapTo(device.window(), QPoint(0, 0))))
        calls.append(DrawnText(text, pixels * scale, outline.boundingRect(), id(device), outline))
        return original(painter, *args)

    QPainter.drawText = recording  # type: ignore[method-assign,assignment]
    try:
        yield calls
    finally:
        QPainter.drawText = original  # type: ignore[method-assign]


def _local_box(metrics: QFontMetricsF, args: tuple[Any, ...], text: str) -> QRectF:
    """The ink box of one drawText call in the painter's own coordinates."""
    first = args[0]
    if isinstance(first, QPointF | QPoint):
        return metrics.boundingRect(text).translated(QPointF(first))
    if isinstance(first, QRectF | QRect):
        rect, rest = QRectF(first), args[1:]
    elif len(args) >= 6:  # x, y, width, height, flags, text
        rect, rest = QRectF(*(float(a) for a in args[:4])), args[4:]
    else:  # x, y, text
        return metrics.boundingRect(text).translated(QPointF(float(args[0]), float(args[1])))
    flags = 0
    if rest and not isinstance(rest[0], str):
        flags = int(getattr(rest[0], "value", rest[0]))
    elif len(rest) > 1 and isinstance(rest[1], QTextOption):
        option = rest[1]
        flags = int(option.alignment().value)
        if option.wrapMode() != QTextOption.WrapMode.NoWrap:
            flags |= Qt.TextFlag.TextWordWrap.value
    return metrics.boundingRect(rect, flags, text)
