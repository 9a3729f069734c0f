"""Google Pay ``Google transactions/transactions_<n>.csv`` (hudi enum) as purchases.

The column set is not publicly documented; columns are found by name (English and German), times in a
few explicit formats, amounts with :func:`parse_price`. Anything unreadable is reported, never guessed.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from typing import Any

from core.i18n import _
from core.model import ImportReport
from core.vendors.google.jsonio import clean_text, parse_iso_time
from core.vendors.google.money import PriceError, parse_price

COLUMNS = {
    "time": ("time", "date", "zeit", "datum", "date et heure"),
    "order_id": ("transaction id", "transaktions-id", "transaktionsid", "id de transaction"),
    "title": ("description", "beschreibung", "produkt", "product"),
    "status": ("status", "statut"),
    "amount": ("amount", "betrag", "montant", "importo", "importe"),
}
TIME_FORMATS = ("%d %b %Y, %H:%M", "%b %d, %Y, %I:%M %p", "%d.%m.%Y, %H:%M", "%d.%m.%Y %H:%M", "%Y-%m-%d %H:%M:%S",
                "%Y-%m-%d %H:%M")


class PayUnreadable(ValueError):
    pass


def _columns(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    lowered = [h.strip().lower() for h in header]
    for key, names in COLUMNS.items():
        for name in names:
            if name in lowered:
                found[key] = lowered.index(name)
                break
    if "time" not in found or "amount" not in found:
        raise PayUnreadable(_("The file has no time and amount columns Dossier recognises."))
    return found


def _time(raw: str) -> tuple[datetime | None, bool]:
    """The time and whether its zone was stated (times without zone are read as UTC and flagged)."""
    stated = parse_iso_time(raw)
    if stated:
        return stated, True
    for fmt in TIME_FORMATS:
        try:
            return datetime.strptime(raw.strip(), fmt).replace(tzinfo=UTC), False
        except ValueError:
            continue
    return None, False


def read_transactions(data: bytes, member: str, report: ImportReport,
                      locale: str | None) -> tuple[list[dict[str, Any]], int]:
    """Purchase rows from one transactions CSV; returns (rows, rejected)."""
    text = data.decode("utf-8-sig", errors="replace").replace("\x00", "")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise PayUnreadable(_("The file is empty.")) from None
    cols = _columns(header)
    rows: list[dict[str, Any]] = []
    rejected = unzoned = 0
    for record in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in record):
            continue

        def cell(key: str, record: list[str] = record) -> str | None:
            i = cols.get(key)
            return clean_text(record[i]) if i is not None and i < len(record) else None

        when, stated = _time(cell("time") or "")
        if when is None:
            report.problem(member, line, _("The time “{value}” is not in a format Dossier reads; row not used.").format(
                value=cell('time')))
            rejected += 1
            continue
        unzoned += not stated
        try:
            money = parse_price(cell("amount") or "", locale)
        except PriceError as exc:
            report.problem(member, line, str(exc))
            money = None
        rows.append({
            "time": when, "order_id": cell("order_id"), "title": cell("title"), "quantity": None,
            "amount": money.amount if money else None, "currency": money.currency if money else None,
            "kind": "digital", "status": cell("status"), "website": "Google Pay", "asin": None, "member": member,
            "line": line,
        })
    if unzoned:
        report.problem(member, None, _("{unzoned} transaction times state no time zone; they are read as UTC.").format(
            unzoned=unzoned))
    return rows, rejected
