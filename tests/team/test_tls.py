"""TLS when the URL asks for it: sslmode=verify-full checks the certificate and the name.

A second PostgreSQL (pgserver's binaries) listens on 127.0.0.1 with TLS on, with a
certificate for "localhost" from a certificate authority made here.
"""

from __future__ import annotations

import datetime
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from n3desk.team.connection import make_team_engine
from n3desk.team.errors import TeamConnectionError
from n3desk.team.library import TeamLibrary
from n3desk.team.migrating import upgrade_team


def _certificates(folder: Path) -> tuple[Path, Path, Path, Path]:
    """A CA, a server certificate for localhost signed by it, and a second, unrelated CA."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.UTC)

    def name(text: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])

    def ca(label: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
        key = ec.generate_private_key(ec.SECP256R1())
        cert = (
            x509.CertificateBuilder()
            .subject_name(name(label))
            .issuer_name(name(label))
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=2))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256())
        )
        return key, cert

    ca_key, ca_cert = ca("n3desk test CA")
    _other_key, other_cert = ca("someone else's CA")
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(name("localhost"))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    paths = (folder / "ca.pem", folder / "server.crt", folder / "server.key", folder / "other.pem")
    paths[0].write_bytes(ca_cert.public_bytes(pem))
    paths[1].write_bytes(cert.public_bytes(pem))
    paths[2].write_bytes(
        key.private_bytes(
            pem, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()
        )
    )
    paths[3].write_bytes(other_cert.public_bytes(pem))
    return paths


@pytest.fixture(scope="module")
def tls_server() -> Iterator[tuple[int, Path, Path]]:
    """(port, the CA that signed the server's certificate, an unrelated CA)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from pgserver import _commands  # type: ignore[import-untyped]
            from pgserver.utils import (  # type: ignore[import-untyped]
                ensure_prefix_permissions,
                ensure_user_exists,
            )
    except ImportError:
        pytest.skip("pgserver is not installed; install the test dependencies")
    folder = Path(tempfile.mkdtemp(prefix="n3desk-tls-"))
    data, sockets = folder / "data", folder / "sockets"
    data.mkdir()
    sockets.mkdir()
    ca, cert, key, other = _certificates(folder)
    user = None
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root: its own user, as pgserver does
        user = "pgserver"
        ensure_user_exists(user)
        ensure_prefix_permissions(data)
        entry = pwd.getpwnam(user)
        for path in (folder, data, sockets, cert, key):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    os.chmod(key, 0o600)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    bin_dir = _tls_capable_binaries(Path(_commands.POSTGRES_BIN_PATH))
    if bin_dir is None:
        shutil.rmtree(folder, ignore_errors=True)
        pytest.skip(
            "no PostgreSQL with TLS to start: pgserver's build has no OpenSSL and no "
            "system PostgreSQL (Debian's postgresql package) is installed"
        )

    def run(*args: str) -> None:
        subprocess.run(
            [str(bin_dir / args[0]), *args[1:]],
            check=True,
            capture_output=True,
            timeout=60,
            user=user,
            cwd=folder,
        )

    try:
        run("initdb", "-D", str(data), "--auth=trust", "-U", "postgres", "-E", "utf8")
        options = (
            f"-h 127.0.0.1 -p {port} -k {sockets} -c ssl=on "
            f"-c ssl_cert_file={cert} -c ssl_key_file={key}"
        )
        run("pg_ctl", "-D", str(data), "-w", "-o", options, "-l", str(folder / "log"), "start")
    except (OSError, subprocess.SubprocessError) as exc:
        log = (
            (folder / "log").read_text(errors="replace")[-400:] if (folder / "log").exists() else ""
        )
        shutil.rmtree(folder, ignore_errors=True)
        pytest.skip(f"no PostgreSQL server with TLS could be started: {exc} {log}")
    try:
        yield port, ca, other
    finally:
        run("pg_ctl", "-D", str(data), "-w", "-m", "fast", "stop")
        shutil.rmtree(folder, ignore_errors=True)


def _tls_capable_binaries(pgserver_bin: Path) -> Path | None:
    """A PostgreSQL built with OpenSSL: the system's (Debian's), else pgserver's if it is."""
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    candidates.append(pgserver_bin)
    for candidate in candidates:
        config = candidate / "pg_config"
        postgres = candidate / "postgres"
        if not postgres.exists():
            continue
        if config.exists():
            flags = subprocess.run([str(config), "--configure"], capture_output=True, text=True)
            if "ssl" not in flags.stdout:
                continue
        elif candidate == pgserver_bin:
            continue
        return candidate
    return None


def test_verify_full_connects_with_tls(tls_server: tuple[int, Path, Path]) -> None:
    """With the right CA and host name the connection is encrypted, and the team works."""
    port, ca, _other = tls_server
    url = f"postgresql://postgres@localhost:{port}/postgres?sslmode=verify-full&sslrootcert={ca}"
    engine = make_team_engine(url)
    try:
        upgrade_team(engine)
        with engine.connect() as conn:
            from sqlalchemy import text

            encrypted = conn.execute(
                text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            ).scalar()
        assert encrypted is True
    finally:
        engine.dispose()
    with TeamLibrary(url, author="Anna") as team:
        assert team.status().ready


@pytest.mark.parametrize(
    ("host", "which_ca", "reason"),
    [
        ("127.0.0.1", "ca", "does not match host name"),
        ("localhost", "other", "certificate verify failed"),
    ],
)
def test_verify_full_refuses_a_wrong_name_or_an_unknown_authority(
    tls_server: tuple[int, Path, Path], host: str, which_ca: str, reason: str
) -> None:
    """A certificate for another name, or from another authority, is refused clearly."""
    port, ca, other = tls_server
    root = ca if which_ca == "ca" else other
    url = f"postgresql://postgres@{host}:{port}/postgres?sslmode=verify-full&sslrootcert={root}"
    with TeamLibrary(url, author="x") as team, pytest.raises(TeamConnectionError) as failed:
        team.items()
    assert "could not be reached" in str(failed.value)
    assert reason in str(failed.value)
