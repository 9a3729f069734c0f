"""Write one synthetic Google Takeout twice — as ``.tgz`` and as ``.zip`` — to time their import side by side.

Usage: ``.venv/bin/python scripts/make_takeout_bench.py OUT_DIR [CLIPS] [CLIP_BYTES]`` (defaults: 2,000 clips of
25,000 bytes, about 50 MB). The clips are MPEG-framed random bytes (as incompressible as real MP3s), each named by
one Assistant entry of ``My Activity/Assistant/MyActivity.json``. Then, for example::

    /usr/bin/time -v .venv/bin/dossier scan OUT_DIR/takeout-20240301T101500Z-1-001.tgz
    /usr/bin/time -v .venv/bin/dossier scan OUT_DIR/takeout-20240301T101500Z-1-001.zip
"""

from __future__ import annotations

import gzip
import io
import json
import random
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

STEM = "takeout-20240301T101500Z-1-001"
FRAME_HEADER = b"\xff\xfb\x90\x64"  # MPEG-1 Layer III frame sync: passes the audio magic-byte check


def tree(clips: int, clip_bytes: int) -> Iterator[tuple[str, bytes]]:
    """The Takeout's files (path under ``Takeout/``, bytes), one at a time: the clips, then the activity JSON."""
    rng = random.Random(16)
    start = datetime(2023, 1, 1, tzinfo=UTC)
    entries = []
    for n in range(clips):
        name = f"clip-{n:05d}.mp3"
        when = start + timedelta(minutes=37 * n, seconds=n % 60)
        entries.append({"header": "Assistant", "title": f"Said set a timer for {n % 50 + 1} minutes",
                        "time": when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{n % 1000:03d}Z",
                        "products": ["Assistant"], "audioFiles": [name]})
        yield f"My Activity/Assistant/{name}", FRAME_HEADER + rng.randbytes(clip_bytes - len(FRAME_HEADER))
    yield "My Activity/Assistant/MyActivity.json", json.dumps(entries, indent=1).encode("utf-8")
    yield "archive_browser.html", b"<html><body>Takeout contents</body></html>"


def write(out: Path, clips: int = 2000, clip_bytes: int = 25_000) -> tuple[Path, Path]:
    """The same Takeout as ``.tgz`` and ``.zip`` in ``out`` (streamed: memory stays small at any size)."""
    out.mkdir(parents=True, exist_ok=True)
    tgz, zipped = out / f"{STEM}.tgz", out / f"{STEM}.zip"
    with open(tgz, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=6, mtime=0) as gz, \
            tarfile.open(fileobj=gz, mode="w") as tar:
        for rel, data in tree(clips, clip_bytes):
            info = tarfile.TarInfo("Takeout/" + rel)
            info.size, info.mtime, info.mode = len(data), 1709288100, 0o644
            tar.addfile(info, io.BytesIO(data))
    with zipfile.ZipFile(zipped, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for rel, data in tree(clips, clip_bytes):
            zf.writestr("Takeout/" + rel, data,
                        compress_type=zipfile.ZIP_STORED if rel.endswith(".mp3") else zipfile.ZIP_DEFLATED)
    return tgz, zipped


def main(argv: list[str]) -> int:
    out = Path(argv[1])
    clips = int(argv[2]) if len(argv) > 2 else 2000
    clip_bytes = int(argv[3]) if len(argv) > 3 else 25_000
    for path in write(out, clips, clip_bytes):
        print(f"{path}  {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
