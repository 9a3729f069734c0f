"""Shared helpers for the reliability tests: tiny hostile exports, scans and measured child processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import zipfile
from dataclasses import dataclass
from pathlib import Path

from core.errors import DossierError
from core.model import Export
from core.rules.finding import ReviewContext
from core.rules.registry import run_rules
from core.source.archive import ExportSource
from core.vendors import parse_export

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
#: The ``dossier`` command, through its real entry point, in a child process of this interpreter.
DOSSIER = [PYTHON, "-c", "import sys; from gui.start.launcher import main; sys.exit(main())"]


@dataclass
class Outcome:
    """What a user sees after importing: the export (with its report) or one typed error."""

    export: Export | None = None
    error: DossierError | None = None

    def entry(self, suffix: str):
        assert self.export is not None, f"refused: {self.error!r}"
        return next(e for e in self.export.report.files if e.member.endswith(suffix))


def one_zip(folder: Path, files: dict[str, bytes], name: str = "Retail.OrderHistory.1.zip") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for member, data in files.items():
            zf.writestr(member, data)
    return path


def import_paths(paths: list[Path], rules: bool = True) -> Outcome:
    """Open, parse and (optionally) run the rules, as ``dossier scan`` does; typed errors are returned."""
    try:
        with ExportSource.open([str(p) for p in paths]) as source:
            export = parse_export(source)
            if rules:
                run_rules(export, ReviewContext())
            return Outcome(export=export)
    except DossierError as exc:
        return Outcome(error=exc)


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env["PYTHONPATH"] = str(ROOT)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra)
    return env


def vm_hwm_mib(pid: int | str = "self") -> float | None:
    """A process's peak RSS so far on Linux (``VmHWM``: per address space, so it starts afresh at exec); ``None``
    where there is no such file or the process has gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def peak_rss_mb() -> float:
    """This process's peak RSS. Linux: ``VmHWM`` — ``ru_maxrss`` of an exec'd child can report the *parent's*
    size at fork time, which a large pytest process inflates."""
    peak = vm_hwm_mib()
    if peak is not None:
        return peak
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_measured(code: str, *, timeout: float = 120, env: dict[str, str] | None = None,
                 cwd: Path | None = None) -> dict:
    """Run ``code`` in a fresh interpreter; returns its JSON result plus ``rss_mb`` (peak) and ``seconds``.

    ``code`` must assign a JSON-ready value to ``result``. Peak RSS is the child's own
    ``ru_maxrss`` (C allocations included), so the parent's memory does not blur it.
    """
    wrapper = ("import json, time\n_t0 = time.perf_counter()\nresult = None\n"
               + textwrap.dedent(code)
               + "\nfrom tests.reliability.helpers import peak_rss_mb\n"
                 "print('@@RESULT@@' + json.dumps({'result': result, 'seconds': time.perf_counter() - _t0, "
                 "'rss_mb': peak_rss_mb()}))\n")
    out = subprocess.run([PYTHON, "-c", wrapper], capture_output=True, text=True, timeout=timeout,
                         env=env or child_env(), cwd=cwd or ROOT)
    assert out.returncode == 0, out.stderr[-3000:]
    line = next(x for x in out.stdout.splitlines() if x.startswith("@@RESULT@@"))
    return json.loads(line[len("@@RESULT@@"):])
