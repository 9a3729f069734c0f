"""Suite-wide safety: no test ever reads or writes the real app-data folder (cases, logs, settings), and Qt
warnings fail any test that logs one (tests/qt_guard.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.qt_guard import qt_warnings_fail  # noqa: F401 - autouse: Qt warnings fail every test


@pytest.fixture(autouse=True)
def _private_dossier_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point DOSSIER_DATA_DIR at a fresh temporary folder for every test (core.platform.paths honours it)."""
    folder = tmp_path_factory.mktemp("dossier-data")
    monkeypatch.setenv("DOSSIER_DATA_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def _core_speaks_english() -> Iterator[None]:
    """Core's language is process-wide: every test starts in English and leaves it in English."""
    from core.i18n import set_language

    set_language("en")
    yield
    set_language("en")
