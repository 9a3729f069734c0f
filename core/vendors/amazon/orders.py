"""Physical order lines: ``Retail.OrderHistory.<n>.csv|json`` (2018–2025) and ``Order History.csv`` (2026).

Columns are matched by name with the known renames (``Quantity`` → ``Original Quantity``,
``Total Owed`` → ``Total Amount``, ``Payment Instrument Type`` → ``Payment Method Type``). The per-shipment
``Shipment Item Subtotal`` is never used as an item amount (it repeats on every item of a shipment).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import repeat

import numpy as np
import pandas as pd

from core.i18n import _
from core.reading.convert import Memo, parse_money, parse_quantity, parse_times
from core.reading.frame_sort import join_frames
from core.reading.tabular import Table, TableUnreadable, normalise
from core.source.archive import Member
from core.vendors.amazon.context import Context, lines_of

COLUMNS = {
    "website": ("Website", "Marketplace"),
    "order_id": ("Order ID", "OrderId", "Order Number"),
    "time": ("Order Date", "OrderDate", "Order Date (UTC)"),
    "currency": ("Currency", "Currency Code", "Price Currency Code"),
    "unit_price": ("Unit Price", "Item Price"),
    "unit_tax": ("Unit Price Tax", "Item Tax"),
    "total": ("Total Owed", "Total Amount", "Item Total"),
    "quantity": ("Quantity", "Original Quantity", "Quantity Ordered"),
    "status": ("Order Status", "Status"),
    "title": ("Product Name", "Title", "Item Name"),
    "asin": ("ASIN", "ASIN/ISBN"),
}
ACCOUNT_COLUMNS = ("Shipping Address", "Billing Address", "Gift Sender Name", "Payment Instrument Type",
                   "Payment Method Type")
NOTICE = "due to technical limitations"
EMAIL = ("Email", "E-mail", "Email Address", "Customer Email")
USECOLS = tuple(a for aliases in COLUMNS.values() for a in aliases) + ACCOUNT_COLUMNS + EMAIL + ("Marketplace",)


@dataclass
class _Part:
    """One part of an order file, converted (its raw text is gone)."""

    frame: pd.DataFrame
    rows: int
    rejected: int
    repaired: int
    account: dict[str, list[str]]  # account column → its distinct raw values, first seen first


def read_orders(ctx: Context, member: Member) -> pd.DataFrame | None:
    """The order lines of one order-history file (``None`` if unreadable)."""
    frames = read_order_parts(ctx, member)
    return None if frames is None else join_frames(frames)


def read_order_files(ctx: Context, members: list[Member]) -> list[pd.DataFrame]:
    """The order lines of every order-history file, part by part (an unreadable file is in the report only)."""
    parts: list[pd.DataFrame] = []
    for member in members:
        ctx.check()
        parts += read_order_parts(ctx, member) or []
    return parts


def read_order_parts(ctx: Context, member: Member) -> list[pd.DataFrame] | None:
    """The order lines of one order-history file in parts (``None`` if unreadable). A big file is converted part
    by part (``Context.read_table_parts``): only the model's columns and the account's distinct values stay."""
    memo = Memo()

    def convert(table: Table) -> _Part:
        if not (table.has(*COLUMNS["order_id"]) and table.has(*COLUMNS["time"])):
            raise TableUnreadable(_("The file is named like an order history but has no Order ID and Order Date "
                                  "columns."))
        frame, rejected = order_lines(ctx, table, memo)
        return _Part(frame, len(table), rejected, table.repaired, _account_values(table))

    parts = ctx.read_table_parts(member, USECOLS, convert)
    if parts is None:
        return None
    account = _account_table(member.path, parts)
    ctx.tables.setdefault("orders", []).append(account)
    ctx.recognised(member, "amazon.orders", rows=sum(p.rows for p in parts),
                   rejected=sum(p.rejected for p in parts))
    ctx.note_repairs(account)
    return [p.frame for p in parts]


ACCOUNT_KEYS = frozenset(normalise(c) for c in ACCOUNT_COLUMNS + EMAIL + COLUMNS["website"])


def _account_values(table: Table) -> dict[str, list[str]]:
    """The distinct raw values of the columns the account is read from (``profile.account_from_orders``)."""
    return {col: list(pd.unique(table.frame[col].to_numpy(dtype=object)))
            for col in table.frame.columns if normalise(str(col)) in ACCOUNT_KEYS}


def _account_table(member: str, parts: list[_Part]) -> Table:
    """The account columns of every part as one small table: each column's distinct values in first-seen
    order (padded with empty cells, which read as absent), so the profile sees what the whole file holds.
    ``repaired`` carries the mojibake repairs of the whole file."""
    merged: dict[str, dict[str, None]] = {}
    for part in parts:
        for col, values in part.account.items():
            merged.setdefault(col, {}).update(dict.fromkeys(values))
    size = max((len(v) for v in merged.values()), default=0)
    frame = pd.DataFrame({col: pd.Series([*values, *[""] * (size - len(values))], dtype=object)
                          for col, values in merged.items()})
    table = Table(member, frame, list(merged), None)
    table.repaired = sum(p.repaired for p in parts)
    return table


def order_lines(ctx: Context, table: Table, memo: Memo | None = None) -> tuple[pd.DataFrame, int]:
    raw_time = table.get(*COLUMNS["time"])
    order_id = table.values_or_none(*COLUMNS["order_id"])
    assert raw_time is not None
    notice = raw_time.str.lower().str.contains(NOTICE, regex=False).to_numpy()
    rejected = ctx.reject(table, notice, _("Amazon's notice row (“Due to technical limitations…”) is not an "
                                           "order; skipped."))
    times, bad_time = parse_times(raw_time, ("us", "iso"))
    no_time = times.isna().to_numpy() & ~notice
    bad = bad_time.to_numpy() & ~notice
    rejected += ctx.reject(table, bad, _("Order Date “{value}” is not a known date format; "
                                         "row not read."), raw_time, 60)
    rejected += ctx.reject(table, no_time & ~bad, _("Order Date is missing; row not read."))
    no_id = order_id.isna().to_numpy() & ~notice & ~no_time
    rejected += ctx.reject(table, no_id, _("Order ID is missing; row not read."))
    keep = ~(notice | no_time | no_id)

    amount = _line_amount(ctx, table, keep, memo)
    quantity = _optional(ctx, table, "quantity", keep)
    frame = pd.DataFrame({
        "time": times[keep].reset_index(drop=True),
        "order_id": order_id[keep].reset_index(drop=True),
        "title": _text(table, "title", keep),
        "quantity": quantity,
        "amount": amount,
        "currency": _text(table, "currency", keep),
        "kind": _kinds(order_id[keep]),
        "status": _text(table, "status", keep),
        "website": _text(table, "website", keep),
        "asin": _text(table, "asin", keep),
        "member": table.member,
        "line": lines_of(table, keep),
    })
    return frame, rejected


def _kinds(order_id: pd.Series) -> list[str]:
    """``digital`` for a ``D01-…`` order id, else ``physical`` (C-level iteration, no Python call per row)."""
    upper = map(str.upper, map(str, order_id))
    digital = np.fromiter(map(str.startswith, upper, repeat("D01-")), dtype=bool, count=len(order_id))
    return np.array(["physical", "digital"], dtype=object)[digital.astype(np.intp)].tolist()


def _text(table: Table, key: str, keep: np.ndarray) -> pd.Series:
    return table.values_or_none(*COLUMNS[key])[keep].reset_index(drop=True)


def _optional(ctx: Context, table: Table, key: str, keep: np.ndarray) -> pd.Series:
    raw = table.get(*COLUMNS[key])
    if raw is None:
        return pd.Series([None] * int(keep.sum()), dtype=object)
    values, bad = parse_quantity(raw)
    ctx.reject(table, bad.to_numpy() & keep, _("Quantity “{value}” is not a whole number; "
                                               "kept without quantity."), raw, 20)
    return values[keep].reset_index(drop=True)


def _line_amount(ctx: Context, table: Table, keep: np.ndarray, memo: Memo | None) -> pd.Series:
    """The item line's total (``Total Owed``/``Total Amount``), else unit price + unit tax."""
    raw_total = table.get(*COLUMNS["total"])
    if raw_total is not None:
        amounts, bad = parse_money(raw_total, memo)
        ctx.reject(table, bad.to_numpy() & keep, _("Amount “{value}” is not a number; "
                                                   "kept without amount."), raw_total, 20)
        return amounts[keep].reset_index(drop=True)
    raw_price = table.get(*COLUMNS["unit_price"])
    if raw_price is None:
        return pd.Series([None] * int(keep.sum()), dtype=object)
    price, bad = parse_money(raw_price, memo)
    ctx.reject(table, bad.to_numpy() & keep, _("Unit Price is not a number; kept without amount."))
    raw_tax = table.get(*COLUMNS["unit_tax"])
    if raw_tax is not None:
        tax, _tax_bad = parse_money(raw_tax, memo)
        price = pd.Series([p + t if p is not None and t is not None else p for p, t in zip(price, tax, strict=True)],
                          index=price.index, dtype=object)
    return price[keep].reset_index(drop=True)


def titles_by_order(frames: list[pd.DataFrame]) -> dict[str, str]:
    """order id → first product title (to label refunds)."""
    out: dict[str, str] = {}
    for frame in frames:
        for oid, title in zip(frame["order_id"], frame["title"], strict=True):
            if oid and title and oid not in out:
                out[oid] = title
    return out


def placeholder_free(series: pd.Series | None) -> list[str]:
    """Distinct values of a :meth:`Table.value` column (placeholders already ``None``), first-seen order."""
    if series is None:
        return []
    values = [str(v).strip() for v in pd.unique(series.dropna())]
    return list(dict.fromkeys(v for v in values if v and v.upper() != "REDACTED"))
