from core.cli.scan_output import top_findings
from core.rules.finding import Finding


def _f(rule: str, severity: str, subject: str) -> Finding:
    return Finding(rule=rule, severity=severity, subject=subject, explanation=f"{rule} {subject}")  # type: ignore[arg-type]


def test_top_findings_show_each_rule_before_repeating_one() -> None:
    findings = [_f("recording-without-device", "high", str(i)) for i in range(10)]
    findings += [_f("export-summary", "high", "export"), _f("duplicate-audio", "medium", "d"),
                 _f("recording-unfamiliar-name", "low", "n")]
    top = top_findings(findings, 5)
    assert [f.rule for f in top] == ["export-summary", "recording-without-device", "duplicate-audio",
                                     "recording-unfamiliar-name", "recording-without-device"]


def _orders_zip(path, extra: dict[str, str] | None = None):
    import zipfile

    orders = ("Website,Order ID,Order Date,Purchase Order Number,Currency,Unit Price,Unit Price Tax,Shipping Charge,"
              "Total Discounts,Total Owed,Shipment Item Subtotal,Shipment Item Subtotal Tax,ASIN,Product Condition,"
              "Quantity,Payment Instrument Type,Order Status,Shipment Status,Ship Date,Shipping Option,"
              "Shipping Address,Billing Address,Carrier Name & Tracking Number,Product Name,Gift Message,"
              "Gift Sender Name,Gift Recipient Contact Details\n"
              "Amazon.de,302-1234567-1234567,2018-03-01T10:00:00Z,Not Applicable,EUR,9.99,1.60,0,0,9.99,9.99,1.60,"
              "B000000001,New,1,Visa,Closed,Shipped,2018-03-02T10:00:00Z,std-de,Not Available,Not Available,"
              "Not Available,A book,Not Available,Not Available,Not Available\n")
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("Retail.OrderHistory.1/Retail.OrderHistory.1.csv", orders)
        for name, text in (extra or {}).items():
            zf.writestr(name, text)
    return path


def _scan(export, *args: str) -> str:
    import subprocess

    from tests.reliability.helpers import DOSSIER

    return subprocess.run([*DOSSIER, "scan", str(export), "--lang", "en", *args], capture_output=True, text=True,
                          timeout=120, check=True).stdout


SEARCHES = "Retail.Search-Data.Retail.Customer-Engagement.csv"


def test_the_summary_says_what_the_export_does_not_hold(tmp_path) -> None:
    """Missing is not empty: an order history alone is "no search history" and "no device list", not "0 searches"
    and "0 devices"; a search file that lists none is "0 searches"; one whose only row cannot be used, or that
    cannot be read at all, is "no search history Dossier could read". The JSON says the same."""
    import json

    alone = _orders_zip(tmp_path / "alone.zip")
    out = _scan(alone)
    assert "— Amazon export, 1 file," in out
    assert "Contents: 1 purchase, no search history, 0 recordings, no device list" in out
    described = json.loads(_scan(alone, "--json"))["export"]
    assert described["histories"] == {"purchases": "held", "searches": "missing"}
    assert described["device_list"] is False

    empty = _orders_zip(tmp_path / "empty.zip", {SEARCHES: "First Search Time (GMT),Keywords\n"})
    assert "Contents: 1 purchase, 0 searches, 0 recordings" in _scan(empty)
    assert json.loads(_scan(empty, "--json"))["export"]["histories"]["searches"] == "held"

    rejected = _orders_zip(tmp_path / "rejected.zip", {SEARCHES: "First Search Time (GMT),Keywords\nyesterday,lamp\n"})
    assert "Contents: 1 purchase, no search history Dossier could read, 0 recordings" in _scan(rejected)

    broken = _orders_zip(tmp_path / "broken.zip", {SEARCHES: "Keywords,Store Visited\nlamp,Amazon.de\n"})
    assert "Contents: 1 purchase, no search history Dossier could read, 0 recordings" in _scan(broken)
    assert json.loads(_scan(broken, "--json"))["export"]["histories"]["searches"] == "unread"


def test_the_summary_period_is_the_recordings_not_the_zip_entries(tmp_path) -> None:
    """The demo with one more clip only its ZIP entry dates (14 August 2018): `dossier scan` gives the recordings'
    period as the export records it, ending 18 July."""
    import json

    from tests.core.letters.exports import UNDATED_CLIP, with_undated_clip

    export = with_undated_clip(tmp_path / "export")
    out = _scan(export)
    assert "41 of 41 recordings in this export between 2018-05-02 and 2018-07-18 come from devices" in out
    # no voice device ever: the time does not matter, so the finding stays high and only notes the weak time
    found = json.loads(_scan(export, "--json"))
    undated = next(r["id"] for r in found["recordings"] if str(r["member"]).endswith(UNDATED_CLIP))
    (finding,) = [f for f in found["findings"] if f["subject"] == undated and f["rule"] == "recording-without-device"]
    assert finding["severity"] == "high"
    assert "comes only from the archive entry date, which may be wrong" in finding["explanation"]
    # no explanation says it was made when the export was packed; no hour-of-day finding rests on that hour
    assert "this recording made at 2018-08-14 09:30 UTC (archive entry date) comes from no device" in \
        finding["explanation"]
    assert {f["rule"] for f in found["findings"] if f["subject"] == undated} == {"recording-without-device"}
