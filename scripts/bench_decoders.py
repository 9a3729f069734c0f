"""The Deflate64 floor, measured: how fast each decoder turns this export's entries back into bytes, beside `7z t`.

Issue 22 asks, where the Deflate64 scan misses its goal, to show whether the decoder itself is the floor. This
child decodes every Deflate64 entry of the export's ZIPs — the bytes ``7z t`` decodes — one entry at a time, in
one process, and reports CPU seconds and MiB of output per CPU second:

* ``worker``: the scan's own path (``core.source.inflate.inflated_chunks``: the local header checked, 1 KiB of
  packed data per decoder call, declared size and CRC-32 checked), which is what the hashing workers run;
* ``bare``: zipfile-deflate64's decoder fed each entry's packed bytes in one call (no bound on its output: not
  usable on an export, the decoder's own rate);
* ``inflate64``: the other maintained Deflate64 decoder, fed the same way;
* ``sha256``: SHA-256 of the same output, which the scan also computes for every clip.

The report sets these beside ``7z t``'s rate (the same output bytes over its wall seconds, on one core).
"""

from __future__ import annotations

import hashlib
import struct
import time
import zipfile
from collections.abc import Callable, Iterator
from typing import Any

DEFLATE64 = 9
KINDS = ("worker", "bare", "inflate64", "sha256")


def child_decoders(paths: list[str]) -> dict[str, Any]:
    """CPU seconds and output MiB of each way of decoding the export's Deflate64 entries (``KINDS``)."""
    import zipfile_deflate64  # noqa: F401 - registers method 9
    from zipfile_deflate64.deflate64 import Deflate64

    from core.source.inflate import inflated_chunks

    entries = [(path, info) for path in paths if path.endswith(".zip")
               for info in zipfile.ZipFile(path).infolist() if info.compress_type == DEFLATE64]
    output = sum(info.file_size for _path, info in entries)
    result: dict[str, Any] = {"entries": len(entries), "output_mib": output / 2**20}
    try:
        import inflate64
    except ImportError:
        inflate64 = None  # type: ignore[assignment]

    def worker(file: Any, info: zipfile.ZipInfo) -> Iterator[bytes]:
        return inflated_chunks(file, info)

    def bare(file: Any, info: zipfile.ZipInfo) -> Iterator[bytes]:
        yield Deflate64().decompress(_packed(file, info))

    def other(file: Any, info: zipfile.ZipInfo) -> Iterator[bytes]:
        yield inflate64.Inflater().inflate(_packed(file, info))

    ways: dict[str, Callable[[Any, zipfile.ZipInfo], Iterator[bytes]]] = {"worker": worker, "bare": bare}
    if inflate64 is not None:
        ways["inflate64"] = other
    for kind, way in ways.items():
        cpu, produced = _timed(entries, way, hash_output=False)
        result[kind] = {"cpu_s": cpu, "mib_per_cpu_s": produced / 2**20 / cpu if cpu else None,
                        "complete": produced == output}
    cpu_with_hash, _produced = _timed(entries, worker, hash_output=True)
    sha = max(cpu_with_hash - result["worker"]["cpu_s"], 0.0)
    result["sha256"] = {"cpu_s": sha, "mib_per_cpu_s": output / 2**20 / sha if sha else None, "complete": True}
    return result


def _packed(file: Any, info: zipfile.ZipInfo) -> bytes:
    """The entry's packed bytes (after its 30-byte local header, its name and its extra field)."""
    file.seek(info.header_offset)
    header = file.read(30)
    if header[:4] != b"PK\x03\x04":
        raise zipfile.BadZipFile(f"no local header for {info.filename!r}")
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    file.seek(info.header_offset + 30 + name_length + extra_length)
    data: bytes = file.read(info.compress_size)
    return data


def _timed(entries: list[tuple[str, zipfile.ZipInfo]], way: Callable[[Any, zipfile.ZipInfo], Iterator[bytes]],
           *, hash_output: bool) -> tuple[float, int]:
    """CPU seconds of decoding every entry ``way`` (and hashing its output), and the bytes it produced."""
    files: dict[str, Any] = {}
    produced = 0
    try:
        started = time.process_time()
        for path, info in entries:
            file = files.get(path) or files.setdefault(path, open(path, "rb"))  # noqa: SIM115 - closed below
            digest = hashlib.sha256() if hash_output else None
            for out in way(file, info):
                produced += len(out)
                if digest is not None:
                    digest.update(out)
        return time.process_time() - started, produced
    finally:
        for file in files.values():
            file.close()


def decoder_rows(raw: dict[str, Any], reference_s: float | None) -> list[dict[str, Any]]:
    """Rows: each decoder's rate beside ``7z t``'s on the same output bytes."""
    if not raw or raw.get("error") or not raw.get("entries"):
        return []
    output = raw["output_mib"]
    rows: list[dict[str, Any]] = []
    if reference_s:
        rows.append({"measure": f"Deflate64 floor: `7z t`, {raw['entries']:,} entries' {output:,.0f} MiB of output "
                                "on one core", "value": output / reference_s, "unit": "MiB/s"})
    labels = {"worker": "the scan's worker path (1 KiB per call, size and CRC checked)",
              "bare": "zipfile-deflate64, one call per entry", "inflate64": "inflate64, one call per entry",
              "sha256": "SHA-256 of the same output"}
    for kind in KINDS:
        figures = raw.get(kind)
        if isinstance(figures, dict) and figures.get("mib_per_cpu_s"):
            whole = "" if figures.get("complete") else " (output incomplete)"
            rows.append({"measure": f"  {labels[kind]}: {figures['cpu_s']:.1f} CPU-s{whole}",
                         "value": figures["mib_per_cpu_s"], "unit": "MiB/s"})
    return rows
