"""Digital orders and refunds.

* 2018–2025: ``Digital-Ordering.<n>/Digital Items.csv`` (one row per item) with the money in
  ``Digital Orders Monetary.csv`` (several component rows — price, tax — per ``DigitalOrderItemId``).
* 2026: ``Digital Content Orders.csv``: several component rows per order become one item whose amount is
  the sum of ``Transaction Amount``.
* Refunds (``Refund Details.csv``, ``Digital Returns.csv``, ``Retail.OrdersReturned.Payments.<n>.csv``,
  ``Digital.Orders.Returns.Monetary.<n>.csv``): component rows of one refund (same order, same time) are
  summed; the amount is stored negative (money back to the customer) with kind ``refund``.
"""

from __future__ import annotations

from decimal import Decimal

import numpy as np
import pandas as pd

from core.i18n import _
from core.model import PURCHASE_COLUMNS
from core.reading.convert import parse_money, parse_quantity, parse_times
from core.reading.tabular import Table
from core.source.archive import Member
from core.vendors.amazon.context import Context, objects

ITEM_ID = ("DigitalOrderItemId", "Digital Order Item ID")
ORDER_ID = ("OrderId", "Order ID", "OrderID")
AMOUNT = ("TransactionAmount", "Transaction Amount", "Refund Amount", "RefundAmount", "AmountRefunded",
          "Amount Refunded", "Amount")
CURRENCY = ("BaseCurrencyCode", "Base Currency", "Price Currency Code", "Currency", "CurrencyCode",
            "OurPriceCurrencyCode")
DATE = ("OrderDate", "Order Date")
REFUND_DATE = ("Refund Date", "RefundDate", "RefundCompletionDate", "Return Date", "ReturnDate", "CreationDate",
               "Creation Date", "Refund Completion Date")
TITLE = ("Title", "Product Name", "ProductName")
STYLES = ("iso", "us", "rfc")


def _empty() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in PURCHASE_COLUMNS})


def read_monetary(ctx: Context, members: list[Member]) -> dict[str, tuple[Decimal, str | None]]:
    """DigitalOrderItemId → (sum of component amounts, currency)."""
    sums: dict[str, tuple[Decimal, str | None]] = {}
    for member in members:
        table = ctx.read_table(member)
        if table is None:
            continue
        item, raw_amount = table.get(*ITEM_ID), table.get(*AMOUNT)
        if item is None or raw_amount is None:
            ctx.unreadable(member, _("The file has no DigitalOrderItemId and TransactionAmount columns."))
            continue
        amounts, bad = parse_money(raw_amount)
        rejected = ctx.reject(table, bad, _("TransactionAmount is not a number; row not read."))
        currency = objects(_col_text(table, CURRENCY), len(table))
        for key, amount, code in zip(objects(item, len(table)), objects(amounts, len(table)), currency, strict=True):
            if amount is None or not key:
                continue
            total, cur = sums.get(key, (Decimal(0), None))
            sums[key] = (total + amount, cur or code)
        ctx.recognised(member, "amazon.digital-monetary", rows=len(table), rejected=rejected)
    return sums


def read_digital_items(ctx: Context, member: Member, money: dict[str, tuple[Decimal, str | None]]) -> pd.DataFrame:
    table = ctx.read_table(member)
    if table is None:
        return _empty()
    if not (table.has(*DATE) and (table.has(*ORDER_ID) or table.has(*ITEM_ID))):
        ctx.unreadable(member, _("The file has no OrderDate and OrderId columns."))
        return _empty()
    times, keep, rejected = _dated(ctx, table, DATE)
    order = table.values_or_none(*ORDER_ID) if table.has(*ORDER_ID) else table.values_or_none(*ITEM_ID)
    n = len(table)
    items = objects(table.get(*ITEM_ID), n)
    price_col, tax_col = table.get("OurPrice", "Our Price"), table.get("OurPriceTax", "Our Price Tax")
    own_price = objects(parse_money(price_col)[0] if price_col is not None else None, n)
    own_tax = objects(parse_money(tax_col)[0] if tax_col is not None else None, n)
    currency = objects(_col_text(table, CURRENCY), n)
    amounts: list[Decimal | None] = []
    currencies: list[str | None] = []
    for pos in range(n):
        key, cur = items[pos], currency[pos]
        if key and key in money:
            amount, money_cur = money[key]
            amounts.append(amount)
            currencies.append(money_cur or cur)
            continue
        price, tax = own_price[pos], own_tax[pos]
        amounts.append(price + tax if price is not None and tax is not None else price)
        currencies.append(cur)
    quantity = (parse_quantity(table.get("QuantityOrdered", "OriginalQuantity", "Quantity"))[0]  # type: ignore[arg-type]
                if table.has("QuantityOrdered", "OriginalQuantity", "Quantity") else pd.Series([None] * len(table)))
    frame = _frame(table, times, order, keep, kind="digital",
                   title=_col_text(table, TITLE), amount=pd.Series(amounts, dtype=object),
                   currency=pd.Series(currencies, dtype=object), quantity=quantity,
                   website=_col_text(table, ("Marketplace",)), asin=_col_text(table, ("ASIN",)))
    ctx.recognised(member, "amazon.digital-items", rows=len(table), rejected=rejected)
    ctx.note_repairs(table)
    return frame


def read_grouped(ctx: Context, member: Member, *, kind: str, dataset: str, titles: dict[str, str]) -> pd.DataFrame:
    """Component rows → one item per (order, time): 2026 digital orders and every refund file."""
    table = ctx.read_table(member)
    if table is None:
        return _empty()
    date_cols = DATE if kind == "digital" else REFUND_DATE
    if not (table.has(*ORDER_ID) and table.has(*date_cols) and table.has(*AMOUNT)):
        ctx.unreadable(member, _("The file lacks an order id, a date or an amount column."))
        return _empty()
    times, keep, rejected = _dated(ctx, table, date_cols)
    order = table.values_or_none(*ORDER_ID)
    raw_amount = table.get(*AMOUNT)
    assert raw_amount is not None
    amounts, bad = parse_money(raw_amount)
    bad_amount = bad.to_numpy() & keep
    rejected += ctx.reject(table, bad_amount, _("Amount “{value}” is not a number; "
                                                "row not read."), raw_amount, 20)
    keep = keep & ~bad_amount
    no_id = order.isna().to_numpy() & keep
    rejected += ctx.reject(table, no_id, _("Order ID is missing; row not read."))
    keep = keep & ~no_id
    title = _col_text(table, TITLE)
    currency = _col_text(table, CURRENCY)
    rows = pd.DataFrame({"order_id": order, "time": times, "amount": amounts, "title": title,
                         "currency": currency, "line": table.lines if table.lines is not None else None})[keep]
    out = []
    for (oid, when), group in rows.groupby(["order_id", "time"], sort=False, dropna=False):
        total = sum((a for a in group["amount"] if a is not None), Decimal(0))
        names = [t for t in group["title"] if t]
        label = names[0] if names else titles.get(str(oid))
        out.append({
            "time": when, "order_id": oid, "title": label, "quantity": None,
            "amount": -abs(total) if kind == "refund" else total,
            "currency": next((c for c in group["currency"] if c), None), "kind": kind, "status": None,
            "website": None, "asin": None, "member": member.path,
            "line": int(group["line"].iat[0]) if table.lines is not None else None,
        })
    ctx.recognised(member, dataset, rows=len(table), rejected=rejected)
    ctx.note_repairs(table)
    frame = pd.DataFrame(out, columns=list(PURCHASE_COLUMNS)) if out else _empty()
    if out:
        frame["time"] = pd.to_datetime(frame["time"], utc=True)
    return frame


def _dated(ctx: Context, table: Table, columns: tuple[str, ...]) -> tuple[pd.Series, np.ndarray, int]:
    raw = table.get(*columns)
    assert raw is not None
    times, bad = parse_times(raw, STYLES)
    rejected = ctx.reject(table, bad, _("Date “{value}” is not a known date format; row not read."), raw, 40)
    missing = times.isna().to_numpy() & ~bad.to_numpy()
    rejected += ctx.reject(table, missing, _("Date is missing; row not read."))
    return times, ~(bad.to_numpy() | missing), rejected


def _col_text(table: Table, aliases: tuple[str, ...]) -> pd.Series:
    return table.values_or_none(*aliases).reset_index(drop=True)


def _frame(table: Table, times: pd.Series, order: pd.Series, keep: np.ndarray, *, kind: str,
           **columns: pd.Series) -> pd.DataFrame:
    data = {
        "time": times, "order_id": order, "kind": kind, "status": None, "member": table.member,
        "line": table.lines if table.lines is not None else None,
    }
    data.update({k: v.reset_index(drop=True) for k, v in columns.items()})
    frame = pd.DataFrame(data).reset_index(drop=True)
    return frame[keep].reindex(columns=list(PURCHASE_COLUMNS)).reset_index(drop=True)
