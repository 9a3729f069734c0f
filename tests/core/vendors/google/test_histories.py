"""Missing is not empty, for a Takeout: a Takeout without Search activity holds no search history (not 0
searches); one whose Search activity has no usable entry may have held one, which Dossier could not read."""

from __future__ import annotations

from pathlib import Path

from core.contents import history
from tests.core.vendors.google import synth
from tests.core.vendors.google.conftest import parse_paths

SEARCH = "My Activity/Search/MyActivity.json"
PURCHASES = ("Google Play Store/Order History.json", "Google Play Store/Purchase History.json",
             "Google Pay/Google transactions/transactions_1.csv")


def _parsed(tree: synth.Tree, path: Path):
    return parse_paths([synth.write_zip(tree, path)])


def test_a_takeout_says_which_histories_it_holds(tmp_path: Path) -> None:
    tree = synth.english_json_tree()
    full = _parsed(tree, tmp_path / "full.zip")
    assert history(full, "searches") == history(full, "purchases") == "held"

    lacking = {name: data for name, data in tree.items() if name != SEARCH and name not in PURCHASES}
    export = _parsed(lacking, tmp_path / "lacking.zip")
    assert len(export.recordings) and history(export, "searches") == history(export, "purchases") == "missing"

    unusable = dict(lacking)
    unusable[SEARCH] = synth.as_json([{"header": "Search", "title": "Searched for lamps", "time": "yesterday",
                                       "products": ["Search"]}])
    export = _parsed(unusable, tmp_path / "unusable.zip")
    assert history(export, "searches") == "unread"  # the file is there; its one entry has no time
    assert history(export, "purchases") == "missing"
