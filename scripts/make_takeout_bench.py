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
from datetime import UTC, datetime, timedelta
from pathlib import Path

STEM = "takeout-20240301T101500Z-1-001"
FRAME_HEADER = b"\xff\xfb\x90\x64"  # MPEG-1 Layer III frame sync: passes the audio magic-byte check


def tree(clips: int, clip_bytes: int) -> dict[str, bytes]:
    rng = random.Random(16)
    start = datetime(2023, 1, 1, tzinfo=UTC)
    entries, files = [], {}
    for n in range(clips):
        name = f"clip-{n:05d}.mp3"
        when = start + timedelta(minutes=37 * n, seconds=n % 60)
        entries.append({"header": "Assistant", "title": f"Said set a timer for {n % 50 + 1} minutes",
                        "time": when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{n % 1000:03d}Z",
                        "products": ["Assistant"], "audioFiles": [name]})
        files[f"My Activity/Assistant/{name}"] = FRAME_HEADER + rng.randbytes(clip_bytes - len(FRAME_HEADER))
    files["My Activity/Assistant/MyActivity.json"] = json.dumps(entries, indent=1).encode("utf-8")
    files["archive_browser.html"] = b"<html><body>Takeout contents</body></html>"
    return files


def main(argv: list[str]) -> int:
    out = Path(argv[1])
    clips = int(argv[2]) if len(argv) > 2 else 2000
    clip_bytes = int(argv[3]) if len(argv) > 3 else 25_000
    out.mkdir(parents=True, exist_ok=True)
    files = tree(clips, clip_bytes)
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w") as tar:
        for rel, data in files.items():
            info = tarfile.TarInfo("Takeout/" + rel)
            info.size, info.mtime, info.mode = len(data), 1709288100, 0o644
            tar.addfile(info, io.BytesIO(data))
    (out / f"{STEM}.tgz").write_bytes(gzip.compress(raw.getvalue(), compresslevel=6, mtime=0))
    with zipfile.ZipFile(out / f"{STEM}.zip", "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for rel, data in files.items():
            zf.writestr("Takeout/" + rel, data,
                        compress_type=zipfile.ZIP_STORED if rel.endswith(".mp3") else zipfile.ZIP_DEFLATED)
    for path in sorted(out.glob(f"{STEM}.*")):
        print(f"{path}  {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
