"""Cart history (``Your Amazon Orders/Cart History.csv``): what was put in the cart — its own table, not purchases.

Known columns (export-formats.md §2.9): ``ASIN, Add-on Item, Cart Domain, Cart List, Cart Source, Date Added to
Cart, …, Product Name``. Rows become ``Export.cart`` (time added, title, ASIN, cart list, member, line).
"""

from __future__ import annotations

import pandas as pd

from core.i18n import _
from core.source.archive import Member
from core.vendors.amazon.context import Context, lines_of
from core.vendors.amazon.transcriptions import parse_any_time

CART_COLUMNS = ("time", "title", "asin", "cart_list", "member", "line")
ADDED = ("Date Added to Cart", "Date Added", "Added Date")
TITLE = ("Product Name", "Title")
ASIN = ("ASIN",)
LIST = ("Cart List", "Cart Source")


def read_cart(ctx: Context, member: Member) -> pd.DataFrame | None:
    table = ctx.read_table(member, usecols=ADDED + TITLE + ASIN + LIST)
    if table is None:
        return None
    raw = table.get(*ADDED)
    if raw is None:
        ctx.unreadable(member, _("The cart history has no date-added column."))
        return None
    times = parse_any_time(raw)
    bad = times.isna() & raw.str.strip().ne("")
    rejected = ctx.reject(table, bad, _("Date added “{value}” is not a known format; row not read."), raw)
    keep = ~bad.to_numpy(dtype=bool)
    ctx.recognised(member, "amazon.cart-history", rows=len(table), rejected=rejected)
    return pd.DataFrame({
        "time": times[keep].reset_index(drop=True),
        "title": table.values_or_none(*TITLE)[keep].reset_index(drop=True),
        "asin": table.values_or_none(*ASIN)[keep].reset_index(drop=True),
        "cart_list": table.values_or_none(*LIST)[keep].reset_index(drop=True),
        "member": member.path, "line": lines_of(table, keep),
    }, columns=list(CART_COLUMNS))
