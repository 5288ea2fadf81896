"""The phone page's files (``resources/room/``): the page in the session's language.

Only the files listed here are served; a name from a request never becomes a path.
The page's texts in all four languages are in ``texts.json``; the HTML names the
session's language and the script picks its texts (every text is put in with
``textContent``).
"""

from __future__ import annotations

from n3desk.resources import resource

FILES = {
    "app.js": "text/javascript",
    "style.css": "text/css",
    "texts.json": "application/json",
    "icon.svg": "image/svg+xml",
}
LANGUAGES = ("sv", "en", "nb", "da")


class PhonePages:
    """The files of the phone page, read once."""

    def __init__(self) -> None:
        self._cache: dict[str, bytes] = {}

    def _read(self, name: str) -> bytes:
        data = self._cache.get(name)
        if data is None:
            data = resource("room", name).read_bytes()
            self._cache[name] = data
        return data

    def page(self, language: str) -> str:
        """The HTML of the page, speaking ``language`` (Swedish if n3desk does not)."""
        lang = language if language in LANGUAGES else "sv"
        return self._read("index.html").decode("utf-8").replace("{{lang}}", lang)

    def static(self, name: str) -> tuple[bytes, str] | None:
        """A listed file's bytes and type, or None."""
        content_type = FILES.get(name)
        if content_type is None:
            return None
        return self._read(name), content_type
