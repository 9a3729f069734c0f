"""Bounded time and memory for every input, and evidence that is not wrong (issue 20). Inputs are generated here
(big ones in a temp dir); peak memory is measured in a child process and printed for the issue note."""

from __future__ import annotations

import json
import struct
import zipfile
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest

from core.rules.finding import QUOTE_LIMIT, Finding
from core.vendors.amazon.audio_probe import probe
from tests.reliability.helpers import import_paths, one_zip, run_measured
from tests.reliability.test_content_inputs import HEADER, ORDERS, ROWS, orders_text

MEASURE_IMPORT = """
    from tests.reliability.helpers import import_paths
    from pathlib import Path
    outcome = import_paths([Path({path!r})], rules={rules})
    if outcome.export is None:
        result = ["refused", str(outcome.error)]
    else:
        report = outcome.export.report
        result = [[f.status, f.reason, f.rows] for f in report.files if f.member.endswith({suffix!r})]
"""


def measured_import(path: Path, suffix: str, rules: bool = False) -> dict:
    measured = run_measured(MEASURE_IMPORT.format(path=str(path), suffix=suffix, rules=rules), timeout=300)
    print(f"{path.name} / {suffix}:", {k: measured[k] for k in ("seconds", "rss_mb")}, measured["result"])
    return measured


def test_a_million_columns_are_refused_before_parsing(tmp_path) -> None:
    header = ",".join(f"c{n}" for n in range(1_000_000))
    path = one_zip(tmp_path, {ORDERS: (header + "\n" + ",".join("x" * 1_000_000) + "\n").encode()})
    print("zipped:", path.stat().st_size, "bytes")
    measured = measured_import(path, ORDERS)
    (status, reason, _rows), = measured["result"]
    assert status == "unreadable" and "more than 20,000 columns" in reason
    assert measured["rss_mb"] < 400  # parsing it took 2.6 GB


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252"])
def test_big_non_utf8_csv_is_streamed_with_flat_memory(tmp_path, encoding) -> None:
    """~90 MB of orders in UTF-16 / Windows-1252 (above the 64 MB streaming threshold)."""
    body = orders_text().split("\n", 1)[1].replace("Amazon", "Amazon é")
    repeat = (90 << 20) // len(body.encode(encoding)) + 1
    text = orders_text().split("\n", 1)[0] + "\n" + body * repeat
    path = tmp_path / "orders.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(ORDERS, text.encode(encoding))
    measured = measured_import(path, ORDERS)
    (status, _reason, rows), = measured["result"]
    assert status == "recognised" and rows == len(ROWS) * repeat
    assert measured["rss_mb"] < 700  # decoded whole: 4–7 times the file (UTF-16: ~90 MB → 600+ MB of text alone)


def test_zero_filled_table_stops_early(tmp_path) -> None:
    """A sparse 1 GB CSV in a folder export (no disk used): the header, then nothing but NUL bytes. (Most of the
    time is the SHA-256 of the export file, which reads all of it, cancellably.)"""
    root = tmp_path / "export"
    root.mkdir()
    table = root / ORDERS
    with open(table, "wb") as out:
        out.write(orders_text().split("\n", 1)[0].encode() + b"\n")
        out.truncate(1 << 30)
    measured = measured_import(root, ORDERS)
    (status, reason, _rows), = measured["result"]
    assert status == "unreadable" and "zero bytes" in reason
    assert measured["rss_mb"] < 400


def test_two_megabyte_device_name_is_quoted_at_most_200_characters(tmp_path) -> None:
    finding = Finding("r", "high", "x", "explanation", evidence={"device_name": "E" * (2 << 20),
                                                                 "names": ["N" * 5000], "count": 3})
    assert len(finding.evidence["device_name"]) == QUOTE_LIMIT and finding.evidence["device_name"].endswith("…")
    assert len(finding.evidence["names"][0]) == QUOTE_LIMIT and finding.evidence["count"] == 3
    from core.rules.common import device_label, quote_list

    assert len(device_label("E" * (2 << 20), "G090")) < 300 and len(quote_list(["Q" * 10_000] * 3)) < 700


def test_two_megabyte_device_name_through_scan_json(tmp_path) -> None:
    from tests.synth.audio import tools_available
    from tests.synth.layouts import gen_a
    from tests.synth.spec import Clip, Spec

    if not tools_available():
        pytest.skip("espeak-ng and sox are needed")
    spec = Spec(owner="Erika Muster", address="Weg 3", export_time=datetime(2018, 8, 14, 9, 30))
    for n in range(20):
        when = datetime(2018, 5, 2, 7, 30, n)
        spec.clips.append(Clip(file=f"Voice/{when:%Y-%m-%dT%H-%M-%S}_0000000{n}.wav", text=f"Alexa {n % 2}",
                               voice="de+m3", time=when, device_name="Küchen-Echo " + "X" * (2 << 20),
                               device_serial=f"G090XXXX0000{n:04d}"))
    root = tmp_path / "export"
    root.mkdir()
    gen_a(spec, root, index="csv")
    out = tmp_path / "scan.json"
    measured = run_measured(f"""
        import sys
        from gui.start.launcher import main
        with open({str(out)!r}, "w") as sink:
            sys.stdout = sink
            code = main(["scan", {str(root)!r}, "--json", "--owner-has-no-device"])
        sys.stdout = sys.__stdout__
        result = code
    """, timeout=300)
    print("2 MB device name × 20 clips, scan --json:", {k: measured[k] for k in ("seconds", "rss_mb")},
          out.stat().st_size, "bytes of JSON")
    assert measured["result"] == 0
    findings = json.loads(out.read_text())["findings"]
    assert findings and all(len(f["explanation"]) < 2000 for f in findings)
    assert out.stat().st_size < 2 << 20  # the device name is in the recordings table once per clip at most


def test_google_dates_in_year_3000_and_0001_are_reported_not_a_traceback(tmp_path) -> None:
    from tests.core.vendors.google.synth import as_json, write_folder

    entries = [{"header": "Assistant", "title": "Said far future", "time": "3000-01-01T00:00:00Z",
                "products": ["Assistant"]},
               {"header": "Assistant", "title": "Said far past", "time": "0001-01-01T00:00:00Z",
                "products": ["Assistant"]},
               {"header": "Assistant", "title": "Said hello", "time": "2023-01-01T00:00:00Z",
                "products": ["Assistant"]}]
    orders = [{"orderHistory": {"orderId": "GPA.1", "creationTime": "3000-05-06T10:20:30Z", "totalPrice": "1,00 €",
                                "lineItem": [{"doc": {"title": "Far"}}]}}]
    root = write_folder({"My Activity/Assistant/MyActivity.json": as_json(entries),
                         "Google Play Store/Order History.json": as_json(orders),
                         "My Activity/Assistant/3000-01-01 10_11_12 UTC.mp3": b"ID3"}, tmp_path / "takeout")
    outcome = import_paths([root])
    assert outcome.export is not None, outcome.error
    problems = " ".join(p.message for p in outcome.export.report.problems)
    assert "3000-01-01T00:00:00Z" in problems and "0001-01-01T00:00:00Z" in problems


def _wav(rate: int, channels: int, bits: int, byte_rate: int, frames: int) -> bytes:
    align = channels * bits // 8
    data = np.zeros(frames * channels, dtype="<i2").tobytes()
    fmt = struct.pack("<HHIIHH", 1, channels, rate, byte_rate, align, bits)
    return (b"RIFF" + struct.pack("<I", 36 + len(data)) + b"WAVE" + b"fmt " + struct.pack("<I", 16) + fmt
            + b"data" + struct.pack("<I", len(data)) + data)


@pytest.mark.parametrize("byte_rate", [32000, 2, 1, 0xFFFFFFFF])
def test_wav_duration_follows_the_data_not_a_lying_byte_rate(byte_rate) -> None:
    clip = _wav(16000, 1, 16, byte_rate, 16000)  # one second of 16 kHz mono 16-bit
    assert probe(clip[:2048], len(clip)).duration_s == pytest.approx(1.0)


def test_rows_and_header_helpers_are_the_genuine_ones() -> None:
    assert HEADER and ROWS  # the orders above are the genuine Gen A layout
