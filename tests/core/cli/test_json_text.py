"""``write_json`` writes what ``json.dump(..., ensure_ascii=False, indent=2)`` writes, byte for byte."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import core.cli.json_text
from core.cli.json_text import write_json

HOSTILE = ["", "%s", "100 %", "%(x)s", '"quoted"', "back\\slash", "line\nbreak\r\t", "\x00\x1f\x7f", "\ud800 lone",
           "\u2028\u2029", "Küche €", "🎤", "</script>", "null"]


def _same(value: Any) -> None:
    out = io.StringIO()
    write_json(value, out)
    assert out.getvalue() == json.dumps(value, ensure_ascii=False, indent=2)


scalars = st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(allow_nan=True),
                    st.text(), st.sampled_from(HOSTILE))
keys = st.one_of(st.text(max_size=8), st.sampled_from(HOSTILE))
records = st.lists(st.sampled_from(["id", "time", "%s", "a\nb", "é"]), min_size=1, max_size=5, unique=True).flatmap(
    lambda names: st.lists(st.fixed_dictionaries({name: scalars for name in names}), max_size=6))
values = st.recursive(st.one_of(scalars, records),
                      lambda inner: st.one_of(st.lists(inner, max_size=5), st.dictionaries(keys, inner, max_size=5)),
                      max_leaves=30)


@settings(max_examples=300, deadline=None)
@given(values)
def test_any_value_is_written_as_json_writes_it(value: Any) -> None:
    _same(value)


@pytest.mark.parametrize("batch", [1, 2, 3, 2000])
def test_records_and_scalars_across_batches(batch: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(core.cli.json_text, "BATCH", batch)
    rows = [{"id": text, "duration_s": d, "sha256": None if n % 2 else "ab" * 32, "no_audio": n % 3 == 0, "n": n}
            for n, (text, d) in enumerate(zip(HOSTILE, [1.5, float("nan"), float("inf"), -float("inf"), 0.1, 2] * 3,
                                              strict=False))]
    value = {"recordings": rows, "recognised": HOSTILE, "nested": {"rows": rows[:3], "more": HOSTILE[:2]}}
    expected = json.dumps(value, ensure_ascii=False, indent=2)

    def not_here(*args: object, **kwargs: object) -> str:
        raise AssertionError("records and scalars go through the fast path, not json.dumps")

    monkeypatch.setattr(json, "dumps", not_here)
    out = io.StringIO()
    write_json(value, out)
    monkeypatch.undo()
    assert out.getvalue() == expected


def test_what_the_fast_path_does_not_take_is_still_json(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(core.cli.json_text, "BATCH", 2)
    _same([{"a": 1, "b": 2}, {"b": 2, "a": 1}])  # same keys, other order
    _same([{"a": 1}, {"a": 1, "b": 2}])  # other keys
    _same([{"a": [1, 2]}, {"a": {"x": None}}])  # nested values
    _same([1, "x", [2]])
    _same({1: "int key", "b": 2})
    _same([np.float64(1.25), 2.5])  # a float subclass: json's own encoder writes it
    with pytest.raises(TypeError):
        write_json([{"a": np.int64(3)}], io.StringIO())  # what json refuses, it refuses too


def test_dossier_scan_json_is_jsons_own_indented_text(tmp_path: Path) -> None:
    """Through the real command, on the demo export: the output reads back and is written again to the same
    bytes."""
    from core.platform.paths import demo_export_dir
    from tests.reliability.helpers import DOSSIER, child_env

    done = subprocess.run([*DOSSIER, "scan", str(demo_export_dir()), "--json"], capture_output=True, timeout=120,
                          check=True, env=child_env(DOSSIER_DATA_DIR=str(tmp_path / "data")))
    text = done.stdout.decode("utf-8")
    result = json.loads(text)
    assert result["recordings"] and result["report"]["recognised"] and result["report"]["datasets"]
    assert text == json.dumps(result, ensure_ascii=False, indent=2) + "\n"
