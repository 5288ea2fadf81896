"""Default names for exported files: "2026-03-14 Hemträning.pdf", safe on every system.

The export dialog proposes this name; the user may change it. A session title can
hold anything, and the file may be copied to Windows or a USB stick formatted FAT,
so what Windows forbids is removed: ``< > : " / \\ | ? *``, control characters,
leading and trailing dots and spaces, and the reserved device names (CON, NUL, COM1 …).
"""

from __future__ import annotations

import re
import unicodedata

from n3desk.domain.entities import Session

MAX_STEM = 120  # characters; well inside every file system's 255-byte limit
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{i}" for p in ("COM", "LPT") for i in range(10)}


def safe_stem(text: str, fallback: str = "n3desk") -> str:
    """``text`` as a file name without extension that every file system accepts."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cf", "Cs"))
    text = _FORBIDDEN.sub(" ", text)
    text = " ".join(text.split())[:MAX_STEM].strip(" .")  # a leading dot hides a file
    if not text or text.split(".")[0].upper() in _RESERVED:
        return fallback if not text else f"_{text}"
    return text


def default_file_name(session: Session, suffix: str) -> str:
    """ "<date> <title><suffix>", e.g. "2026-03-14 Hemträning.pdf" (no date: just the title)."""
    stem = safe_stem(f"{session.date} {session.title}".strip(), fallback="n3desk")
    return stem + suffix
