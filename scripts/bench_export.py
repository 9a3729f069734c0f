"""The benchmark export's generators: order and search CSVs, spoken clips, the 2018 per-dataset ZIPs.

Clips are a few espeak-ng phrases repeated with small variations (leading silence, gain, a unique sample) so every
clip has distinct bytes. ``bench_layouts`` writes the same rows and clips in the newer layouts.
"""

from __future__ import annotations

import csv
import io
import random
import sys
import zipfile
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.synth import audio  # noqa: E402
from tests.synth.render import ORDER_HEADER_A, SEARCH_HEADER, order_values, sql_time, us_time  # noqa: E402
from tests.synth.spec import Order  # noqa: E402

PHRASES = ["Alexa, wie wird das Wetter?", "Alexa, stell einen Timer auf zehn Minuten.", "Alexa, stopp.",
           "Alexa, spiel Musik.", "Alexa, ruf Maria an.", "Alexa, wie spät ist es?", "Alexa, lauter.",
           "Alexa, erinnere mich morgen um sieben an den Zahnarzt."]


def orders_csv(n: int, rng: random.Random) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
    writer.writerow(ORDER_HEADER_A)
    start = datetime(2015, 1, 1)
    for i in range(n):
        when = start + timedelta(seconds=i * 1500 + rng.randint(0, 900))
        price = f"{rng.randint(100, 99999) / 100:.2f}"
        order = Order(f"302-{i:07d}-{rng.randint(10**6, 10**7 - 1)}", when, f"Product {i}, Variante \"{i % 7}\"",
                      price, price, "0", address="Jonas Beispiel Lindenweg 7 37085 Göttingen Deutschland",
                      ship_time=when + timedelta(hours=20))
        values = order_values(order, us_time(when), us_time(when + timedelta(hours=20)))
        writer.writerow([values[h] for h in ORDER_HEADER_A])
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def searches_csv(n: int, rng: random.Random) -> bytes:
    out = io.StringIO()
    out.write(",".join(f'"{h}"' if "," in h else h for h in SEARCH_HEADER) + "\n")
    writer = csv.writer(out, lineterminator="\n")
    start = datetime(2015, 1, 1)
    template = dict.fromkeys(SEARCH_HEADER, "")
    template.update({"Country ID": "338801", "Site Variant": "PC Browser", "Application / Browser Name": "Desktop",
                     "Search Type (Keyword,Visual,Browse)": "kw", "Customer IP": "88.87.118.0", "Store Visited": "DE"})
    for i in range(n):
        when = start + timedelta(seconds=i * 1400 + rng.randint(0, 900))
        words = f"suche {i % 5000}"
        row = dict(template)
        row.update({"First Search Time (GMT)": sql_time(when), "Last search Time (GMT)": sql_time(when, ".0"),
                    "Keywords": words, "First Search Query String": f"k={words}&ref=nb_sb_noss"})
        writer.writerow(row.values())
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def spoken_clips(clips: int, rng: random.Random, clip_scale: int = 1) -> Iterator[tuple[int, datetime, bytes]]:
    """``clips`` spoken WAV clips of 1–3 phrases (× ``clip_scale``: longer clips), each with its time (from 2018)."""
    bases = [np.frombuffer(audio.speak(p, audio.VOICES[i % 2]), dtype="<i2") for i, p in enumerate(PHRASES)]
    start = datetime(2018, 1, 1)
    for i in range(clips):
        base = bases[i % len(bases)]
        repeat = (1 + (i % 3 == 0)) * clip_scale  # 1-3 s: some phrases twice
        lead = np.zeros(rng.randint(1, 3200), dtype="<i2")
        body = np.tile(base, repeat) * (0.7 + (i % 11) * 0.03)
        unique = np.array([i & 0x7FFF, i >> 15], dtype="<i2")
        pcm = np.concatenate([lead, body.astype("<i2"), unique]).tobytes()
        yield i, start + timedelta(seconds=i * 1800 + rng.randint(0, 600)), audio.wav(pcm)


def write_clips(zf: zipfile.ZipFile, clips: Iterable[tuple[int, datetime, bytes]],
                name: Callable[[int, datetime], str]) -> None:
    for i, when, wav in clips:
        info = zipfile.ZipInfo(name(i, when), date_time=(2018, 8, 14, 9, 30, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        zf.writestr(info, wav, compresslevel=1)


def write_alexa(path: Path, clips: int, rng: random.Random, clip_scale: int = 1) -> None:
    """``Alexa.zip`` (2018): ``clips`` spoken clips named by their time, and the transcript PDF."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        write_clips(zf, spoken_clips(clips, rng, clip_scale),
                    lambda i, when: f"Voice/{when:%Y-%m-%dT%H-%M-%S}_{i:06x}.wav")
        zf.writestr("Alexa-Transkripte.pdf", b"%PDF-1.4\n%%EOF\n")


def generate_2018(out: Path, orders: int, searches: int, clips: int, clip_scale: int = 1) -> list[Path]:
    """The export's files in the 2018 layout (per-dataset ZIPs) at the given scale."""
    rng = random.Random(3)
    out.mkdir(parents=True, exist_ok=True)
    paths = [*per_dataset_zips(out, orders, searches, rng)]
    write_alexa(out / "Alexa.zip", clips, rng, clip_scale)
    paths.append(out / "Alexa.zip")
    return paths


def per_dataset_zips(out: Path, orders: int, searches: int, rng: random.Random) -> list[Path]:
    """``Retail.OrderHistory.1.zip`` and ``Retail.Search-Data.zip`` (2018–2022 per-dataset ZIPs)."""
    paths = []
    for name, inner, data in (("Retail.OrderHistory.1.zip", "Retail.OrderHistory.1.csv", orders_csv(orders, rng)),
                              ("Retail.Search-Data.zip", "Retail.Search-Data.Retail.Customer-Engagement.csv",
                               searches_csv(searches, rng))):
        with zipfile.ZipFile(out / name, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            zf.writestr(inner, data)
        paths.append(out / name)
    return paths
