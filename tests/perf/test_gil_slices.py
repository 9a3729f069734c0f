"""Long C calls in the import thread are cut into slices, so the window gets the GIL between them.

Each pandas/regex call over a whole column holds the GIL for its full length; at 200k orders or 20k clips
that froze the window for 0.1–0.25 s. These tests count the sizes handed to those calls, not time.
"""

from __future__ import annotations

import pandas as pd
import pytest

from core.vendors.amazon import devices, voice


def test_file_name_times_are_read_in_slices_with_the_same_result(monkeypatch: pytest.MonkeyPatch) -> None:
    stems = pd.Series([f"2019-01-{1 + i % 28:02d}T10-00-00_{i}" if i % 3 else f"clip{i}" for i in range(10_000)])
    whole = voice._filename_times(stems)
    sizes: list[int] = []
    real = voice._filename_times

    def counted(part: pd.Series) -> pd.Series:
        sizes.append(len(part))
        return real(part)

    monkeypatch.setattr(voice, "_filename_times", counted)
    sliced = voice.filename_times(stems)
    assert sliced.equals(whole) and list(sliced.index) == list(stems.index)
    assert max(sizes) <= voice._SLICE < len(stems)


def test_echo_titles_are_scanned_in_slices(monkeypatch: pytest.MonkeyPatch) -> None:
    titles = [f"Book number {i}" for i in range(10_000)] + ["Amazon Echo Dot (3rd Gen) - Alexa"]
    purchases = pd.DataFrame({"title": titles, "kind": "physical", "time": pd.Timestamp("2019-01-01", tz="UTC"),
                              "member": "Retail.OrderHistory.1.csv", "line": range(2, len(titles) + 2)})
    lengths: list[int] = []

    class Counting:
        def search(self, text: str) -> object:
            lengths.append(text.count("\n") + 1)
            return real.search(text)

    real = devices.ECHO_TITLE
    monkeypatch.setattr(devices, "ECHO_TITLE", Counting())
    found = devices.devices_from_purchases(purchases)
    assert list(found["name"]) == ["Amazon Echo Dot (3rd Gen) - Alexa"]
    assert max(lengths) <= devices._SCAN_SLICE < len(titles)
