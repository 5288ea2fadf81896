"""Finding files shipped inside the package (resources/ and ui/), installed or not."""

from __future__ import annotations

from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path


def _package(name: str, folder: str) -> Traversable:
    """The shipped package ``name``, or the repository folder when run from source.

    An installed wheel (or an editable install) maps the top-level folders into
    the package (``resources/`` becomes ``n3desk.assets``, named so that it
    cannot be shadowed by this module); a bare source checkout has only the folders.
    """
    try:
        return files(name)
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent.joinpath(folder)


def resource(*parts: str) -> Traversable:
    """A file or folder under the top-level ``resources/`` folder."""
    # Shipped as n3desk.assets: a package named n3desk.resources would hide this module.
    node = _package("n3desk.assets", "resources")
    for part in parts:
        node = node.joinpath(part)
    return node


def resource_path(*parts: str) -> Path:
    """A real file-system path of a resource (the wheel installs as plain files)."""
    with as_file(resource(*parts)) as path:
        return Path(path)
