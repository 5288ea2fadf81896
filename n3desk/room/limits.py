"""What a room allows: sizes, rates and counts, and the sliding window that counts.

A room runs on a guest network, so every limit is about a stranger with a script:
bodies are small, notes are as long as the board can show, a phone may make about
one request a second, and room codes cannot be found by trying.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

from n3desk.domain.limits import NOTE_CHARS

MAX_BODY_BYTES = 16 * 1024
# As much as a note on the board can show (n3desk.app.board.text_layout.MAX_DISPLAY):
# more than this would be stored but never seen. Never more than the app accepts.
MAX_NOTE_CHARS = min(2000, NOTE_CHARS)
MAX_NAME_CHARS = 60
MAX_PHONES = 100
PHONE_REQUESTS_PER_MINUTE = 60
# Joining, per address: enough for a class behind one NAT to join within a minute;
# wrong codes have a far smaller allowance, so a six-character code (31**6, about
# 9 * 10**8) cannot be found by trying.
JOINS_PER_MINUTE = 120
WRONG_CODES_PER_MINUTE = 5


class SlidingWindow:
    """Counts events per key over the last ``seconds``; thread-safe."""

    def __init__(
        self, limit: int, seconds: float = 60.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit = limit
        self.seconds = seconds
        self.clock = clock
        self._events: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        events = self._events.setdefault(key, deque())
        while events and now - events[0] >= self.seconds:
            events.popleft()
        return events

    def allow(self, key: str) -> bool:
        """Count one event for ``key``; False (and not counted) when over the limit."""
        now = self.clock()
        with self._lock:
            events = self._recent(key, now)
            if len(events) >= self.limit:
                return False
            events.append(now)
            if len(self._events) > 10_000:  # a flood of addresses: forget the idle ones
                for idle in [k for k, v in self._events.items() if not v]:
                    del self._events[idle]
            return True

    def full(self, key: str) -> bool:
        """True when ``key`` has used its events (nothing is counted)."""
        now = self.clock()
        with self._lock:
            return len(self._recent(key, now)) >= self.limit

    def retry_after(self, key: str) -> int:
        """Whole seconds until ``key`` may try again (at least 1)."""
        now = self.clock()
        with self._lock:
            events = self._recent(key, now)
            if not events:
                return 1
            return max(1, int(self.seconds - (now - events[0])) + 1)
