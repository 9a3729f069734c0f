"""Deflate64 members are read with flat memory (reliability §1.4, Z13/Z14), measured in a child process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.source.builders import deflate64_zip_of_zeros

ROOT = Path(__file__).resolve().parents[3]

CHILD = r"""
import json, resource, sys, time
from core.source.archive import ExportSource
from core.source.budget import Budgets
from core.errors import DossierError
start = time.perf_counter()
total, error = 0, None
with ExportSource.open([sys.argv[1]], budgets=Budgets(ratio_refuse=None), hash_files=False) as source:
    member = source.members[0]
    try:
        if len(sys.argv) > 3:  # seek mode: jump near the end, back to the start, then forward again
            with source.open_member(member) as stream:
                stream.seek(-10, 2)
                total += len(stream.read())
                stream.seek(0)
                stream.seek(member.size // 2, 1)
                total += len(stream.read(1000))
        else:
            for chunk in source.iter_chunks(member, int(sys.argv[2])):
                total += len(chunk)
    except DossierError as exc:
        error = type(exc).__name__
print(json.dumps({"bytes": total, "declared": member.size, "error": error,
                  "seconds": time.perf_counter() - start,
                  # VmHWM: ru_maxrss of an exec'd child starts at the parent's (pytest's) size on Linux
                  "rss_mb": int(next(l for l in open("/proc/self/status") if l.startswith("VmHWM")).split()[1]) / 1024
                  if sys.platform == "linux" else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def read_in_child(path: Path, chunk: int, *extra: str) -> dict[str, object]:
    out = subprocess.run([sys.executable, "-c", CHILD, str(path), str(chunk), *extra], capture_output=True, text=True,
                         cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120, check=True)
    return json.loads(out.stdout)


@pytest.mark.skipif(sys.platform == "win32", reason="resource module")
@pytest.mark.parametrize("chunk", [1 << 16, 1 << 20])
def test_deflate64_high_ratio_read_is_flat(tmp_path, chunk) -> None:
    """With the ratio rule overridden ("open anyway"), 256 MiB from a 15 KB stream stays well under 100 MB
    (without the 1 KiB rule the same read peaks near 300 MB)."""
    path = tmp_path / "d64.zip"
    path.write_bytes(deflate64_zip_of_zeros(256 << 20))
    result = read_in_child(path, chunk)
    assert result["bytes"] == 256 << 20 and result["error"] is None
    assert result["rss_mb"] < 100, result


@pytest.mark.skipif(sys.platform == "win32", reason="resource module")
def test_deflate64_seek_is_flat(tmp_path) -> None:
    """Seeking never hands ZipExtFile.seek its 16 MiB skip reads (which would inflate everything at once)."""
    path = tmp_path / "d64.zip"
    path.write_bytes(deflate64_zip_of_zeros(256 << 20))
    result = read_in_child(path, 1 << 16, "seek")
    assert result["bytes"] == 1010 and result["error"] is None
    assert result["rss_mb"] < 100, result


@pytest.mark.skipif(sys.platform == "win32", reason="resource module")
def test_deflate64_lying_size_stops_at_declared(tmp_path) -> None:
    """A 3.5 GB stream declaring 1 MB: reading stops at 1 MB (CRC mismatch → damaged), memory flat."""
    path = tmp_path / "lie.zip"
    path.write_bytes(deflate64_zip_of_zeros(3_500_000_000, declared=1 << 20, crc=0))
    result = read_in_child(path, 1 << 16)
    assert result["bytes"] <= 1 << 20 and result["error"] == "MemberUnreadable"
    assert result["rss_mb"] < 100 and result["seconds"] < 5, result


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="resource module")
def test_deflate64_3_5_gb_member(tmp_path) -> None:
    path = tmp_path / "d64.zip"
    path.write_bytes(deflate64_zip_of_zeros(3_500_000_000))
    result = read_in_child(path, 1 << 16)
    assert result["bytes"] == 3_500_000_000 and result["rss_mb"] < 100, result
