"""Writing the user's own templates ("Save as template") into the data folder."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from n3desk.store.errors import LibraryWriteError
from n3desk.store.template_files import parse_template, user_template_dir


def save_user_template(data_dir: Path, data: dict[str, Any]) -> Path:
    """Check ``data`` as a template and write it as ``<data dir>/templates/<id>.json``.

    Written to a temporary file and renamed, so a full disk never leaves half a
    template behind. Raises TemplateError for invalid data and LibraryWriteError
    when the file cannot be written.
    """
    template = parse_template(data, builtin=False)
    folder = user_template_dir(data_dir)
    target = folder / f"{template.id}.json"
    temporary = target.with_suffix(".json.tmp")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with temporary.open("w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=2)
            f.write("\n")
            f.flush()
            os.fsync(f.fileno())
        temporary.replace(target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise LibraryWriteError(f"the template could not be saved ({exc.strerror or exc})") from exc
    return target
