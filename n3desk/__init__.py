"""n3desk: an offline facilitation app for in-room innovation workshops."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("n3desk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
