"""Make resources/fonts/NotoEmoji-Regular.ttf, the monochrome emoji and symbol fallback.

Usage (fontTools and brotli are build tools only, never needed at run time)::

    npm pack @fontsource/noto-emoji && tar xzf fontsource-noto-emoji-*.tgz
    python -m venv /tmp/ft && /tmp/ft/bin/pip install fonttools brotli
    /tmp/ft/bin/python tools/emoji_font.py package/files/noto-emoji-emoji-400-normal.woff2

Noto Emoji (Google, SIL Open Font License 1.1, no reserved font name) is the
monochrome outline emoji font: black glyphs like the text around them, which a
projector and a black-and-white printout show well and ReportLab can embed (it
embeds TrueType outlines, not colour bitmaps). Fontsource's "emoji" subset at weight
400 is the whole static font as WOFF2. This turns it into TrueType and drops what
neither Qt nor ReportLab uses here (vertical metrics, the style table, hinting,
glyph names); every character and the ligatures for emoji sequences (families,
flags, skin tones; Qt shapes them, ReportLab shows the parts) are kept.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset  # type: ignore[import-not-found]
from fontTools.ttLib import TTFont  # type: ignore[import-not-found]

TARGET = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "NotoEmoji-Regular.ttf"


def main(source: str) -> int:
    font = TTFont(source)
    font.flavor = None  # WOFF2 -> plain TrueType
    options = subset.Options()
    options.layout_features = ["*"]
    options.drop_tables += ["vhea", "vmtx", "STAT"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=font.getBestCmap().keys())
    subsetter.subset(font)
    font.save(TARGET)
    sys.stdout.write(
        f"{TARGET}: {TARGET.stat().st_size:,} bytes, {len(font.getBestCmap())} characters\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
