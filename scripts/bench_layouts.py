"""The benchmark export in the newer Amazon layouts (export-formats.md §2.9), at the same scale as the 2018 one.

* ``2025`` — the 2025–26 "All Data Categories" download: ``All Data Categories.2.zip`` (``Your Amazon Orders/Order
  History.csv``, ``Cart History.csv``), ``.3.zip`` (``Your Shopping Search/Search Queries.csv``, the Echo's
  ``Device Registration.csv``), ``.4.zip`` (``Additional Data/Alexa/Alexa/NLU/Intent-1-<n>.csv``: one utterance per
  clip, at the clip's time), ``.5.zip`` (the clips) and the loose ``FileDescriptions.csv``. Where Amazon puts audio
  in this layout is not public; the clips sit in ``Additional Data/Alexa/Voice/`` (Dossier finds audio by suffix).
* ``transcripts`` — amazon.de 2021–23: the per-dataset order and search ZIPs plus ``Alexa_3.zip`` with
  ``Audio and Transcription/Transcriptions-<n>.csv`` (10,000 rows a part, header repeated, CRLF) and the clips
  named by an id, dated only by the index.

Same rows, same clips (same random seed) as the 2018 layout of ``bench_export.generate_2018``.
"""

from __future__ import annotations

import hashlib
import random
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

from bench_export import generate_2018, per_dataset_zips, spoken_clips, write_clips

from tests.core.vendors.amazon.known_layouts import (
    INTENT_HEADER,
    ORDER_HEADER,
    REGISTRATION_HEADER,
    SEARCH_HEADER,
    TRANSCRIPT_HEADER,
)
from tests.synth.render import iso_time, to_csv

LAYOUTS = ("2018", "2025", "transcripts")
HOME = "Jonas Beispiel Lindenweg 7 37085 Göttingen Deutschland"
PART_ROWS = 10_000
CART_HEADER = ["ASIN", "Add-on Item", "Cart Domain", "Cart List", "Cart Source", "Date Added to Cart", "Product Name"]


def generate(out: Path, orders: int, searches: int, clips: int, clip_scale: int = 1,
             layout: str = "2018") -> list[Path]:
    """The benchmark export's files in ``layout`` (2018, 2025, transcripts) at the given scale."""
    if layout == "2018":
        return generate_2018(out, orders, searches, clips, clip_scale)
    return generate_layout(layout, out, orders, searches, clips, clip_scale)


def generate_layout(layout: str, out: Path, orders: int, searches: int, clips: int, clip_scale: int) -> list[Path]:
    rng = random.Random(3)
    out.mkdir(parents=True, exist_ok=True)
    if layout == "2025":
        return all_data_categories(out, orders, searches, clips, clip_scale, rng)
    if layout == "transcripts":
        return [*per_dataset_zips(out, orders, searches, rng), alexa_de(out, clips, clip_scale, rng)]
    raise ValueError(f"unknown layout {layout!r}; known: {', '.join(LAYOUTS)}")


def _zip(path: Path, entries: list[tuple[str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for name, data in entries:
            zf.writestr(zipfile.ZipInfo(name, date_time=(2025, 6, 1, 12, 0, 0)), data,
                        compress_type=zipfile.ZIP_DEFLATED)
    return path


def _csv(header: list[str], rows: list[list[str]]) -> bytes:
    return to_csv(header, rows, bom=True, crlf=True, quote_all=False)


def all_data_categories(out: Path, orders: int, searches: int, clips: int, clip_scale: int,
                        rng: random.Random) -> list[Path]:
    start = datetime(2015, 1, 1)
    order_rows = []
    for i in range(orders):
        when = start + timedelta(seconds=i * 1500 + rng.randint(0, 900))
        price = f"{rng.randint(100, 99999) / 100:.2f}"
        order_rows.append([f"B{i:09d}", HOME, "EUR", "Kitchen", "Not Available", iso_time(when),
                           f"028-{i:07d}-{rng.randint(10**6, 10**7 - 1)}", "Closed", "1",
                           f'Product {i}, Variante "{i % 7}"', HOME, price, price, "Amazon.de"])
    cart = [[f"B{i:09d}", "No", "amazon.de", "Saved", "Desktop", iso_time(start + timedelta(days=i)), f"Product {i}"]
            for i in range(max(1, orders // 20))]
    search_rows = []
    for i in range(searches):
        when = start + timedelta(seconds=i * 1400 + rng.randint(0, 900))
        words = f"suche {i % 5000}"
        search_rows.append([iso_time(when), iso_time(when + timedelta(seconds=8)), words, f"k={words}", f"Q{i}",
                            f"S{i // 10}", "Desktop", "88.87.118.0", "DE", "PC Browser"])
    echo = [["Jonas Beispiel", "Echo Dot (3rd Gen)", "123", "EU", "Primary", "Owner", "A32DOYMUN6DTXA", "",
             "G090ECHO001", "2017-12-01T09:00:00Z", "", "2017-12-01T09:00:00Z", "+01:00", "REGISTERED", ""]]
    paths = [
        _zip(out / "All Data Categories.2.zip", [
            ("Your Amazon Orders/Order History.csv", _csv(ORDER_HEADER, order_rows)),
            ("Your Amazon Orders/Cart History.csv", _csv(CART_HEADER, cart))]),
        _zip(out / "All Data Categories.3.zip", [
            ("Your Shopping Search/Search Queries.csv", _csv(SEARCH_HEADER, search_rows)),
            ("Your Echo Device & Setup/Device Registration.csv", _csv(REGISTRATION_HEADER, echo))]),
    ]
    del order_rows, search_rows
    utterances: list[list[str]] = []
    audio = out / "All Data Categories.5.zip"
    with zipfile.ZipFile(audio, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        def named(i: int, when: datetime) -> str:
            utterances.append(["", "", "", f"alexa {i % 50}", iso_time(when + timedelta(seconds=1))])
            return f"Additional Data/Alexa/Voice/{when:%Y-%m-%dT%H-%M-%S}_{i:06x}.wav"

        write_clips(zf, spoken_clips(clips, rng, clip_scale), named)
    parts = [(f"Additional Data/Alexa/Alexa/NLU/Intent-1-{n + 1}.csv",
              _csv(INTENT_HEADER, utterances[at:at + PART_ROWS])) for n, at in enumerate(range(0, clips, PART_ROWS))]
    paths += [_zip(out / "All Data Categories.4.zip", parts), audio]
    descriptions = out / "FileDescriptions.csv"
    descriptions.write_bytes(to_csv(["File", "Description"], [["Order History.csv", "Your orders"]]))
    return [*paths, descriptions]


def alexa_de(out: Path, clips: int, clip_scale: int, rng: random.Random) -> Path:
    """``Alexa_3.zip``: the clips named by an id (only the index dates them), then the index parts."""
    rows: list[list[str]] = []
    folder = "Audio and Transcription/"
    path = out / "Alexa_3.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        def named(i: int, when: datetime) -> str:
            file = f"{hashlib.sha1(str(i).encode()).hexdigest()[:8]}-{i:06x}.wav"
            rows.append([iso_time(when), f"alexa {i % 50}", file, "" if i % 4 else "Okay."])
            return folder + "Audio/" + file

        write_clips(zf, spoken_clips(clips, rng, clip_scale), named)
        for n, at in enumerate(range(0, clips, PART_ROWS)):
            zf.writestr(folder + f"Transcriptions-{n + 1}.csv", to_csv(TRANSCRIPT_HEADER, rows[at:at + PART_ROWS],
                                                                       bom=False, crlf=True, quote_all=False))
    return path
