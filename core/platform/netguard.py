"""Privacy by construction: refuse every network connection from this process.

``install()`` adds a PEP 578 audit hook that raises :class:`NetworkRefused` on any attempt to
connect, bind or resolve with an Internet socket. Only local IPC (``AF_UNIX`` sockets, used by Qt and
D-Bus) is allowed. An audit hook cannot be removed, so this is a one-way switch for the process; the
hook covers Python code only — ffmpeg runs with a ``file,pipe`` protocol whitelist and the system-level
``strace`` test covers native code.
"""

from __future__ import annotations

import socket
import sys
from typing import Any

_INSTALLED = False
_NET_EVENTS = ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg")
_LOOKUP_EVENTS = ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr", "socket.getnameinfo")
_LOCAL_FAMILIES = {getattr(socket, "AF_UNIX", -1)}


class NetworkRefused(PermissionError):
    """Raised when code in this process tries to use the network."""


def _family(sock: Any) -> int | None:
    try:
        return int(sock.family)
    except (AttributeError, OSError, TypeError, ValueError):
        return None


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if event in _NET_EVENTS:
        if args and _family(args[0]) in _LOCAL_FAMILIES:
            return
        raise NetworkRefused(f"Dossier never uses the network (blocked {event}).")
    if event in _LOOKUP_EVENTS:
        raise NetworkRefused(f"Dossier never uses the network (blocked {event}).")


def install() -> None:
    """Install the guard once per process (idempotent)."""
    global _INSTALLED
    if _INSTALLED:
        return
    sys.addaudithook(_hook)
    _INSTALLED = True


def installed() -> bool:
    return _INSTALLED
