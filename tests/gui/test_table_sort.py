"""Sorting a table by a column: the per-cell rule's order, made without Python work per row, once per column.

A click on a header of the 200k-row search table held the window ~650 ms while every cell was asked in Python
whether it was missing. Counted, not timed: no per-cell call while sorting, one ordering per column.
"""

from __future__ import annotations

import math
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import Qt

from gui.explore import sort_keys
from gui.explore.cell_text import CellText
from gui.explore.sort_keys import sorted_positions
from gui.explore.tables import TablePanel

pytestmark = pytest.mark.gui


def _reference(values: list[object], kind: str) -> list[int]:
    """The per-cell rule: missing cells after every value (frame order), values stable by their key."""
    missing = [CellText._missing(v) for v in values]

    def key(v: object) -> object:
        if kind == "time":
            return pd.Timestamp(v).value  # type: ignore[arg-type]
        if kind in sort_keys.NUMBER_KINDS:
            try:
                number = float(v)  # type: ignore[arg-type]
            except (TypeError, ValueError):
                return math.inf
            return math.inf if math.isnan(number) else number
        return str(v).casefold()

    present = sorted((i for i, m in enumerate(missing) if not m), key=lambda i: key(values[i]))
    return present + [i for i, m in enumerate(missing) if m]


WORDS = ["Straße", "STRASSE", "strasse", "Äpfel", "apfel", "Zebra", "zebra", "", " lead", "日本", "émoji 😀",
         "a\x00b", "a", "A", "10", "9"]


@pytest.mark.parametrize("seed", range(6))
def test_each_kind_sorts_as_the_per_cell_rule(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = 400
    texts: list[object] = [WORDS[i] if i < len(WORDS) else None for i in rng.integers(0, len(WORDS) + 3, n)]
    texts = [float("nan") if v is None and rng.random() < 0.5 else v for v in texts]
    numbers: list[object] = [rng.choice([Decimal(str(round(rng.normal(0, 50), 2))), int(rng.integers(-5, 5)),
                                         None, float("nan"), Decimal("NaN"), "n/a", 1e308 * 10])
                             for _ in range(n)]
    times = pd.Series(pd.to_datetime(rng.integers(0, 10**9, n), unit="s", utc=True))
    times[rng.random(n) < 0.2] = pd.NaT
    cases = [(pd.Series(texts, dtype=object), "text"), (pd.Series(texts, dtype=object), "word"),
             (pd.Series(numbers, dtype=object), "money"), (pd.Series(rng.uniform(0, 9, n)), "duration"),
             (times, "time"), (pd.Series(rng.choice([True, False, None], n), dtype=object), "bool")]
    for series, kind in cases:
        expected = _reference(series.tolist() if kind != "time" else list(series), kind)
        assert sorted_positions(series, kind).tolist() == expected, kind
        assert sorted_positions(series, kind, sliced=True).tolist() == expected, kind


@pytest.mark.parametrize("seed", range(3))
def test_a_long_column_ordered_in_slices_holds_the_interpreter_a_slice_at_a_time(seed: int, monkeypatch) -> None:
    """Off the window's thread a long table is ordered in slices: one argsort of 200k texts in no order held
    the interpreter (and the window) ~150 ms. The order is the same, ties kept in frame order across slices."""
    rng = np.random.default_rng(seed)
    n = 3 * sort_keys.SLICE + 123
    texts = pd.Series([WORDS[i] if i < len(WORDS) else None for i in rng.integers(0, len(WORDS) + 2, n)],
                      dtype=object)  # few distinct words: ties in every slice
    numbers = pd.Series([Decimal(int(x)) / 7 if x % 11 else None for x in rng.integers(0, 500, n)], dtype=object)
    longest: list[int] = []
    argsort = np.argsort
    monkeypatch.setattr(np, "argsort", lambda a, *args, **kw: (longest.append(len(a)), argsort(a, *args, **kw))[1])
    for series, kind in ((texts, "text"), (numbers, "money")):
        expected = _reference(series.tolist(), kind)
        longest.clear()
        assert sorted_positions(series, kind, sliced=True).tolist() == expected, kind
        if kind == "text":
            assert 0 < max(longest) <= sort_keys.SLICE, longest


def test_sorting_a_big_table_makes_no_call_per_cell_and_each_column_once(qtbot, monkeypatch) -> None:
    panel = TablePanel("purchases", "none")
    qtbot.addWidget(panel)
    n = 50_000
    rng = np.random.default_rng(3)
    panel.set_frame(pd.DataFrame({
        "time": pd.to_datetime(rng.integers(0, 10**9, n), unit="s", utc=True),
        "title": rng.choice(["Tee", "kaffee", None, "Äpfel"], n), "quantity": rng.choice([1, 2, None], n),
        "amount": [Decimal(int(x)) / 100 for x in rng.integers(0, 10**5, n)], "currency": "EUR",
        "kind": "order", "status": rng.choice(["Shipped", None], n), "order_id": [f"{i:08d}" for i in range(n)],
        "website": "amazon.de"}))
    asked = {"cells": 0, "orderings": 0}
    missing, ordering = CellText._missing, sort_keys.sorted_positions
    monkeypatch.setattr(CellText, "_missing", staticmethod(lambda v: (asked.__setitem__("cells", asked["cells"] + 1),
                                                                      missing(v))[1]))
    monkeypatch.setattr("gui.explore.table_model.sorted_positions",
                        lambda *a: (asked.__setitem__("orderings", asked["orderings"] + 1), ordering(*a))[1])
    columns = len(panel.model.columns)
    for column in range(columns):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            panel.view.sortByColumn(column, order)
            qtbot.waitUntil(lambda: not panel.model.sorting(), timeout=10_000)  # long: ordered off the GUI thread
    assert asked == {"cells": 0, "orderings": columns}  # texts are only made for rows on screen, after the sort
    panel.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    shown = [panel.model.index(row, 1).data() for row in range(panel.model.rowCount())]
    named = [text for text in shown if text]
    assert named == sorted(named, key=str.casefold) and shown[len(named):] == [""] * (len(shown) - len(named))


def _titles(n: int) -> pd.DataFrame:
    rng = np.random.default_rng(5)
    return pd.DataFrame({"time": pd.to_datetime(rng.integers(0, 10**9, n), unit="s", utc=True),
                         "title": [f"item {i}" for i in rng.permutation(n)], "quantity": rng.integers(1, 9, n),
                         "amount": None, "currency": "EUR", "kind": "order", "status": "Shipped",
                         "order_id": [f"{i:08d}" for i in rng.permutation(n)], "website": "amazon.de"})


def test_a_very_long_table_orders_a_new_column_off_the_gui_thread(qtbot) -> None:
    """A long table: a text column's first ordering is made off the GUI thread; the click returns and the rows
    follow."""
    from gui.explore.table_model import BACKGROUND_SORT_ROWS

    panel = TablePanel("purchases", "none")
    qtbot.addWidget(panel)
    frame = _titles(BACKGROUND_SORT_ROWS)
    panel.set_frame(frame)
    model = panel.model
    panel.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert model.sorting() and model.order[:3].tolist() == [0, 1, 2]  # still in frame order
    panel.view.sortByColumn(6, Qt.SortOrder.DescendingOrder)  # a second click before the first is done
    qtbot.waitUntil(lambda: not model.sorting(), timeout=10_000)
    assert model.order.tolist() == frame["order_id"].to_numpy().argsort(kind="stable")[::-1].tolist()
    panel.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # ordered meanwhile: shown at once
    assert not model.sorting()
    assert model.order.tolist() == sorted(range(len(frame)), key=frame["title"].__getitem__)
    panel.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    panel.set_frame(frame.iloc[:10])  # a new table before the ordering is done: its result is dropped
    qtbot.waitUntil(lambda: not model.sorting(), timeout=10_000)
    assert model.order.tolist() == list(range(10))
