"""`dossier scan PATH... --json` on Amazon exports: counts, recordings with hashes, devices, report."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from core.cli.main import main
from tests.core.vendors.amazon.conftest import DEMO
from tests.synth.fixtures import quirk_spec
from tests.synth.layouts import gen_c


def scan(paths: list[Path], capsysbinary: pytest.CaptureFixture[bytes]) -> dict:  # type: ignore[type-arg]
    assert main(["scan", *map(str, paths), "--json"]) == 0
    return json.loads(capsysbinary.readouterr().out.decode("utf-8"))


def test_scan_demo_json(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    zips = sorted(DEMO.glob("*.zip"))
    out = scan(zips, capsysbinary)
    assert out["counts"] == {"purchases": 25, "searches": 60, "recordings": 40, "devices": 2}
    assert out["export"]["vendor"] == "amazon" and out["export"]["layouts"] == ["amazon-2018"]
    first = out["recordings"][0]
    assert set(first) >= {"member", "time", "time_source", "device_serial", "device_name", "transcript", "sha256"}
    with zipfile.ZipFile(DEMO / "Alexa.zip") as zf:
        inner = first["member"].split("/", 1)[1]
        assert first["sha256"] == hashlib.sha256(zf.read(inner)).hexdigest()
    assert first["time"].endswith("Z") and first["time_source"] == "index"
    assert (first["device_name"], first["transcript"]) == ("Küche", "Alexa, wie wird das Wetter heute in Passau?")
    assert [d["family"] for d in out["devices"]] == ["Kindle", "Fire Tablet"]
    assert {d["voice_capable"] for d in out["devices"]} == {False}
    report = out["report"]
    assert len(report["recognised"]) + len(report["skipped"]) + len(report["unreadable"]) == 46
    assert report["skipped"] == [{"member": "Retail.Search-Data.zip/README.txt",
                                  "reason": "Not a dataset: it is a read-me."}]


def test_scan_2026_with_index(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    out = scan(gen_c(quirk_spec(), tmp_path), capsysbinary)
    first = out["recordings"][0]
    assert (first["time"], first["time_source"]) == ("2019-03-04T05:06:07.000Z", "index")
    assert (first["device_serial"], first["device_name"], first["transcript"]) == (
        "G090XX", "Maria's Echo Dot", "Alexa, wie spät ist es?")
    assert all(len(r["sha256"]) == 64 for r in out["recordings"])
    assert out["report"]["problems"][0]["line"] == 7


def test_a_numbered_zip_missing_between_those_opened_is_named(tmp_path: Path, capsysbinary) -> None:
    """Order files 1 and 3 opened, 2 not: `dossier scan` names it below the contents (as for a Takeout part)."""
    from core.vendors.amazon.discovery import parts_not_opened

    with zipfile.ZipFile(DEMO / "Retail.OrderHistory.1.zip") as zf:
        (name,) = zf.namelist()
        lines = zf.read(name).split(b"\n")
    for number, rows in ((1, lines), (3, lines[:1] + lines[3:])):
        with zipfile.ZipFile(tmp_path / f"Retail.OrderHistory.{number}.zip", "w") as zf:
            zf.writestr(name.replace(".1.", f".{number}."), b"\n".join(rows))
    assert main(["scan", str(tmp_path)]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8").splitlines()
    assert out[2] == ("Not opened: Retail.OrderHistory.2.zip. This export is split into parts; open them all "
                      "together to see everything.")
    assert parts_not_opened(["All Data Categories.2.zip", "All Data Categories.4.zip", "FileDescriptions.csv"]) == [
        "All Data Categories.3.zip"]
    assert parts_not_opened(["Alexa_1.zip", "Alexa_3.zip", "x/Alexa_4.zip"]) == ["Alexa_2.zip"]
    assert parts_not_opened(["All Data Categories.2.zip", "Alexa.zip", "Retail.OrderHistory.1.zip"]) == []
