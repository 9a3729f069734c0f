"""gui.start.smoke: silent in normal runs; in smoke mode it checks the installation and reports one line."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QIcon

from core.platform.paths import resources_dir
from gui.start import smoke


class _Export:
    def counts(self) -> dict[str, int]:
        return {"purchases": 3, "recordings": 2}


@pytest.fixture(autouse=True)
def _keep_window_icon(qapp):
    icon = qapp.windowIcon()
    yield
    qapp.setWindowIcon(icon)


@pytest.fixture
def quits(monkeypatch):
    codes: list[int] = []
    monkeypatch.setattr(smoke, "_quit", codes.append)
    return codes


def test_does_nothing_without_the_variable(monkeypatch, capfd, quits):
    monkeypatch.delenv(smoke.ENV, raising=False)
    smoke.import_finished(_Export())
    smoke.import_failed("x")
    assert capfd.readouterr().err == "" and quits == []


def test_reports_counts_and_quits_cleanly_when_complete(qapp, monkeypatch, capfd, quits):
    monkeypatch.setenv(smoke.ENV, "1")
    qapp.setWindowIcon(QIcon(str(resources_dir() / "icons" / "dossier.svg")))
    smoke.import_finished(_Export())
    err = capfd.readouterr().err
    assert f"{smoke.MARKER} (purchases=3 recordings=2)" in err, err
    assert quits == [0]


def test_missing_window_icon_fails_the_check(qapp, monkeypatch, capfd, quits):
    monkeypatch.setenv(smoke.ENV, "1")
    qapp.setWindowIcon(QIcon())
    smoke.import_finished(_Export())
    err = capfd.readouterr().err
    assert f"{smoke.CHECK_FAILED}: no window icon" in err and smoke.MARKER not in err
    assert quits == [3]


def test_missing_ffmpeg_fails_the_check(qapp, monkeypatch, tmp_path, quits):
    monkeypatch.setenv(smoke.ENV, "1")
    monkeypatch.setenv("DOSSIER_FFMPEG", str(tmp_path / "nothing-here"))
    qapp.setWindowIcon(QIcon(str(resources_dir() / "icons" / "dossier.svg")))
    assert any(problem.startswith("ffmpeg:") for problem in smoke.bundle_problems())


def test_import_failure_is_reported(monkeypatch, capfd, quits):
    monkeypatch.setenv(smoke.ENV, "1")
    smoke.import_failed("This file is not a ZIP archive.")
    assert f"{smoke.IMPORT_FAILED}: This file is not a ZIP archive." in capfd.readouterr().err
    assert quits == [4]
