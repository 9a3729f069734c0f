"""Deflate64 emits a block's output only at the block's end: while a call yields nothing, the packed read
size grows (1 → 2 → 4 KiB, never more); any output sets it back to 1 KiB (the high-ratio guard)."""

from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path

import pytest

import core.source.memberstream as ms
from core.source.archive import ExportSource
from core.source.budget import SMALL_STEP

pytestmark = pytest.mark.skipif(shutil.which("7z") is None, reason="7z missing")


def _deflate64_zip(tmp_path: Path, data: bytes) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "clip.bin").write_bytes(data)
    archive = tmp_path / "d64.zip"
    subprocess.run(["7z", "a", "-tzip", "-mm=Deflate64", "-mx=1", str(archive), "clip.bin"], cwd=folder,
                   check=True, capture_output=True)
    return archive


def test_head_of_a_deflate64_member_takes_few_calls_and_the_guard_resets(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(5)
    data = bytes(rng.choice(b"abcdefgh") for _ in range(60_000))  # one block, ~25 KB packed
    archive = _deflate64_zip(tmp_path, data)
    calls: list[tuple[int, int]] = []  # (packed bytes given, bytes out)
    real = ms._GrowWhileSilent.decompress

    def counting(self: ms._GrowWhileSilent, chunk: bytes, *args: object) -> bytes:
        out = real(self, chunk, *args)
        calls.append((len(chunk), len(out)))
        return out

    monkeypatch.setattr(ms._GrowWhileSilent, "decompress", counting)
    with ExportSource.open([str(archive)], hash_files=False) as source:
        member = source.members[0]
        with source.open_member(member) as stream:
            assert stream.read(2048) == data[:2048]
            assert stream._raw.MIN_READ_SIZE == SMALL_STEP  # type: ignore[attr-defined]  # output came: reset
            assert stream.read() == data[2048:]
    assert max(given for given, _out in calls) <= ms.GROWN_STEP
    total_packed = sum(given for given, _out in calls)
    assert len(calls) <= total_packed // (2 * SMALL_STEP) + 3, calls  # 1 KiB steps would need 2× more
    after_output = [calls[i + 1][0] for i in range(len(calls) - 1) if calls[i][1]]
    assert all(given <= SMALL_STEP for given in after_output)
