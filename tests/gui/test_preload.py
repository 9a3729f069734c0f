"""The start-up preload (gui/start/preload.py) and an import: never side by side, the collector paused while it
imports, and matplotlib's font list built in a child process on a first run. Counted, never timed."""

from __future__ import annotations

import gc
import threading
from pathlib import Path
from types import SimpleNamespace
from typing import Any, ClassVar

import pytest

from core.platform import collector
from gui.start import preload
from gui.work import importer


def test_an_import_lists_and_parses_only_once_the_preload_has_ended(monkeypatch: pytest.MonkeyPatch) -> None:
    """The import's first step (``meanwhile``: before any listing, or while a ``.tgz`` decompresses ahead of its
    listing — tests/core/source/test_tgz_meanwhile.py) waits for the preload."""
    release = threading.Event()
    loading = threading.Thread(target=release.wait, name="dossier-preload")
    loading.start()
    monkeypatch.setattr(preload, "_thread", loading)
    opened: list[bool] = []

    def open_export(*args: Any, meanwhile: Any, **kwargs: Any) -> SimpleNamespace:
        meanwhile()
        opened.append(loading.is_alive())
        return SimpleNamespace(export=None, prepared={})

    monkeypatch.setattr(importer, "open_export", open_export)
    monkeypatch.setattr(importer.overview_facts, "overview_facts", lambda export: None)
    work = threading.Thread(target=importer.import_work(["export.zip"]), args=(lambda f, m: None, lambda: False))
    work.start()
    work.join(0.2)
    assert work.is_alive() and not opened  # waiting for the preload
    release.set()
    work.join(10)
    assert opened == [False]


def test_the_preload_imports_with_the_collector_paused_and_freezes_what_it_made() -> None:
    seen: list[tuple[bool, int]] = []
    preload._import_all((lambda: seen.append((gc.isenabled(), collector.pauses())),))
    assert seen == [(False, 1)] and gc.isenabled() and collector.pauses() == 0 and gc.get_freeze_count() > 0


class _Child:
    started: ClassVar[list[Any]] = []

    def __init__(self, target: Any, name: str, daemon: bool) -> None:
        self.target = target

    def start(self) -> None:
        _Child.started.append(self.target)

    def join(self, timeout: float | None = None) -> None:
        pass

    def is_alive(self) -> bool:
        return False


class _Context:
    Process = _Child


def test_the_font_list_is_built_in_a_child_process_only_when_missing(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing

    monkeypatch.setattr(multiprocessing, "get_context", lambda method: _Context())
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path))
    _Child.started = []
    preload._font_list()
    assert _Child.started == [preload._build_font_list]
    (tmp_path / "fontlist-v390.json").write_text("{}")
    preload._font_list()
    assert len(_Child.started) == 1
