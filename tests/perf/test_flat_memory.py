"""Memory guards for big tables (issue 10, "scale beyond memory"): they measure allocations, never time.

* an order file is converted part by part and its raw text is not kept: what the parse holds afterwards is
  the model (and the account's distinct values), its peak adds one part's raw text and the parts' join
  (the raw table of a 1M-line file was ~500 MiB, held to the end of the import);
* the kept columns are only those the model and the account use (never all 28);
* sorting a model table that is in order already copies nothing; one out of order is sorted by its time
  alone, not by factorising every key of every row.
"""

from __future__ import annotations

import csv
import io
import tracemalloc
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

import core.reading.csv_parse as csv_parse
import core.reading.csv_stream as csv_stream
from core.model import ImportReport
from core.reading.frame_sort import sorted_frame
from core.source.archive import ExportSource
from core.vendors.amazon import devices, orders
from core.vendors.amazon.context import Context
from tests.synth.docs import write_zip
from tests.synth.render import ORDER_HEADER_A, us_time

ROWS = 50_000
PART = 5_000


def _order_file(rows: int) -> bytes:
    """A 2018-style order history (28 columns) of ``rows`` lines, one per order."""
    fixed = dict.fromkeys(ORDER_HEADER_A, "Not Available")
    fixed.update({"Website": "Amazon.de", "Currency": "EUR", "Quantity": "1", "Order Status": "Closed",
                  "Shipping Address": "Jonas Beispiel Lindenweg 7 37085 Göttingen Deutschland",
                  "Payment Instrument Type": "Visa - 1234", "Shipment Status": "Shipped", "Product Condition": "New"})
    varying = ("Order ID", "Order Date", "Ship Date", "Unit Price", "Total Owed", "Product Name", "ASIN",
               "Carrier Name & Tracking Number")
    template = ",".join(f"{{{varying.index(h)}}}" if h in varying else f'"{fixed[h]}"' for h in ORDER_HEADER_A)
    out = io.StringIO()
    csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n").writerow(ORDER_HEADER_A)
    start = datetime(2015, 1, 1)
    for i in range(rows):
        when = us_time(start + timedelta(seconds=i * 1500))
        out.write(template.format(f'"302-{i:07d}-1234567"', f'"{when}"', f'"{when}"', f'"{i % 9973 / 100:.2f}"',
                                  f'"{i % 9967 / 100:.2f}"', f'"Product {i}, Variante ""{i % 7}"""',
                                  f'"B{i % 5000:09d}"', f'"DHL({i:012d})"') + "\n")
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


@pytest.fixture(scope="module")
def order_zip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_zip(tmp_path_factory.mktemp("orders") / "Retail.OrderHistory.1.zip",
                     [("Retail.OrderHistory.1.csv", _order_file(ROWS))])


def _traced(work: Callable[[], Any]) -> tuple[Any, int, int]:
    """``work()``'s result, the bytes it allocated at the peak and the bytes still held after it."""
    tracemalloc.start()
    try:
        result = work()
        held, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak, held


def test_order_parse_holds_one_part_of_raw_text_not_the_file(order_zip: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_stream, "STREAM_BYTES", 0)  # stream this 22 MB file as if it were a big one
    monkeypatch.setattr(csv_parse, "CHUNK_ROWS", PART)
    kept: list[list[str]] = []
    real = orders.order_lines
    monkeypatch.setattr(orders, "order_lines", lambda ctx, table, memo=None: (kept.append(list(table.frame.columns)),
                                                                           real(ctx, table, memo))[1])
    with ExportSource.open([str(order_zip)]) as source:
        member = source.member("Retail.OrderHistory.1.zip/Retail.OrderHistory.1.csv")
        ctx = Context(source, ImportReport(), lambda: False)
        frame, peak, held = _traced(lambda: orders.read_orders(ctx, member))
    assert frame is not None and len(frame) == ROWS
    # what stays (the model, the account's distinct values): ~320 B per line; the raw table kept for the
    # account as well was ~630 B. At the peak one part's raw text and the parts' join come on top (~170 B).
    assert held / ROWS < 400, f"the order parse keeps {held / ROWS:.0f} bytes per order line"
    assert peak / ROWS < 600, f"the order parse peaks at {peak / ROWS:.0f} bytes per order line"
    assert len(kept) >= ROWS // PART  # converted part by part
    assert len(kept[0]) <= 15 and "Carrier Name & Tracking Number" not in kept[0]  # only the columns used


def _model_like(rows: int, ordered: bool) -> pd.DataFrame:
    times = pd.Series(pd.to_datetime(np.arange(rows) * 60, unit="s", utc=True))
    if not ordered:
        times = times.sample(frac=1.0, random_state=3).reset_index(drop=True)
    return pd.DataFrame({"time": times, "order_id": [f"302-{i:07d}" for i in range(rows)],
                         "member": "m.csv", "line": pd.Series(range(2, rows + 2), dtype=object),
                         "kind": "physical", "title": [f"Ding {i}" for i in range(rows)]})


@pytest.mark.parametrize("ordered", [True, False])
def test_sorting_a_model_table_costs_its_time_column_only(ordered: bool) -> None:
    frame = _model_like(200_000, ordered)
    keys = ["time", "order_id", "member", "line", "kind", "title"]
    result, peak, _held = _traced(lambda: sorted_frame(frame, keys))
    assert result["time"].is_monotonic_increasing
    pointers = 8 * len(frame) * len(frame.columns)  # one copy of the table's columns
    # in order: a few int64 arrays, no copy; out of order: + one copy of the rows (sort_values: ~5 copies more)
    assert peak < (5 * 8 * len(frame) if ordered else pointers + 5 * 8 * len(frame)), f"{peak / 2**20:.1f} MiB"


def test_echo_purchases_are_found_without_a_copy_of_every_title(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(devices, "_SCAN_SLICE", 16)
    titles = [f"Ding {i}" for i in range(200)] + [None, "Echo Dot (3. Gen.) mit Alexa", "Wandhalterung für Echo Dot",
                                                   "amazon echo", "ECHO show 5 Alexa", "Echoes of time"]
    purchases = pd.DataFrame({"time": pd.to_datetime(list(range(len(titles))), unit="D", utc=True), "title": titles,
                              "kind": ["physical"] * (len(titles) - 2) + ["digital", "physical"],
                              "member": "m.csv", "line": pd.Series(range(2, len(titles) + 2), dtype=object)})
    expected = [t for t, k in zip(titles, purchases["kind"], strict=True)
                if t and k == "physical" and devices.ECHO_TITLE.search(t) and devices.ALEXA_TITLE.search(t)]
    assert expected == ["Echo Dot (3. Gen.) mit Alexa", "amazon echo"]
    found, peak, _held = _traced(lambda: devices.devices_from_purchases(purchases))
    assert list(found["name"]) == expected
    big = pd.DataFrame({"title": [f"Ding {i}" for i in range(200_000)], "kind": "physical"})
    _none, peak, _held = _traced(lambda: devices.devices_from_purchases(big))
    assert peak < 2 << 20, f"{peak / 2**20:.1f} MiB"  # a copy of the titles alone would be 1.6 MiB, hashing more
