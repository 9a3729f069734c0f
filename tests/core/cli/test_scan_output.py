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


def test_the_summary_says_an_export_without_a_device_file_has_no_device_list(tmp_path) -> None:
    """Missing is not empty: an order history alone is "no device list", not "0 devices"; with the device
    file the count stands, even when it is 0."""
    import subprocess
    import zipfile

    from tests.reliability.helpers import DOSSIER

    orders = ("Website,Order ID,Order Date,Purchase Order Number,Currency,Unit Price,Unit Price Tax,Shipping Charge,"
              "Total Discounts,Total Owed,Shipment Item Subtotal,Shipment Item Subtotal Tax,ASIN,Product Condition,"
              "Quantity,Payment Instrument Type,Order Status,Shipment Status,Ship Date,Shipping Option,"
              "Shipping Address,Billing Address,Carrier Name & Tracking Number,Product Name,Gift Message,"
              "Gift Sender Name,Gift Recipient Contact Details\n"
              "Amazon.de,302-1234567-1234567,2018-03-01T10:00:00Z,Not Applicable,EUR,9.99,1.60,0,0,9.99,9.99,1.60,"
              "B000000001,New,1,Visa,Closed,Shipped,2018-03-02T10:00:00Z,std-de,Not Available,Not Available,"
              "Not Available,A book,Not Available,Not Available,Not Available\n")
    export = tmp_path / "Retail.OrderHistory.1.zip"
    with zipfile.ZipFile(export, "w") as zf:
        zf.writestr("Retail.OrderHistory.1/Retail.OrderHistory.1.csv", orders)
    out = subprocess.run([*DOSSIER, "scan", str(export), "--lang", "en"], capture_output=True, text=True, timeout=120,
                         check=True).stdout
    assert "— Amazon export, 1 file," in out and "Contents: 1 purchase, 0 searches, 0 recordings, no device list" in out
