"""n3desk: an offline facilitation app for in-room innovation workshops."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # __version__ is read on demand: importlib.metadata costs ~25 ms of every start.
    if name != "__version__":
        raise AttributeError(f"module 'n3desk' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("n3desk")
    except PackageNotFoundError:  # running from a source tree that was never installed
        found = "0.0.0+unknown"
    globals()["__version__"] = found
    return found
