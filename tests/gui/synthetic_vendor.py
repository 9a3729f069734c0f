"""A stand-in vendor that parses the ZIPs written by :func:`tests.gui.synthetic.write_export_zip`."""

from __future__ import annotations

import json
import time

from core.errors import ImportCancelled
from core.model import Export
from core.source.archive import Cancelled, ExportSource, Progress

NAME = "synthetic"


def detect(source: ExportSource) -> float:
    return 1.0 if any(m.name == "synthetic-export.json" for m in source.members) else 0.0


def parse(source: ExportSource, progress: Progress, cancelled: Cancelled, helper: object = None) -> Export:
    from tests.gui.synthetic import make_export

    member = next(m for m in source.members if m.name == "synthetic-export.json")
    spec = json.loads(source.read_bytes(member))
    steps = 50
    for step in range(steps):
        if cancelled():
            raise ImportCancelled()
        progress(step / steps, f"Reading your orders… {step * 100:,} items")
        time.sleep(float(spec.get("slow", 0.0)) / steps)
    export = make_export(recordings=int(spec["recordings"]), name=source.files[0].name)
    export.files = list(source.files)
    return export
