"""Search activity entries as search rows (query from ``Searched for …`` or the URL's ``q=``)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from core.i18n import ngettext
from core.model import ImportReport, Problem
from core.vendors.google.activity import SEARCHED_PREFIXES, Activity, query_from_url, strip_prefix

STORE = "google"


def search_rows(activities: list[Activity], report: ImportReport) -> tuple[list[dict[str, Any]], Counter[str]]:
    """Rows for entries that are searches; entries that are not (visits, …) are counted per file and noted."""
    rows: list[dict[str, Any]] = []
    used: Counter[str] = Counter()
    others: Counter[str] = Counter()
    for act in activities:
        query, found = strip_prefix(act.title, SEARCHED_PREFIXES)
        if not found:
            query = query_from_url(act.title_url)
        if not query:
            others[act.member] += 1
            continue
        used[act.member] += 1
        rows.append({"time": act.time, "query": query, "store": STORE, "device": None, "member": act.member,
                     "line": None})
    for member, count in sorted(others.items()):
        report.notes.append(Problem(member, None, ngettext(
            "{n:,} search-activity entry is not a search (visited pages, …) and not listed as searches.",
            "{n:,} search-activity entries are not a search (visited pages, …) and not listed as searches.",
            count).format(n=count)))
    return rows, used
