"""Regenerate the demo export ``resources/demo/amazon-2018/`` (needs espeak-ng and sox).

Usage: ``.venv/bin/python scripts/make_demo.py``. The output is deterministic (fixed ZIP dates, seeded
times and noise) apart from espeak-ng's version; it re-enacts the 2018 case with invented people, with a
synthetic voice-history index in Alexa.zip and the transcript PDF of 2018 — date, time and text of each clip,
not in time order — that Dossier matches to the clips (see tests/synth/demo.py, tests/synth/transcript_pdf.py).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.synth.demo import demo_spec  # noqa: E402
from tests.synth.layouts import gen_a  # noqa: E402

TARGET = ROOT / "resources" / "demo" / "amazon-2018"


def main() -> int:
    spec = demo_spec()
    if TARGET.exists():
        shutil.rmtree(TARGET)
    TARGET.mkdir(parents=True)
    paths = gen_a(spec, TARGET, index="dated", timed_pdf=True)  # the 2018 transcript PDF, matched to the clips
    total = sum(p.stat().st_size for p in paths)
    for path in paths:
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size:,} bytes")
    print(f"{len(spec.orders)} order lines, {len(spec.searches)} searches, {len(spec.devices)} devices, "
          f"{len(spec.clips)} clips ({sum(c.dating == 'index' for c in spec.clips)} in the voice-history index); "
          f"{total:,} bytes in total")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
