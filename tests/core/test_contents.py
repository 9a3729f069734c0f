"""The datasets ``core.contents`` counts as each history are the ones the vendors read that history from: every
file a purchase or search row comes from is of a dataset it names — in the two demos and in the three Amazon
layout generations with digital orders and refunds — so a new reader cannot leave its history said as missing."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.contents import HISTORY_DATASETS, histories
from core.model import Export
from core.pipeline import open_export
from core.platform.paths import resources_dir
from tests.synth import layouts
from tests.synth.audio import tools_available
from tests.synth.fixtures import quirk_spec


def _rows_come_from_its_datasets(export: Export, where: str) -> None:
    dataset_of = {f.member: f.dataset for f in export.report.files if f.status == "recognised"}
    for name, datasets in HISTORY_DATASETS.items():
        members = set(export.table(name)["member"].dropna())
        assert members, (where, name)  # every export here holds both histories
        assert {dataset_of.get(m) for m in members} <= datasets, (where, name)
    assert histories(export) == {"purchases": "held", "searches": "held"}


@pytest.mark.parametrize("demo", ["amazon-2018", "google-takeout"])
def test_every_file_a_history_row_of_the_demos_comes_from_is_a_dataset_of_that_history(demo: str) -> None:
    folder = resources_dir() / "demo" / demo
    with open_export(sorted(folder.iterdir())) as opened:
        _rows_come_from_its_datasets(opened.export, demo)


@pytest.mark.skipif(not tools_available(), reason="espeak-ng/sox needed for the clips")
@pytest.mark.parametrize("generation", ["gen_a", "gen_b", "gen_c"])
def test_so_is_every_file_of_each_amazon_layout_generation(generation: str, tmp_path: Path) -> None:
    paths = getattr(layouts, generation)(quirk_spec(), tmp_path)
    with open_export(sorted(Path(p) for p in paths)) as opened:
        export = opened.export
        _rows_come_from_its_datasets(export, generation)
        expected = {"gen_a": {"digital"}, "gen_b": {"digital"}, "gen_c": {"digital", "refund"}}[generation]
        assert expected <= set(export.purchases["kind"])  # the digital and refund files were read, and counted
