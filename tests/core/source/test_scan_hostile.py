"""``dossier scan`` on hostile files: exit 2, one sentence on stderr, < 10 s, < 600 MB, nothing written.

Each case runs the real command line in a child process with an empty working directory, TMPDIR and HOME;
peak RSS is the child's own (Linux: its ``VmHWM``, read until it exits; elsewhere its rusage), which C allocations
cannot escape.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

from tests.core.source.builders import (
    RawEntry,
    deflate,
    deflate64_zip_of_zeros,
    deflated_entry,
    eocd_only,
    full_overlap_bomb,
    overlap_with_directory,
    quoted_overlap_bomb,
    raw_zip,
    zip_bytes,
)
from tests.reliability.helpers import vm_hwm_mib

ROOT = Path(__file__).resolve().parents[3]
MAX_SECONDS = 10.0
MAX_RSS_MB = 600


def run_scan(paths: list[Path], tmp_path: Path) -> tuple[int, str, str, float, float]:
    """(exit code, stdout, stderr, seconds, peak RSS MiB) of ``dossier scan PATHS`` in a clean sandbox."""
    sandbox = tmp_path / "sandbox"
    for sub in ("cwd", "tmp", "home"):
        (sandbox / sub).mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "TMPDIR": str(sandbox / "tmp"), "TEMP": str(sandbox / "tmp"), "TMP": str(sandbox / "tmp"),
           "HOME": str(sandbox / "home"),
           "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1", "QT_QPA_PLATFORM": "offscreen"}
    out_path, err_path = tmp_path / "stdout.txt", tmp_path / "stderr.txt"
    start = time.perf_counter()
    with out_path.open("wb") as out, err_path.open("wb") as err:
        child = subprocess.Popen([sys.executable, "-m", "gui.start.launcher", "scan", *map(str, paths)],
                                 cwd=sandbox / "cwd", env=env, stdout=out, stderr=err)
        if sys.platform == "linux":  # ru_maxrss of an exec'd child starts at pytest's own size: read VmHWM
            rss_mb = 0.0
            while child.poll() is None:
                rss_mb = max(rss_mb, vm_hwm_mib(child.pid) or 0.0)
                time.sleep(0.005)
        elif hasattr(os, "wait4"):
            _pid, status, usage = os.wait4(child.pid, 0)
            child.returncode = os.waitstatus_to_exitcode(status)
            rss_mb = usage.ru_maxrss / 1024 if sys.platform != "darwin" else usage.ru_maxrss / (1 << 20)
        else:  # Windows: poll the peak working set
            import psutil

            proc, rss_mb = psutil.Process(child.pid), 0.0
            while child.poll() is None:
                try:
                    rss_mb = max(rss_mb, proc.memory_info().peak_wset / (1 << 20))
                except psutil.Error:
                    break
                time.sleep(0.01)
            child.wait()
    seconds = time.perf_counter() - start
    for sub in ("cwd", "tmp", "home"):
        assert list((sandbox / sub).iterdir()) == [], f"scan wrote into {sub}"
    return child.returncode, out_path.read_text(), err_path.read_text(encoding="utf-8"), seconds, rss_mb


def kernel(size: int) -> bytes:
    """Compressible but not absurdly so (ratio ~ 100-300), so only the overlap rule can refuse it."""
    block = b"".join(i.to_bytes(2, "little") for i in range(2048))
    return (block * (size // len(block) + 1))[:size]


def overlap_bomb_fit_for_ratio() -> bytes:
    data = kernel(10 << 20)
    packed = deflate(data)
    entries = [RawEntry(b"0", packed, 8, len(data), zlib.crc32(data))]
    entries += [RawEntry(str(i).encode(), packed, 8, len(data), zlib.crc32(data), offset=0, write_local=False)
                for i in range(1, 200)]
    return raw_zip(entries)


def truncated(fraction: float) -> bytes:
    data = zip_bytes({f"Retail.OrderHistory.{i}/Retail.OrderHistory.{i}.csv": os.urandom(4000) for i in range(10)})
    return data[: int(len(data) * fraction)]


HOSTILE: dict[str, object] = {
    "not-a-zip": lambda: os.urandom(20_000),
    "empty": lambda: b"",
    "truncated-10": lambda: truncated(0.1),
    "truncated-50": lambda: truncated(0.5),
    "truncated-99": lambda: truncated(0.99),
    "full-overlap": overlap_bomb_fit_for_ratio,
    "full-overlap-ratio": lambda: full_overlap_bomb(50, 10 << 20),
    "quoted-overlap": quoted_overlap_bomb,
    "overlap-directory": overlap_with_directory,
    "ratio-bomb": lambda: raw_zip([deflated_entry(b"Retail.OrderHistory.1.csv", b"\0" * (100 << 20))]),
    "million-entries": lambda: eocd_only(1_000_000, 1_000_000 * 60, zip64=True),
    "billion-entries": lambda: eocd_only(10**9, 10**9 * 46, zip64=True),
    "encrypted": lambda: raw_zip([RawEntry(b"a.csv", b"\x17" * 64, flags=1)]),
    "aes": lambda: raw_zip([RawEntry(b"a.csv", b"\x17" * 64, method=99)]),
    "bad-utf8-names": lambda: raw_zip([RawEntry(b"\xff\xfe.csv", b"x", flags=0x800)]),
    "split-part": lambda: b"PK\x07\x08" + zip_bytes({"a.csv": b"1"}),
    "huge-member": lambda: raw_zip([RawEntry(b"a.bin", b"x" * 10, size=9 << 30, compress_size=10)]),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_scan_refuses_hostile_file(tmp_path, case) -> None:
    export_dir = tmp_path / "export"
    export_dir.mkdir()
    path = export_dir / "export.zip"
    path.write_bytes(HOSTILE[case]())  # type: ignore[operator]
    digest, mtime = hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns
    code, out, err, seconds, rss = run_scan([path], tmp_path)
    assert code == 2, (out, err)
    assert err.count("\n") == 1 and err.startswith("dossier: ") and err.rstrip().endswith((".", "…")), err
    assert "Traceback" not in err and "Error" not in err
    assert seconds < MAX_SECONDS and 5 < rss < MAX_RSS_MB, (seconds, rss)  # > 5: the peak was read at all
    assert os.listdir(export_dir) == ["export.zip"]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest and path.stat().st_mtime_ns == mtime


def test_scan_refuses_deflate64_bomb(tmp_path) -> None:
    """3.5 GB of zeros in a ~190 KB Deflate64 stream (~18,000:1): refused by ratio, quickly, small memory."""
    export_dir = tmp_path / "export"
    export_dir.mkdir()
    (export_dir / "bomb.zip").write_bytes(deflate64_zip_of_zeros(3_500_000_000, crc=0))
    code, _out, err, seconds, rss = run_scan([export_dir / "bomb.zip"], tmp_path)
    assert code == 2 and "zip bomb" in err and seconds < MAX_SECONDS and rss < MAX_RSS_MB


def test_scan_with_odd_names_writes_nothing(tmp_path) -> None:
    """Traversal, absolute and link entries are labels only: nothing appears anywhere."""
    entries = [RawEntry(b"../../../escaped.txt", b"x"), RawEntry(b"/tmp/absolute.txt", b"y"),
               RawEntry(b"link", b"/etc/passwd", external_attr=0o120777 << 16)]
    export_dir = tmp_path / "export"
    export_dir.mkdir()
    (export_dir / "export.zip").write_bytes(raw_zip(entries))
    code, _out, err, _s, _r = run_scan([export_dir / "export.zip"], tmp_path)
    assert code == 2 and err.count("\n") == 1  # not an export Dossier recognises
    assert not (tmp_path / "escaped.txt").exists() and os.listdir(export_dir) == ["export.zip"]
