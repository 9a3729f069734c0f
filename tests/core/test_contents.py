"""The datasets ``core.contents`` counts as each history are the ones the vendors read that history from: every
file a purchase or search row of the demo exports comes from is of a dataset it names, so a new reader cannot
leave its history said as missing."""

from __future__ import annotations

import pytest

from core.contents import HISTORY_DATASETS, histories
from core.pipeline import open_export
from core.platform.paths import resources_dir


@pytest.mark.parametrize("demo", ["amazon-2018", "google-takeout"])
def test_every_file_a_history_row_comes_from_is_a_dataset_of_that_history(demo: str) -> None:
    folder = resources_dir() / "demo" / demo
    with open_export(sorted(folder.iterdir())) as opened:
        export = opened.export
        dataset_of = {f.member: f.dataset for f in export.report.files if f.status == "recognised"}
        for name, datasets in HISTORY_DATASETS.items():
            members = set(export.table(name)["member"].dropna())
            assert members, (demo, name)  # the demo holds both histories
            assert {dataset_of.get(m) for m in members} <= datasets, (demo, name)
        assert histories(export) == {"purchases": "held", "searches": "held"}
