"""Evidence many findings share is cut to the quote limit once per run, not walked once per finding."""

from __future__ import annotations

import sys
from pathlib import Path

import core.rules.finding as finding_module
from core.rules.finding import QUOTE_LIMIT, Finding, ReviewContext, quoted
from core.rules.registry import run_rules

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from bench_rules import synthetic_export


def _quoting_calls(n: int, monkeypatch) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    calls = [0]
    real = finding_module.quoted

    def counting(value: object) -> object:
        calls[0] += 1
        return real(value)

    monkeypatch.setattr(finding_module, "quoted", counting)
    found = run_rules(synthetic_export(n), ReviewContext(retention_days=365))
    monkeypatch.setattr(finding_module, "quoted", real)
    return calls[0], len(found)


def test_shared_evidence_is_not_walked_per_finding(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls, found = _quoting_calls(4000, monkeypatch)
    # only the few per-row containers (place names, names) are walked per finding: ~1.7 calls per finding,
    # ~34 when each finding walked its own copy of the account's device purchases
    assert found > 5000 and calls / found < 2.5, (calls, found)


def test_quoted_values_are_cut_and_kept_as_they_are() -> None:
    long = "x" * (QUOTE_LIMIT + 50)
    shared = quoted({"devices": [{"name": long}], "n": 3})
    assert shared == {"devices": [{"name": "x" * (QUOTE_LIMIT - 1) + "…"}], "n": 3}
    one = Finding("r", "low", "a", "text", evidence={"shared": shared, "own": [long]})
    assert one.evidence["shared"] is shared and one.evidence["own"] == ["x" * (QUOTE_LIMIT - 1) + "…"]
    assert Finding("r", "low", "b", "t", evidence={"name": long}).evidence["name"].endswith("…")
