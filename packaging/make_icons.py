"""Render packaging/icons/n3desk.svg to the PNG sizes and the Windows .ico.

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py

Qt's SVG renderer draws every size from the vector drawing (small sizes stay sharp
instead of being shrunk from a big bitmap); Pillow, which ReportLab brings along,
packs the Windows sizes into one ``n3desk.ico``. The outputs are committed, so a
build needs this script only when the drawing changes.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent / "icons"
SVG = ICONS / "n3desk.svg"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # what Windows Explorer and the taskbar ask for


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The drawing at ``size`` × ``size`` pixels on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def to_pillow(image: QImage) -> Image.Image:
    """A Pillow copy of a Qt image (through PNG bytes, which both sides speak)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, b"PNG")
    buffer.close()
    return Image.open(io.BytesIO(data.data())).convert("RGBA")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    for size in PNG_SIZES:
        target = ICONS / f"n3desk-{size}.png"
        if not render(renderer, size).save(str(target), b"PNG"):
            print(f"cannot write {target}", file=sys.stderr)
            return 1
    images = [to_pillow(render(renderer, size)) for size in ICO_SIZES]
    largest = images[-1]
    largest.save(
        ICONS / "n3desk.ico",
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=images[:-1],
    )
    print(f"wrote {len(PNG_SIZES)} PNGs and n3desk.ico to {ICONS}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
