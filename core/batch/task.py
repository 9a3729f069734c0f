"""One batch task: screen one export on a Dask worker and answer with its summary row.

The task runs :func:`core.pipeline.open_export` as ``dossier scan`` does (same budgets, no case: a batch
never reads or writes anyone's review), writes the ``scan --json`` document to ``exports/<export-id>.json``
(atomically: a temporary file in that folder, then ``os.replace``) and answers with the row. Errors are
data: a refused export is a row with its one sentence, and so is a task that outgrew its memory limit or
hit a bug — the batch goes on.
"""

from __future__ import annotations

import importlib
import json
import threading
import time
from pathlib import Path
from typing import Any

from core.batch.inputs import Identity, identify
from core.batch.summary import FAILED, REFUSED, atomic_path, error_row, ok_row, skipped_row
from core.errors import DossierError, ImportCancelled
from core.model import Export
from core.pipeline import open_export
from core.platform.peak_memory import peak_rss_mib
from core.rules.finding import Finding

MiB = 1 << 20
POLL_SECONDS = 0.1
PIPELINE_MODULES = ("core.pipeline", "core.source.archive", "core.vendors", "core.audio.clip_hashes",
                    "core.audio.clip_prefetch", "core.rules.registry", "core.cli.scan_output")


class MemoryWatch:
    """Flags a task whose process grew by more than ``limit`` bytes since it started (sampled every 0.1 s;
    ``peak`` is the largest growth seen: the row's ``memory_mib``).

    The pipeline polls ``cancelled()``, so a task over its limit stops at its next step with a clean row; a
    worker's own hard limit (the local cluster sets one) catches what grows faster than that.
    """

    def __init__(self, limit: int) -> None:
        import psutil  # a dependency of distributed

        self.limit = limit
        self._process = psutil.Process()
        self._start = self._process.memory_info().rss
        self.peak = 0
        self.exceeded = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="dossier-batch-memory", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(POLL_SECONDS):
            grown = self._process.memory_info().rss - self._start
            self.peak = max(self.peak, grown)
            if grown > self.limit:
                self.exceeded = True

    def cancelled(self) -> bool:
        return self.exceeded

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def load_pipeline() -> None:
    """Import everything an export's screening uses, so that a worker's first task is not charged for the
    modules every later task shares (~100 MiB of code and tables)."""
    for name in PIPELINE_MODULES:
        importlib.import_module(name)
    from core.vendors import available_vendors

    available_vendors()


def screen_export(path: str, out_dir: str, settled: frozenset[str], memory_limit: int) -> dict[str, Any]:
    """The summary row of the export at ``path`` (runs on a worker). ``settled``: export ids already done."""
    load_pipeline()
    started = time.monotonic()
    identity: Identity | None = None
    watch = MemoryWatch(memory_limit)
    try:
        try:
            if settled:  # a re-run: the export's hash first, to skip it when it was screened before
                identity = identify([path], watch.cancelled)
                if identity.export_id in settled:
                    return skipped_row(path, identity)
            with open_export([path], cancelled=watch.cancelled) as opened:  # what dossier scan runs
                export, findings = opened.export, opened.findings
                # The batch knows an export by all its files' hashes (it must, to skip it before opening it),
                # which is the app's identity before stray files were left out: ``legacy_export_id``.
                identity = identity or Identity(export.legacy_export_id, sorted(f.sha256 for f in export.files),
                                                sum(f.size for f in export.files))
                _write_scan_json(Path(out_dir) / "exports" / f"{identity.export_id}.json", export, findings)
                row = ok_row(path, identity, export, findings, time.monotonic() - started)
        except ImportCancelled as exc:
            if watch.exceeded:
                sentence = (f"This export needed more than the batch's memory limit of {memory_limit // MiB:,} "
                            f"MiB; screen it with a higher --memory-limit.")
                row = error_row(path, identity, FAILED, sentence, "memory-limit", time.monotonic() - started)
            else:
                row = error_row(path, identity, FAILED, str(exc), exc.category, time.monotonic() - started)
        except DossierError as exc:  # refused: its identity still names it (reading the files once more)
            row = error_row(path, identity or _identity_if_readable(path), REFUSED, str(exc), exc.category,
                            time.monotonic() - started)
        except MemoryError:
            row = error_row(path, identity, FAILED, "There was not enough memory to screen this export.", "memory",
                            time.monotonic() - started)
        except Exception as exc:  # a bug must not end the batch: the row names its kind, never export content
            row = error_row(path, identity, FAILED, f"Dossier failed on this export ({type(exc).__name__}).",
                            "internal", time.monotonic() - started)
    finally:
        watch.stop()
    row["memory_mib"] = round(watch.peak / MiB, 1)
    row["worker_peak_mib"] = _worker_peak_mib()
    return row


def _identity_if_readable(path: str) -> Identity | None:
    try:
        return identify([path])
    except DossierError:
        return None


def _worker_peak_mib() -> float | None:
    """The worker process's peak resident memory so far (what a worker needs), where the system tells it: its
    own, not ``ru_maxrss``, which a worker started by a bigger process inherits from it."""
    peak = peak_rss_mib()
    return None if peak is None else round(peak, 1)


def _write_scan_json(target: Path, export: Export, findings: list[Finding]) -> None:
    """The ``dossier scan --json`` document of the export, written atomically."""
    from core.cli.scan_output import scan_json

    with atomic_path(target) as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as handle:
        json.dump(scan_json(export, findings), handle, ensure_ascii=False, indent=2)
        handle.write("\n")
