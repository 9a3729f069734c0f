"""Synthetic Takeout exports built once per test session (English/German, JSON/HTML, with MP3 clips)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.model import Export
from core.source.archive import ExportSource
from core.vendors import google
from tests.core.vendors.google import synth

TREES = {
    "en-json": synth.english_json_tree,
    "de-json": synth.german_json_tree,
    "en-html": synth.english_html_tree,
    "de-html": synth.german_html_tree,
}


@pytest.fixture(scope="session")
def trees() -> dict[str, synth.Tree]:
    return {name: build() for name, build in TREES.items()}


@pytest.fixture(scope="session")
def zips(trees: dict[str, synth.Tree], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("takeouts")
    return {name: synth.write_zip(tree, folder / f"takeout-{name}.zip") for name, tree in trees.items()}


def parse_paths(paths: list[Path]) -> Export:
    with ExportSource.open(list(paths)) as source:
        return google.parse(source)


@pytest.fixture(scope="session")
def parsed(zips: dict[str, Path]) -> Iterator[dict[str, Export]]:
    yield {name: parse_paths([path]) for name, path in zips.items()}
