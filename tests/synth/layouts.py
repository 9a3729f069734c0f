"""Whole synthetic exports in the three Amazon layout generations.

* :func:`gen_a` — 2018–2022: one ZIP per dataset (``Retail.OrderHistory.1.zip``, ``Retail.Search-Data.zip``,
  ``Devices.Registration.zip``, ``Alexa.zip`` …), data files at the ZIP root.
* :func:`gen_b` — 2023–2025: ``Your Orders.zip`` with ``<Dataset>/<Dataset>.csv`` folders,
  ``datasets/<Sub>/<Sub>.csv`` nesting, ``FileDescriptions.csv``, optionally the JSON order file.
* :func:`gen_c` — 2026: ``Your Orders.zip`` with ``Your Amazon Orders/Order History.csv`` and
  ``Additional Data/…`` for the older datasets.
"""

from __future__ import annotations

import zlib
from datetime import datetime
from pathlib import Path

from tests.synth import audio
from tests.synth.docs import Entry, index_csv, index_json, pdf, voice_history_csv, write_zip
from tests.synth.render import (
    alexa_devices_csv,
    digital_content_orders_csv,
    digital_items_csv,
    digital_monetary_csv,
    orders_csv_a,
    orders_csv_c,
    orders_json,
    refund_details_csv,
    registration_csv,
    searches_csv,
    to_csv,
)
from tests.synth.spec import Clip, Spec
from tests.synth.transcript_pdf import transcript_pdf

README = b"This archive contains the data you requested.\r\nSynthetic test export - invented people.\r\n"


def clip_entries(spec: Spec, folder: str = "", index: str | None = None, timed_pdf: bool = False) -> list[Entry]:
    """WAV entries of every clip (dated as the clip says), plus the transcript PDF and an optional index.

    ``index``: ``None`` — the PDF only; ``"csv"``/``"json"`` — an index of every clip instead of the PDF;
    ``"dated"`` — the PDF plus a synthetic voice-history CSV of the clips whose ``dating`` is ``"index"``.
    ``timed_pdf``: the PDF as the 2018 table of date, time and text (rows sorted by text, not time) instead of
    bare lines of text.
    """
    entries: list[Entry] = []
    for clip in spec.clips:
        entries.append(_clip_entry(clip, folder, spec.export_time))
    if spec.clips and index in (None, "dated"):
        lines = [c.text for c in spec.clips if c.text]
        body = transcript_pdf(sorted(((c.time, c.text) for c in spec.clips if c.text), key=lambda r: r[1])) \
            if timed_pdf else pdf("Alexa – Transkripte", lines)
        entries.append((folder + "Alexa-Sprachaufnahmen-Transkripte.pdf", body))
    if index == "csv":
        entries.append((folder + "VoiceHistory/voice-history-index.csv", index_csv(spec.clips)))
    elif index == "json":
        entries.append((folder + "VoiceHistory/voice-history.json", index_json(spec.clips)))
    elif index == "dated":
        listed = [c for c in spec.clips if c.dating == "index"]
        entries.append((folder + "VoiceHistory/voice-history-index.csv", voice_history_csv(listed)))
    return entries


def _clip_entry(clip: Clip, folder: str, export_time: datetime) -> Entry:
    if clip.text:
        pcm = audio.speak(clip.text, clip.voice, clip.speed)
    else:  # a false wake: quiet room noise, seeded by the file name (same bytes on every run)
        pcm = audio.room_noise(1.6, zlib.crc32(clip.file.encode()))
    icrd = clip.time.strftime("%Y-%m-%d %H:%M:%S") if clip.dating == "metadata" else None
    data = audio.wav(pcm, icrd=icrd)
    when = clip.time if clip.dating == "archive" else export_time
    return (folder + clip.file, data, when)


def gen_a(spec: Spec, dest: Path, *, second_part: Spec | None = None, index: str | None = None,
          timed_pdf: bool = False) -> list[Path]:
    """Per-dataset ZIPs in ``dest``; returns their paths."""
    t = spec.export_time
    paths = [write_zip(dest / "Retail.OrderHistory.1.zip",
                       [("Retail.OrderHistory.1.csv", orders_csv_a(spec.orders), t)], default_time=t)]
    if second_part is not None:
        paths.append(write_zip(dest / "Retail.OrderHistory.2.zip",
                               [("Retail.OrderHistory.2/Retail.OrderHistory.2.csv",
                                 orders_csv_a(second_part.orders, crlf=True))], default_time=t))
    paths.append(write_zip(dest / "Retail.Search-Data.zip",
                           [("Retail.Search-Data.Retail.Customer-Engagement.csv", searches_csv(spec.searches)),
                            ("README.txt", README)], default_time=t))
    paths.append(write_zip(dest / "Devices.Registration.zip",
                           [("registration.csv", registration_csv(spec.devices))], default_time=t))
    if spec.digital:
        paths.append(write_zip(dest / "Digital-Ordering.1.zip", _digital_ab(spec, "Digital-Ordering.1/"),
                               default_time=t))
    if spec.clips or spec.alexa_devices:
        paths.append(write_zip(dest / "Alexa.zip", _alexa(spec, "", index, timed_pdf), default_time=t))
    return paths


def _digital_ab(spec: Spec, folder: str) -> list[Entry]:
    items = [(order, item, title, when, "Amazon.de") for order, item, title, when, _parts in spec.digital]
    parts = [(item, amount, kind) for _o, item, _t, _w, components in spec.digital for amount, kind in components]
    return [(folder + "Digital Items.csv", digital_items_csv(items)),
            (folder + "Digital Orders Monetary.csv", digital_monetary_csv(parts)),
            (folder + "Legacy Payment Information.csv", to_csv(["OrderId", "PaymentMethod"], [["D01-1", "Visa"]])),
            (folder + "README.txt", README)]


def _alexa(spec: Spec, folder: str, index: str | None, timed_pdf: bool = False) -> list[Entry]:
    entries = clip_entries(spec, folder, index, timed_pdf)
    if spec.alexa_devices:
        entries.append((folder + "Devices/Mobile/000.csv", alexa_devices_csv(spec.alexa_devices)))
    return entries


def gen_b(spec: Spec, dest: Path, *, json_orders: bool = False, index: str | None = None,
          wrapper: str = "") -> list[Path]:
    """One category ZIP ``Your Orders.zip`` (orders, digital, searches) and ``Alexa.zip``."""
    w = wrapper
    order_entry: Entry = ((w + "Retail.OrderHistory.1/Retail.OrderHistory.1.json", orders_json(spec.orders))
                          if json_orders else
                          (w + "Retail.OrderHistory.1/Retail.OrderHistory.1.csv", orders_csv_a(spec.orders, iso=True)))
    entries: list[Entry] = [
        (w + "FileDescriptions.csv", to_csv(["File", "Description"], [["Retail.OrderHistory.1", "Your orders"]])),
        order_entry,
        (w + "Retail.OrderHistory.1/README.txt", README),
        (w + "Retail.Search-Data/datasets/Retail.Search-Data.Customer-Engagement/"
             "Search-Data.Retail.Customer-Engagement.csv", searches_csv(spec.searches)),
        (w + "Devices.Registration/registration.csv", registration_csv(spec.devices)),
        (w + "YourOrders.PhotoOnDelivery/media/0b1c9a4e-photo.jpeg", b"\xff\xd8\xff\xe0" + b"\x00" * 64),
    ]
    if spec.digital:
        entries += _digital_ab(spec, w + "Digital-Ordering.1/")
    paths = [write_zip(dest / "Your Orders.zip", entries, default_time=spec.export_time)]
    if spec.clips or spec.alexa_devices:
        paths.append(write_zip(dest / "Alexa.zip", _alexa(spec, "Alexa/", index), default_time=spec.export_time))
    return paths


def gen_c(spec: Spec, dest: Path, *, notice: bool = True, index: str | None = "csv") -> list[Path]:
    """The 2026 human-readable layout in one ZIP with a wrapper folder."""
    w = "Your Orders/"
    millis = [i % 2 == 1 for i in range(len(spec.orders))]
    entries: list[Entry] = [
        (w + "Your Amazon Orders/Order History.csv", orders_csv_c(spec.orders, notice=notice, millis=millis)),
        (w + "Additional Data/Retail.Search-Data/Search-Data.Retail.Customer-Engagement.csv",
         searches_csv(spec.searches)),
        (w + "Additional Data/Devices.Registration/registration.csv", registration_csv(spec.devices)),
        (w + "Additional Data/Retail.TransactionalInvoicing.1.1/Invoice-0001.pdf", pdf("Invoice", ["Synthetic"])),
        (w + "README.txt", README),
    ]
    if spec.digital:
        rows = [(order, when, title, amount, kind) for order, _item, title, when, components in spec.digital
                for amount, kind in components]
        entries.append((w + "Your Amazon Orders/Digital Content Orders.csv", digital_content_orders_csv(rows)))
    if spec.refunds:
        entries.append((w + "Your Returns & Refunds/Refund Details.csv", refund_details_csv(spec.refunds)))
    entries += _alexa(spec, w + "Additional Data/Alexa/", index)
    return [write_zip(dest / "Your Orders.zip", entries, default_time=spec.export_time)]
