"""The network guard refuses Internet sockets and name look-ups but lets local IPC through."""

import subprocess
import sys
import textwrap


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=60)


def test_guard_blocks_tcp_udp_and_lookups_but_not_unix_sockets(tmp_path) -> None:
    out = _run(f"""
        import socket, core.platform.netguard as g
        g.install(); g.install()
        results = []
        for family, kind, addr in ((socket.AF_INET, socket.SOCK_STREAM, ("127.0.0.1", 9)),
                                   (socket.AF_INET6, socket.SOCK_STREAM, ("::1", 9)),
                                   (socket.AF_INET, socket.SOCK_DGRAM, ("127.0.0.1", 9))):
            s = socket.socket(family, kind)
            try:
                s.connect(addr)
                results.append("connected")
            except g.NetworkRefused:
                results.append("refused")
            except OSError:
                results.append("oserror")
            finally:
                s.close()
        try:
            socket.getaddrinfo("example.org", 80)
            results.append("resolved")
        except g.NetworkRefused:
            results.append("refused")
        srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        srv.bind({str(tmp_path / "ipc.sock")!r}); srv.listen(1)
        cli = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        cli.connect({str(tmp_path / "ipc.sock")!r})
        results.append("unix-ok")
        print(",".join(results))
    """)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "refused,refused,refused,refused,unix-ok"



def test_allowed_hosts_pass_and_nothing_else() -> None:
    """dossier batch allows its scheduler (here the loopback address); 127.0.0.2 and look-ups stay refused."""
    out = _run("""
        import socket, core.platform.netguard as g
        g.install(); g.allow_hosts("127.0.0.1")
        results = []
        for addr in (("127.0.0.1", 9), ("127.0.0.2", 9)):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            try:
                s.connect(addr)
                results.append("connected")
            except g.NetworkRefused:
                results.append("refused")
            except OSError:
                results.append("oserror")  # allowed through the guard; nothing listens on port 9
            finally:
                s.close()
        for host in ("127.0.0.1", "example.org"):
            try:
                socket.getaddrinfo(host, 80)
                results.append("resolved")
            except g.NetworkRefused:
                results.append("refused")
        print(",".join(results))
    """)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "oserror,refused,resolved,refused"
