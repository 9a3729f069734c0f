"""Running a watched session (tests.reliability.session) under strace, with private temp, home and app data."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tests.reliability.helpers import PYTHON, ROOT, child_env
from tests.synth.layouts import gen_a
from tests.synth.spec import Clip, Device, Order, Search, Spec

STRACE = shutil.which("strace")
INET_CONNECT = re.compile(r"connect\(\d+, \{sa_family=AF_INET6?\b")
CANARIES = ("CANARYNAME8731", "CANARYADDR5520", "CANARYTITLE3391", "canarysearch7710", "CANARYDEVICE2264",
            "kanarienvogel")  # the last one is spoken in the clips and written in their transcripts


@dataclass
class Session:
    report: dict
    trace: list[str]
    stderr: str
    home: Path
    tmp: Path
    appdata: Path
    out: Path
    audio: bool = False  # a PulseAudio sink was available to the session

    def inet_connects(self) -> list[str]:
        return [line for line in self.trace if INET_CONNECT.search(line)]


def pulse_env() -> dict[str, str]:
    """PulseAudio null sink via scripts/audio_env.sh (empty when it cannot start: playback is then skipped)."""
    if shutil.which("bash") is None or shutil.which("pactl") is None:
        return {}
    done = subprocess.run(["bash", "-c", "source scripts/audio_env.sh >/dev/null 2>&1; pactl info >/dev/null 2>&1 "
                                         "&& echo \"$PULSE_RUNTIME_PATH\""], cwd=ROOT, capture_output=True, text=True,
                          timeout=60, check=False)
    path = done.stdout.strip()
    return {"PULSE_RUNTIME_PATH": path, "XDG_RUNTIME_DIR": path} if path else {}


def run_session(mode: str, export: Path, base: Path, *, strace: bool = True, audio: bool = True) -> Session:
    home, tmp, appdata, out = base / "home", base / "tmp", base / "appdata", base / "out"
    for folder in (home, tmp):
        folder.mkdir(parents=True, exist_ok=True)
    sink = pulse_env() if audio else {}
    env = child_env(HOME=str(home), TMPDIR=str(tmp), DOSSIER_DATA_DIR=str(appdata), **sink)
    for key in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "MPLCONFIGDIR"):
        env.pop(key, None)
    if not audio:
        env["PULSE_SERVER"] = "unix:/nonexistent"
    trace_file = base / "connect.trace"
    cmd = [PYTHON, "-m", "tests.reliability.session", mode, str(export), str(out)]
    if strace and STRACE:
        cmd = [STRACE, "-f", "-qq", "-e", "trace=connect", "-o", str(trace_file), *cmd]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=240, env=env, cwd=home)
    marker = [line for line in done.stdout.splitlines() if line.startswith("@@SESSION@@")]
    assert done.returncode == 0 and marker, f"session failed ({done.returncode}):\n{done.stderr[-4000:]}"
    trace = trace_file.read_text().splitlines() if trace_file.exists() else []
    return Session(json.loads(marker[-1][len("@@SESSION@@"):]), trace, done.stderr, home, tmp, appdata, out,
                   bool(sink))


def fingerprint(folder: Path) -> dict[str, tuple[str, int, int]]:
    """SHA-256, size and mtime (ns) of every file under ``folder``."""
    return {str(p.relative_to(folder)): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_size,
                                         p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def canary_export(dest: Path) -> Path:
    """A small Gen A export whose names, titles, searches, devices and transcripts carry canary strings."""
    owner = "Erika CANARYNAME8731"
    address = "Erika CANARYNAME8731 CANARYADDR5520-Weg 3 37085 Göttingen"
    spec = Spec(owner=owner, address=address, export_time=datetime(2018, 8, 14, 9, 30))
    for n in range(3):
        when = datetime(2017, 3, 1 + n, 10, 0, 0)
        spec.orders.append(Order(order_id=f"302-000000{n}-1234567", time=when, title=f"CANARYTITLE3391 Tee {n}",
                                 total="11.90", unit_price="10.00", unit_tax="1.90", subtotal="10.00",
                                 subtotal_tax="1.90", address=address, ship_time=when, gift_sender=owner))
        spec.searches.append(Search(time=when, keywords=f"canarysearch7710 {n}",
                                    query_string=f"k=canarysearch7710+{n}"))
    spec.devices.append(Device("G000CANARY000001", "CANARYDEVICE2264's Kindle", "Kindle", datetime(2016, 11, 5)))
    for n in range(3):
        when = datetime(2018, 5, 2 + n, 7, 30, n)
        spec.clips.append(Clip(file=f"Voice/{when:%Y-%m-%dT%H-%M-%S}_0000000{n}.wav",
                               text=f"Alexa, wo ist der Kanarienvogel {n}?", voice="de+m3", time=when,
                               device_name="CANARYDEVICE2264 Echo", device_serial=f"G090CANARY00000{n}"))
    dest.mkdir(parents=True, exist_ok=True)
    gen_a(spec, dest, index="csv")
    return dest


def files_containing(folder: Path, needles: tuple[str, ...] = CANARIES) -> dict[str, list[str]]:
    """``relative path -> canaries found`` (case-insensitive, UTF-8 and UTF-16) for every file under ``folder``."""
    found: dict[str, list[str]] = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes().lower()
        hits = [n for n in needles if n.lower().encode() in data or n.lower().encode("utf-16-le") in data]
        if hits:
            found[str(path.relative_to(folder))] = hits
    return found


def ls(folder: Path) -> list[str]:
    return sorted(os.path.relpath(p, folder) for p in folder.rglob("*")) if folder.exists() else []


@contextmanager
def read_only_copy(source: Path, target: Path) -> Iterator[tuple[Path, str]]:
    """A copy of ``source`` at ``target`` on read-only media: a read-only bind mount (root), else ``chmod a-w``
    (which does not stop root: then the session's audit hook is what proves nothing opens it for writing)."""
    staging = target.with_name(target.name + "-staging")
    shutil.copytree(source, staging)
    target.mkdir()
    root = getattr(os, "geteuid", lambda: 1)() == 0
    if root and subprocess.run(["mount", "--bind", str(staging), str(target)], capture_output=True).returncode == 0:
        if subprocess.run(["mount", "-o", "remount,ro,bind", str(target)], capture_output=True).returncode == 0:
            try:
                yield target, "read-only bind mount"
            finally:
                subprocess.run(["umount", "-l", str(target)], check=False)
            return
        subprocess.run(["umount", "-l", str(target)], check=False)
    target.rmdir()
    staging.rename(target)
    paths = [target, *target.rglob("*")]
    for path in paths:
        path.chmod(path.stat().st_mode & ~0o222)
    try:
        yield target, "chmod a-w"
    finally:
        for path in paths:
            path.chmod(path.stat().st_mode | 0o200)
