"""Search history: the ``Search-Data … Customer-Engagement.csv`` files under all their names.

The 67-column header has a comma inside one quoted header name; times are ``(GMT)`` SQL-style, sometimes
with a ``.0`` suffix. The query is ``Keywords``, else ``field-keywords=``/``k=``/``keywords=`` from the
query string (browse searches have no query).
"""

from __future__ import annotations

from urllib.parse import unquote_plus

import numpy as np
import pandas as pd

from core.i18n import _
from core.reading.convert import parse_times
from core.reading.frame_sort import join_frames
from core.reading.tabular import Table, TableUnreadable
from core.source.archive import Member
from core.vendors.amazon.context import Context, lines_of

TIME = ("First Search Time (GMT)", "First Search Time", "Search Time (GMT)", "Search Time", "Timestamp")
KEYWORDS = ("Keywords", "Search Keywords", "Keyword")
QUERY_STRING = ("First Search Query String", "Query String", "Search Query String")
STORE = ("Store Visited", "Marketplace", "First Search Domain")
DEVICE = ("Site Variant", "Application / Browser Name", "Device Category", "Device Model")
USECOLS = TIME + KEYWORDS + QUERY_STRING + STORE + DEVICE
_QUERY_PARAM = r"(?:^|[&?])(?:field-keywords|k|keywords)=([^&]*)"


def read_searches(ctx: Context, member: Member) -> pd.DataFrame | None:
    """The searches of one search-history file (``None`` if unreadable); a big file is converted part by part
    (``Context.read_table_parts``), so its raw text is never held whole."""
    parts = ctx.read_table_parts(member, USECOLS, lambda table: _searches(ctx, table))
    if parts is None:
        return None
    ctx.recognised(member, "amazon.searches", rows=sum(p[1] for p in parts), rejected=sum(p[2] for p in parts))
    ctx.note_repairs(Table(member.path, pd.DataFrame(), [], None, repaired=sum(p[3] for p in parts)))
    frames = [p[0] for p in parts]
    del parts
    return join_frames(frames)


def _searches(ctx: Context, table: Table) -> tuple[pd.DataFrame, int, int, int]:
    """One part's searches, its rows, rejected rows and repaired cells."""
    raw_time = table.get(*TIME)
    if raw_time is None:
        raise TableUnreadable(_("The file is named like search history but has no search time column."))
    times, bad = parse_times(raw_time, ("iso", "us"))
    missing = times.isna().to_numpy() & ~bad.to_numpy()
    rejected = ctx.reject(table, bad, _("Search time “{value}” is not a known date "
                                        "format; row not read."), raw_time, 40)
    rejected += ctx.reject(table, missing, _("Search time is missing; row not read."))
    keep = ~(bad.to_numpy() | missing)

    query = table.values_or_none(*KEYWORDS)
    query_string = table.text(*QUERY_STRING)
    if query_string is not None:
        from_url, found = _query_params(query_string)
        need = query.isna() & found
        if need.any():
            query = query.copy()
            query[need] = [unquote_plus(v) if "%" in v or ("+" in v and " " not in v) else v for v in from_url[need]]

    def col(aliases: tuple[str, ...]) -> pd.Series:
        return table.values_or_none(*aliases)

    frame = pd.DataFrame({
        "time": times[keep].reset_index(drop=True),
        "query": query[keep].reset_index(drop=True),
        "store": col(STORE)[keep].reset_index(drop=True),
        "device": col(DEVICE)[keep].reset_index(drop=True),
        "member": table.member,
        "line": lines_of(table, keep),
    })
    return frame, len(table), rejected, table.repaired


def _query_params(query_string: pd.Series) -> tuple[pd.Series, pd.Series]:
    """The keywords parameter of each query string (NaN where there is none) and where it holds more than
    spaces; the pattern runs once per distinct query string."""
    codes, uniques = pd.factorize(query_string.to_numpy(dtype=object))
    params = pd.Series(uniques, dtype=object).str.extract(_QUERY_PARAM, expand=False)
    found = np.append((params.notna() & (params.astype(str).str.strip() != "")).to_numpy(dtype=bool), False)
    values = np.append(params.to_numpy(dtype=object), np.nan)
    return (pd.Series(values[codes], index=query_string.index, dtype=object),
            pd.Series(found[codes], index=query_string.index))
