"""Order files read by a second process give the export reading them here gives: the same lines, and the same
report in the same order (files, problems, notes), the same account — also when the second process dies."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from core.errors import ImportCancelled
from core.i18n import current_language, set_language
from core.model import Export
from core.pipeline import open_export
from core.reading import second_process
from core.reading.second_process import SecondProcess
from core.source.archive import ExportSource
from core.vendors import amazon, start_second_process
from core.vendors.amazon import orders_elsewhere
from tests.core.vendors.amazon import known_layouts as kl
from tests.core.vendors.amazon.test_report import order_rows
from tests.synth.docs import write_zip
from tests.synth.render import SEARCH_HEADER, to_csv


@pytest.fixture
def any_size(monkeypatch: pytest.MonkeyPatch) -> None:
    """Order files and exports of any size go to a second process."""
    monkeypatch.setattr(orders_elsewhere, "MIN_ORDER_BYTES", 0)
    monkeypatch.setattr(second_process, "MIN_BYTES", 0)


def hostile_2018(folder: Path) -> list[Path]:
    """Order files with every kind of report entry: rejected rows, a ragged row, mojibake, a Windows-1252
    file, a file that is no order history; searches between them in the report."""
    first = order_rows({}, {"Order Date": "31/12/2021 10:00:00 UTC"}, {"Order ID": ""},
                       {"Order Date": "Due to technical limitations, some data is missing"},
                       {"Total Owed": "ten", "Product Name": "KÃ¤se"}, {"Quantity": "1.5"},
                       {"Total Owed": "0.10", "Product Name": "Zwölf", "Shipping Address": "Erika, Berlin"})
    first += b'"Amazon.de","302-9","01/02/2021 03:04:05 UTC","too","many","fields"' + b',"x"' * 40 + b"\n"
    second = order_rows({"Product Name": "Bücher", "Total Owed": "1E+2"}).decode("utf-8-sig").encode("cp1252")
    search = dict.fromkeys(SEARCH_HEADER, "") | {"First Search Time (GMT)": "01/02/2021 03:04:05 UTC",
                                                  "Keywords": "kettle", "First Search Query String": "k=kettle"}
    searches = to_csv(SEARCH_HEADER, [[search[h] for h in SEARCH_HEADER]])
    return [write_zip(folder / "Retail.OrderHistory.1.zip", [
                ("Retail.OrderHistory.1/Retail.OrderHistory.1.csv", first),
                ("Retail.OrderHistory.2/Retail.OrderHistory.2.csv", second),
                ("Retail.OrderHistory.3/Retail.OrderHistory.3.csv", b"Just,Wrong\n1,2\n")]),
            write_zip(folder / "Retail.Search-Data.zip", [("Retail.Search-Data.csv", searches)])]


def parsed(paths: list[Path], helper: SecondProcess | None = None) -> Export:
    with ExportSource.open([str(p) for p in paths]) as source:
        return amazon.parse(source, helper=helper)


def assert_same(here: Export, there: Export) -> None:
    for name in ("purchases", "searches", "recordings", "devices"):
        pd.testing.assert_frame_equal(getattr(here, name), getattr(there, name))
    assert here.report == there.report
    assert here.account == there.account


@pytest.mark.parametrize("layout", ["2018", "2026"])
def test_orders_read_elsewhere_give_the_export_reading_them_here_gives(tmp_path: Path, any_size: None,
                                                                       layout: str) -> None:
    paths = hostile_2018(tmp_path) if layout == "2018" else kl.all_data_categories(tmp_path)  # 2026: refunds
    helper = SecondProcess.start()
    assert helper is not None
    try:
        there = parsed(paths, helper)
        assert helper.done  # the lines came from the second process, not from the fallback here
    finally:
        helper.close()
    here = parsed(paths)
    assert_same(here, there)
    assert len(here.purchases)
    if layout == "2018":
        assert len(here.report.problems) >= 6
        assert [f.status for f in here.report.files][:3] == ["recognised", "recognised", "unreadable"]
        assert any("Windows-1252" in n.message for n in here.report.notes)


def test_the_second_process_writes_the_report_in_the_users_language(tmp_path: Path, any_size: None) -> None:
    paths = hostile_2018(tmp_path)
    before = current_language()
    set_language("de")
    try:
        helper = SecondProcess.start()
        assert helper is not None
        there = parsed(paths, helper)
        assert helper.done
        here = parsed(paths)
    finally:
        set_language(before)
    assert_same(here, there)
    assert "Bestell" in " ".join(p.message for p in there.report.problems)  # German, as the window shows it


def test_a_second_process_that_dies_leaves_the_same_export(tmp_path: Path, any_size: None) -> None:
    paths = hostile_2018(tmp_path)
    helper = SecondProcess.start()
    assert helper is not None
    helper._process.kill()
    helper._process.join(5)
    try:
        there = parsed(paths, helper)
        assert not helper.done
    finally:
        helper.close()
    assert_same(parsed(paths), there)


def test_cancelling_while_the_orders_are_read_elsewhere_ends_the_second_process(tmp_path: Path,
                                                                                 any_size: None) -> None:
    helper = SecondProcess.start()
    assert helper is not None
    with ExportSource.open([str(p) for p in hostile_2018(tmp_path)]) as source, pytest.raises(ImportCancelled):
        amazon.parse(source, cancelled=lambda: helper._drain is not None, helper=helper)
    helper._process.join(5)
    assert not helper._process.is_alive()


def connect_somewhere() -> Iterator[str]:
    """A job for the second process: try the network as export-reading code might."""
    import socket

    try:
        socket.create_connection(("192.0.2.1", 9), timeout=0.5).close()  # TEST-NET-1: nothing answers there
    except OSError as exc:
        yield f"{type(exc).__name__}: {exc}"
    else:
        yield "connected"


def test_the_second_process_refuses_the_network() -> None:
    helper = SecondProcess.start()
    assert helper is not None
    try:
        assert helper.run(connect_somewhere)
        results = helper.results(lambda: False)
        assert results is not None
        assert list(results) == ["NetworkRefused: Dossier never uses the network (blocked socket.getaddrinfo)."]
    finally:
        helper.close()


def test_the_second_process_refuses_files_that_are_not_the_ones_listed(tmp_path: Path) -> None:
    (path, _searches) = hostile_2018(tmp_path)
    with ExportSource.open([str(path)], hash_files=False) as source:
        files = [(f.path, f.size, f.mtime) for f in source.files]
        specs = [(m.path, m.size, m.crc32, m.compressed_size) for m in source.members]
    changed = [(p, size + 1, mtime) for p, size, mtime in files]
    with pytest.raises(RuntimeError, match="changed"):
        list(orders_elsewhere.read_there(changed, specs, source.budgets))
    other_crc = [(p, size, (crc or 0) ^ 1, packed) for p, size, crc, packed in specs]
    with pytest.raises(RuntimeError, match="not where"):
        list(orders_elsewhere.read_there(files, other_crc, source.budgets))


def test_the_app_import_starts_one_only_for_big_zip_exports_and_never_for_a_scan(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = hostile_2018(tmp_path)
    assert not second_process.worth_starting(paths)  # a few KB: reading here is sooner
    monkeypatch.setattr(second_process, "MIN_BYTES", 1)
    assert second_process.worth_starting(paths)
    tgz = tmp_path / "takeout.tgz"
    tgz.write_bytes(b"\x1f\x8b" + b"\x00" * 4096)
    assert not second_process.worth_starting([tgz])  # its listing already uses both cores
    takeout = [p.rename(p.with_name(f"takeout-20240301T101500Z-00{n}.zip")) for n, p in enumerate(paths, 1)]
    assert start_second_process([str(p) for p in takeout]) is None  # a Takeout's tables are small
    paths = [p.rename(old) for p, old in zip(takeout, paths, strict=True)]
    monkeypatch.setattr(orders_elsewhere, "MIN_ORDER_BYTES", 0)
    started: list[SecondProcess] = []
    real_start = SecondProcess.start.__func__  # type: ignore[attr-defined]

    def start(cls: type[SecondProcess]) -> SecondProcess | None:
        started.append(real_start(cls))
        return started[-1]

    monkeypatch.setattr(SecondProcess, "start", classmethod(start))
    with open_export(paths, hashes="wait") as scanned:
        assert not started
    with open_export(paths, hashes="later") as opened:
        assert len(started) == 1 and started[0].done
        assert_same(scanned.export, opened.export)
    deadline = time.monotonic() + 5
    while started[0]._process.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not started[0]._process.is_alive()
