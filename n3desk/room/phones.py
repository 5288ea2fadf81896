"""The phones in a room: room codes, tokens, and who holds which token.

A token is 192 random bits, known only to this registry and the phone that joined;
it dies with the registry, which dies with the room. The registry is shared by the
server's thread (every request looks its token up) and the owner's thread (the
facilitator removes a phone), so it locks.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from dataclasses import dataclass, field

# No 0/O, 1/I/L: a code is read off a wall and typed on a phone.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6


def new_room_code() -> str:
    """A fresh six-character room code."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normal_code(text: str) -> str:
    """A code as typed ("k7m 2qx") in the form it is compared in ("K7M2QX")."""
    return "".join(text.split()).upper()


def valid_code(text: str) -> bool:
    """Whether ``text`` can be a room code (for ``--code``)."""
    code = normal_code(text)
    return len(code) == CODE_LENGTH and all(c in CODE_ALPHABET for c in code)


def codes_match(given: str, code: str) -> bool:
    """Compare in constant time: the comparison must not tell how much was right."""
    return hmac.compare_digest(normal_code(given).encode(), code.encode())


@dataclass
class Phone:
    """One joined phone: its token and the participant it writes as."""

    token: str
    participant_id: str
    name: str
    address: str
    joined_at: float = field(default_factory=time.time)
    last_seen: float = field(default_factory=time.time)
    requests: int = 0


class PhoneRegistry:
    """The room's phones by token."""

    def __init__(self) -> None:
        self._phones: dict[str, Phone] = {}
        self._lock = threading.Lock()

    def add(self, participant_id: str, name: str, address: str) -> Phone:
        phone = Phone(secrets.token_urlsafe(24), participant_id, name, address)
        with self._lock:
            self._phones[phone.token] = phone
        return phone

    def find(self, token: str) -> Phone | None:
        """The phone holding ``token``, or None (unknown, removed, or another room's)."""
        if not token:
            return None
        with self._lock:
            phone = self._phones.get(token)
            if phone is not None:
                phone.last_seen = time.time()
                phone.requests += 1
            return phone

    def find_quietly(self, token: str) -> Phone | None:
        """The phone holding ``token`` without counting a request (live updates)."""
        with self._lock:
            return self._phones.get(token)

    def holder(self, participant_id: str) -> Phone | None:
        """The phone writing as ``participant_id`` (the first to join as it), or None."""
        with self._lock:
            held = [p for p in self._phones.values() if p.participant_id == participant_id]
        return min(held, key=lambda p: p.joined_at) if held else None

    def remove(self, token: str) -> Phone | None:
        with self._lock:
            return self._phones.pop(token, None)

    def remove_participant(self, participant_id: str) -> list[Phone]:
        """Remove every phone writing as ``participant_id``; those removed."""
        with self._lock:
            gone = [p for p in self._phones.values() if p.participant_id == participant_id]
            for phone in gone:
                del self._phones[phone.token]
            return gone

    def phones(self) -> list[Phone]:
        """Every phone, in the order they joined."""
        with self._lock:
            return sorted(self._phones.values(), key=lambda p: p.joined_at)

    def clear(self) -> None:
        with self._lock:
            self._phones.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._phones)
