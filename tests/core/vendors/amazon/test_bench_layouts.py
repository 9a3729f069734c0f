"""The benchmark's generated exports: every layout yields the same rows and clips; the Takeout's .zip and .tgz agree."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from core.source.archive import ExportSource
from core.vendors import parse_export
from tests.core.vendors.amazon.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))

from bench_layouts import generate
from make_takeout_bench import write


def _parse(paths: list[Path]):  # type: ignore[no-untyped-def]
    with ExportSource.open([str(p) for p in paths], hash_files=False) as source:
        return parse_export(source)


@pytest.mark.parametrize("layout", ["2025", "transcripts"])
def test_layouts_hold_the_same_rows_and_clips(tmp_path: Path, layout: str) -> None:
    base = _parse(generate(tmp_path / "2018", 40, 30, 4))
    export = _parse(generate(tmp_path / layout, 40, 30, 4, layout=layout))
    assert {k: export.counts()[k] for k in ("purchases", "searches", "recordings")} == \
        {"purchases": 40, "searches": 30, "recordings": 4}
    assert sorted(export.recordings["time"]) == sorted(base.recordings["time"])  # same clips, dated alike
    assert export.recordings["transcript"].notna().all()  # the utterances / the index reached every clip


def test_takeout_zip_and_tgz_hold_the_same_clips(tmp_path: Path) -> None:
    tgz, zipped = write(tmp_path, clips=5, clip_bytes=2_000)
    counts = [_parse([path]).counts()["recordings"] for path in (tgz, zipped)]
    assert counts == [5, 5]
