"""Privacy by construction: refuse every network connection from this process.

``install()`` adds a PEP 578 audit hook that raises :class:`NetworkRefused` on any attempt to
connect, bind or resolve with an Internet socket. Only local IPC (``AF_UNIX`` sockets, used by Qt and
D-Bus) is allowed — and the hosts ``allow_hosts`` names: ``dossier batch`` talks to its Dask scheduler and,
on a local cluster, to worker processes on the loopback address. An audit hook cannot be removed, so this is
a one-way switch for the process; the hook covers Python code only — ffmpeg runs with a ``file,pipe``
protocol whitelist and the system-level ``strace`` test covers native code.
"""

from __future__ import annotations

import socket
import sys
from typing import Any

_INSTALLED = False
_NET_EVENTS = ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg")
_LOOKUP_EVENTS = ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr", "socket.getnameinfo")
_LOCAL_FAMILIES = {getattr(socket, "AF_UNIX", -1)}
_ALLOWED_HOSTS: set[str] = set()  # addresses (and the names they were given as) that allow_hosts let through
LOOPBACK = ("127.0.0.1", "::1")


class NetworkRefused(PermissionError):
    """Raised when code in this process tries to use the network."""


def _family(sock: Any) -> int | None:
    try:
        return int(sock.family)
    except (AttributeError, OSError, TypeError, ValueError):
        return None


def _host(address: Any) -> str | None:
    if isinstance(address, tuple) and address and isinstance(address[0], str):
        return address[0]
    return None


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if event in _NET_EVENTS:
        if args and _family(args[0]) in _LOCAL_FAMILIES:
            return
        if len(args) > 1 and _host(args[1]) in _ALLOWED_HOSTS:
            return
        raise NetworkRefused(f"Dossier never uses the network (blocked {event}).")
    if event in _LOOKUP_EVENTS:
        if event == "socket.getaddrinfo" and args and args[0] in _ALLOWED_HOSTS:
            return
        raise NetworkRefused(f"Dossier never uses the network (blocked {event}).")


def allow_hosts(*hosts: str) -> None:
    """Let this process reach ``hosts`` (addresses or names; a name is resolved once, here) and no other.

    For ``dossier batch`` only: its Dask scheduler, and ``LOOPBACK`` for a local cluster.
    """
    for host in hosts:
        _ALLOWED_HOSTS.add(host)
        try:
            resolved = {str(info[4][0]) for info in socket.getaddrinfo(host, None)}
        except OSError:
            continue
        _ALLOWED_HOSTS.update(resolved)


def install() -> None:
    """Install the guard once per process (idempotent)."""
    global _INSTALLED
    if _INSTALLED:
        return
    sys.addaudithook(_hook)
    _INSTALLED = True


def installed() -> bool:
    return _INSTALLED
