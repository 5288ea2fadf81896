"""Stopping a publish from another thread, only while it can still be stopped cleanly.

The Team page publishes on a worker thread; its Cancel button calls
:meth:`Cancellation.cancel` on the GUI thread. The worker asks :meth:`check` at each
step and :meth:`commit_point` just before COMMIT. Before that point a cancel rolls
the transaction back, so the team library is as it was; after it the revision is
landing and only the answer can be waited for. One lock makes "cancelled" and
"committing" exclusive: a publish the page says was cancelled never lands.
"""

from __future__ import annotations

import threading

from n3desk.team.errors import TeamError


class PublishCancelledError(TeamError):
    """The person cancelled the publish before it was committed: nothing was published."""


class Cancellation:
    """Shared by the thread that publishes and the one that may cancel."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._committing = False

    def cancel(self) -> bool:
        """Ask the publish to stop; True when it certainly will not land."""
        with self._lock:
            self._cancelled = True
            return not self._committing

    @property
    def cancelled(self) -> bool:
        with self._lock:
            return self._cancelled

    def check(self) -> None:
        """Raise :class:`PublishCancelledError` if a cancel was asked for in time."""
        with self._lock:
            if self._cancelled and not self._committing:
                raise PublishCancelledError(
                    "not published: cancelled; the team library is as it was"
                )

    def commit_point(self) -> None:
        """The last moment to stop: after this, the revision is committed whatever happens."""
        with self._lock:
            if self._cancelled:
                raise PublishCancelledError(
                    "not published: cancelled; the team library is as it was"
                )
            self._committing = True
