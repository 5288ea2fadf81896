"""Reaching the team library: its address, the driver, TLS and the password.

The address is a ``postgresql://`` URL (``--team URL`` or ``N3DESK_TEAM_URL``); n3desk
chooses the driver (psycopg 3). TLS is whatever the URL asks for —
``?sslmode=verify-full&sslrootcert=…`` checks the server's certificate and name.
A password is never kept in settings or written to a log: it lives in the operating
system's keyring (the ``keyring`` package), under the user, host, port and database.
Every statement binds its values as parameters; no value is ever put into SQL text.
"""

from __future__ import annotations

import contextlib
import os
from typing import TYPE_CHECKING, Any

from n3desk.team.errors import TeamAddressError, TeamConnectionError, TeamError

if TYPE_CHECKING:
    from sqlalchemy import URL, Engine

ENV_URL = "N3DESK_TEAM_URL"
KEYRING_SERVICE = "n3desk-team"
CONNECT_TIMEOUT_S = 10
_SCHEMES = {"postgresql", "postgres", "postgresql+psycopg"}


def given_url(url: str | None) -> str:
    """``url``, else ``$N3DESK_TEAM_URL``; a clear error when neither is set."""
    text = (url or os.environ.get(ENV_URL, "")).strip()
    if not text:
        raise TeamAddressError(
            f"no team library given: use --team postgresql://USER@HOST/DATABASE or set {ENV_URL}"
        )
    return text


def parse_url(text: str) -> URL:
    """The URL with n3desk's driver; refuses anything that is not PostgreSQL."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(text)
    except ArgumentError:
        raise TeamAddressError(
            "the team library's address is not a URL; expected postgresql://USER@HOST/DATABASE"
        ) from None
    if url.drivername not in _SCHEMES:
        raise TeamAddressError(
            f"the team library must be PostgreSQL (postgresql://…), not {url.drivername}://"
        )
    return url.set(drivername="postgresql+psycopg")


def display_url(url: URL | str) -> str:
    """The address as it may be shown or logged: never with its password."""
    parsed = parse_url(url) if isinstance(url, str) else url
    shown = parsed.set(drivername="postgresql").render_as_string(hide_password=True)
    return str(shown)


def keyring_key(url: URL) -> str:
    """Where the password of this user on this server is kept in the keyring."""
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def stored_password(url: URL) -> str | None:
    """The password the keyring holds for ``url``'s user, or None (also with no keyring)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_key(url))
    except KeyringError:
        return None


def store_password(url: URL, password: str) -> None:
    """Keep the password in the operating system's keyring, nowhere else."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, keyring_key(url), password)
    except KeyringError as exc:
        raise TeamError(
            f"the password could not be kept in this computer's keyring ({exc}); "
            "it was not saved anywhere else"
        ) from None


def forget_password(url: URL) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError):
        keyring.delete_password(KEYRING_SERVICE, keyring_key(url))


def make_team_engine(text: str) -> Engine:
    """An engine on the team library; the password comes from the URL or the keyring."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    url = parse_url(text)
    if url.password is None and url.username:
        password = stored_password(url)
        if password is not None:
            url = url.set(password=password)
    connect_args: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": "n3desk",
        # A dead network is noticed in about half a minute instead of hanging forever.
        "keepalives": 1,
        "keepalives_idle": 10,
        "keepalives_interval": 5,
        "keepalives_count": 3,
    }
    # NullPool: a laptop publishes now and then; a pooled connection would only be
    # found dead after the Wi-Fi changed. hide_parameters: no note's text in a log.
    return create_engine(url, poolclass=NullPool, connect_args=connect_args, hide_parameters=True)


def describe_connection_error(exc: BaseException, url: URL | str) -> TeamConnectionError:
    """One line for a person about a failed connection, without the password."""
    orig = getattr(exc, "orig", None) or exc
    detail = " ".join(str(orig).split())
    parsed = parse_url(url) if isinstance(url, str) else url
    if parsed.password:
        detail = detail.replace(parsed.password, "***")
    return TeamConnectionError(
        f"the team library {display_url(parsed)} could not be reached ({detail[:300]})"
    )
