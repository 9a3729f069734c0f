"""Fuzz the whole import: random and mutated ZIP bytes → core.pipeline.open_export (open, parse, rules), then
what Dossier writes about the result (`dossier scan`'s text and JSON, a letter's export facts).

Every input must end in a working import or one :class:`core.errors.DossierError`; anything else is a
bug and is printed with its traceback and the input saved (``--keep DIR``). Seeds are small synthetic
exports (invented data): Amazon ZIPs built here, and Google Takeouts — as ``.zip`` and as ``.tgz``, My Activity
as JSON and as HTML — from the demo's files and the tests' HTML writer. Mutations: flipped/inserted/deleted
bytes and truncation of the container itself (for a ``.tgz`` mostly of its tar stream, gzipped again, so the tar
walker is hit and not only gzip's checksum), and the same on a member's content inside a valid container (so
the CSV/JSON/HTML/WAV parsers are hit too).

    python scripts/fuzz_archive.py --iterations 20000          # by hand, minutes
    python scripts/fuzz_archive.py --seconds 600 --seed 7      # by time
    DOSSIER_FUZZ_ITERATIONS=5000 pytest tests/reliability/test_fuzz_pipeline.py
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import sys
import tarfile
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from core.audio.decode import wav_bytes  # noqa: E402
from core.cli.scan_output import scan_json, scan_summary  # noqa: E402
from core.errors import DossierError  # noqa: E402
from core.letters.export_facts import export_facts  # noqa: E402
from core.model import Export  # noqa: E402
from core.pipeline import findings_for, open_export  # noqa: E402
from core.rules.finding import Finding  # noqa: E402

ORDERS = ('\ufeff"Website","Order ID","Order Date","Currency","Unit Price","Total Owed","Quantity","Order Status",'
          '"Shipment Status","Ship Date","Product Name","ASIN"\n'
          '"Amazon.de","302-1111111-2222222","11/11/2016 19:21:36 UTC","EUR","10.00","11.90","1","Closed","Shipped",'
          '"11/12/2016 10:00:00 UTC","Echo Dot (3. Gen)","B0000001"\n'
          '"Amazon.de","302-3333333-4444444","2017-01-02T03:04:05Z","EUR","\'-21.25\'","1,234.50","2","Closed",'
          '"Not Available","Not Available","Kindle <b>Paperwhite</b> $5 and $10","B0000002"\n')
SEARCHES = ('"First Search Time (GMT)","Last search Time (GMT)","Keywords","Query String","Store"\n'
            '"2017-03-01 10:00:00","2017-03-01 10:00:05","echo dot","k=echo+dot","DE"\n')
REGISTRATION = ('"Device Serial Number","Device Name","Device Family","First Registration Time (GMT)",'
                '"Deregistration Time (GMT)"\n"G000PP1234567890","Jonas\'s Kindle","Kindle","2016-11-05 08:12:40",""\n')
VOICE_INDEX = ('"recordingTime","audioFile","deviceName","transcript"\n'
               '"2018-05-02T07:57:12Z","Voice/2018-05-02T07-57-12_a1b2c3d4.wav","Echo","alexa wie spät ist es"\n')


def _zip(files: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _tar(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.mode = len(data), 1709288100, 0o644
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


@dataclass
class Seed:
    name: str  # the file name the export is given under (``.tgz``: a gzipped tar)
    files: dict[str, bytes]
    method: int = zipfile.ZIP_DEFLATED

    def data(self, files: dict[str, bytes] | None = None) -> bytes:
        files = self.files if files is None else files
        return gzip.compress(_tar(files), mtime=0) if self.name.endswith(".tgz") else _zip(files, self.method)

    def mutated(self, rng: random.Random) -> bytes:
        """The container mutated: a ``.tgz`` mostly in its tar stream (gzip's CRC would refuse most else)."""
        if self.name.endswith(".tgz") and rng.random() < 0.8:
            return gzip.compress(mutate(rng, _tar(self.files)), mtime=0)
        return mutate(rng, self.data())


def seeds() -> list[Seed]:
    clip = wav_bytes([0.0, 0.5, -0.5, 0.25] * 800, 16000)
    return [
        Seed("Retail.OrderHistory.1.zip", {"Retail.OrderHistory.1.csv": ORDERS.encode()}),
        Seed("Your Orders.zip", {
            "FileDescriptions.csv": b'"File","Description"\n"Retail.OrderHistory.1","Your orders"\n',
            "Retail.OrderHistory.1/Retail.OrderHistory.1.csv": ORDERS.encode("utf-16"),
            "Retail.Search-Data/datasets/Retail.Search-Data.Customer-Engagement/"
            "Search-Data.Retail.Customer-Engagement.csv": SEARCHES.encode(),
            "Devices.Registration/registration.csv": REGISTRATION.encode(),
        }),
        Seed("Alexa.zip", {
            "Voice/2018-05-02T07-57-12_a1b2c3d4.wav": clip,
            "Voice/aufnahme-02.wav": clip[:200],
            "VoiceHistory/voice-history-index.csv": VOICE_INDEX.encode(),
        }, zipfile.ZIP_STORED),
        Seed("Retail.OrderHistory.2.zip", {"Retail.OrderHistory.2/Retail.OrderHistory.2.json":
                                           b'{"orders": [{"orderId": "302-1", "orderDate": "2020-01-02T03:04:05Z",'
                                           b' "productName": "Tee", "totalOwed": "1.00"}]}'}),
        *takeout_seeds(),
    ]


def takeout_seeds() -> list[Seed]:
    """The German demo Takeout's JSON files and three of its clips; an English one with My Activity as HTML;
    each as ``.zip`` and as ``.tgz``."""
    from tests.core.vendors.google.synth import html_entry, html_page

    demo = ROOT / "resources" / "demo" / "google-takeout"
    json_tree: dict[str, bytes] = {}
    for part in sorted(demo.glob("*.zip")):
        with zipfile.ZipFile(part) as zf:
            clips = [n for n in zf.namelist() if n.endswith(".mp3")][:3]
            json_tree.update({n: zf.read(n) for n in zf.namelist() if not n.endswith(".mp3") or n in clips})
    clip = next(data for name, data in json_tree.items() if name.endswith(".mp3"))
    html_tree = {
        "Takeout/My Activity/Assistant/MyActivity.html": html_page("Assistant", [
            html_entry("Assistant", "Said&nbsp;what time is it", "Jan 15, 2023, 8:05:10 AM GMT",
                       lines=["It's eight o'clock."], audio=["clip-1.mp3"], details=["Device: Kitchen display"]),
            html_entry("Assistant", "Said play the radio", "Mar 8, 2018, 5:14:40 PM", audio=["clip-2.mp3"])]),
        "Takeout/My Activity/Assistant/clip-1.mp3": clip,
        "Takeout/My Activity/Assistant/clip-2.mp3": clip[:len(clip) // 2],
        "Takeout/My Activity/Search/MyActivity.html": html_page("Search", [
            html_entry("Search", 'Searched for&nbsp;<a href="https://www.google.com/search?q=rain">rain</a>',
                       "Jul 4, 2023, 11:30:15 PM BST")]),
    }
    return [Seed(f"takeout-20240301T101500Z-{n}-001.{kind}", tree)
            for n, tree in (("1", json_tree), ("2", html_tree)) for kind in ("zip", "tgz")]


def mutate(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.choice((1, 1, 2, 3, 8))):
        kind = rng.random()
        if not out:
            out += rng.randbytes(rng.randint(1, 64))
        elif kind < 0.45:
            out[rng.randrange(len(out))] ^= rng.randint(1, 255)
        elif kind < 0.6:
            pos = rng.randrange(len(out))
            out[pos:pos] = rng.choice((rng.randbytes(rng.randint(1, 16)), b"\x00", b'"', b"\n", b",",
                                       b"\xff\xff\xff\xff", "\u202e".encode(), b"\xed\xa0\x80"))
        elif kind < 0.75:
            pos = rng.randrange(len(out))
            del out[pos:pos + rng.randint(1, 32)]
        elif kind < 0.85:
            del out[rng.randrange(len(out) + 1):]
        else:  # duplicate a slice (repeated headers, overlapping records)
            a = rng.randrange(len(out))
            out[a:a] = out[a:a + rng.randint(1, 256)]
    return bytes(out)


def one_input(rng: random.Random, pool: list[Seed]) -> tuple[str, bytes, str]:
    """(file name, bytes, mutation kind)."""
    choice = rng.random()
    seed = rng.choice(pool)
    if choice < 0.05:
        return seed.name, rng.randbytes(rng.randint(0, 4096)), "random"
    if choice < 0.5:
        return seed.name, seed.mutated(rng), "container"
    files = dict(seed.files)
    member = rng.choice(sorted(files))
    files[member] = mutate(rng, files[member])
    return seed.name, seed.data(files), "content"


@dataclass
class Tally:
    iterations: int = 0
    outcomes: Counter = field(default_factory=Counter)
    crashes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = ", ".join(f"{k} {v}" for k, v in sorted(self.outcomes.items()))
        return f"{self.iterations} iterations: {parts}; unhandled exceptions: {len(self.crashes)}"


def run_one(path: Path) -> str:
    try:
        with open_export([path], hashes="skip") as opened:
            opened.declared["owner_has_no_device"] = True
            findings = findings_for(opened)
            said(opened.export, findings)
    except DossierError as exc:
        if not str(exc).strip() or "Traceback" in str(exc):
            raise AssertionError(f"DossierError without a sentence: {exc!r}") from None
        return f"refused:{exc.category}"
    return "imported"


def said(export: Export, findings: list[Finding]) -> None:
    """What Dossier writes about an import that got through: `dossier scan`'s text and JSON, a letter's export
    facts (missing is not empty: ``core.contents``) — hostile rows must not break them either."""
    json.dumps(scan_json(export, findings), ensure_ascii=False)
    scan_summary(export, findings)
    export_facts(export, "de")


def fuzz(iterations: int | None = None, seconds: float | None = None, seed: int = 0,
         keep: Path | None = None, stop_on_crash: bool = False) -> Tally:
    rng = random.Random(seed)
    pool = seeds()
    tally = Tally()
    deadline = time.monotonic() + seconds if seconds else None
    with tempfile.TemporaryDirectory(prefix="dossier-fuzz-") as tmp:
        while (iterations is None or tally.iterations < iterations) and (deadline is None or
                                                                         time.monotonic() < deadline):
            name, data, kind = one_input(rng, pool)
            path = Path(tmp) / name
            path.write_bytes(data)
            tally.iterations += 1
            try:
                tally.outcomes[f"{kind}/{run_one(path)}"] += 1
            except Exception:
                tally.outcomes[f"{kind}/CRASH"] += 1
                tally.crashes.append(traceback.format_exc())
                if keep is not None:
                    keep.mkdir(parents=True, exist_ok=True)
                    (keep / f"crash-{tally.iterations:06d}-{name}").write_bytes(data)
                if stop_on_crash:
                    break
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--iterations", type=int, default=None)
    parser.add_argument("--seconds", type=float, default=None)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path, default=None, help="save crashing inputs here")
    args = parser.parse_args(argv)
    if args.iterations is None and args.seconds is None:
        args.iterations = 2000
    tally = fuzz(args.iterations, args.seconds, args.seed, args.keep)
    for crash in tally.crashes[:5]:
        print(crash, file=sys.stderr)
    print(tally.summary())
    return 1 if tally.crashes else 0


if __name__ == "__main__":
    sys.exit(main())
