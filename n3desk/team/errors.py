"""The team library's errors. Each message is one line a facilitator can act on."""

from __future__ import annotations

from dataclasses import dataclass


class TeamError(Exception):
    """Something went wrong with the team library; ``str(error)`` says what to do."""


class TeamAddressError(TeamError):
    """No team library was given, or its address is not a PostgreSQL URL."""


class TeamConnectionError(TeamError):
    """The team library could not be reached, or the connection broke mid-way.

    A publish that fails this way was not published: the team library is exactly as
    it was (one transaction), and the local library is untouched.
    """


class TeamNotFoundError(TeamError):
    """No team item has the id asked for."""


class TeamSchemaError(TeamError):
    """The team library is not set up, or was set up by another version of n3desk."""


@dataclass(frozen=True, slots=True)
class NewerRevision:
    """Who published the team's newest revision, and when."""

    item_id: str
    title: str
    number: int
    author: str
    published_at: float


class StalePublishError(TeamError):
    """The team library holds a newer revision than the one this publish is based on."""

    def __init__(self, message: str, newer: NewerRevision, based_on: int | None) -> None:
        super().__init__(message)
        self.newer = newer
        self.based_on = based_on
