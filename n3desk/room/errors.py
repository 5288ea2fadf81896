"""The room's one error: an HTTP status, a key the phone page translates, and English."""

from __future__ import annotations

BAD_INPUT, NO_TOKEN, NOT_ALLOWED, TOO_LARGE, TOO_MANY = 400, 401, 403, 413, 429
NOT_SAVED = 503


class RoomError(Exception):
    """A request the room refuses: ``status``, a machine ``key`` and a sentence."""

    def __init__(self, status: int, key: str, message: str, *, retry_after: int = 0) -> None:
        super().__init__(message)
        self.status = status
        self.key = key
        self.message = message
        self.retry_after = retry_after  # seconds, for 429

    def body(self) -> dict[str, str]:
        """The JSON body of the refusal: ``{"error": key, "message": sentence}``."""
        return {"error": self.key, "message": self.message}
