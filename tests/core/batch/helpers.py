"""Running ``dossier batch`` through its real entry point, and reading what it wrote."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from tests.core.batch.exports import Expected

ROOT = Path(__file__).resolve().parents[3]
STRACE = shutil.which("strace")
INET = re.compile(r"(connect|bind)\(\d+, \{sa_family=AF_INET6?, (?:sin6?_port=htons\((\d+)\)).*?"
                  r"(?:inet_addr\(\"([^\"]+)\"\)|inet_pton\(AF_INET6, \"([^\"]+)\")")
#: Columns that measure the run rather than describe the export.
RUN_COLUMNS = ("seconds", "memory_mib", "worker_peak_mib")


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    out: Path
    trace: list[str]

    @property
    def summary(self) -> pd.DataFrame:
        return pd.read_parquet(self.out / "summary.parquet")

    def rows(self) -> dict[str, dict]:
        return {Path(row["path"]).name: row for row in self.summary.to_dict("records")}

    def inet(self) -> list[tuple[str, str, int]]:
        """Every Internet-socket connect/bind strace saw: (call, address, port)."""
        found = []
        for line in self.trace:
            match = INET.search(line)
            if match:
                found.append((match[1], match[3] or match[4], int(match[2])))
            elif "AF_INET" in line:
                found.append(("unparsed", line, -1))
        return found


def run_batch(*args: str | Path, out: Path, strace: bool = False, timeout: float = 600) -> Run:
    cmd = [sys.executable, "-m", "gui.start.launcher", "batch", *map(str, args), "--out", str(out)]
    trace_file = out.parent / f"{out.name}.trace"
    if strace and STRACE:
        cmd = [STRACE, "-f", "-qq", "-e", "trace=connect,bind", "-o", str(trace_file), *cmd]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    trace = trace_file.read_text().splitlines() if trace_file.exists() else []
    return Run(done.returncode, done.stdout, done.stderr, out, trace)


def check_rows(run: Run, expected: dict[str, Expected]) -> None:
    """Every export has its row, with the status, vendor, counts and reason the generator promised."""
    rows = run.rows()
    assert sorted(rows) == sorted(expected)
    for name, want in expected.items():
        row = rows[name]
        assert row["status"] == want.status, (name, row["error"])
        assert isinstance(row["export_id"], str) and len(row["export_id"]) == 64
        if want.status == "ok":
            assert row["vendor"] == want.vendor and pd.isna(row["error"])
            for column in ("purchases", "searches", "recordings"):
                if getattr(want, column) is not None:
                    assert row[column] == getattr(want, column), (name, column)
            document = json.loads((run.out / "exports" / f"{row['export_id']}.json").read_text(encoding="utf-8"))
            # the batch knows an export by all its files (it must, to skip it before opening it); the app's id
            # leaves stray files out, so the two agree on the files, and the app's id is the document's own
            assert sorted(f["sha256"] for f in document["export"]["files"]) == row["sha256s"].split()
            assert document["counts"]["recordings"] == row["recordings"]
            assert len(document["findings"]) == row["findings"] == row["high"] + row["medium"] + row["low"]
        else:
            assert row["error_kind"] == want.error_kind and row["error"].endswith((".", "again."))
            assert "\n" not in row["error"] and "Traceback" not in row["error"]


def comparable(frame: pd.DataFrame) -> pd.DataFrame:
    """The summary without the columns that measure the run, in path order."""
    return frame.drop(columns=list(RUN_COLUMNS)).sort_values("path").reset_index(drop=True)


def try_connect(host: str, port: int) -> str:
    """Run on a worker: what happens when it opens a TCP connection (``NetworkRefused`` from the guard)."""
    import socket

    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.connect((host, port))
        return "connected"
    except PermissionError as exc:
        return type(exc).__name__
    except OSError:
        return "oserror"
    finally:
        sock.close()
