"""Suite-wide safety: no test ever reads or writes the real app-data folder (cases, logs, settings)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _private_dossier_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point DOSSIER_DATA_DIR at a fresh temporary folder for every test (core.platform.paths honours it)."""
    folder = tmp_path_factory.mktemp("dossier-data")
    monkeypatch.setenv("DOSSIER_DATA_DIR", str(folder))
    return folder
