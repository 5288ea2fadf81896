"""The citizen's picture: copied into the library's media folder, then an undoable edit.

Only the copy touches the disk; the session's ``persona_image`` field (a bare file
name inside the media folder) changes through an ordinary undoable command, so
undo brings back the earlier picture. Copies are named after their content, so
choosing the same picture twice stores it once, and undo never deletes a file
another state of the session may point at.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImageReader

from n3desk.app.document import SessionDocument
from n3desk.app.map import edits

MAX_PICTURE_BYTES = 20 * 1024 * 1024
PICTURE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp")


class PersonaPictureError(ValueError):
    """The chosen file cannot be the citizen's picture; the message says why."""


def import_picture(media_dir: Path, source: Path) -> str:
    """Copy the picture ``source`` into ``media_dir``; return the copy's file name."""
    suffix = source.suffix.lower()
    if suffix not in PICTURE_SUFFIXES:
        raise PersonaPictureError(
            QCoreApplication.translate(
                "PersonaPicture", "Choose a picture file (PNG, JPEG, GIF, BMP or WebP)."
            )
        )
    try:
        size = source.stat().st_size
    except OSError as exc:
        raise PersonaPictureError(
            QCoreApplication.translate("PersonaPicture", "The picture could not be read.")
        ) from exc
    if size > MAX_PICTURE_BYTES:
        raise PersonaPictureError(
            QCoreApplication.translate("PersonaPicture", "The picture is larger than 20 MB.")
        )
    if not QImageReader(str(source)).canRead():
        raise PersonaPictureError(
            QCoreApplication.translate(
                "PersonaPicture", "The file is not a picture n3desk can show."
            )
        )
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:20]
    name = f"persona-{digest}{suffix}"
    try:
        media_dir.mkdir(parents=True, exist_ok=True)
        target = media_dir / name
        if not target.exists():
            partial = target.with_suffix(suffix + ".part")
            shutil.copyfile(source, partial)
            partial.replace(target)  # never leave a half-copied picture under its name
    except OSError as exc:
        raise PersonaPictureError(
            QCoreApplication.translate(
                "PersonaPicture", "The picture could not be copied into the library."
            )
        ) from exc
    return name


def choose_persona_picture(document: SessionDocument, source: Path) -> str:
    """Copy ``source`` into the library and make it the citizen's picture (undoable)."""
    name = import_picture(document.library.media_dir, source)
    edits.set_persona(document, persona_image=name)
    return name


def remove_persona_picture(document: SessionDocument) -> None:
    """Stop showing a picture (undoable; the file stays for undo and other sessions)."""
    edits.set_persona(document, persona_image="")
