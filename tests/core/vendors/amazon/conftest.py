"""Shared helpers for the Amazon parser tests: open paths as one export and parse them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.model import Export
from core.source.archive import ExportSource
from core.vendors import amazon

ROOT = Path(__file__).resolve().parents[4]
DEMO = ROOT / "resources" / "demo" / "amazon-2018"


def parse_paths(paths: list[Path]) -> Export:
    with ExportSource.open([str(p) for p in paths]) as source:
        return amazon.parse(source)


@pytest.fixture
def parse() -> Iterator[object]:
    yield parse_paths
