"""A folder of generated exports for batch tests: Amazon (three layout generations, one with canary strings),
Google Takeouts (ZIP and unpacked folder), a zip bomb and a damaged download. Everything is invented.

``make_batch(folder, n)`` writes ``n`` entries (``n`` ≥ 6) and returns ``{entry name: what the batch must
report}``; entries are ZIPs, export folders, or sub-folders holding one export's parts.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from tests.core.vendors.google import synth as google_synth
from tests.reliability.privacy_session import canary_export
from tests.synth.layouts import gen_a, gen_b, gen_c
from tests.synth.spec import Clip, Device, Order, Search, Spec

PHRASES = ("Alexa, wie spät ist es?", "Alexa, spiel Musik.", "Alexa, wie wird das Wetter?")


@dataclass(frozen=True)
class Expected:
    status: str  # ok | refused
    vendor: str | None = None
    purchases: int | None = None
    searches: int | None = None
    recordings: int | None = None
    error_kind: str | None = None


def amazon_spec(seed: int) -> Spec:
    """A small account: ``2 + seed % 4`` orders, ``1 + seed % 3`` searches, ``seed % 3`` clips, one Kindle."""
    start = datetime(2019, 1, 1, 9, 0, 0) + timedelta(days=seed)
    spec = Spec(owner=f"Person {seed}", address=f"Person {seed} Weg {seed} 10115 Berlin",
                export_time=datetime(2022, 3, 1, 10, 0, 0))
    for n in range(2 + seed % 4):
        when = start + timedelta(days=n, hours=n)
        spec.orders.append(Order(f"302-{seed:07d}-{n:07d}", when, f"Item {seed}-{n}", "11.90", "10.00", "1.90",
                                 subtotal="10.00", subtotal_tax="1.90", ship_time=when, address=spec.address))
    for n in range(1 + seed % 3):
        spec.searches.append(Search(start + timedelta(hours=n), f"thing {n}", f"k=thing+{n}"))
    spec.devices.append(Device(f"G000K{seed:06d}", f"Person {seed}'s Kindle", "Kindle", datetime(2016, 1, 1)))
    for n in range(seed % 3):
        when = start + timedelta(days=30, minutes=n)
        spec.clips.append(Clip(f"Voice/{when:%Y-%m-%dT%H-%M-%S}_{seed:02d}{n}.wav", PHRASES[(seed + n) % 3],
                               "de+m3", when))
    return spec


def _amazon(folder: Path, name: str, seed: int) -> Expected:
    spec = amazon_spec(seed)
    target = folder / name
    target.mkdir()
    [gen_a, gen_b, gen_c][seed % 3](spec, target)
    return Expected("ok", "amazon", len(spec.orders), len(spec.searches), len(spec.clips))


def _google(folder: Path, name: str, tree: google_synth.Tree, unpacked: bool) -> Expected:
    if unpacked:
        google_synth.write_folder(tree, folder / name)
    else:
        google_synth.write_zip(tree, folder / name)
    return Expected("ok", "google")


def zip_bomb(path: Path) -> Path:
    """One member of 64 MiB of zeros: over 1000 times its packed size, refused before it is read."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("Retail.OrderHistory.1.csv", b"\0" * (64 << 20))
    return path


def damaged(source: Path, path: Path) -> Path:
    """The first half of a real export ZIP: an interrupted download."""
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def make_batch(folder: Path, n: int = 20) -> dict[str, Expected]:
    """``n`` entries in ``folder``: Amazon exports, two Takeouts, the canary export, a zip bomb, a damaged ZIP."""
    assert n >= 6
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, Expected] = {}
    tree = google_synth.english_json_tree()
    expected["takeout-en.zip"] = _google(folder, "takeout-en.zip", tree, unpacked=False)
    expected["takeout-de"] = _google(folder, "takeout-de", google_synth.german_json_tree(), unpacked=True)
    canary_export(folder / "canary")
    expected["canary"] = Expected("ok", "amazon", 3, 3, 3)
    expected["bomb.zip"] = Expected("refused", error_kind="zip-bomb")
    zip_bomb(folder / "bomb.zip")
    expected["damaged.zip"] = Expected("refused", error_kind="damaged")
    damaged(folder / "takeout-en.zip", folder / "damaged.zip")
    for seed in range(n - len(expected)):
        name = f"amazon-{seed:03d}"
        expected[name] = _amazon(folder, name, seed)
    return expected
