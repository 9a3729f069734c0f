"""The import fuzz target (scripts/fuzz_archive.py) in CI: a bounded run must end without an unhandled exception.

Longer by hand: ``DOSSIER_FUZZ_ITERATIONS=20000 pytest tests/reliability/test_fuzz_pipeline.py`` or
``python scripts/fuzz_archive.py --seconds 600``.
"""

from __future__ import annotations

import importlib.util
import os
import random
import sys

from tests.reliability.helpers import ROOT

_spec = importlib.util.spec_from_file_location("fuzz_archive", ROOT / "scripts" / "fuzz_archive.py")
assert _spec is not None and _spec.loader is not None
fuzz_archive = importlib.util.module_from_spec(_spec)
sys.modules["fuzz_archive"] = fuzz_archive  # dataclasses look their module up
_spec.loader.exec_module(fuzz_archive)

ITERATIONS = int(os.environ.get("DOSSIER_FUZZ_ITERATIONS", "60"))


def test_seeds_import_cleanly(tmp_path) -> None:
    for seed in fuzz_archive.seeds():
        path = tmp_path / seed.name
        path.write_bytes(seed.data())
        assert fuzz_archive.run_one(path) == "imported", seed.name


def test_mutations_change_the_input() -> None:
    rng = random.Random(1)
    data = fuzz_archive.seeds()[0].data()
    assert sum(fuzz_archive.mutate(rng, data) != data for _ in range(50)) >= 45


def test_bounded_fuzz_run_has_no_unhandled_exception() -> None:
    seed = int(os.environ.get("DOSSIER_FUZZ_SEED", "0"))
    tally = fuzz_archive.fuzz(iterations=ITERATIONS, seed=seed)
    print(tally.summary())
    assert tally.iterations == ITERATIONS
    assert not tally.crashes, tally.crashes[0]
    kinds = {key.split("/")[0] for key in tally.outcomes}
    assert {"container", "content"} <= kinds
