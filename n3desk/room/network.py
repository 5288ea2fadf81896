"""Which address a room is served on: the laptop's own on the current network.

Found from the machine's own name and interfaces; nothing is sent anywhere (no
"connect to a public address to see which interface answers" trick: a room never
reaches out). Private addresses (a room's Wi-Fi, the laptop's hotspot) come first;
0.0.0.0 is never chosen here — only when the facilitator asks for it.
"""

from __future__ import annotations

import ipaddress
import socket
import struct

LOOPBACK = "127.0.0.1"
DEFAULT_PORT = 8765


SIOCGIFADDR = 0x8915  # Linux: an interface's IPv4 address


def _interface_addresses() -> set[str]:
    """Each interface's IPv4 address, asked of the kernel (Linux; elsewhere none).

    Debian maps the machine's name to 127.0.1.1, so the name alone finds nothing there.
    The socket is only a handle for the question: nothing is sent.
    """
    try:
        import fcntl
    except ImportError:  # Windows: the machine's name lists its addresses
        return set()
    found: set[str] = set()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as handle:
        for _index, name in socket.if_nameindex():
            request = struct.pack("256s", name.encode()[:15])
            try:
                answer = fcntl.ioctl(handle.fileno(), SIOCGIFADDR, request)
            except OSError:  # no IPv4 address on this interface
                continue
            found.add(socket.inet_ntoa(answer[20:24]))
    return found


def local_addresses() -> list[str]:
    """The machine's IPv4 addresses other than loopback, private ones first."""
    found: set[str] = _interface_addresses() if hasattr(socket, "if_nameindex") else set()
    for name in {socket.gethostname(), socket.getfqdn()}:
        try:
            infos = socket.getaddrinfo(name, None, socket.AF_INET, socket.SOCK_STREAM)
        except OSError:
            continue
        for info in infos:
            found.add(str(info[4][0]))
    usable = []
    for text in found:
        address = ipaddress.ip_address(text)
        if address.is_loopback or address.is_link_local or address.is_unspecified:
            continue
        usable.append(address)
    usable.sort(key=lambda a: (not a.is_private, a.packed))
    return [str(a) for a in usable]


def default_address() -> str:
    """The laptop's address on the current network, or loopback when it has none."""
    addresses = local_addresses()
    return addresses[0] if addresses else LOOPBACK
